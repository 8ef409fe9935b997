/**
 * Piscina worker: builds the pipeline once per thread (models load once), then processes documents.
 * CPU-bound work runs here so the main thread stays free for I/O.
 */
import type { DocInput } from '../core/doc.js';
import type { OffsetUnit } from '../core/offsets.js';
import { buildPipeline, type Pipeline } from '../core/pipeline.js';
import { registry } from '../stages/registry.js';
import type { PipelineSpec } from '../types/pipeline.js';
import { processDocument, type ProcessResult } from './process.js';

/** A task sent to a worker. `input` absent = warm-up (build the pipeline only). */
export interface WorkerTask {
  spec: PipelineSpec;
  input?: DocInput;
  unit: OffsetUnit;
  pretty: boolean;
  /**
   * Set to 1 by the worker when the document starts (after the pipeline is built), so the time limit
   * counts the document only, not the start-up of a replacement thread.
   */
  started?: Int32Array;
}

let cached: { key: string; pipeline: Promise<Pipeline> } | undefined;

function pipelineFor(spec: PipelineSpec): Promise<Pipeline> {
  const key = JSON.stringify(spec);
  if (!cached || cached.key !== key) cached = { key, pipeline: buildPipeline(spec, registry) };
  return cached.pipeline;
}

/** Piscina entry point. */
export default async function run(task: WorkerTask): Promise<ProcessResult | null> {
  const pipeline = await pipelineFor(task.spec);
  if (!task.input) return null;
  if (task.started) {
    Atomics.store(task.started, 0, 1);
    Atomics.notify(task.started, 0);
  }
  return processDocument(pipeline, task.input, task.unit, task.pretty);
}
