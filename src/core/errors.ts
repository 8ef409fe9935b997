/** Errors for API misuse (bad pipeline, bad options). Content problems are messages, not errors. */

/** Stable error codes, so callers and tests can match on them. */
export type FactwireErrorCode =
  | 'E_PIPELINE_SCHEMA'
  | 'E_PIPELINE_NOT_FOUND'
  | 'E_STAGE_UNKNOWN'
  | 'E_STAGE_REQUIRES'
  | 'E_STAGE_OPTIONS'
  | 'E_STAGE_DUPLICATE'
  | 'E_USAGE';

/** An error with a stable code (spaCy style: E-codes). */
export class FactwireError extends Error {
  constructor(readonly code: FactwireErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'FactwireError';
  }
}
