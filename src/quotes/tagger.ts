/**
 * The learned half of `quotes@1`: a greedy left-to-right averaged-perceptron tagger over BIO tags for
 * SOURCE, CUE and CONTENT, one paragraph at a time (PolNeAR's attribution spans), plus a hashed,
 * data-derived cue lexicon (how often a word form is inside a gold cue). Rules stay in charge of what
 * they do well (quotation marks); the tagger finds the reported speech the lexicon rules miss
 * (`focuses on`, `is expected`, `believes`, `records show`) and marks where contents end.
 *
 * Features are 32-bit hashes (src/ner/hash.ts); the model file stores hashes and weights only, never
 * text. Format (little-endian), models/quotes/tagger.bin:
 * ```
 * 0   8 bytes  magic "FWQTG01\0"
 * 8   uint32   H = byte length of the JSON header (space-padded to a multiple of 4)
 * 12  H bytes  UTF-8 JSON: TaggerHeader (tags, rows, scale, cue-lexicon rows, provenance)
 * then  cueRows × uint32  word-form hashes, ascending;  cueRows × uint8 cue-likeness bucket (1..4)
 *       (padded to 4 bytes)
 *       rows × uint32  feature hashes, ascending;  rows × nTags × int16 weights (× scale)
 * ```
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Mention } from '../types/annotation.js';
import { fnv1a, fnv1aFrom, mix, mixHead, mixTail } from '../ner/hash.js';
import { Weights } from '../ner/perceptron.js';
import type { CompiledLexicon } from './lexicon.js';
import { cuesOutsideQuotes } from './extract.js';
import type { View } from './view.js';
import { NO_CLASS, wordnetClasses } from './wordnet-classes.js';

/** Where the committed tagger lives (same relative path from src/ and dist/). */
export const TAGGER_PATH = fileURLToPath(new URL('../../models/quotes/tagger.bin', import.meta.url));
const MAGIC = 'FWQTG01\0';

/** Tag names; the index is the tag id. */
export const QTAGS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export const N_QTAGS = QTAGS.length;
export const O = 0;
/** Role of a tag: 0 none, 1 source, 2 cue, 3 content. */
export const roleOf = (t: number): number => (t + 1) >> 1;
/** I-X may only follow B-X or I-X. */
export const validAfter = (prev: number, t: number): boolean => t === 0 || (t & 1) === 1 || roleOf(prev) === roleOf(t);

/** Hashed cue-likeness of word forms: lower-cased form hash → bucket 1..4 (0 when absent). */
export type CueLexicon = Map<number, number>;

/** Bucket of a probability that a word form is (part of) a cue. */
export function cueBucket(p: number): number {
  return p >= 0.8 ? 4 : p >= 0.5 ? 3 : p >= 0.2 ? 2 : p >= 0.05 ? 1 : 0;
}

// Feature template ids (part of the model format).
const enum F {
  Bias = 1, W, Suf3, Shape, P1, N1, P2, N2, P1W, WN1, Lex, LexP1, LexN1, Quote, Ner, Pos, Cue, CueP1, CueN1,
  RightCue, LeftCue, SentQ, WQuote, NerN1, NerP1, CueW, RightCueComma, ParaFirst, RightCueLex, WordIdx,
  LeftCueW, RightCueW, WNerP1, WN2, P1WN1,
  // history
  Prev = 40, Prev2, PrevW, PrevCue, Seen, PrevQuote, PrevN1, SeenW, SeenRight,
  // optional `wordnet@1` templates (src/quotes/wordnet-classes.ts): the word's first-sense lexnames per part of
  // speech, its three-sense lexname set, the first-sense lexnames of words -1 and +1, and the pair (0, +1)
  WnFirst = 70, WnSet, WnP1, WnN1, WnPair,
}

/** Number of static features per token (of a tagger without optional templates). */
export const N_STATIC = 35;

/** The optional template set of WordNet classes: its name in the model header and its number of templates. */
export const WORDNET_TEMPLATES = 'wordnet@1';
export const N_WORDNET = 5;
const WORDNET_HEADS = Uint32Array.from([F.WnFirst, F.WnSet, F.WnP1, F.WnN1, F.WnPair], (t) => mixHead(t) >>> 0);

const hs = (s: string): number => fnv1a(s);
/** Features are hashed into 2^BUCKET_BITS buckets (the hashing trick): the weights are one dense table. */
export const BUCKET_BITS = 18;
const MASK = (1 << BUCKET_BITS) - 1;
const f = (t: number, v: number): number => mix(t, v) & MASK;

export function shapeOf(text: string, kind: string): string {
  if (kind === 'punct' || kind === 'quote' || kind === 'symbol') return text.length <= 2 ? text : 'P';
  if (kind === 'number') return 'd';
  if (/^[A-Z]+$/.test(text) && text.length > 1) return 'XX';
  if (/^[A-Z]/.test(text)) return 'Xx';
  if (/^[a-z]/.test(text)) return 'x';
  return kind;
}

const smallCache = new Map<string, number>();
const cachedHash = (s: string): number => {
  let h = smallCache.get(s);
  if (h === undefined) { h = hs(s); if (smallCache.size < 10_000) smallCache.set(s, h); }
  return h;
};

const H_P = hs('P');
const H_D = hs('d');
const H_XX = hs('XX');
const H_XCAP = hs('Xx');
const H_X = hs('x');

/** `fnv1a(shapeOf(text, kind))` without building the shape string. */
export function shapeHash(text: string, kind: string): number {
  if (kind === 'punct' || kind === 'quote' || kind === 'symbol') return text.length <= 2 ? hs(text) : H_P;
  if (kind === 'number') return H_D;
  const c0 = text.length > 0 ? text.charCodeAt(0) : 0;
  if (c0 >= 65 && c0 <= 90) {
    if (text.length > 1) {
      let all = true;
      for (let k = 1; k < text.length && all; k++) { const c = text.charCodeAt(k); all = c >= 65 && c <= 90; }
      if (all) return H_XX;
    }
    return H_XCAP;
  }
  if (c0 >= 97 && c0 <= 122) return H_X;
  return cachedHash(kind);
}

/** The cue lexicon as an open-addressing table (key 0 is stored separately), built once per lexicon. */
interface CueTable { keys: Uint32Array; vals: Uint8Array; mask: number; zero: number }
const cueTables = new WeakMap<CueLexicon, CueTable>();
function cueTableOf(cueLex: CueLexicon): CueTable {
  let t = cueTables.get(cueLex);
  if (t) return t;
  let size = 16;
  while (size < cueLex.size * 2) size *= 2;
  t = { keys: new Uint32Array(size), vals: new Uint8Array(size), mask: size - 1, zero: 0 };
  for (const [k, b] of cueLex) {
    if (k === 0) { t.zero = b; continue; }
    let j = Math.imul(k, 0x9e3779b1) >>> 0 & t.mask;
    while (t.keys[j] !== 0 && t.keys[j] !== k) j = (j + 1) & t.mask;
    t.keys[j] = k;
    t.vals[j] = b;
  }
  cueTables.set(cueLex, t);
  return t;
}
function cueLookup(t: CueTable, k: number): number {
  if (k === 0) return t.zero;
  const keys = t.keys;
  let j = Math.imul(k, 0x9e3779b1) >>> 0 & t.mask;
  for (;;) {
    const kk = keys[j]!;
    if (kk === k) return t.vals[j]!;
    if (kk === 0) return 0;
    j = (j + 1) & t.mask;
  }
}

/** Slots (in `feats`) of the templates with word-sized domains, in the order `tagInput` hashes them. */
const WORD_SLOTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 22, 23, 24, 25, 28, 29, 30, 31, 32, 33, 34] as const;

/** `mixHead` of the word-sized templates, in the order of {@link WORD_SLOTS}: `f(t, v) === mixTail(head, v) & MASK`. */
const WORD_HEADS = Uint32Array.from(
  [F.W, F.Suf3, F.Shape, F.P1, F.N1, F.P2, F.N2, F.P1W, F.WN1, F.Lex, F.LexP1, F.LexN1, F.Ner, F.WQuote, F.NerN1, F.NerP1,
    F.CueW, F.RightCueLex, F.WordIdx, F.LeftCueW, F.RightCueW, F.WNerP1, F.WN2, F.P1WN1],
  (t) => mixHead(t) >>> 0,
);

/** Cue-likeness bucket a word needs for its paragraph to be tagged (part of the model format). */
export const SKIP_BUCKET = 2;

/** Per-document precomputed static features, and what history features need. */
export interface TagInput {
  /** `nTok × stride` feature hashes (empty when `scores` was computed instead). */
  readonly feats: Uint32Array;
  /** Static features per token: {@link N_STATIC}, plus {@link N_WORDNET} with the WordNet templates. */
  readonly stride: number;
  /** `nTok × 8` summed static-feature weights (only when a tagger was passed to `tagInput`). */
  readonly scores: Int32Array | null;
  /** Low six bits of each token's RightCue feature hash (read by the SeenRight history feature). */
  readonly rc: Uint8Array;
  /** Lower-form hash of each token. */
  readonly wh: Uint32Array;
  /** Cue-likeness bucket of each token. */
  readonly cue: Uint8Array;
  /** Quote state: 0 outside, 1 inside, 2 opening mark, 3 closing mark. */
  readonly q: Uint8Array;
  /** Token ranges (half-open) of the tagging units (paragraphs), and sentence starts. */
  readonly units: readonly { a: number; b: number }[];
  readonly sentStart: Uint8Array;
  /** NER tag hash of each token (`B-`/`I-` + mention type; 0 outside mentions). */
  readonly ner: Uint32Array;
}

/**
 * Computes the static features of a document (shared by training and tagging). With `tagger`, the
 * features are not stored but their weights are summed per token at once (`scores`): the same
 * integers `feats` would give, with the small-domain templates read from the tagger's per-value tables.
 */
export function tagInput(v: View, lex: CompiledLexicon, cueLex: CueLexicon, mentions: readonly Mention[], tagger?: QuoteTagger, wordnet = tagger?.wordnet ?? false): TagInput {
  const n = v.tokens.length;
  const wh = new Uint32Array(n);
  const cue = new Uint8Array(n);
  const q = new Uint8Array(n);
  const lexId = new Uint32Array(n);
  const ner = new Uint32Array(n);
  const suf = new Uint32Array(n);
  const shapeH = new Uint32Array(n);
  const ct = cueTableOf(cueLex);
  const lower = v.lower;
  const tokens = v.tokens;
  for (let i = 0; i < n; i++) {
    const w = lower[i]!;
    const h = fnv1aFrom(w, 0);
    wh[i] = h;
    suf[i] = w.length <= 3 ? h : fnv1aFrom(w, w.length - 3);
    const tk = tokens[i]!;
    shapeH[i] = shapeHash(tk.text, tk.kind);
    cue[i] = cueLookup(ct, h);
    const r = v.regionOf[i]!;
    if (r !== -1) {
      const R = v.regions[r]!;
      q[i] = i === R.openToken ? 2 : i === R.closeToken ? 3 : 1;
    }
  }
  const cues = cuesOutsideQuotes(v, lex);
  for (let i = 0; i < n; i++) {
    if (v.regionOf[i] !== -1) continue;
    const e = cues[i];
    if (e) {
      lexId[i] = cachedHash(e.id);
      if (e.particle && v.lower[i + 1] === e.particle) lexId[i + 1] = cachedHash(e.id + '+');
    }
  }
  // Mentions → token NER tags (binary search by offset).
  let ti = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    while (ti < n && v.tokens[ti]!.end <= m.start) ti++;
    for (let j = ti; j < n && v.tokens[j]!.start < m.end; j++) ner[j] = cachedHash((j === ti ? 'B-' : 'I-') + m.type);
  }
  const units: { a: number; b: number }[] = [];
  const sentStart = new Uint8Array(n);
  const sentEnd = new Int32Array(n).fill(-1);
  const sentFirst = new Int32Array(n);
  const sentHasQ = new Uint8Array(n);
  let curPara = -1;
  for (const s of v.sentences) {
    const a = s.tokenStart;
    const b = Math.min(s.tokenEnd, n);
    if (b <= a) continue;
    sentStart[a] = 1;
    let hasQ = 0;
    for (let i = a; i < b; i++) if (q[i]) { hasQ = 1; break; }
    for (let i = a; i < b; i++) { sentEnd[i] = b; sentFirst[i] = a; sentHasQ[i] = hasQ; }
    if (s.paragraph !== curPara || units.length === 0) { units.push({ a, b }); curPara = s.paragraph; }
    else units[units.length - 1]!.b = b;
  }
  const paraFirst = new Uint8Array(n);
  for (const u of units) { for (let i = u.a; i < u.b && !sentStart[i + 1]; i++) paraFirst[i] = 1; }
  // Only paragraphs with a quotation mark or a cue-like word (bucket ≥ 2 or a lexicon match) are tagged;
  // the others stay O (in training too), which saves most of the time on non-attributive prose.
  const live = new Uint8Array(n);
  let w = 0;
  for (const u of units) {
    let keep = false;
    for (let i = u.a; i < u.b && !keep; i++) keep = q[i] !== 0 || cue[i]! >= SKIP_BUCKET || lexId[i] !== 0;
    if (!keep) continue;
    live.fill(1, u.a, u.b);
    units[w++] = u;
  }
  units.length = w;
  // Nearest cue-like token (bucket ≥ 3, or a lexicon match) to the right / left within the sentence.
  const cueLike = (i: number) => (cue[i]! >= 3 || lexId[i] !== 0) && q[i] === 0;
  const right = new Int32Array(n).fill(-1);
  const left = new Int32Array(n).fill(-1);
  for (let i = n - 1, next = -1; i >= 0; i--) {
    if (sentEnd[i] !== -1 && (i + 1 >= n || sentStart[i + 1])) next = -1;
    right[i] = next;
    if (cueLike(i)) next = i;
  }
  for (let i = 0, prev = -1; i < n; i++) {
    if (sentStart[i]) prev = -1;
    left[i] = prev;
    if (cueLike(i)) prev = i;
  }
  // First comma or quote mark at or after each token (linear, so a huge sentence stays linear).
  const nextComma = new Int32Array(n);
  for (let i = n - 1, nc = n; i >= 0; i--) {
    if (v.tokens[i]!.text === ',' || q[i]! >= 2) nc = i;
    nextComma[i] = nc;
  }
  // Last comma or quote mark at or before each token.
  const prevComma = new Int32Array(n);
  for (let i = 0, pc = -1; i < n; i++) {
    if (v.tokens[i]!.text === ',' || q[i]! >= 2) pc = i;
    prevComma[i] = pc;
  }
  const bucket = (d: number) => (d <= 3 ? d : d <= 6 ? 5 : d <= 12 ? 9 : d <= 25 ? 20 : 40);
  const word = (j: number) => (j >= 0 && j < n ? wh[j]! : 0x5bd1e995);
  const fast = tagger?.statics ?? null;
  const stride = wordnet ? N_STATIC + N_WORDNET : N_STATIC;
  const feats = new Uint32Array(fast ? 0 : n * stride);
  // WordNet values of each token (only with the optional templates; a tagger without them never reads the file).
  let wnFirst: Uint32Array | null = null;
  let wnSet: Uint32Array | null = null;
  if (wordnet) {
    const classes = wordnetClasses();
    wnFirst = new Uint32Array(n);
    wnSet = new Uint32Array(n);
    for (let i = 0; i < n; i++) { const c = classes.get(wh[i]!) ?? NO_CLASS; wnFirst[i] = c.first; wnSet[i] = c.set; }
  }
  const scores = fast ? new Int32Array(n * 8) : null;
  const rc = new Uint8Array(n);
  // Hashes of the templates with word-sized domains, in template order (WORD_SLOTS gives their slots).
  const wf = new Uint32Array(WORD_SLOTS.length + (wordnet ? N_WORDNET : 0));
  const wnv = new Uint32Array(N_WORDNET);
  const wv = new Uint32Array(WORD_SLOTS.length);
  const N_PAIRS = 11;
  const pairA = new Uint32Array(N_PAIRS);
  const pairB = new Uint32Array(N_PAIRS);
  for (let i = 0; i < n; i++) {
    if (!live[i]) continue;
    const r = right[i]!;
    const l = left[i]!;
    const commaBetween = r !== -1 && nextComma[i]! < r ? 1 : 0;
    const pos = i - sentFirst[i]!;
    const toEnd = sentEnd[i]! - i;
    const qi = q[i]!;
    const vQuote = qi * 16 + (i > 0 ? q[i - 1]! : 0) * 4 + (i + 1 < n ? q[i + 1]! : 0);
    const vPos = (pos === 0 ? 1 : pos < 3 ? 2 : pos < 8 ? 3 : 4) * 8 + (toEnd <= 1 ? 1 : toEnd <= 3 ? 2 : 3);
    const vCueP1 = i > 0 ? cue[i - 1]! : 9;
    const vCueN1 = i + 1 < n ? cue[i + 1]! : 9;
    const vRight = r === -1 ? 0 : bucket(r - i) * 8 + cue[r]!;
    const vLeft = l === -1 ? 0 : bucket(i - l) * 8 + cue[l]!;
    const vSentQ = sentHasQ[i]! * 4 + qi;
    const vRightComma = r === -1 ? 0 : commaBetween * 64 + bucket(r - i) * 2 + (v.lower[r - 1] === ',' ? 1 : 0) + 256 * (sentEnd[i]! - r <= 3 ? 1 : 0);
    const vParaFirst = paraFirst[i]! * 2 + (qi !== 0 ? 1 : 0);
    // The values of the word-sized templates, hashed below in one loop with each template's precomputed
    // `mixHead` (the same hashes as `f(template, value)`): calling `mix` 30 times per token was not inlined.
    const whi = wh[i]!;
    const wp1 = word(i - 1);
    const wn1 = word(i + 1);
    // The pairs the word-sized values combine, mixed in one loop (`pairB[k]`'s value is `mix(pairA[k], pairB[k])`).
    pairA[0] = shapeH[i]!; pairB[0] = i > 0 ? shapeH[i - 1]! : 0;
    pairA[1] = wp1; pairB[1] = whi;
    pairA[2] = whi; pairB[2] = wn1;
    pairA[3] = whi; pairB[3] = qi === 0 ? 0 : 1;
    pairA[4] = cue[i]!; pairB[4] = i > 0 ? wh[i - 1]! : 0;
    pairA[5] = r === -1 ? 0 : lexId[r]!; pairB[5] = r - i <= 2 ? 1 : 2;
    pairA[6] = whi; pairB[6] = pos === 0 ? 1 : 0;
    // Which cue-like word governs this token (left) or follows it (right): `said` and `according` open different contents.
    pairA[7] = l === -1 ? 0 : wh[l]!; pairB[7] = l === -1 ? 0 : bucket(i - l) * 2 + (prevComma[i]! > l ? 1 : 0);
    pairA[8] = r === -1 ? 0 : wh[r]!; pairB[8] = bucket(r - i) * 2 + commaBetween;
    pairA[9] = whi; pairB[9] = i > 0 ? ner[i - 1]! : 1;
    pairA[10] = whi; pairB[10] = word(i + 2);
    for (let k = 0; k < N_PAIRS; k++) {
      // mix(pairA[k], pairB[k]), written out.
      let h = Math.imul(pairA[k]! ^ 0x9e3779b9, 0x85ebca6b) ^ pairB[k]!;
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h ^= h >>> 16;
      pairB[k] = h;
    }
    wv[0] = whi;
    wv[1] = suf[i]!;
    wv[2] = pairB[0]!;
    wv[3] = wp1;
    wv[4] = wn1;
    wv[5] = word(i - 2);
    wv[6] = word(i + 2);
    wv[7] = pairB[1]!;
    wv[8] = pairB[2]!;
    wv[9] = lexId[i]!;
    wv[10] = i > 0 ? lexId[i - 1]! : 0;
    wv[11] = i + 1 < n ? lexId[i + 1]! : 0;
    wv[12] = ner[i]!;
    wv[13] = pairB[3]!;
    wv[14] = i + 1 < n ? ner[i + 1]! : 1;
    wv[15] = i > 0 ? ner[i - 1]! : 1;
    wv[16] = pairB[4]!;
    wv[17] = r === -1 ? 0 : pairB[5]!;
    wv[18] = pairB[6]!;
    wv[19] = l === -1 ? 0 : pairB[7]!;
    wv[20] = r === -1 ? 0 : pairB[8]!;
    wv[21] = pairB[9]!;
    wv[22] = pairB[10]!;
    wv[23] = mix(pairB[1]!, wn1);
    for (let k = 0; k < WORD_HEADS.length; k++) {
      // mixTail(WORD_HEADS[k], wv[k]) & MASK, written out.
      let h = WORD_HEADS[k]! ^ wv[k]!;
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h ^= h >>> 16;
      wf[k] = h & MASK;
    }
    if (wnFirst && wnSet) {
      const fi = wnFirst[i]!;
      const fn1 = i + 1 < n ? wnFirst[i + 1]! : 1;
      wnv[0] = fi; wnv[1] = wnSet[i]!; wnv[2] = i > 0 ? wnFirst[i - 1]! : 1; wnv[3] = fn1; wnv[4] = mix(fi, fn1);
      // Only WordNet taggers run this, so it calls mixTail instead of the word slots' written-out copy.
      for (let k = 0; k < N_WORDNET; k++) wf[WORD_SLOTS.length + k] = mixTail(WORDNET_HEADS[k]!, wnv[k]!) & MASK;
    }
    if (fast && scores) {
      rc[i] = fast.rcLow[vRight]!;
      fast.sum(wf, vPos, cue[i]!, vCueP1, vCueN1, vQuote, sentHasQ[i]!, vParaFirst, vRight, vLeft, vRightComma, scores, i * 8);
      continue;
    }
    const o = i * stride;
    for (let k = 0; k < WORD_SLOTS.length; k++) feats[o + WORD_SLOTS[k]!] = wf[k]!;
    // The WordNet templates come after the 35 others, so those keep their slots.
    for (let k = WORD_SLOTS.length; k < wf.length; k++) feats[o + N_STATIC + k - WORD_SLOTS.length] = wf[k]!;
    feats[o] = f(F.Bias, 0);
    feats[o + 13] = f(F.Quote, vQuote);
    feats[o + 15] = f(F.Pos, vPos);
    feats[o + 16] = f(F.Cue, cue[i]!);
    feats[o + 17] = f(F.CueP1, vCueP1);
    feats[o + 18] = f(F.CueN1, vCueN1);
    feats[o + 19] = f(F.RightCue, vRight);
    feats[o + 20] = f(F.LeftCue, vLeft);
    feats[o + 21] = f(F.SentQ, vSentQ);
    feats[o + 26] = f(F.RightCueComma, vRightComma);
    feats[o + 27] = f(F.ParaFirst, vParaFirst);
    rc[i] = feats[o + 19]! & 63;
  }
  return { feats, stride, scores, rc, wh, cue, q, units, sentStart, ner };
}

/** History state while decoding a unit. */
export interface History { p1: number; p2: number; seen: number }

/** Number of history features. */
export const N_HIST = 9;

/** History feature hashes for token i given the previous tags; writes into `out[0..N_HIST)`. */
export function historyFeatures(x: TagInput, i: number, h: History, out: Uint32Array): void {
  out[0] = f(F.Prev, h.p1);
  out[1] = f(F.Prev2, h.p2 * 8 + h.p1);
  out[2] = f(F.PrevW, mix(h.p1, x.wh[i]!));
  out[3] = f(F.PrevCue, h.p1 * 8 + x.cue[i]!);
  out[4] = f(F.Seen, h.seen);
  out[5] = f(F.PrevQuote, h.p1 * 8 + x.q[i]!);
  out[6] = f(F.PrevN1, mix(h.p1, i + 1 < x.wh.length ? x.wh[i + 1]! : 0));
  out[7] = f(F.SeenW, mix(h.seen, x.wh[i]!));
  out[8] = f(F.SeenRight, h.seen * 64 + x.rc[i]!);
}

/** Updates the history after tagging token i with tag t. `seen` holds roles seen in the sentence (bits). */
export function advance(x: TagInput, i: number, h: History, t: number): void {
  h.p2 = h.p1;
  h.p1 = t;
  if (i + 1 < x.sentStart.length && x.sentStart[i + 1]) h.seen = 0;
  else if (t !== 0) h.seen |= 1 << (roleOf(t) - 1);
}

/** A beam item: the tag history of a unit so far (back pointers to the earlier items) and its score. */
export interface BeamItem { h: History; score: number; tag: number; back: BeamItem | null }

/**
 * One step of beam search over the candidates of token `i` (each an extension of a beam item by one tag, listed
 * in beam order, then tag id): the best first, ties to the earlier candidate; each one's history advanced;
 * histories reaching the same state (previous two tags, roles seen) merged, keeping the better; those more than
 * `prune` below the best dropped; at most `k` kept. The decoder ({@link QuoteTagger.tagBeam}) and training
 * (train-tagger.ts) share it, so training searches exactly as decoding does.
 */
export function beamStep<I extends BeamItem>(x: TagInput, i: number, cands: I[], k: number, prune: number): I[] {
  cands.sort((a, b) => b.score - a.score);
  const next: I[] = [];
  const keys = new Set<number>();
  for (const c of cands) {
    const h = { ...c.h };
    advance(x, i, h, c.tag);
    if (next.length > 0 && c.score < next[0]!.score - prune) break;
    const key = (h.p2 * 8 + h.p1) * 8 + h.seen;
    if (keys.has(key)) continue;
    keys.add(key);
    c.h = h;
    next.push(c);
    if (next.length >= k) break;
  }
  return next;
}

/** Dense weights: bucket b holds its seven tag weights at [8b, 8b+7) as int16 (a common scale does not change the argmax). */
class DenseTable {
  readonly w: Int16Array;
  /** From trained weights, or from a model file's rows (row r = `keys[r]`, in file order: the same table). */
  constructor(W: Weights | WeightRows, scale: number) {
    this.w = new Int16Array((MASK + 1) * 8);
    if (W instanceof Weights) {
      for (const [key, row] of W.index) for (let t = 0; t < N_QTAGS; t++) this.w[(key & MASK) * 8 + t] = Math.round(W.w[row * N_QTAGS + t]! / scale);
    } else {
      const { keys, w } = W;
      for (let row = 0; row < keys.length; row++) {
        const o = (keys[row]! & MASK) * 8;
        for (let t = 0; t < N_QTAGS; t++) this.w[o + t] = Math.round(w[row * N_QTAGS + t]! / scale);
      }
    }
  }
  /** Adds the weights of bucket `b` into `out[at..at+7)`. */
  addTo(b: number, out: Int32Array, at: number): void {
    const w = this.w;
    const o = b * 8;
    for (let t = 0; t < N_QTAGS; t++) out[at + t] = out[at + t]! + w[o + t]!;
  }
}

function scaleOf(w: Float32Array): number {
  let max = 0;
  for (let k = 0; k < w.length; k++) { const a = Math.abs(w[k]!); if (a > max) max = a; }
  return max === 0 ? 1 : max / 32767;
}

/**
 * A model file's weight rows as read (row r: feature bucket `keys[r]`, weights `w[r·7 … r·7+7)`): loading
 * builds the dense table from these directly, without the quarter-million-entry Map (and the `Weights`
 * hash table) that `compact()` would drop at once — most of the tagger's start-up time.
 */
export interface WeightRows { readonly keys: Uint32Array; readonly w: Float32Array }

/**
 * Static templates with small value domains, summed per value once (same buckets as the `feats` path):
 * Bias + Pos by position code; Cue + CueP1 + CueN1 by the three buckets; Quote + SentQ + ParaFirst by
 * quote code, sentence-has-quote and paragraph-first code; RightCue, LeftCue, RightCueComma by value.
 */
class StaticTables {
  readonly tPos = new Int32Array(40 * 8);
  readonly tCue = new Int32Array(8 * 10 * 10 * 8);
  readonly tQuote = new Int32Array(64 * 2 * 4 * 8);
  readonly tRight = new Int32Array(328 * 8);
  readonly tLeft = new Int32Array(328 * 8);
  readonly tRightComma = new Int32Array(512 * 8);
  /** `f(F.RightCue, value) & 63` by value. */
  readonly rcLow = new Uint8Array(328);
  constructor(private readonly T: DenseTable) {
    for (let v = 0; v < 40; v++) { T.addTo(f(F.Bias, 0), this.tPos, v * 8); T.addTo(f(F.Pos, v), this.tPos, v * 8); }
    for (let c = 0; c < 8; c++) for (let p = 0; p < 10; p++) for (let nx = 0; nx < 10; nx++) {
      const at = ((c * 10 + p) * 10 + nx) * 8;
      T.addTo(f(F.Cue, c), this.tCue, at);
      T.addTo(f(F.CueP1, p), this.tCue, at);
      T.addTo(f(F.CueN1, nx), this.tCue, at);
    }
    for (let qc = 0; qc < 64; qc++) for (let hq = 0; hq < 2; hq++) for (let pf = 0; pf < 4; pf++) {
      const at = ((qc * 2 + hq) * 4 + pf) * 8;
      T.addTo(f(F.Quote, qc), this.tQuote, at);
      T.addTo(f(F.SentQ, hq * 4 + (qc >> 4)), this.tQuote, at);
      T.addTo(f(F.ParaFirst, pf), this.tQuote, at);
    }
    for (let v = 0; v < 328; v++) {
      T.addTo(f(F.RightCue, v), this.tRight, v * 8);
      T.addTo(f(F.LeftCue, v), this.tLeft, v * 8);
      this.rcLow[v] = f(F.RightCue, v) & 63;
    }
    for (let v = 0; v < 512; v++) T.addTo(f(F.RightCueComma, v), this.tRightComma, v * 8);
  }
  /** Writes the summed static weights of one token into `out[at..at+7)`. */
  sum(wf: Uint32Array, vPos: number, c: number, cp: number, cn: number, vQuote: number, hasQ: number, vPara: number, vRight: number, vLeft: number, vRightComma: number, out: Int32Array, at: number): void {
    const w = this.T.w;
    const tP = this.tPos, tC = this.tCue, tQ = this.tQuote, tR = this.tRight, tL = this.tLeft, tRC = this.tRightComma;
    const a = vPos << 3;
    const b = ((c * 10 + cp) * 10 + cn) << 3;
    const d = ((vQuote * 2 + hasQ) * 4 + vPara) << 3;
    const e = vRight << 3;
    const g = vLeft << 3;
    const h = vRightComma << 3;
    let s0 = tP[a]! + tC[b]! + tQ[d]! + tR[e]! + tL[g]! + tRC[h]!;
    let s1 = tP[a + 1]! + tC[b + 1]! + tQ[d + 1]! + tR[e + 1]! + tL[g + 1]! + tRC[h + 1]!;
    let s2 = tP[a + 2]! + tC[b + 2]! + tQ[d + 2]! + tR[e + 2]! + tL[g + 2]! + tRC[h + 2]!;
    let s3 = tP[a + 3]! + tC[b + 3]! + tQ[d + 3]! + tR[e + 3]! + tL[g + 3]! + tRC[h + 3]!;
    let s4 = tP[a + 4]! + tC[b + 4]! + tQ[d + 4]! + tR[e + 4]! + tL[g + 4]! + tRC[h + 4]!;
    let s5 = tP[a + 5]! + tC[b + 5]! + tQ[d + 5]! + tR[e + 5]! + tL[g + 5]! + tRC[h + 5]!;
    let s6 = tP[a + 6]! + tC[b + 6]! + tQ[d + 6]! + tR[e + 6]! + tL[g + 6]! + tRC[h + 6]!;
    // Two passes: the first reads one weight per row, so the rows' cache misses (the table is 4 MiB,
    // most rows are cold) are all in flight at once; the second then finds the rows in L1.
    const nw = wf.length;
    for (let k = 0; k < nw; k++) s0 += w[wf[k]! << 3]!;
    for (let k = 0; k < nw; k++) {
      const o = wf[k]! << 3;
      s1 += w[o + 1]!; s2 += w[o + 2]!; s3 += w[o + 3]!; s4 += w[o + 4]!; s5 += w[o + 5]!; s6 += w[o + 6]!;
    }
    out[at] = s0; out[at + 1] = s1; out[at + 2] = s2; out[at + 3] = s3; out[at + 4] = s4; out[at + 5] = s5; out[at + 6] = s6;
  }
}

// Largest cue-likeness bucket the precomputed history tables cover (the model stores 1..4).
const CUE_SLOTS = 8;

/** A loaded tagger. */
export class QuoteTagger {
  private readonly table: DenseTable;
  private readonly scale: number;
  /** The weights as trained (null after `compact()`; `weights` rebuilds them from the table). */
  private full: Weights | null;
  /** Row keys of the weights, kept by `compact()` so `weights` can be rebuilt. */
  private rowKeys: Uint32Array | null = null;

  /** The weights (bucket → seven tag weights), as the model file stores them. */
  get weights(): Weights {
    if (this.full) return this.full;
    const keys = this.rowKeys!;
    const index = new Map<number, number>();
    const w = new Float32Array(keys.length * N_QTAGS);
    keys.forEach((k, r) => {
      index.set(k, r);
      for (let t = 0; t < N_QTAGS; t++) w[r * N_QTAGS + t] = this.table.w[(k & MASK) * 8 + t]! * this.scale;
    });
    return (this.full = new Weights(index, w, N_QTAGS));
  }

  /**
   * Drops the training-form weights, which the dense table duplicates (a loaded model's tables are
   * what tagging reads): a quarter-million-entry Map left on the heap slowed the whole pipeline's GC.
   */
  compact(): this {
    if (this.full) { this.rowKeys = Uint32Array.from(this.full.index.keys()).sort(); this.full = null; }
    return this;
  }
  /**
   * History features whose value has a small domain, summed per value once (same buckets as
   * `historyFeatures`, so the scores are the same integers): Prev + Prev2 + Seen by (p2, p1, seen),
   * PrevCue + PrevQuote by (p1, cue, q), SeenRight by (seen, right-cue bits).
   */
  private readonly histA: Int32Array;
  private readonly histB: Int32Array;
  private readonly histC: Int32Array;
  private readonly smallCue: boolean;
  /** `beamMargin` in table units. */
  private readonly prune: number;
  /** Per-value tables for `tagInput` (null when a cue-likeness bucket is out of their range). */
  readonly statics: StaticTables | null;
  /**
   * @param beam beam width the model was trained with and decodes with (1: greedy). Stored in the header:
   * a model trained with a beam scores histories, not single decisions, and must be decoded the same way.
   * @param beamMargin decoding drops histories scoring more than this (in weight units) below the best one
   * (0: none). Most tokens are plain O with one clear history; the margin keeps the beam's cost near greedy
   * there while close calls (where content ends, which word is the cue) still get the full beam.
   */
  constructor(weights: Weights | WeightRows, readonly cueLex: CueLexicon, readonly provenance: Record<string, unknown> = {}, readonly beam = 1, readonly beamMargin = 0, readonly wordnet = false) {
    const scale = scaleOf(weights.w);
    this.scale = scale;
    // Model files load compacted (see `load`): the rows' keys, sorted as `compact()` sorts them, and no Map.
    if (weights instanceof Weights) this.full = weights;
    else { this.full = null; this.rowKeys = Uint32Array.from(weights.keys).sort(); }
    const T = (this.table = new DenseTable(weights, scale));
    this.prune = beamMargin > 0 ? beamMargin / scale : Infinity;
    this.histA = new Int32Array(8 * 8 * 8 * 8);
    this.histB = new Int32Array(8 * CUE_SLOTS * 4 * 8);
    this.histC = new Int32Array(8 * 64 * 8);
    for (let p2 = 0; p2 < N_QTAGS; p2++) for (let p1 = 0; p1 < N_QTAGS; p1++) for (let seen = 0; seen < 8; seen++) {
      const at = ((p2 * 8 + p1) * 8 + seen) * 8;
      T.addTo(f(F.Prev, p1), this.histA, at);
      T.addTo(f(F.Prev2, p2 * 8 + p1), this.histA, at);
      T.addTo(f(F.Seen, seen), this.histA, at);
    }
    for (let p1 = 0; p1 < N_QTAGS; p1++) for (let c = 0; c < CUE_SLOTS; c++) for (let q = 0; q < 4; q++) {
      const at = ((p1 * CUE_SLOTS + c) * 4 + q) * 8;
      T.addTo(f(F.PrevCue, p1 * 8 + c), this.histB, at);
      T.addTo(f(F.PrevQuote, p1 * 8 + q), this.histB, at);
    }
    for (let seen = 0; seen < 8; seen++) for (let r = 0; r < 64; r++) T.addTo(f(F.SeenRight, seen * 64 + r), this.histC, (seen * 64 + r) * 8);
    let small = true;
    for (const b of cueLex.values()) if (b >= CUE_SLOTS) small = false;
    this.smallCue = small;
    this.statics = small ? new StaticTables(T) : null;
  }

  /** Tags every token (O outside the units). Same scores and decisions as summing `feats` and `historyFeatures`. */
  tag(x: TagInput): Uint8Array {
    if (this.beam > 1) return this.smallCue ? this.tagBeamFast(x, this.beam) : this.tagBeam(x, this.beam);
    if (!this.smallCue) return this.tagGeneric(x);
    const n = x.wh.length;
    const tags = new Uint8Array(n);
    const w = this.table.w;
    const feats = x.feats;
    const wh = x.wh;
    const cue = x.cue;
    const q = x.q;
    const sentStart = x.sentStart;
    const hA = this.histA;
    const hB = this.histB;
    const hC = this.histC;
    const sc = new Int32Array(8);
    const pre = x.scores;
    const rc = x.rc;
    for (const u of x.units) {
      let p1 = 0;
      let p2 = 0;
      let seen = 0;
      for (let i = u.a; i < u.b; i++) {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
        if (pre) {
          const o = i << 3;
          s0 = pre[o]!; s1 = pre[o + 1]!; s2 = pre[o + 2]!; s3 = pre[o + 3]!; s4 = pre[o + 4]!; s5 = pre[o + 5]!; s6 = pre[o + 6]!;
        } else {
          const base = i * x.stride;
          for (let j = base; j < base + x.stride; j++) {
            const o = feats[j]! << 3;
            s0 += w[o]!; s1 += w[o + 1]!; s2 += w[o + 2]!; s3 += w[o + 3]!; s4 += w[o + 4]!; s5 += w[o + 5]!; s6 += w[o + 6]!;
          }
        }
        const wi = wh[i]!;
        const o1 = f(F.PrevW, mix(p1, wi)) << 3;
        const o2 = f(F.PrevN1, mix(p1, i + 1 < n ? wh[i + 1]! : 0)) << 3;
        const o3 = f(F.SeenW, mix(seen, wi)) << 3;
        const a = ((p2 * 8 + p1) * 8 + seen) << 3;
        const b = ((p1 * CUE_SLOTS + cue[i]!) * 4 + q[i]!) << 3;
        const c = ((seen << 6) + rc[i]!) << 3;
        sc[0] = s0 + w[o1]! + w[o2]! + w[o3]! + hA[a]! + hB[b]! + hC[c]!;
        sc[1] = s1 + w[o1 + 1]! + w[o2 + 1]! + w[o3 + 1]! + hA[a + 1]! + hB[b + 1]! + hC[c + 1]!;
        sc[2] = s2 + w[o1 + 2]! + w[o2 + 2]! + w[o3 + 2]! + hA[a + 2]! + hB[b + 2]! + hC[c + 2]!;
        sc[3] = s3 + w[o1 + 3]! + w[o2 + 3]! + w[o3 + 3]! + hA[a + 3]! + hB[b + 3]! + hC[c + 3]!;
        sc[4] = s4 + w[o1 + 4]! + w[o2 + 4]! + w[o3 + 4]! + hA[a + 4]! + hB[b + 4]! + hC[c + 4]!;
        sc[5] = s5 + w[o1 + 5]! + w[o2 + 5]! + w[o3 + 5]! + hA[a + 5]! + hB[b + 5]! + hC[c + 5]!;
        sc[6] = s6 + w[o1 + 6]! + w[o2 + 6]! + w[o3 + 6]! + hA[a + 6]! + hB[b + 6]! + hC[c + 6]!;
        let best = 0;
        const r1 = (p1 + 1) >> 1;
        for (let t = 1; t < N_QTAGS; t++) if ((t & 1) === 1 || r1 === (t + 1) >> 1 ? sc[t]! > sc[best]! : false) best = t;
        tags[i] = best;
        p2 = p1;
        p1 = best;
        if (i + 1 < n && sentStart[i + 1]) seen = 0;
        else if (best !== 0) seen |= 1 << (((best + 1) >> 1) - 1);
      }
    }
    return tags;
  }

  /** Reference decoder (any cue-likeness bucket): sums `feats` and `historyFeatures` directly. */
  tagGeneric(x: TagInput): Uint8Array {
    const n = x.wh.length;
    const tags = new Uint8Array(n);
    const scores = new Int32Array(8);
    const hist = new Uint32Array(N_HIST);
    const T = this.table;
    for (const u of x.units) {
      const h: History = { p1: 0, p2: 0, seen: 0 };
      for (let i = u.a; i < u.b; i++) {
        scores.fill(0);
        if (x.scores) scores.set(x.scores.subarray(i * 8, i * 8 + 8));
        else for (let j = i * x.stride; j < (i + 1) * x.stride; j++) T.addTo(x.feats[j]!, scores, 0);
        historyFeatures(x, i, h, hist);
        for (let j = 0; j < N_HIST; j++) T.addTo(hist[j]!, scores, 0);
        let best = 0;
        for (let t = 1; t < N_QTAGS; t++) if (validAfter(h.p1, t) && scores[t]! > scores[best]!) best = t;
        tags[i] = best;
        advance(x, i, h, best);
      }
    }
    return tags;
  }

  /**
   * Reference beam decoder: keeps the `k` best tag histories per token, merging histories that reach the
   * same state (previous two tags, roles seen in the sentence), as in training (train-tagger.ts). Ties go
   * to the earlier candidate (beam order, then tag id); histories more than `beamMargin` below the best are
   * dropped. `tag()` gives the same tags faster.
   */
  tagBeam(x: TagInput, k: number): Uint8Array {
    const n = x.wh.length;
    const tags = new Uint8Array(n);
    const T = this.table;
    const st = new Int32Array(8);
    const sc = new Int32Array(8);
    const hist = new Uint32Array(N_HIST);
    for (const u of x.units) {
      let beam: BeamItem[] = [{ h: { p1: 0, p2: 0, seen: 0 }, score: 0, tag: 0, back: null }];
      for (let i = u.a; i < u.b; i++) {
        st.fill(0);
        if (x.scores) st.set(x.scores.subarray(i * 8, i * 8 + 8));
        else for (let j = i * x.stride; j < (i + 1) * x.stride; j++) T.addTo(x.feats[j]!, st, 0);
        const cands: BeamItem[] = [];
        for (const it of beam) {
          sc.set(st);
          historyFeatures(x, i, it.h, hist);
          for (let j = 0; j < N_HIST; j++) T.addTo(hist[j]!, sc, 0);
          for (let t = 0; t < N_QTAGS; t++) if (validAfter(it.h.p1, t)) cands.push({ h: it.h, score: it.score + sc[t]!, tag: t, back: it });
        }
        beam = beamStep(x, i, cands, k, this.prune);
      }
      for (let it: BeamItem | null = beam[0]!, i = u.b - 1; it && it.back; it = it.back, i--) tags[i] = it.tag;
    }
    return tags;
  }

  /** Fast beam decoder: same scores, ties and merges as `tagBeam`, on typed arrays and the precomputed tables. */
  private tagBeamFast(x: TagInput, k: number): Uint8Array {
    const n = x.wh.length;
    const tags = new Uint8Array(n);
    const w = this.table.w;
    const { wh, cue, q, sentStart, rc, feats } = x;
    const pre = x.scores;
    const hA = this.histA, hB = this.histB, hC = this.histC;
    // Beam state per slot, and the candidates of one step (slot-major, tag-minor order).
    let bP1 = new Int32Array(k), bP2 = new Int32Array(k), bSeen = new Int32Array(k), bScore = new Float64Array(k);
    let nP1 = new Int32Array(k), nP2 = new Int32Array(k), nSeen = new Int32Array(k), nScore = new Float64Array(k);
    const cScore = new Float64Array(k * N_QTAGS);
    const cKey = new Int32Array(k * N_QTAGS);
    const used = new Uint8Array(k * N_QTAGS);
    const st = new Int32Array(8);
    const taken = new Uint8Array(512);
    const c1 = new Int32Array(8), c2 = new Int32Array(8), c3 = new Int32Array(8);
    // Token at which c1/c2 (by previous tag) and c3 (by seen roles) were last filled: no per-token clearing.
    const c1At = new Int32Array(8).fill(-1), c3At = new Int32Array(8).fill(-1);
    const prune = this.prune;
    const takenList = new Int32Array(k);
    let back = new Int32Array(0);
    for (const u of x.units) {
      const len = u.b - u.a;
      if (back.length < len * k) back = new Int32Array(len * k * 2);
      let size = 1;
      bP1[0] = 0; bP2[0] = 0; bSeen[0] = 0; bScore[0] = 0;
      for (let i = u.a; i < u.b; i++) {
        if (pre) { for (let t = 0; t < N_QTAGS; t++) st[t] = pre[(i << 3) + t]!; }
        else {
          st.fill(0);
          for (let j = i * x.stride; j < (i + 1) * x.stride; j++) { const o = feats[j]! << 3; for (let t = 0; t < N_QTAGS; t++) st[t] = st[t]! + w[o + t]!; }
        }
        const wi = wh[i]!;
        const wn = i + 1 < n ? wh[i + 1]! : 0;
        const reset = i + 1 < n && sentStart[i + 1] === 1;
        let nc = 0;
        // The best and second-best valid candidates in scan order (first index wins ties), tracked as they are scored.
        let top = -1, second = -1;
        // Word × history buckets, hashed once per token for each previous tag / seen value met in the beam.
        for (let s = 0; s < size; s++) {
          const p1 = bP1[s]!, p2 = bP2[s]!, seen = bSeen[s]!;
          if (c1At[p1] !== i) { c1At[p1] = i; c1[p1] = f(F.PrevW, mix(p1, wi)) << 3; c2[p1] = f(F.PrevN1, mix(p1, wn)) << 3; }
          if (c3At[seen] !== i) { c3At[seen] = i; c3[seen] = f(F.SeenW, mix(seen, wi)) << 3; }
          const o1 = c1[p1]!, o2 = c2[p1]!, o3 = c3[seen]!;
          const a = ((p2 * 8 + p1) * 8 + seen) << 3;
          const b = ((p1 * CUE_SLOTS + cue[i]!) * 4 + q[i]!) << 3;
          const c = ((seen << 6) + rc[i]!) << 3;
          const r1 = (p1 + 1) >> 1;
          for (let t = 0; t < N_QTAGS; t++) {
            const ci = s * N_QTAGS + t;
            if (!(t === 0 || (t & 1) === 1 || r1 === (t + 1) >> 1)) { used[ci] = 1; continue; }
            used[ci] = 0;
            const sc = bScore[s]! + (st[t]! + w[o1 + t]! + w[o2 + t]! + w[o3 + t]! + hA[a + t]! + hB[b + t]! + hC[c + t]!);
            cScore[ci] = sc;
            if (top < 0 || sc > cScore[top]!) { second = top; top = ci; }
            else if (second < 0 || sc > cScore[second]!) second = ci;
            const ns = reset ? 0 : t !== 0 ? seen | (1 << (((t + 1) >> 1) - 1)) : seen;
            cKey[ci] = (p1 * 8 + t) * 8 + ns;
          }
          nc = (s + 1) * N_QTAGS;
        }
        // Selection of the k best distinct states; ties go to the earlier candidate.
        let kept = 0;
        const row = (i - u.a) * k;
        // The best candidate always opens the beam; when the runner-up is already below the margin (most
        // tokens), no scan is needed. Otherwise the scan below picks the rest exactly as it would have.
        if (top >= 0) {
          used[top] = 1;
          const key = cKey[top]!;
          taken[key] = 1;
          takenList[0] = key;
          nP2[0] = key >> 6; nP1[0] = top % N_QTAGS; nSeen[0] = key & 7; nScore[0] = cScore[top]!;
          back[row] = top;
          kept = 1;
        }
        const more = top >= 0 && second >= 0 && !(cScore[second]! < nScore[0]! - prune);
        while (more) {
          if (kept >= k) break;
          let best = -1;
          for (let ci = 0; ci < nc; ci++) if (!used[ci] && (best < 0 || cScore[ci]! > cScore[best]!)) best = ci;
          if (best < 0 || (kept > 0 && cScore[best]! < nScore[0]! - prune)) break;
          used[best] = 1;
          const key = cKey[best]!;
          if (taken[key]) continue;
          taken[key] = 1;
          takenList[kept] = key;
          const t = best % N_QTAGS;
          nP2[kept] = key >> 6; nP1[kept] = t; nSeen[kept] = key & 7; nScore[kept] = cScore[best]!;
          back[row + kept] = best;
          kept++;
        }
        for (let j = 0; j < kept; j++) taken[takenList[j]!] = 0;
        let ti = bP1; bP1 = nP1; nP1 = ti;
        ti = bP2; bP2 = nP2; nP2 = ti;
        ti = bSeen; bSeen = nSeen; nSeen = ti;
        const tf = bScore; bScore = nScore; nScore = tf;
        size = kept;
      }
      let slot = 0;
      for (let i = u.b - 1; i >= u.a; i--) {
        const ci = back[(i - u.a) * k + slot]!;
        tags[i] = ci % N_QTAGS;
        slot = (ci / N_QTAGS) | 0;
      }
    }
    return tags;
  }

  /** Serializes to the binary format in this module's comment. */
  serialize(): Buffer {
    const W = this.weights;
    const scale = scaleOf(W.w);
    const cueKeys = [...this.cueLex.keys()].sort((a, b) => a - b);
    // `templates` only when there are optional ones: a tagger without them writes the header it always wrote.
    const header = { format: 1, hashing: 'fnv1a-mix1', bucketBits: BUCKET_BITS, tags: QTAGS, nStatic: N_STATIC + (this.wordnet ? N_WORDNET : 0), nHist: N_HIST, ...(this.wordnet ? { templates: [WORDNET_TEMPLATES] } : {}), rows: W.index.size, scale, cueRows: cueKeys.length, beam: this.beam, beamMargin: this.beamMargin, provenance: this.provenance };
    const keys = [...W.index.keys()].sort((a, b) => a - b);
    const q = new Int16Array(keys.length * N_QTAGS);
    keys.forEach((key, r) => {
      const o = W.index.get(key)! * N_QTAGS;
      for (let t = 0; t < N_QTAGS; t++) q[r * N_QTAGS + t] = Math.round(W.w[o + t]! / scale);
    });
    return writeModelFile({ header, cueKeys: Uint32Array.from(cueKeys), cueVals: Uint8Array.from(cueKeys, (k) => this.cueLex.get(k)!), keys: Uint32Array.from(keys), q });
  }

  /** Parses a model file; throws on a wrong magic, tag set or feature layout. */
  static deserialize(buf: Uint8Array): QuoteTagger {
    const { header, wordnet, cueLex, rows } = parseModel(buf);
    const index = new Map<number, number>();
    for (let r = 0; r < rows.keys.length; r++) index.set(rows.keys[r]!, r);
    return new QuoteTagger(new Weights(index, rows.w, N_QTAGS), cueLex, header.provenance, header.beam ?? 1, header.beamMargin ?? 0, wordnet);
  }

  /**
   * Parses a model file into a compacted tagger: the same tables, scores and `weights` as
   * `deserialize(buf).compact()`, built straight from the file's rows.
   */
  static load(buf: Uint8Array): QuoteTagger {
    const { header, wordnet, cueLex, rows } = parseModel(buf);
    return new QuoteTagger(rows, cueLex, header.provenance, header.beam ?? 1, header.beamMargin ?? 0, wordnet);
  }
}

/** The JSON header of a model file. */
export interface ModelHeader { bucketBits: number; hashing: string; tags: string[]; nStatic: number; nHist: number; templates?: string[]; rows: number; scale: number; cueRows: number; beam?: number; beamMargin?: number; provenance: Record<string, unknown> }

/** Whether a model was trained with the optional WordNet templates (any other optional set is rejected). */
function hasWordnet(header: ModelHeader): boolean {
  const t = header.templates ?? [];
  if (t.some((x) => x !== WORDNET_TEMPLATES)) throw new Error(`quote tagger uses unknown templates ${t.join()}`);
  return t.length > 0;
}

/**
 * The contents of a model file as stored, before any layout check: the JSON header, the hashed cue lexicon (keys and
 * values) and the weight rows (bucket keys, `N_QTAGS` int16 weights per row, to be multiplied by `header.scale`).
 */
export interface ModelFile { header: ModelHeader; cueKeys: Uint32Array; cueVals: Uint8Array; keys: Uint32Array; q: Int16Array }

/**
 * Reads the binary format of this module's comment, checking only the magic. Exported for tools that must read taggers
 * of older feature layouts too (scripts/soup-taggers.mjs); the tagger itself reads through `parseModel`, which checks the
 * layout.
 */
export function readModelFile(buf: Uint8Array): ModelFile {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (b.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a factwire quote tagger (bad magic)');
  const hlen = b.readUInt32LE(8);
  const header = JSON.parse(b.toString('utf8', 12, 12 + hlen)) as ModelHeader;
  let off = 12 + hlen;
  const cueKeys = new Uint32Array(header.cueRows);
  const cueVals = new Uint8Array(header.cueRows);
  for (let r = 0; r < header.cueRows; r++) { cueKeys[r] = b.readUInt32LE(off + r * 4); cueVals[r] = b.readUInt8(off + header.cueRows * 4 + r); }
  off += header.cueRows * 5 + ((4 - (header.cueRows % 4)) % 4);
  const keys = new Uint32Array(header.rows);
  for (let r = 0; r < header.rows; r++) keys[r] = b.readUInt32LE(off + r * 4);
  off += header.rows * 4;
  const q = new Int16Array(header.rows * N_QTAGS);
  for (let k = 0; k < q.length; k++) q[k] = b.readInt16LE(off + k * 2);
  return { header, cueKeys, cueVals, keys, q };
}

/**
 * Writes the binary format of this module's comment. The header is written as given (key order included), padded to
 * a multiple of 4 bytes; its `rows` and `cueRows` must equal the lengths of `keys` and `cueKeys`.
 */
export function writeModelFile(f: { header: { rows: number; cueRows: number }; cueKeys: Uint32Array; cueVals: Uint8Array; keys: Uint32Array; q: Int16Array }): Buffer {
  if (f.header.rows !== f.keys.length || f.header.cueRows !== f.cueKeys.length || f.q.length !== f.keys.length * N_QTAGS) {
    throw new Error('quote tagger header disagrees with its rows');
  }
  let json = JSON.stringify(f.header);
  json += ' '.repeat((4 - (Buffer.byteLength(json) % 4)) % 4);
  const hb = Buffer.from(json, 'utf8');
  const n = f.cueKeys.length;
  const cb = Buffer.alloc(n * 5 + ((4 - (n % 4)) % 4));
  for (let r = 0; r < n; r++) { cb.writeUInt32LE(f.cueKeys[r]!, r * 4); cb.writeUInt8(f.cueVals[r]!, n * 4 + r); }
  const kb = Buffer.alloc(f.keys.length * 4);
  for (let r = 0; r < f.keys.length; r++) kb.writeUInt32LE(f.keys[r]!, r * 4);
  const wb = Buffer.alloc(f.q.length * 2);
  for (let k = 0; k < f.q.length; k++) wb.writeInt16LE(f.q[k]!, k * 2);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(hb.length, 0);
  return Buffer.concat([Buffer.from(MAGIC, 'latin1'), len, hb, cb, kb, wb]);
}

/** Reads a model file for this code (`wordnet`: the model has the optional WordNet templates); throws on a wrong magic, tag set or feature layout. */
function parseModel(buf: Uint8Array): { header: ModelHeader; wordnet: boolean; cueLex: CueLexicon; rows: WeightRows } {
  const { header, cueKeys, cueVals, keys, q } = readModelFile(buf);
  const wordnet = hasWordnet(header);
  if (header.hashing !== 'fnv1a-mix1' || header.tags.join() !== QTAGS.join() || header.nStatic !== N_STATIC + (wordnet ? N_WORDNET : 0) || header.nHist !== N_HIST || header.bucketBits !== BUCKET_BITS) {
    throw new Error('quote tagger was trained with another tag set or feature layout');
  }
  const cueLex: CueLexicon = new Map();
  for (let r = 0; r < cueKeys.length; r++) cueLex.set(cueKeys[r]!, cueVals[r]!);
  const w = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) w[k] = q[k]! * header.scale;
  return { header, wordnet, cueLex, rows: { keys, w } };
}

/** Loads the committed tagger, or null when the file is absent. */
export function loadTagger(path = TAGGER_PATH): QuoteTagger | null {
  if (!existsSync(path)) return null;
  return QuoteTagger.load(readFileSync(path));
}
