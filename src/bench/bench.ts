/**
 * `npm run bench`: runs the whole pipeline over a corpus on one core and, in the same run, compromise's
 * bare `nlp(text)` over the same texts as the reference. Prints docs/s, KB/s, the ratio, per-stage time
 * and peak RSS (a table on stderr, a JSON summary on stdout).
 *
 * Usage: node dist/bench/bench.js [corpus.jsonl|folder] [--pipeline news] [--max-docs N] [--no-reference]
 * Default corpus: the texts of ../shared/eval/quotes/polnear.dev.jsonl.
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
  const withValue = new Set(['--pipeline', '--max-docs']);
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
  const bytes = inputs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  const spec = loadPipelineSpec(arg('--pipeline') ?? 'news');
  const pipeline = await buildPipeline(spec, registry);

  // Warm-up on a few documents so JIT compilation is not billed to the first stage.
  for (const d of inputs.slice(0, 20)) processDocument(pipeline, d, 'codepoint');
  for (const k of pipeline.timings.keys()) pipeline.timings.set(k, 0);

  let failed = 0;
  let t0 = performance.now();
  for (const d of inputs) if (processDocument(pipeline, d, 'codepoint').status !== 'ok') failed++;
  const oursSec = (performance.now() - t0) / 1000;

  let refSec: number | null = null;
  if (!process.argv.includes('--no-reference')) {
    for (const d of inputs.slice(0, 20)) nlp(d.text);
    t0 = performance.now();
    for (const d of inputs) nlp(d.text);
    refSec = (performance.now() - t0) / 1000;
  }

  const kb = bytes / 1024;
  const stages = Object.fromEntries([...pipeline.timings].map(([name, ms]) => [name, { seconds: +(ms / 1000).toFixed(3), mbPerSecond: +((bytes / 2 ** 20) / Math.max(ms / 1000, 1e-9)).toFixed(2) }]));
  const summary = {
    corpus, docs: inputs.length, megabytes: +(bytes / 2 ** 20).toFixed(2), pipeline: spec.name, failed,
    factwire: { seconds: +oursSec.toFixed(3), docsPerSecond: +(inputs.length / oursSec).toFixed(1), kbPerSecond: +(kb / oursSec).toFixed(1) },
    compromise: refSec === null ? null : { seconds: +refSec.toFixed(3), docsPerSecond: +(inputs.length / refSec).toFixed(1), kbPerSecond: +(kb / refSec).toFixed(1) },
    speedupVsCompromise: refSec === null ? null : +(refSec / oursSec).toFixed(2),
    stages,
    peakRssMiB: +peakRssMiB().toFixed(0),
  };
  const e = process.stderr;
  e.write(`corpus ${corpus}: ${summary.docs} docs, ${summary.megabytes} MB, pipeline ${spec.name} (one core, in-process)\n`);
  e.write(`factwire          ${summary.factwire.docsPerSecond} docs/s  ${summary.factwire.kbPerSecond} KB/s  (${oursSec.toFixed(2)} s, ${failed} failed)\n`);
  if (summary.compromise) {
    e.write(`compromise nlp()  ${summary.compromise.docsPerSecond} docs/s  ${summary.compromise.kbPerSecond} KB/s  (${refSec!.toFixed(2)} s)\n`);
    e.write(`ratio             factwire is ${summary.speedupVsCompromise}x compromise's speed\n`);
  }
  for (const [name, s] of Object.entries(stages)) e.write(`  stage ${name.padEnd(10)} ${s.seconds.toFixed(3)} s  ${s.mbPerSecond} MB/s\n`);
  e.write(`peak RSS ${summary.peakRssMiB} MiB\n`);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

await main();
