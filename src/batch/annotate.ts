/**
 * The batch runner behind `factwire annotate`: reads inputs (I/O on the main thread), runs documents
 * in worker threads (CPU), writes each output atomically, skips documents whose output is current,
 * records failures without stopping the batch, and reports a summary.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import { Piscina } from 'piscina';
import type { DocInput } from '../core/doc.js';
import { FactwireError } from '../core/errors.js';
import type { OffsetUnit } from '../core/offsets.js';
import { buildPipeline, type Pipeline } from '../core/pipeline.js';
import { readInputs, type InputItem } from '../io/inputs.js';
import { loadPipelineSpec } from '../pipelines/load.js';
import { registry } from '../stages/registry.js';
import type { PipelineSpec } from '../types/pipeline.js';
import { openAtomicLineWriter, removeOrphanTemps, writeFileAtomic } from './atomic.js';
import { processDocument, type DocProblem, type ProcessResult } from './process.js';
import { createProgress, type Progress } from './progress.js';
import type { WorkerTask } from './worker.js';

/** Options of {@link annotate}; the CLI maps its flags onto these. */
export interface AnnotateOptions {
  paths: string[];
  /** Output folder (mirrors the input tree). Exactly one of `outDir` / `jsonl`. */
  outDir?: string;
  /** JSONL output file, or `-` for stdout. */
  jsonl?: string;
  pipeline: string;
  /** A user lexicon file (JSON `[{text, type, canonical?}]`) for the entities stage. */
  lexicon?: string;
  /** Dispatch date for every document (overrides record dct and metadata). */
  dct?: string;
  /** Worker threads; 0 runs in-process (no isolation, no timeout). */
  concurrency: number;
  force: boolean;
  maxChars: number;
  timeoutMs: number;
  offsets: OffsetUnit;
  stdinFormat: 'jsonl' | 'text';
  pretty: boolean;
  /** Errors file; default `errors.jsonl` in the output folder or beside the JSONL file. */
  errorsFile?: string;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  /** Show a progress bar (default: when stderr is a terminal). */
  progress?: boolean;
}

/** One failed document, as a line of errors.jsonl. */
export interface FailureRecord {
  key: string;
  id: string | null;
  path: string | null;
  record?: number;
  problems: DocProblem[];
}

/** What a run did. */
export interface AnnotateSummary {
  ok: number;
  failed: number;
  skipped: number;
  seconds: number;
  docsPerSecond: number;
  errorsFile: string | null;
  failures: FailureRecord[];
}

/** Default worker count: one per core. */
export const DEFAULT_CONCURRENCY = Math.max(1, availableParallelism());

// Under vitest this module runs from src/*.ts; workers always run the compiled dist/ files.
const here = fileURLToPath(import.meta.url);
const WORKER_FILE = here.endsWith('.ts')
  ? path.resolve(path.dirname(here), '../../dist/batch/worker.js')
  : path.resolve(path.dirname(here), 'worker.js');

interface Runner {
  run(input: DocInput): Promise<ProcessResult>;
  close(): Promise<void>;
}

function inProcessRunner(pipeline: Pipeline, opts: AnnotateOptions): Runner {
  return {
    run: async (input) => processDocument(pipeline, input, opts.offsets, opts.pretty),
    close: async () => {},
  };
}

async function workerRunner(spec: PipelineSpec, opts: AnnotateOptions): Promise<Runner> {
  const pool = new Piscina({ filename: WORKER_FILE, maxThreads: opts.concurrency, minThreads: opts.concurrency, idleTimeout: 60_000 });
  const base = { spec, unit: opts.offsets, pretty: opts.pretty } satisfies Omit<WorkerTask, 'input'>;
  // Warm up: each thread builds the pipeline (loads models) before the clock of any document starts.
  await Promise.all(Array.from({ length: opts.concurrency }, () => pool.run(base)));
  return {
    async run(input) {
      const t0 = performance.now();
      const abort = new AbortController();
      const started = new Int32Array(new SharedArrayBuffer(4));
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      // The clock starts when the worker picks the document up: a thread that replaces one stopped
      // for a timeout first rebuilds the pipeline, and that must not count against the next document.
      const wait = Atomics.waitAsync(started, 0, 0);
      void (wait.async ? wait.value : Promise.resolve()).then(() => {
        if (!settled) timer = setTimeout(() => abort.abort(), opts.timeoutMs).unref();
      });
      try {
        return (await pool.run({ ...base, input, started } satisfies WorkerTask, { signal: abort.signal })) as ProcessResult;
      } catch (err) {
        const timedOut = err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError' || /abort/i.test(err.message));
        return {
          status: 'failed',
          problems: [timedOut
            ? { ruleId: 'batch:timeout', message: `document took longer than ${opts.timeoutMs} ms; its worker was stopped` }
            : { ruleId: 'batch:worker-crashed', message: err instanceof Error ? err.message : String(err) }],
          warnings: 0,
          ms: performance.now() - t0,
        };
      } finally {
        settled = true;
        clearTimeout(timer);
        // Wake the waiter if the worker never started (it crashed first), so no promise is left pending.
        Atomics.notify(started, 0);
      }
    },
    close: () => pool.destroy(),
  };
}

/** Reads an existing output and tells whether it is current (same input checksum, same pipeline, no fatal message). */
async function isCurrent(file: string, sha256: string, pipelineHash: string): Promise<boolean> {
  try {
    const existing = JSON.parse(await readFile(file, 'utf8')) as {
      source?: { sha256?: string }; provenance?: { pipeline?: { hash?: string } }; messages?: { severity?: string }[];
    };
    return existing.source?.sha256 === sha256 && existing.provenance?.pipeline?.hash === pipelineHash
      && !(existing.messages ?? []).some((m) => m.severity === 'fatal');
  } catch {
    return false; // missing, unreadable or truncated by something else: redo it
  }
}

/**
 * Sets the entities stage's `lexicon` option (an absolute path, so workers resolve it alike).
 * Throws E_USAGE when the pipeline has no entities stage or the file does not exist.
 */
export function withLexicon(spec: PipelineSpec, file: string): PipelineSpec {
  const abs = path.resolve(file);
  if (!existsSync(abs)) throw new FactwireError('E_USAGE', `--lexicon ${file}: no such file`);
  if (!spec.stages.some((s) => s.use.startsWith('entities@'))) {
    throw new FactwireError('E_USAGE', `--lexicon needs a pipeline with the entities stage; "${spec.name}" has none`);
  }
  const stages = spec.stages.map((s) => (s.use.startsWith('entities@') ? { ...s, options: { ...s.options, lexicon: abs } } : s));
  return { ...spec, stages: stages as PipelineSpec['stages'] };
}

/** Output file of a document in folder mode. */
export function outputPathFor(outDir: string, key: string): string {
  return path.join(outDir, ...`${key}.json`.split('/'));
}

/** Runs a batch. Throws only for usage errors (bad pipeline, bad options), before any document runs. */
export async function annotate(opts: AnnotateOptions): Promise<AnnotateSummary> {
  const t0 = performance.now();
  const spec = opts.lexicon ? withLexicon(loadPipelineSpec(opts.pipeline), opts.lexicon) : loadPipelineSpec(opts.pipeline);
  // Build once here: validates stages and options before the first document, and gives the hash for resume.
  const pipeline = await buildPipeline(spec, registry);
  const runner = opts.concurrency > 0 ? await workerRunner(spec, opts) : inProcessRunner(pipeline, opts);
  if (opts.outDir) await removeOrphanTemps(opts.outDir);

  const failures: FailureRecord[] = [];
  let ok = 0, skipped = 0;
  const showProgress = opts.progress ?? Boolean(opts.stderr.isTTY);
  const progress: Progress = createProgress(opts.stderr, showProgress);

  // JSONL keeps input order: results are buffered until every earlier document is done.
  const pending = new Map<number, string | null>();
  let nextToWrite = 0;
  // A JSONL file streams to a temp file that replaces the target only when the batch completes.
  const jsonlFile = opts.jsonl && opts.jsonl !== '-' ? await openAtomicLineWriter(opts.jsonl) : null;
  const flushJsonl = () => {
    while (pending.has(nextToWrite)) {
      const line = pending.get(nextToWrite)!;
      pending.delete(nextToWrite);
      if (line !== null) {
        if (opts.jsonl === '-') opts.stdout.write(`${line}\n`);
        else jsonlFile?.write(`${line}\n`);
      }
      nextToWrite++;
    }
  };

  const inFlight = new Set<Promise<void>>();
  const maxInFlight = Math.max(1, opts.concurrency) * 2;
  let index = 0;

  const handle = async (item: InputItem, order: number): Promise<void> => {
    let line: string | null = null;
    if (item.kind === 'failure') {
      failures.push({ key: item.key, id: item.id ?? null, path: item.path, ...(item.record !== undefined ? { record: item.record } : {}),
        problems: [{ ruleId: item.ruleId, message: item.message, ...(item.line !== undefined ? { line: item.line } : {}), ...(item.column !== undefined ? { column: item.column } : {}) }] });
      progress.tick('failed');
    } else {
      const input: DocInput = opts.dct ? { ...item.input, dct: { value: opts.dct, source: 'cli' } } : item.input;
      const outFile = opts.outDir ? outputPathFor(opts.outDir, item.key) : null;
      if (outFile && !opts.force && await isCurrent(outFile, input.source.sha256, pipeline.hash)) {
        skipped++;
        progress.tick('skipped');
      } else {
        const result = await runner.run(input);
        if (result.json !== undefined) {
          if (outFile) await writeFileAtomic(outFile, `${result.json}\n`);
          else line = result.json;
        }
        if (result.status === 'ok') ok++;
        else failures.push({ key: item.key, id: input.id, path: input.source.path, ...(input.source.record !== undefined ? { record: input.source.record } : {}), problems: result.problems });
        progress.tick(result.status === 'ok' ? 'ok' : 'failed');
      }
    }
    pending.set(order, line);
    flushJsonl();
  };

  let completed = false;
  try {
    for await (const item of readInputs(opts.paths, { maxChars: opts.maxChars, stdinFormat: opts.stdinFormat })) {
      const p = handle(item, index++).finally(() => inFlight.delete(p));
      inFlight.add(p);
      progress.discovered(index);
      if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    completed = true;
  } finally {
    await runner.close();
    progress.stop();
    if (jsonlFile) await (completed ? jsonlFile.commit() : jsonlFile.abort());
  }

  const errorsFile = opts.errorsFile
    ?? (opts.outDir ? path.join(opts.outDir, 'errors.jsonl') : opts.jsonl && opts.jsonl !== '-' ? path.join(path.dirname(opts.jsonl), 'errors.jsonl') : null);
  if (errorsFile) {
    if (failures.length > 0) await writeFileAtomic(errorsFile, failures.map((f) => `${JSON.stringify(f)}\n`).join(''));
    else if (existsSync(errorsFile)) await rm(errorsFile, { force: true }); // a stale list from an earlier run would mislead
  } else {
    for (const f of failures) opts.stderr.write(`factwire: failed ${JSON.stringify(f)}\n`);
  }
  const seconds = (performance.now() - t0) / 1000;
  const processed = ok + failures.length;
  return { ok, failed: failures.length, skipped, seconds, docsPerSecond: processed / Math.max(seconds, 1e-9), errorsFile: failures.length > 0 ? errorsFile : null, failures };
}
