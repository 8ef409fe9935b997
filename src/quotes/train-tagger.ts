/**
 * Training of the quote tagger (src/quotes/tagger.ts) from gold attributions in PolNeAR's JSONL shape.
 * Used by scripts/train-quote-cues.mjs; deterministic for the same inputs and options.
 */
import { fnv1a } from '../ner/hash.js';
import { AveragedPerceptron } from '../ner/perceptron.js';
import type { QuoteInput } from './index.js';
import { compileLexicon } from './lexicon.js';
import { advance, beamStep, cueBucket, historyFeatures, N_HIST, N_QTAGS, QuoteTagger, tagInput, validAfter, type BeamItem, type CueLexicon, type History, type TagInput } from './tagger.js';
import { buildView, type View } from './view.js';

/** A gold span (fragments when discontinuous). */
export interface GoldSpan { start: number; end: number; fragments?: readonly { start: number; end: number }[] }
/** A gold attribution. */
export interface GoldQuote { quote: GoldSpan; speaker: GoldSpan | null; cue: GoldSpan | null }
/** A training document: the pipeline layers and the gold attributions. */
export interface TrainDoc { input: QuoteInput; quotes: readonly GoldQuote[] }

/**
 * Gold BIO tags for the tokens of a view. A token takes the role of the span it lies in; where spans
 * nest (a cue inside another claim's content), cue wins over source, source over content.
 */
export function goldTags(v: View, quotes: readonly GoldQuote[]): Uint8Array {
  const n = v.tokens.length;
  const role = new Uint8Array(n);
  const span = new Int32Array(n).fill(-1);
  let id = 0;
  const mark = (s: GoldSpan, r: number) => {
    for (const p of s.fragments && s.fragments.length ? s.fragments : [s]) {
      const sid = id++;
      // Tokens are sorted by offset: binary search the first token ending after p.start.
      let lo = 0, hi = n;
      while (lo < hi) { const m = (lo + hi) >> 1; if (v.tokens[m]!.end <= p.start) lo = m + 1; else hi = m; }
      for (let i = lo; i < n && v.tokens[i]!.start < p.end; i++) {
        if (r >= role[i]!) { role[i] = r; span[i] = sid; }
      }
    }
  };
  // Priority by marking order: content (3→stored as 1), source (2), cue (3).
  for (const q of quotes) mark(q.quote, 1);
  for (const q of quotes) if (q.speaker) mark(q.speaker, 2);
  for (const q of quotes) if (q.cue) mark(q.cue, 3);
  const tags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!role[i]) continue;
    const tagRole = role[i] === 1 ? 3 : role[i] === 2 ? 1 : 2; // content, source, cue → tag roles 3, 1, 2
    const begin = i === 0 || span[i - 1] !== span[i];
    tags[i] = tagRole * 2 - (begin ? 1 : 0);
  }
  return tags;
}

/** Training options. */
export interface TrainOptions {
  epochs: number; seed: number; minWeight: number; minCueCount: number;
  /** Beam width of structured training (early update); 1 (or absent) trains greedily token by token. */
  beam?: number;
  /** Pruning margin the model decodes with (see `QuoteTagger`); training itself keeps the full beam. */
  beamMargin?: number;
  /** Adds the optional WordNet-class templates (`wordnet@1`, src/quotes/wordnet-classes.ts); absent: the 35 templates. */
  wordnet?: boolean;
  log?: (s: string) => void;
}

/** Hashed cue-likeness of lower-cased word forms over the training documents. */
export function learnCueLexicon(views: readonly View[], golds: readonly Uint8Array[], minCount: number): CueLexicon {
  const tot = new Map<number, number>();
  const pos = new Map<number, number>();
  views.forEach((v, d) => {
    const g = golds[d]!;
    for (let i = 0; i < v.tokens.length; i++) {
      if (v.regionOf[i] !== -1 || v.tokens[i]!.kind === 'punct') continue;
      const h = fnv1a(v.lower[i]!);
      tot.set(h, (tot.get(h) ?? 0) + 1);
      if (g[i] === 3 || g[i] === 4) pos.set(h, (pos.get(h) ?? 0) + 1);
    }
  });
  const out: CueLexicon = new Map();
  for (const [h, n] of tot) {
    if (n < minCount) continue;
    const b = cueBucket((pos.get(h) ?? 0) / (n + 2));
    if (b > 0) out.set(h, b);
  }
  return out;
}

/** Trains the tagger; greedy decoding with predicted history, averaged perceptron. */
export function trainTagger(docs: readonly TrainDoc[], opts: TrainOptions, provenance: Record<string, unknown> = {}): QuoteTagger {
  const lex = compileLexicon();
  const views = docs.map((d) => buildView(d.input.text, d.input.tokens, d.input.sentences));
  const golds = views.map((v, i) => goldTags(v, docs[i]!.quotes));
  const cueLex = learnCueLexicon(views, golds, opts.minCueCount);
  const wordnet = opts.wordnet ?? false;
  const inputs = views.map((v, i) => tagInput(v, lex, cueLex, docs[i]!.input.mentions, undefined, wordnet));
  const units: [number, number][] = [];
  inputs.forEach((x, d) => x.units.forEach((_, u) => units.push([d, u])));
  const ap = new AveragedPerceptron(N_QTAGS);
  const scores = new Float64Array(N_QTAGS);
  const hist = new Uint32Array(N_HIST);
  let seed = opts.seed >>> 0;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const K = opts.beam ?? 1;
  for (let ep = 0; ep < opts.epochs; ep++) {
    for (let i = units.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [units[i], units[j]] = [units[j]!, units[i]!]; }
    let errors = 0, total = 0;
    if (K > 1) {
      for (const [d, ui] of units) {
        const r = beamUpdate(ap, inputs[d]!, golds[d]!, inputs[d]!.units[ui]!, K);
        errors += r.early;
        total++;
      }
      opts.log?.(`epoch ${ep + 1}: ${errors}/${total} units updated`);
      continue;
    }
    for (const [d, ui] of units) {
      const x = inputs[d]!;
      const g = golds[d]!;
      const u = x.units[ui]!;
      const h: History = { p1: 0, p2: 0, seen: 0 };
      for (let i = u.a; i < u.b; i++) {
        const st = x.feats.subarray(i * x.stride, (i + 1) * x.stride);
        historyFeatures(x, i, h, hist);
        scores.fill(0);
        ap.score(st, x.stride, scores);
        ap.score(hist, N_HIST, scores);
        let best = 0;
        for (let t = 1; t < N_QTAGS; t++) if (validAfter(h.p1, t) && scores[t]! > scores[best]!) best = t;
        const gold = validAfter(h.p1, g[i]!) ? g[i]! : (g[i]! & 1 ? g[i]! : g[i]! - 1);
        if (best !== gold) {
          errors++;
          ap.update(st, x.stride, gold, best);
          ap.update(hist, N_HIST, gold, best);
        }
        ap.tick();
        total++;
        advance(x, i, h, best);
      }
    }
    opts.log?.(`epoch ${ep + 1}: ${errors}/${total} token errors`);
  }
  return new QuoteTagger(ap.average(opts.minWeight), cueLex, provenance, K, opts.beamMargin ?? 0, wordnet);
}

/** A beam item of training: also whether it is the gold prefix. */
interface GoldItem extends BeamItem { gold: boolean }

/** Gold tags of a unit made valid (an I tag after another role becomes B, as in greedy training). */
function validGold(g: Uint8Array, a: number, b: number): Uint8Array {
  const out = new Uint8Array(b - a);
  let p = 0;
  for (let i = a; i < b; i++) {
    const t = g[i]!;
    out[i - a] = validAfter(p, t) ? t : t & 1 ? t : t - 1;
    p = out[i - a]!;
  }
  return out;
}

/** Adds `delta` to the static and history features of the tag path `tags` over tokens `a..a+len`. */
function addPath(ap: AveragedPerceptron, x: TagInput, a: number, tags: ArrayLike<number>, len: number, delta: number): void {
  const h: History = { p1: 0, p2: 0, seen: 0 };
  const hist = new Uint32Array(N_HIST);
  for (let k = 0; k < len; k++) {
    const i = a + k;
    const t = tags[k]!;
    ap.add(x.feats.subarray(i * x.stride, (i + 1) * x.stride), x.stride, t, delta);
    historyFeatures(x, i, h, hist);
    ap.add(hist, N_HIST, t, delta);
    advance(x, i, h, t);
  }
}

/**
 * One structured-perceptron step on a unit with beam search and early update (Collins & Roark 2004):
 * decode left to right keeping the `k` best histories ({@link beamStep}, the decoder's step: same ties, same
 * merges); when the gold prefix falls off the beam, or the best full path is not gold, move the weights toward
 * the gold prefix and away from the best prefix. Returns whether an update was made.
 */
function beamUpdate(ap: AveragedPerceptron, x: TagInput, g: Uint8Array, u: { a: number; b: number }, k: number): { early: number } {
  const gold = validGold(g, u.a, u.b);
  const scores = new Float64Array(N_QTAGS);
  const st = new Float64Array(N_QTAGS);
  const hist = new Uint32Array(N_HIST);
  let beam: GoldItem[] = [{ h: { p1: 0, p2: 0, seen: 0 }, score: 0, tag: 0, back: null, gold: true }];
  const pathOf = (it: BeamItem, len: number) => {
    const out = new Uint8Array(len);
    for (let c: BeamItem | null = it, j = len - 1; c && c.back; c = c.back, j--) out[j] = c.tag;
    return out;
  };
  for (let i = u.a; i < u.b; i++) {
    st.fill(0);
    ap.score(x.feats.subarray(i * x.stride, (i + 1) * x.stride), x.stride, st);
    const cands: GoldItem[] = [];
    for (const it of beam) {
      scores.set(st);
      historyFeatures(x, i, it.h, hist);
      ap.score(hist, N_HIST, scores);
      for (let t = 0; t < N_QTAGS; t++) {
        if (!validAfter(it.h.p1, t)) continue;
        cands.push({ h: it.h, score: it.score + scores[t]!, tag: t, back: it, gold: it.gold && t === gold[i - u.a] });
      }
    }
    // Training keeps the full beam (no margin): the margin is a decoding speed-up.
    beam = beamStep(x, i, cands, k, Infinity);
    ap.tick();
    if (!beam.some((it) => it.gold)) {
      const len = i - u.a + 1;
      addPath(ap, x, u.a, gold, len, 1);
      addPath(ap, x, u.a, pathOf(beam[0]!, len), len, -1);
      return { early: 1 };
    }
  }
  if (!beam[0]!.gold) {
    const len = u.b - u.a;
    addPath(ap, x, u.a, gold, len, 1);
    addPath(ap, x, u.a, pathOf(beam[0]!, len), len, -1);
    return { early: 1 };
  }
  return { early: 0 };
}
