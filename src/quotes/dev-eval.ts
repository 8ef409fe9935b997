/**
 * Dev harness for the quote extractor on PolNeAR (read at run time, never copied into the repo):
 * runs the extractor over `polnear.dev.jsonl`, scores train and dev compartments separately and
 * prints an error analysis.
 *
 * Layers come from the real pipeline stages (meta, segment, entities), as in the `news` pipeline.
 *
 *   node dist/quotes/dev-eval.js [--file PATH] [--compartment train|dev|all] [--errors N] [--prior] [--no-tagger] [--layers CACHE.json]
 *
 * `--layers` reads pipeline layers saved earlier (a JSON array of `{id, sentences, tokens, mentions, entities}`
 * from `createLayerRunner`, as for scripts/train-quote-cues.mjs) instead of running the stages again.
 */
import { readFileSync } from 'node:fs';
import { createExtractor, type QuoteExtractor, type QuoteInput } from './index.js';
import { loadCueModel } from './cue-model.js';
import { createLayerRunner } from './layers.js';
import { loadTagger } from './tagger.js';
import { loadLinker } from './linker.js';
import { QuoteScores, type ScoredClaim } from './score.js';

interface GoldSpan { start: number; end: number; text: string; fragments?: GoldSpan[] }
interface GoldDoc {
  id: string;
  text: string;
  quotes: { quote: GoldSpan; speaker: GoldSpan | null; cue: GoldSpan | null; kind_by_marks: string }[];
  meta: { compartment: string };
}

const DEFAULT_FILE = '/work/shared/eval/quotes/polnear.dev.jsonl';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Runs the harness; returns the per-compartment scores. */
export function evaluate(docs: readonly GoldDoc[], ex: QuoteExtractor, layersOf: (text: string, id?: string) => QuoteInput, errors = 0): { scores: Map<string, QuoteScores>; seconds: number; bytes: number } {
  const scores = new Map<string, QuoteScores>();
  let seconds = 0;
  let bytes = 0;
  let shown = 0;
  for (const d of docs) {
    const layers = layersOf(d.text, d.id);
    const t0 = performance.now();
    const { quotes } = ex.extract(layers);
    seconds += (performance.now() - t0) / 1000;
    bytes += Buffer.byteLength(d.text);
    const gold: ScoredClaim[] = d.quotes.map((q) => ({ content: q.quote, speaker: q.speaker, cue: q.cue, kind: q.kind_by_marks }));
    const pred: ScoredClaim[] = quotes.map((q) => ({ content: q.content, speaker: q.speaker, cue: q.cue, kind: q.kind, by: q.by }));
    const comp = d.meta.compartment;
    if (!scores.has(comp)) scores.set(comp, new QuoteScores());
    const pairs = scores.get(comp)!.add(gold, pred);
    if (process.argv.includes('--fn') && shown < errors && comp === 'train') {
      const mg = new Set(pairs.map(([g]) => g));
      d.quotes.forEach((gq, g) => {
        if (mg.has(g) || shown >= errors || (process.argv.includes('--quoted') && gq.kind_by_marks === 'indirect')) return;
        shown++;
        console.log(`--- FN ${d.id} ${gq.kind_by_marks}`);
        console.log(`  gold: [${gq.speaker?.text}] <${gq.cue?.text}> «${gq.quote.text.slice(0, 200)}»`);
        const near = quotes.filter((q) => q.content.start < gq.quote.end && gq.quote.start < q.content.end);
        for (const q of near) console.log(`  near: ${q.by} [${q.speaker?.text}] <${q.cue?.text}> «${q.content.text.slice(0, 200)}»`);
      });
    } else if (shown < errors && comp === 'train') {
      const mg = new Map(pairs.map(([g, p]) => [p, g]));
      quotes.forEach((q, i) => {
        const g = mg.get(i);
        const gq = g === undefined ? undefined : d.quotes[g];
        const bad = !gq || gq.speaker?.text !== q.speaker?.text || gq.quote.start !== q.content.start || gq.quote.end !== q.content.end;
        if (bad && shown < errors) {
          shown++;
          console.log(`--- ${d.id} ${q.by} ${gq ? 'MATCH' : 'FP'}`);
          console.log(`  pred: [${q.speaker?.text}] <${q.cue?.text}> «${q.content.text.slice(0, 160)}»`);
          if (gq) console.log(`  gold: [${gq.speaker?.text}] <${gq.cue?.text}> «${gq.quote.text.slice(0, 160)}»`);
        }
      });
    }
  }
  return { scores, seconds, bytes };
}

async function main(): Promise<void> {
  const file = arg('--file') ?? DEFAULT_FILE;
  const which = arg('--compartment') ?? 'all';
  const errors = Number(arg('--errors') ?? 0);
  const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc)
    .filter((d) => which === 'all' || d.meta.compartment === which);
  const model = process.argv.includes('--prior') ? null : loadCueModel();
  const tagger = process.argv.includes('--no-tagger') ? null : loadTagger();
  const linker = tagger && !process.argv.includes('--no-linker') ? loadLinker() : null;
  const ex = createExtractor({ threshold: Number(arg('--threshold') ?? 0.5), floating: (arg('--floating') ?? 'claim') as 'claim' | 'merge' | 'off', tagger, linker, ...(model ? { scorer: model.scorer } : {}) });
  const cache = arg('--layers');
  let layersOf: (text: string, id?: string) => QuoteInput;
  if (cache) {
    const byId = new Map((JSON.parse(readFileSync(cache, 'utf8')) as (Omit<QuoteInput, 'text'> & { id: string })[]).map((l) => [l.id, l]));
    layersOf = (text, id) => ({ ...byId.get(id ?? '')!, text });
  } else layersOf = await createLayerRunner();
  const { scores, seconds, bytes } = evaluate(docs, ex, layersOf, errors);
  for (const comp of ['train', 'dev']) {
    const s = scores.get(comp);
    if (s) console.log(s.report(`${comp} (${docs.filter((d) => d.meta.compartment === comp).length} docs)${model ? ' [learned cue model]' : ' [lexicon priors]'}${tagger ? ' [tagger]' : ''}`));
  }
  console.log(`speed: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s over ${(bytes / 1e6).toFixed(1)} MB (extractor only, pipeline layers excluded)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
