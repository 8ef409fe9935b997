/**
 * The learned cue model: an averaged perceptron that says whether a lexicon match is an attribution
 * cue in context (PolNeAR annotates `said` nearly always, `called`, `show`, `believe` only sometimes).
 * Weights live in models/quotes/cue-model.json, written by scripts/train-quote-cues.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CueEntry } from './lexicon.js';
import type { CueScorer } from './extract.js';
import type { View } from './view.js';

/**
 * Whether a token within two of `i` (not `i` itself) is inside a quotation; a position outside the text counts as
 * inside, as the unchecked reads did (an Int32Array read out of range is undefined, not -1). The explicit range
 * test keeps the reads in bounds: an out-of-bounds typed-array read deopts the optimised scorer ("out of bounds").
 */
function nearQuoteRegion(v: View, i: number): boolean {
  const r = v.regionOf;
  const n = r.length;
  const near = (j: number) => j < 0 || j >= n || r[j] !== -1;
  return near(i - 1) || near(i - 2) || near(i + 1) || near(i + 2);
}

/** Where the committed weights live (same relative path from src/ and dist/). */
export const CUE_MODEL_PATH = fileURLToPath(new URL('../../models/quotes/cue-model.json', import.meta.url));

/** Feature strings of a lexicon match at token `i`. Shared by training and inference. */
export function cueFeatures(v: View, i: number, e: CueEntry): string[] {
  const w = v.lower[i]!;
  const p1 = v.lower[i - 1] ?? '<s>';
  const p2 = v.lower[i - 2] ?? '<s>';
  const n1 = v.lower[i + 1] ?? '</s>';
  const n2 = v.lower[i + 2] ?? '</s>';
  const shape = (j: number) => {
    const t = v.tokens[j];
    if (!t) return 'none';
    if (t.kind !== 'word') return t.kind === 'quote' ? 'Q' : t.text;
    return /^[A-Z]/.test(t.text) ? 'Cap' : 'low';
  };
  const s = v.sentences[v.sentOf[i]!];
  const atEnd = s ? i >= s.tokenEnd - 2 : false;
  const nearQuote = nearQuoteRegion(v, i);
  const f = [
    'bias', `lem=${e.id}`, `w=${w}`, `p1=${p1}`, `n1=${n1}`, `w|n1=${w}|${n1}`, `p1|w=${p1}|${w}`, `p2=${p2}`, `n2=${n2}`,
    `sh=${shape(i - 1)}|${shape(i + 1)}`, `end=${atEnd}`, `nq=${nearQuote}`, `lem|end=${e.id}|${atEnd}`, `lem|nq=${e.id}|${nearQuote}`,
    `lem|n1=${e.id}|${n1 === 'that' ? 'that' : shape(i + 1)}`, `cap0=${/^[A-Z]/.test(v.tokens[i]!.text)}`,
  ];
  return f;
}

/** Loaded model. */
export interface CueModel {
  weights: Map<string, number>;
  scorer: CueScorer;
}

/**
 * The weights split by template, keyed by the feature's value(s), so scoring reads the token strings
 * directly instead of building 16 feature strings per match. A pair template `t=a|b` is stored under
 * every split of its value at a `|` (the pair (a, b) a lookup asks for names exactly one stored key).
 * Scores are the same sums in the same order as over `cueFeatures`.
 */
const PAIR_TEMPLATES = new Set(['w|n1', 'p1|w', 'sh', 'lem|end', 'lem|nq', 'lem|n1']);

class CompiledCueWeights {
  readonly single = new Map<string, Map<string, number>>();
  readonly pair = new Map<string, Map<string, Map<string, number>>>();
  constructor(weights: Map<string, number>) {
    for (const [k, x] of weights) {
      const eq = k.indexOf('=');
      if (eq < 0) { this.set1(k, '', x); continue; }
      const t = k.slice(0, eq);
      const val = k.slice(eq + 1);
      if (!PAIR_TEMPLATES.has(t)) { this.set1(t, val, x); continue; }
      let m = this.pair.get(t);
      if (!m) this.pair.set(t, (m = new Map()));
      for (let bar = val.indexOf('|'); bar >= 0; bar = val.indexOf('|', bar + 1)) {
        const a = val.slice(0, bar);
        let inner = m.get(a);
        if (!inner) m.set(a, (inner = new Map()));
        inner.set(val.slice(bar + 1), x);
      }
    }
  }
  private set1(t: string, val: string, x: number): void {
    let m = this.single.get(t);
    if (!m) this.single.set(t, (m = new Map()));
    m.set(val, x);
  }
  private readonly empty1 = new Map<string, number>();
  private readonly empty2 = new Map<string, Map<string, number>>();
  t1(t: string): Map<string, number> { return this.single.get(t) ?? this.empty1; }
  t2(t: string): Map<string, Map<string, number>> { return this.pair.get(t) ?? this.empty2; }
}

const shapeAt = (v: View, j: number): string => {
  const t = j >= 0 ? v.tokens[j] : undefined;
  if (!t) return 'none';
  if (t.kind !== 'word') return t.kind === 'quote' ? 'Q' : t.text;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 ? 'Cap' : 'low';
};

/** A scorer equal to summing `weights` over `cueFeatures(v, i, e)` (in that order), then the logistic. */
export function compileCueScorer(weights: Map<string, number>): CueScorer {
  const cw = new CompiledCueWeights(weights);
  const bias = cw.t1('bias').get('') ?? 0;
  const lem = cw.t1('lem'), W = cw.t1('w'), P1 = cw.t1('p1'), N1 = cw.t1('n1'), P2 = cw.t1('p2'), N2 = cw.t1('n2');
  const END = cw.t1('end'), NQ = cw.t1('nq'), CAP0 = cw.t1('cap0');
  const WN1 = cw.t2('w|n1'), P1W = cw.t2('p1|w'), SH = cw.t2('sh'), LEMEND = cw.t2('lem|end'), LEMNQ = cw.t2('lem|nq'), LEMN1 = cw.t2('lem|n1');
  const g1 = (m: Map<string, number>, k: string) => m.get(k) ?? 0;
  const g2 = (m: Map<string, Map<string, number>>, a: string, b: string) => m.get(a)?.get(b) ?? 0;
  // Templates with two-valued keys are read once here, and the lexicon entry's own templates once per entry
  // (each is the value `g1`/`g2` would return), so a match costs fewer map lookups; the sum keeps its order.
  const endT = g1(END, 'true'), endF = g1(END, 'false'), nqT = g1(NQ, 'true'), nqF = g1(NQ, 'false');
  const capT = g1(CAP0, 'true'), capF = g1(CAP0, 'false');
  interface EntryWeights { lem: number; endT: number; endF: number; nqT: number; nqF: number; n1: Map<string, number> }
  const byEntry = new Map<string, EntryWeights>();
  const entryWeights = (id: string): EntryWeights => {
    let x = byEntry.get(id);
    if (!x) {
      x = { lem: g1(lem, id), endT: g2(LEMEND, id, 'true'), endF: g2(LEMEND, id, 'false'), nqT: g2(LEMNQ, id, 'true'), nqF: g2(LEMNQ, id, 'false'), n1: LEMN1.get(id) ?? new Map() };
      byEntry.set(id, x);
    }
    return x;
  };
  return (v: View, i: number, e: CueEntry) => {
    const lower = v.lower;
    const n = lower.length;
    const w = lower[i]!;
    const p1 = i >= 1 ? lower[i - 1]! : '<s>';
    const p2 = i >= 2 ? lower[i - 2]! : '<s>';
    const n1 = i + 1 < n ? lower[i + 1]! : '</s>';
    const n2 = i + 2 < n ? lower[i + 2]! : '</s>';
    const si = v.sentOf[i]!;
    const sent = v.sentences[si];
    const atEnd = sent ? i >= sent.tokenEnd - 2 : false;
    // Out of range counts as near a quote, as in cueFeatures.
    const nearQuote = nearQuoteRegion(v, i);
    const c0 = v.tokens[i]!.text.charCodeAt(0);
    const E = entryWeights(e.id);
    let s = 0;
    s += bias;
    s += E.lem;
    s += g1(W, w);
    s += g1(P1, p1);
    s += g1(N1, n1);
    s += g2(WN1, w, n1);
    s += g2(P1W, p1, w);
    s += g1(P2, p2);
    s += g1(N2, n2);
    s += g2(SH, shapeAt(v, i - 1), shapeAt(v, i + 1));
    s += atEnd ? endT : endF;
    s += nearQuote ? nqT : nqF;
    s += atEnd ? E.endT : E.endF;
    s += nearQuote ? E.nqT : E.nqF;
    s += E.n1.get(n1 === 'that' ? 'that' : shapeAt(v, i + 1)) ?? 0;
    s += c0 >= 65 && c0 <= 90 ? capT : capF;
    return 1 / (1 + Math.exp(-s));
  };
}

/** Loads the committed weights, or returns null when the file is absent (priors are used then). */
export function loadCueModel(path = CUE_MODEL_PATH): CueModel | null {
  if (!existsSync(path)) return null;
  const json = JSON.parse(readFileSync(path, 'utf8')) as { weights: Record<string, number> };
  const weights = new Map(Object.entries(json.weights));
  return { weights, scorer: compileCueScorer(weights) };
}

/** The reference scorer: feature strings looked up one by one (what training sees). */
export function referenceCueScorer(weights: Map<string, number>): CueScorer {
  return (v: View, i: number, e: CueEntry) => {
    let s = 0;
    for (const f of cueFeatures(v, i, e)) s += weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-s));
  };
}
