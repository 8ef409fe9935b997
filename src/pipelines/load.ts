/**
 * Finds and reads pipeline specs: a name (`news`) resolves to `pipelines/<name>.json` shipped with the
 * package; anything that looks like a path is read as a file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { FactwireError } from '../core/errors.js';
import { parsePipelineSpec } from '../core/pipeline.js';
import type { PipelineSpec } from '../types/pipeline.js';

/** Folder of the pipelines shipped with factwire (works from src/ under vitest and from dist/). */
export const PIPELINES_DIR = fileURLToPath(new URL('../../pipelines/', import.meta.url));

/** The pipeline used when none is named. */
export const DEFAULT_PIPELINE = 'news';

/** Names of the shipped pipelines. */
export function listPipelines(): string[] {
  return readdirSync(PIPELINES_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

/** Loads and validates a pipeline by name or path. Throws FactwireError (E_PIPELINE_NOT_FOUND / E_PIPELINE_SCHEMA). */
export function loadPipelineSpec(nameOrPath: string = DEFAULT_PIPELINE): PipelineSpec {
  const looksLikePath = nameOrPath.includes('/') || nameOrPath.includes(path.sep) || nameOrPath.endsWith('.json');
  const file = looksLikePath ? path.resolve(nameOrPath) : path.join(PIPELINES_DIR, `${nameOrPath}.json`);
  if (!existsSync(file)) {
    const hint = looksLikePath ? '' : ` (shipped pipelines: ${listPipelines().join(', ')})`;
    throw new FactwireError('E_PIPELINE_NOT_FOUND', `pipeline "${nameOrPath}" not found at ${file}${hint}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new FactwireError('E_PIPELINE_SCHEMA', `${file} is not valid JSON: ${(err as Error).message}`);
  }
  return parsePipelineSpec(parsed, file);
}
