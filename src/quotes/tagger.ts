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
import { fnv1a, mix } from '../ner/hash.js';
import { Weights } from '../ner/perceptron.js';
import type { CompiledLexicon } from './lexicon.js';
import { matchCue } from './extract.js';
import type { View } from './view.js';

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
  // history
  Prev = 40, Prev2, PrevW, PrevCue, Seen, PrevQuote, PrevN1, SeenW, SeenRight,
}

/** Number of static features per token. */
export const N_STATIC = 30;

const hs = (s: string): number => fnv1a(s);
/** Features are hashed into 2^BUCKET_BITS buckets (the hashing trick): the weights are one dense table. */
export const BUCKET_BITS = 16;
const MASK = (1 << BUCKET_BITS) - 1;
const f = (t: number, v: number): number => mix(t, v) & MASK;

function shapeOf(text: string, kind: string): string {
  if (kind === 'punct' || kind === 'quote' || kind === 'symbol') return text.length <= 2 ? text : 'P';
  if (kind === 'number') return 'd';
  if (/^[A-Z]+$/.test(text) && text.length > 1) return 'XX';
  if (/^[A-Z]/.test(text)) return 'Xx';
  if (/^[a-z]/.test(text)) return 'x';
  return kind;
}

/** Hashes of lower-cased forms ([form, 3-letter suffix]) and of shapes, shared across documents (bounded). */
const formCache = new Map<string, [number, number]>();
const shapeCache = new Map<string, Map<string, number>>();
const smallCache = new Map<string, number>();
const cachedHash = (s: string): number => {
  let h = smallCache.get(s);
  if (h === undefined) { h = hs(s); if (smallCache.size < 10_000) smallCache.set(s, h); }
  return h;
};

/** Cue-likeness bucket a word needs for its paragraph to be tagged (part of the model format). */
export const SKIP_BUCKET = 2;

/** Per-document precomputed static features, and what history features need. */
export interface TagInput {
  /** `nTok × N_STATIC` feature hashes. */
  readonly feats: Uint32Array;
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

/** Computes the static features of a document (shared by training and tagging). */
export function tagInput(v: View, lex: CompiledLexicon, cueLex: CueLexicon, mentions: readonly Mention[]): TagInput {
  const n = v.tokens.length;
  const wh = new Uint32Array(n);
  const cue = new Uint8Array(n);
  const q = new Uint8Array(n);
  const lexId = new Uint32Array(n);
  const ner = new Uint32Array(n);
  const suf = new Uint32Array(n);
  const shapeH = new Uint32Array(n);
  if (formCache.size > 200_000) { formCache.clear(); shapeCache.clear(); }
  for (let i = 0; i < n; i++) {
    const w = v.lower[i]!;
    let fc = formCache.get(w);
    if (fc === undefined) { fc = [hs(w), hs(w.slice(-3))]; formCache.set(w, fc); }
    wh[i] = fc[0];
    suf[i] = fc[1];
    const tk = v.tokens[i]!;
    let sc = shapeCache.get(tk.kind);
    if (sc === undefined) shapeCache.set(tk.kind, (sc = new Map()));
    let sh = sc.get(tk.text);
    if (sh === undefined) { sh = hs(shapeOf(tk.text, tk.kind)); sc.set(tk.text, sh); }
    shapeH[i] = sh;
    cue[i] = cueLex.get(wh[i]!) ?? 0;
    const r = v.regionOf[i]!;
    if (r !== -1) {
      const R = v.regions[r]!;
      q[i] = i === R.openToken ? 2 : i === R.closeToken ? 3 : 1;
    }
  }
  for (let i = 0; i < n; i++) {
    if (v.regionOf[i] !== -1) continue;
    const e = matchCue(v, lex, i);
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
  const feats = new Uint32Array(n * N_STATIC);
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
  const bucket = (d: number) => (d <= 3 ? d : d <= 6 ? 5 : d <= 12 ? 9 : d <= 25 ? 20 : 40);
  const word = (j: number) => (j >= 0 && j < n ? wh[j]! : 0x5bd1e995);
  for (let i = 0; i < n; i++) {
    if (!live[i]) continue;
    const o = i * N_STATIC;
    const r = right[i]!;
    const l = left[i]!;
    const commaBetween = r !== -1 && nextComma[i]! < r ? 1 : 0;
    const pos = i - sentFirst[i]!;
    const toEnd = sentEnd[i]! - i;
    feats[o] = f(F.Bias, 0);
    feats[o + 1] = f(F.W, wh[i]!);
    feats[o + 2] = f(F.Suf3, suf[i]!);
    feats[o + 3] = f(F.Shape, mix(shapeH[i]!, i > 0 ? shapeH[i - 1]! : 0));
    feats[o + 4] = f(F.P1, word(i - 1));
    feats[o + 5] = f(F.N1, word(i + 1));
    feats[o + 6] = f(F.P2, word(i - 2));
    feats[o + 7] = f(F.N2, word(i + 2));
    feats[o + 8] = f(F.P1W, mix(word(i - 1), wh[i]!));
    feats[o + 9] = f(F.WN1, mix(wh[i]!, word(i + 1)));
    feats[o + 10] = f(F.Lex, lexId[i]!);
    feats[o + 11] = f(F.LexP1, i > 0 ? lexId[i - 1]! : 0);
    feats[o + 12] = f(F.LexN1, i + 1 < n ? lexId[i + 1]! : 0);
    feats[o + 13] = f(F.Quote, q[i]! * 16 + (i > 0 ? q[i - 1]! : 0) * 4 + (i + 1 < n ? q[i + 1]! : 0));
    feats[o + 14] = f(F.Ner, ner[i]!);
    feats[o + 15] = f(F.Pos, (pos === 0 ? 1 : pos < 3 ? 2 : pos < 8 ? 3 : 4) * 8 + (toEnd <= 1 ? 1 : toEnd <= 3 ? 2 : 3));
    feats[o + 16] = f(F.Cue, cue[i]!);
    feats[o + 17] = f(F.CueP1, i > 0 ? cue[i - 1]! : 9);
    feats[o + 18] = f(F.CueN1, i + 1 < n ? cue[i + 1]! : 9);
    feats[o + 19] = f(F.RightCue, r === -1 ? 0 : bucket(r - i) * 8 + cue[r]!);
    feats[o + 20] = f(F.LeftCue, l === -1 ? 0 : bucket(i - l) * 8 + cue[l]!);
    feats[o + 21] = f(F.SentQ, sentHasQ[i]! * 4 + q[i]!);
    feats[o + 22] = f(F.WQuote, mix(wh[i]!, q[i]! === 0 ? 0 : 1));
    feats[o + 23] = f(F.NerN1, i + 1 < n ? ner[i + 1]! : 1);
    feats[o + 24] = f(F.NerP1, i > 0 ? ner[i - 1]! : 1);
    feats[o + 25] = f(F.CueW, mix(cue[i]!, i > 0 ? wh[i - 1]! : 0));
    feats[o + 26] = f(F.RightCueComma, r === -1 ? 0 : commaBetween * 64 + bucket(r - i) * 2 + (v.lower[r - 1] === ',' ? 1 : 0) + 256 * (sentEnd[i]! - r <= 3 ? 1 : 0));
    feats[o + 27] = f(F.ParaFirst, paraFirst[i]! * 2 + (q[i]! !== 0 ? 1 : 0));
    feats[o + 28] = f(F.RightCueLex, r === -1 ? 0 : mix(lexId[r]!, r - i <= 2 ? 1 : 2));
    feats[o + 29] = f(F.WordIdx, mix(wh[i]!, pos === 0 ? 1 : 0));
  }
  return { feats, wh, cue, q, units, sentStart, ner };
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
  out[8] = f(F.SeenRight, h.seen * 64 + (x.feats[i * N_STATIC + 19]! & 63));
}

/** Updates the history after tagging token i with tag t. `seen` holds roles seen in the sentence (bits). */
export function advance(x: TagInput, i: number, h: History, t: number): void {
  h.p2 = h.p1;
  h.p1 = t;
  if (i + 1 < x.sentStart.length && x.sentStart[i + 1]) h.seen = 0;
  else if (t !== 0) h.seen |= 1 << (roleOf(t) - 1);
}

/** Dense weights: bucket b holds its seven tag weights at [8b, 8b+7) as int16 (a common scale does not change the argmax). */
class DenseTable {
  readonly w: Int16Array;
  constructor(W: Weights, scale: number) {
    this.w = new Int16Array((MASK + 1) * 8);
    for (const [key, row] of W.index) for (let t = 0; t < N_QTAGS; t++) this.w[(key & MASK) * 8 + t] = Math.round(W.w[row * N_QTAGS + t]! / scale);
  }
  /** Adds the weights of `feats[from..from+n)` into `scores`. */
  add(feats: Uint32Array, from: number, n: number, scores: Float64Array): void {
    const w = this.w;
    for (let j = from; j < from + n; j++) {
      const o = feats[j]! * 8;
      scores[0]! += w[o]!; scores[1]! += w[o + 1]!; scores[2]! += w[o + 2]!; scores[3]! += w[o + 3]!;
      scores[4]! += w[o + 4]!; scores[5]! += w[o + 5]!; scores[6]! += w[o + 6]!;
    }
  }
}

function scaleOf(W: Weights): number {
  let max = 0;
  for (const x of W.w) max = Math.max(max, Math.abs(x));
  return max === 0 ? 1 : max / 32767;
}

/** A loaded tagger. */
export class QuoteTagger {
  private readonly table: DenseTable;
  constructor(readonly weights: Weights, readonly cueLex: CueLexicon, readonly provenance: Record<string, unknown> = {}) {
    this.table = new DenseTable(weights, scaleOf(weights));
  }

  /** Tags every token (O outside the units). */
  tag(x: TagInput): Uint8Array {
    const n = x.wh.length;
    const tags = new Uint8Array(n);
    const scores = new Float64Array(N_QTAGS);
    const st = new Float64Array(N_QTAGS);
    const hist = new Uint32Array(N_HIST);
    const W = this.table;
    for (const u of x.units) {
      const h: History = { p1: 0, p2: 0, seen: 0 };
      for (let i = u.a; i < u.b; i++) {
        st.fill(0);
        W.add(x.feats, i * N_STATIC, N_STATIC, st);
        historyFeatures(x, i, h, hist);
        scores.set(st);
        W.add(hist, 0, N_HIST, scores);
        let best = 0;
        for (let t = 1; t < N_QTAGS; t++) if (validAfter(h.p1, t) && scores[t]! > scores[best]!) best = t;
        tags[i] = best;
        advance(x, i, h, best);
      }
    }
    return tags;
  }

  /** Serializes to the binary format in this module's comment. */
  serialize(): Buffer {
    const W = this.weights;
    const scale = scaleOf(W);
    const cueKeys = [...this.cueLex.keys()].sort((a, b) => a - b);
    const header = { format: 1, hashing: 'fnv1a-mix1', bucketBits: BUCKET_BITS, tags: QTAGS, nStatic: N_STATIC, nHist: N_HIST, rows: W.index.size, scale, cueRows: cueKeys.length, provenance: this.provenance };
    let json = JSON.stringify(header);
    json += ' '.repeat((4 - (Buffer.byteLength(json) % 4)) % 4);
    const hb = Buffer.from(json, 'utf8');
    const cuePad = (4 - (cueKeys.length % 4)) % 4;
    const cb = Buffer.alloc(cueKeys.length * 5 + cuePad);
    cueKeys.forEach((k, r) => { cb.writeUInt32LE(k, r * 4); cb.writeUInt8(this.cueLex.get(k)!, cueKeys.length * 4 + r); });
    const keys = [...W.index.keys()].sort((a, b) => a - b);
    const kb = Buffer.alloc(keys.length * 4);
    const wb = Buffer.alloc(keys.length * N_QTAGS * 2);
    keys.forEach((key, r) => {
      kb.writeUInt32LE(key, r * 4);
      const o = W.index.get(key)! * N_QTAGS;
      for (let t = 0; t < N_QTAGS; t++) wb.writeInt16LE(Math.round(W.w[o + t]! / scale), (r * N_QTAGS + t) * 2);
    });
    const len = Buffer.alloc(4);
    len.writeUInt32LE(hb.length, 0);
    return Buffer.concat([Buffer.from(MAGIC, 'latin1'), len, hb, cb, kb, wb]);
  }

  /** Parses a model file; throws on a wrong magic, tag set or feature layout. */
  static deserialize(buf: Uint8Array): QuoteTagger {
    const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    if (b.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a factwire quote tagger (bad magic)');
    const hlen = b.readUInt32LE(8);
    const header = JSON.parse(b.toString('utf8', 12, 12 + hlen)) as { bucketBits: number; hashing: string; tags: string[]; nStatic: number; nHist: number; rows: number; scale: number; cueRows: number; provenance: Record<string, unknown> };
    if (header.hashing !== 'fnv1a-mix1' || header.tags.join() !== QTAGS.join() || header.nStatic !== N_STATIC || header.nHist !== N_HIST || header.bucketBits !== BUCKET_BITS) {
      throw new Error('quote tagger was trained with another tag set or feature layout');
    }
    let off = 12 + hlen;
    const cueLex: CueLexicon = new Map();
    for (let r = 0; r < header.cueRows; r++) cueLex.set(b.readUInt32LE(off + r * 4), b.readUInt8(off + header.cueRows * 4 + r));
    off += header.cueRows * 5 + ((4 - (header.cueRows % 4)) % 4);
    const index = new Map<number, number>();
    for (let r = 0; r < header.rows; r++) index.set(b.readUInt32LE(off + r * 4), r);
    off += header.rows * 4;
    const w = new Float32Array(header.rows * N_QTAGS);
    for (let k = 0; k < w.length; k++) w[k] = b.readInt16LE(off + k * 2) * header.scale;
    return new QuoteTagger(new Weights(index, w, N_QTAGS), cueLex, header.provenance);
  }
}

/** Loads the committed tagger, or null when the file is absent. */
export function loadTagger(path = TAGGER_PATH): QuoteTagger | null {
  if (!existsSync(path)) return null;
  return QuoteTagger.deserialize(readFileSync(path));
}
