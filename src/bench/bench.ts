/**
 * `npm run bench`: runs the whole pipeline over a corpus on one core and, in the same run, compromise's
 * bare `nlp(text)` over the same texts as the reference. Prints docs/s, KB/s, the ratio, per-stage time
 * and peak RSS (a table on stderr, a JSON summary on stdout).
 *
 * Usage: node dist/bench/bench.js [corpus.jsonl|folder] [--pipeline news] [--max-docs N] [--warmup N] [--passes N] [--no-reference]
 * Default corpus: the texts of ../shared/eval/quotes/polnear.dev.jsonl.
 *
 * `--passes N` runs the timed loop N times over the same texts. The first pass is the figure of record (cold:
 * the taggers' per-word caches start empty, as on a fresh archive); later passes show the steady state a long
 * batch reaches once those caches are warm. Each pass's stage times are reported separately.
 *
 * Each stage is reported twice: wall time (the figure of record) and the CPU time the whole process used while the
 * stage ran (`cpu`, all threads: V8's background compiles and GC included). On a shared machine wall time also
 * counts the waits for a core, so compare `cpu` figures (or ratios between stages of one run) across runs there.
 *
 * `--warmup N` runs the first N documents once, untimed, and leaves them out of the timed set, so the timed
 * texts are unseen: this measures the steady-state throughput of a long batch on new text. Without it the
 * first 20 documents warm up the JIT and all documents are timed (the historical figure of record).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { buildPipeline } from '../core/pipeline.js';
import { loadPipelineSpec } from '../pipelines/load.js';
import { registry } from '../stages/registry.js';
import { processDocument } from '../batch/process.js';
import { readInputs } from '../io/inputs.js';
import type { DocInput } from '../core/doc.js';

const DEFAULT_CORPUS = path.resolve(process.cwd(), '../shared/eval/quotes/polnear.dev.jsonl');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Peak resident set size so far, in MiB (Linux: VmHWM; elsewhere the current RSS). */
function peakRssMiB(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch { /* not Linux */ }
  return process.memoryUsage().rss / 2 ** 20;
}

async function main(): Promise<void> {
  // Flags that take a value; the others (--no-reference) stand alone.
  const withValue = new Set(['--pipeline', '--max-docs', '--passes', '--warmup']);
  const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !withValue.has(all[i - 1] ?? ''));
  const corpus = positional[0] ?? DEFAULT_CORPUS;
  if (!existsSync(corpus)) {
    process.stderr.write(`bench: corpus not found: ${corpus}\n(default is ../shared/eval/quotes/polnear.dev.jsonl relative to the working directory; pass a folder or JSONL file)\n`);
    process.exitCode = 2;
    return;
  }
  const maxDocs = Number(arg('--max-docs') ?? Infinity);
  const inputs: DocInput[] = [];
  for await (const item of readInputs([corpus], { maxChars: 10_000_000 })) {
    if (item.kind === 'doc') inputs.push(item.input);
    if (inputs.length >= maxDocs) break;
  }
  const warmupArg = arg('--warmup');
  const warmupCount = warmupArg === undefined ? 20 : Math.max(0, Math.floor(Number(warmupArg)));
  const warmupDocs = inputs.slice(0, warmupCount);
  // With an explicit --warmup the warm-up texts are not timed again (see the header).
  if (warmupArg !== undefined) inputs.splice(0, warmupCount);
  const bytes = inputs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  const spec = loadPipelineSpec(arg('--pipeline') ?? 'news');
  const pipeline = await buildPipeline(spec, registry, { measureCpu: true });

  // Warm-up so JIT compilation is not billed to the first stage.
  for (const d of warmupDocs) processDocument(pipeline, d, 'codepoint');
  const resetTimings = () => {
    for (const k of pipeline.timings.keys()) pipeline.timings.set(k, 0);
    for (const k of pipeline.cpuTimings.keys()) pipeline.cpuTimings.set(k, 0);
  };
  resetTimings();

  const passes = Math.max(1, Math.floor(Number(arg('--passes') ?? 1)));
  const mb = bytes / 2 ** 20;
  type StageFigure = { seconds: number; mbPerSecond: number; cpuSeconds: number; cpuMbPerSecond: number };
  const stageFigures = (): Record<string, StageFigure> =>
    Object.fromEntries([...pipeline.timings].map(([name, ms]) => {
      const cpu = pipeline.cpuTimings.get(name) ?? 0;
      return [name, {
        seconds: +(ms / 1000).toFixed(3), mbPerSecond: +(mb / Math.max(ms / 1000, 1e-9)).toFixed(2),
        cpuSeconds: +(cpu / 1000).toFixed(3), cpuMbPerSecond: +(mb / Math.max(cpu / 1000, 1e-9)).toFixed(2),
      }];
    }));
  let failed = 0;
  let oursSec = 0;
  let stages: Record<string, StageFigure> = {};
  const passFigures: Array<{ seconds: number; stages: typeof stages }> = [];
  let t0 = 0;
  for (let p = 0; p < passes; p++) {
    resetTimings();
    t0 = performance.now();
    for (const d of inputs) if (processDocument(pipeline, d, 'codepoint').status !== 'ok' && p === 0) failed++;
    const sec = (performance.now() - t0) / 1000;
    passFigures.push({ seconds: +sec.toFixed(3), stages: stageFigures() });
    // The first (cold) pass is the figure of record.
    if (p === 0) { oursSec = sec; stages = passFigures[0]!.stages; }
  }

  let refSec: number | null = null;
  if (!process.argv.includes('--no-reference')) {
    for (const d of inputs.slice(0, 20)) nlp(d.text);
    t0 = performance.now();
    for (const d of inputs) nlp(d.text);
    refSec = (performance.now() - t0) / 1000;
  }

  const kb = bytes / 1024;
  const summary = {
    corpus, docs: inputs.length, warmupDocs: warmupDocs.length, megabytes: +(bytes / 2 ** 20).toFixed(2), pipeline: spec.name, failed,
    factwire: { seconds: +oursSec.toFixed(3), docsPerSecond: +(inputs.length / oursSec).toFixed(1), kbPerSecond: +(kb / oursSec).toFixed(1) },
    compromise: refSec === null ? null : { seconds: +refSec.toFixed(3), docsPerSecond: +(inputs.length / refSec).toFixed(1), kbPerSecond: +(kb / refSec).toFixed(1) },
    speedupVsCompromise: refSec === null ? null : +(refSec / oursSec).toFixed(2),
    stages,
    ...(passes > 1 ? { passes: passFigures } : {}),
    peakRssMiB: +peakRssMiB().toFixed(0),
  };
  const e = process.stderr;
  e.write(`corpus ${corpus}: ${summary.docs} docs, ${summary.megabytes} MB timed, pipeline ${spec.name} (one core, in-process)${warmupArg === undefined ? '' : `, after ${warmupDocs.length} untimed warm-up docs`}\n`);
  e.write(`factwire          ${summary.factwire.docsPerSecond} docs/s  ${summary.factwire.kbPerSecond} KB/s  (${oursSec.toFixed(2)} s, ${failed} failed)\n`);
  if (summary.compromise) {
    e.write(`compromise nlp()  ${summary.compromise.docsPerSecond} docs/s  ${summary.compromise.kbPerSecond} KB/s  (${refSec!.toFixed(2)} s)\n`);
    e.write(`ratio             factwire is ${summary.speedupVsCompromise}x compromise's speed\n`);
  }
  const stageLine = (name: string, s: StageFigure) =>
    `  stage ${name.padEnd(10)} ${s.seconds.toFixed(3)} s  ${s.mbPerSecond} MB/s  (cpu ${s.cpuSeconds.toFixed(3)} s, ${s.cpuMbPerSecond} MB/s)\n`;
  for (const [name, s] of Object.entries(stages)) e.write(stageLine(name, s));
  passFigures.slice(1).forEach((pf, i) => {
    e.write(`pass ${i + 2} (warm caches): ${pf.seconds.toFixed(2)} s\n`);
    for (const [name, s] of Object.entries(pf.stages)) e.write(stageLine(name, s));
  });
  e.write(`peak RSS ${summary.peakRssMiB} MiB\n`);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

await main();
