/**
 * Builds a runnable pipeline from a spec: resolves each stage in the registry, validates options,
 * checks that every required layer is assigned by an earlier stage, and initializes the stages,
 * all before the first document runs.
 */
import { createHash } from 'node:crypto';
import { createAjv, formatAjvErrors } from './ajv.js';
import { createDoc, withMessages, type Doc, type DocInput, type LayerName } from './doc.js';
import { FactwireError } from './errors.js';
import { majorVersion, stageId, type Stage, type Transformer } from './stage.js';
import type { Message } from '../types/annotation.js';
import type { PipelineSpec } from '../types/pipeline.js';
import pipelineSchema from '../../schemas/pipeline.schema.json' with { type: 'json' };
import { FACTWIRE_VERSION } from '../version.js';
import { message } from './messages.js';

/** A stage resolved with its final options. */
export interface ResolvedStage {
  stage: Stage<object>;
  options: object;
  transform: Transformer;
}

/** A pipeline ready to run documents. */
export interface Pipeline {
  readonly name: string;
  /** 16 hex digits identifying stages, versions, options, model fingerprints and the factwire version. */
  readonly hash: string;
  readonly stages: readonly ResolvedStage[];
  /** Runs every stage over one document. A stage that throws becomes a fatal message; later stages that need its layers are skipped. */
  run(input: DocInput): Doc;
  /** Per-stage cumulative time in milliseconds (for the benchmark). */
  readonly timings: Map<string, number>;
  /**
   * Per-stage cumulative CPU time of the whole process while the stage ran, in milliseconds (for the benchmark):
   * all threads, so V8's background compiles and GC during the stage count too. On a shared machine the wall time
   * of {@link timings} also counts the waits for a core; this does not. Filled only when the pipeline was built with
   * {@link BuildOptions.measureCpu}; all zeros otherwise.
   */
  readonly cpuTimings: Map<string, number>;
}

/** Options of {@link buildPipeline}. */
export interface BuildOptions {
  /**
   * Measure {@link Pipeline.cpuTimings} (default false). It costs a `getrusage` system call per stage and document,
   * which only the benchmark needs.
   */
  measureCpu?: boolean;
}

const ajv = createAjv();
const validateSpec = ajv.compile(pipelineSchema);

/** Validates a parsed pipeline JSON and returns it typed, or throws E_PIPELINE_SCHEMA. */
export function parsePipelineSpec(value: unknown, origin = 'pipeline'): PipelineSpec {
  if (!validateSpec(value)) {
    throw new FactwireError('E_PIPELINE_SCHEMA', `${origin} does not match schemas/pipeline.schema.json:\n${formatAjvErrors(validateSpec.errors)}`);
  }
  return value as unknown as PipelineSpec;
}

/** Finds `name@major` in the registry. */
export function findStage(registry: readonly Stage<object>[], use: string): Stage<object> {
  const [name, major] = use.split('@');
  const found = registry.find((s) => s.name === name && majorVersion(s.version) === major);
  if (!found) {
    const known = registry.map(stageId).join(', ');
    throw new FactwireError('E_STAGE_UNKNOWN', `no stage "${use}" is registered (known: ${known})`);
  }
  return found;
}

/** Checks requires/assigns order; throws E_STAGE_REQUIRES naming the first unmet layer. */
export function checkLayerOrder(stages: readonly Stage<object>[]): void {
  const assigned = new Set<LayerName>();
  for (const [i, stage] of stages.entries()) {
    for (const layer of stage.requires) {
      if (!assigned.has(layer)) {
        const later = stages.slice(i + 1).find((s) => s.assigns.includes(layer));
        const hint = later ? ` (it is assigned later by "${stageId(later)}": move that stage earlier)` : ' (no stage in this pipeline assigns it)';
        throw new FactwireError('E_STAGE_REQUIRES', `stage ${i + 1} "${stageId(stage)}" requires layer "${layer}", which no earlier stage assigns${hint}`);
      }
    }
    for (const layer of stage.assigns) assigned.add(layer);
  }
}

function validateOptions(stage: Stage<object>, options: object): object {
  const merged = { ...stage.defaults, ...options };
  const validate = ajv.compile(stage.optionsSchema);
  if (!validate(merged)) {
    throw new FactwireError('E_STAGE_OPTIONS', `options of stage "${stageId(stage)}" are invalid:\n${formatAjvErrors(validate.errors)}`);
  }
  return merged;
}

/** Builds a pipeline; all checks happen here, before any document. */
export async function buildPipeline(spec: PipelineSpec, registry: readonly Stage<object>[], build: BuildOptions = {}): Promise<Pipeline> {
  const measureCpu = build.measureCpu === true;
  parsePipelineSpec(spec);
  const stages = spec.stages.map((s) => findStage(registry, s.use));
  const seen = new Set<string>();
  for (const s of stages) {
    if (seen.has(s.name)) throw new FactwireError('E_STAGE_DUPLICATE', `stage "${s.name}" appears twice in pipeline "${spec.name}"`);
    seen.add(s.name);
  }
  checkLayerOrder(stages);
  const resolved: ResolvedStage[] = [];
  const hash = createHash('sha256');
  hash.update(`factwire ${FACTWIRE_VERSION}\n`);
  for (const [i, stage] of stages.entries()) {
    const options = validateOptions(stage, spec.stages[i]?.options ?? {});
    const transform = await stage.init(options);
    const fingerprint = stage.fingerprint ? await stage.fingerprint(options) : '';
    hash.update(`${stage.name}@${stage.version} ${stableStringify(options)} ${fingerprint}\n`);
    resolved.push({ stage, options, transform });
  }
  const timings = new Map<string, number>(resolved.map((r) => [r.stage.name, 0]));
  const cpuTimings = new Map<string, number>(resolved.map((r) => [r.stage.name, 0]));
  return {
    name: spec.name,
    hash: hash.digest('hex').slice(0, 16),
    stages: resolved,
    timings,
    cpuTimings,
    run(input: DocInput): Doc {
      let doc = createDoc(input);
      const failed = new Set<LayerName>();
      for (const { stage, transform } of resolved) {
        if (stage.requires.some((l) => failed.has(l))) {
          doc = withMessages(doc, [message('error', 'pipeline:stage-skipped', `stage ${stageId(stage)} skipped: a layer it requires failed`)]);
          stage.assigns.forEach((l) => failed.add(l));
          continue;
        }
        const reported: Message[] = [];
        // CPU first, so the wall time of the stage does not include that system call.
        const c0 = measureCpu ? process.cpuUsage() : null;
        const t0 = performance.now();
        try {
          doc = transform(doc, { report: (m) => reported.push(m) });
        } catch (err) {
          // A stage bug must not lose the document: record it and carry on without its layers.
          reported.push(message('fatal', 'pipeline:stage-crashed', `stage ${stageId(stage)} crashed: ${err instanceof Error ? err.message : String(err)}`));
          stage.assigns.forEach((l) => failed.add(l));
        }
        timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - t0);
        if (c0) {
          const cpu = process.cpuUsage(c0);
          cpuTimings.set(stage.name, (cpuTimings.get(stage.name) ?? 0) + (cpu.user + cpu.system) / 1000);
        }
        doc = withMessages(doc, reported);
      }
      return doc;
    },
  };
}

/** JSON with sorted keys, so that option order does not change the pipeline hash. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
