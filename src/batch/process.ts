/**
 * Processes one document end to end: run the pipeline, assemble the output, verify it (schema +
 * offsets), serialize. Shared by the worker threads and the in-process mode, so both behave alike.
 */
import type { DocInput } from '../core/doc.js';
import type { OffsetUnit } from '../core/offsets.js';
import type { Pipeline } from '../core/pipeline.js';
import { stageId } from '../core/stage.js';
import { assembleAnnotation } from '../emit/assemble.js';
import { verifyAnnotation } from '../emit/validate.js';
import { FACTWIRE_VERSION } from '../version.js';
import type { Message, Provenance } from '../types/annotation.js';

/** A problem that makes a document count as failed. */
export interface DocProblem {
  ruleId: string;
  message: string;
  start?: number;
  line?: number;
  column?: number;
}

/** Outcome of one document. `json` is present whenever an output was produced (even with fatal messages). */
export interface ProcessResult {
  status: 'ok' | 'failed';
  /** Serialized AnnotationDocument (one line, no trailing newline). */
  json?: string;
  problems: DocProblem[];
  warnings: number;
  ms: number;
}

/** Provenance block for a pipeline. */
export function provenanceOf(pipeline: Pipeline): Provenance {
  return {
    factwire: FACTWIRE_VERSION,
    pipeline: { name: pipeline.name, hash: pipeline.hash },
    stages: pipeline.stages.map((s) => ({ name: stageId(s.stage), version: s.stage.version })),
  };
}

const problemOf = (m: Message): DocProblem => {
  const p: DocProblem = { ruleId: m.ruleId, message: m.message };
  if (m.start !== undefined) p.start = m.start;
  if (m.line !== undefined) p.line = m.line;
  if (m.column !== undefined) p.column = m.column;
  return p;
};

/** Runs one document. Never throws for content problems; a bug becomes a `failed` result. */
export function processDocument(pipeline: Pipeline, input: DocInput, unit: OffsetUnit, pretty = false): ProcessResult {
  const t0 = performance.now();
  try {
    const doc = pipeline.run(input);
    const annotation = assembleAnnotation(doc, provenanceOf(pipeline), unit);
    const invalid = verifyAnnotation(annotation);
    if (invalid.length > 0) {
      return {
        status: 'failed',
        problems: invalid.map((p) => ({ ruleId: 'emit:invalid-output', message: `output violates the annotation contract at ${p.path}: ${p.message}` })),
        warnings: 0,
        ms: performance.now() - t0,
      };
    }
    const fatal = annotation.messages.filter((m) => m.severity === 'fatal');
    return {
      status: fatal.length > 0 ? 'failed' : 'ok',
      json: JSON.stringify(annotation, null, pretty ? 2 : undefined),
      problems: fatal.map(problemOf),
      warnings: annotation.messages.filter((m) => m.severity === 'warning' || m.severity === 'error').length,
      ms: performance.now() - t0,
    };
  } catch (err) {
    return { status: 'failed', problems: [{ ruleId: 'pipeline:crashed', message: err instanceof Error ? err.message : String(err) }], warnings: 0, ms: performance.now() - t0 };
  }
}
