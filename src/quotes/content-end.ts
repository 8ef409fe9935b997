/**
 * Learned content end of reported (unquoted) speech: where the content of a claim built without quotation
 * marks stops. The finders and the tagger often run on past the reported clause (`Novak said the mill will
 * close, a decision that angered …`), or stop early; typed rules for single boundary words were measured flat
 * (models/quotes/README.md), so a ranker weighs every place the content could end instead.
 *
 * For a claim's last content piece after its cue, the **sites** are: the current end (`keep`), every earlier
 * boundary outside quotation marks (`cut`: punctuation or a boundary word, {@link BOUNDARY_WORDS}), and every
 * later boundary up to the end of the sentence (`extend`), where the words added belong to no other claim. A
 * site is described by the tokens around the end it gives (the token after the end and its neighbours), the
 * cue word, distances and a few clause cues; an averaged ranking perceptron over hashed features (src/ner/hash.ts)
 * scores them, and a site other than `keep` is taken only when it beats `keep` by the model's `margin`.
 *
 * Weights: models/quotes/content-end.json, written by scripts/train-content-end.mjs
 * (`{ format, hashing, provenance, margin, weights: [[hash, weight], ...] }`, no text).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fnv1a, fnv1aFrom, mix, mixHead } from '../ner/hash.js';
import { trimmedEnd, trimmedStart, type Candidate } from './extract.js';
import { FrozenWeights } from './linker.js';
import { QUOTATION_MARK_PATTERNS } from './patterns.js';
import type { TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Where the committed weights live (same relative path from src/ and dist/). */
export const CONTENT_END_PATH = fileURLToPath(new URL('../../models/quotes/content-end.json', import.meta.url));

/** What a site does to the content's last piece. */
export type SiteKind = 'keep' | 'cut' | 'extend';

/** One place the content could end: the piece becomes `{ a, b: end }`; `at` is the token the end was read at. */
export interface EndSite {
  readonly kind: SiteKind;
  /** Exclusive end token of the piece (after trimming punctuation). */
  readonly end: number;
  /** The boundary token (the piece is cut before it, or extended up to it). */
  readonly at: number;
}

/**
 * Words that may open what follows a content (`…, and`, `but`, `which`, `after`, `in`): picked by hand from the
 * tokens right after the gold content ends of the train claims (fold taggers) that ran on too long, plus their
 * kin (`whereas` beside `while`); which of them end a content in context is the ranker's to learn.
 */
export const BOUNDARY_WORDS: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'while', 'whereas', 'which', 'who', 'whom', 'whose', 'where', 'as', 'because', 'after', 'before',
  'when', 'since', 'until', 'if', 'although', 'though', 'even', 'despite', 'including', 'according', 'following',
  'during', 'amid', 'than', 'so', 'that', 'in', 'on', 'at', 'by', 'for', 'to', 'with', 'without', 'through', 'from',
  'over', 'about', 'against', 'unlike', 'like', 'saying', 'adding', 'noting', 'calling', 'citing',
]);

/** Punctuation a content may end before. */
const BOUNDARY_PUNCT: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '―', '-', '--', '(', ')', '.', '?', '!']);

/** Most tokens a content is extended by. */
const MAX_EXTEND = 40;

/** Whether a content may end before token `i` (a boundary outside quotation marks). */
function isBoundary(v: View, i: number): boolean {
  if (v.regionOf[i] !== -1) return false;
  const t = v.tokens[i]!;
  return t.kind === 'punct' ? BOUNDARY_PUNCT.has(t.text) : BOUNDARY_WORDS.has(v.lower[i]!);
}

/** Index of the claim's last content piece when it follows the cue and is open to a learned end (-1 otherwise). */
export function endPiece(c: Candidate): number {
  if (!c.cue || QUOTATION_MARK_PATTERNS.has(c.pattern) || c.content.length === 0) return -1;
  const k = c.content.length - 1;
  const r = c.content[k]!;
  return r.a >= c.cue.b && r.b - r.a >= 2 ? k : -1;
}

/** Site kinds as stored in {@link PieceScratch} (and mixed into the features). */
const KEEP = 1, CUT = 2, EXTEND = 3;
const KIND_NAME: readonly SiteKind[] = ['keep', 'keep', 'cut', 'extend'];

/**
 * One claim's sites and what their features read, in typed arrays that are reused from claim to claim: the
 * run-time step makes no objects per claim or site (it runs on every document, inside the quote stage's
 * ≥ 1 MB/s budget).
 */
class PieceScratch {
  /** Start and end token of the piece (the claim's last content piece). */
  a = 0;
  b = 0;
  /** Number of sites; site `j` has kind `kind[j]` (1 keep, 2 cut, 3 extend), end `end[j]`, boundary `at[j]`. */
  n = 0;
  kind = new Uint8Array(16);
  end = new Int32Array(16);
  at = new Int32Array(16);
  /** Number of boundaries strictly inside the piece, ascending in `bnd` (the `first` feature reads them). */
  nb = 0;
  bnd = new Int32Array(16);
  /** Commas, tokens inside quotation marks and tokens of any claim's cue in `[a, a + j)`, at `j` (see {@link fillCounts}). */
  commas = new Int32Array(64);
  quoted = new Int32Array(64);
  cues = new Int32Array(64);

  push(kind: number, end: number, at: number): void {
    if (this.n === this.end.length) {
      this.kind = grow8(this.kind);
      this.end = grow32(this.end);
      this.at = grow32(this.at);
    }
    this.kind[this.n] = kind;
    this.end[this.n] = end;
    this.at[this.n++] = at;
  }

  pushBoundary(i: number): void {
    if (this.nb === this.bnd.length) this.bnd = grow32(this.bnd);
    this.bnd[this.nb++] = i;
  }

  /** Whether a site already ends at `e` (a handful of sites per claim: a scan beats a Set). */
  hasEnd(e: number): boolean {
    for (let j = 0; j < this.n; j++) if (this.end[j] === e) return true;
    return false;
  }

  /**
   * Running counts over `[a, hi)`, so each site reads its commas, quoted tokens and dropped cues in O(1)
   * instead of walking the piece once per site.
   */
  fillCounts(v: View, cx: EndContext, hi: number): void {
    const len = hi - this.a + 1;
    if (this.commas.length < len) {
      const size = Math.max(len, this.commas.length * 2);
      this.commas = new Int32Array(size);
      this.quoted = new Int32Array(size);
      this.cues = new Int32Array(size);
    }
    const { commas, quoted, cues, a } = this;
    const { tokens, regionOf } = v;
    commas[0] = quoted[0] = cues[0] = 0;
    for (let j = a, k = 0; j < hi; j++, k++) {
      commas[k + 1] = commas[k]! + (tokens[j]!.text === ',' ? 1 : 0);
      quoted[k + 1] = quoted[k]! + (regionOf[j] !== -1 ? 1 : 0);
      cues[k + 1] = cues[k]! + cx.claimCue[j]!;
    }
  }
}

const grow8 = (x: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> => { const y = new Uint8Array(x.length * 2); y.set(x); return y; };
const grow32 = (x: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => { const y = new Int32Array(x.length * 2); y.set(x); return y; };

/**
 * Fills `ps` with the sites of claim `c` (the first is `keep`), one per distinct end; an extension stops before
 * the tokens of any claim (`cx.held`). Returns the index of the piece, or -1 (no sites) when the claim is not
 * open to a learned end.
 */
function collectSites(v: View, c: Candidate, cx: EndContext, ps: PieceScratch): number {
  ps.n = 0;
  ps.nb = 0;
  const k = endPiece(c);
  if (k < 0) return -1;
  const r = c.content[k]!;
  const a = r.a, b = r.b;
  ps.a = a;
  ps.b = b;
  ps.push(KEEP, b, b);
  // `trimContent({ a, b: i })` for every end `i` here: its start is min(i, a0) (trimmedStart stops at the first kept
  // token whatever the end), computed once.
  const a0 = trimmedStart(v, a, Math.min(v.tokens.length, b + MAX_EXTEND));
  for (let i = a + 1; i < b; i++) {
    if (!isBoundary(v, i)) continue;
    ps.pushBoundary(i);
    const e = trimmedEnd(v, Math.min(a0, i), i);
    if (e <= a || ps.hasEnd(e)) continue;
    ps.push(CUT, e, i);
  }
  const sent = v.sentences[v.sentOf[b - 1]!];
  if (!sent || v.regionOf[b - 1] !== -1) return k;
  const { held } = cx;
  const lim = Math.min(sent.tokenEnd, b + MAX_EXTEND);
  for (let i = b; i <= lim; i++) {
    if (i > b && held[i - 1]) break;
    if (i < lim && !isBoundary(v, i)) continue;
    if (i === lim && lim !== sent.tokenEnd) break;
    const e = trimmedEnd(v, Math.min(a0, i), i);
    if (e <= b || ps.hasEnd(e)) continue;
    ps.push(EXTEND, e, i);
  }
  return k;
}

/**
 * The sites of claim `c` (the first is `keep`), one per distinct end; an extension stops before the tokens of any
 * claim (`cx.held`). Empty when the claim is not open to a learned end.
 */
export function endSites(v: View, c: Candidate, cx: EndContext): EndSite[] {
  const ps = new PieceScratch();
  collectSites(v, c, cx, ps);
  const out: EndSite[] = [];
  for (let j = 0; j < ps.n; j++) out.push({ kind: KIND_NAME[ps.kind[j]!]!, end: ps.end[j]!, at: ps.at[j]! });
  return out;
}

const H = fnv1a;
/** How far after a boundary a cue-lexicon word counts as near. */
const NEAR_CUE = 5;
const KIND: Readonly<Record<SiteKind, number>> = { keep: KEEP, cut: CUT, extend: EXTEND };
/** Slots of a site's values (`SV` in {@link writeFeatures}), which the templates conjoin. */
const enum Sv { Kind, At, N1, N2, P1, P2, Cue, Len, Move, Left, Suf1, Suf2, Shape, Commas, Quoted, Last, First, Opener, CueNext, CueTail, Count }
/**
 * The feature templates in feature order: name and the values each conjoins. Every template but `kind` is
 * mixed with the site kind first (`mix(mix(H(name), kind), value…)`), so `keep`, `cut` and `extend` weigh the
 * same context apart; `kind` itself is `mix(H('kind'), kind)`.
 */
const TEMPLATES: readonly (readonly [string, Sv, Sv?, Sv?])[] = [
  ['kind', Sv.Kind], ['at', Sv.At], ['n1', Sv.N1], ['n2', Sv.N2], ['p1', Sv.P1], ['p2', Sv.P2],
  ['at|n1', Sv.At, Sv.N1], ['p1|at', Sv.P1, Sv.At], ['cue|at', Sv.Cue, Sv.At], ['cue|kind', Sv.Cue],
  ['len', Sv.Len], ['move', Sv.Move], ['left', Sv.Left], ['at|left', Sv.At, Sv.Left], ['at|move', Sv.At, Sv.Move],
  ['suf1', Sv.Suf1], ['suf2', Sv.Suf2], ['shape', Sv.Shape], ['commas', Sv.Commas], ['quoted', Sv.Quoted], ['last', Sv.Last],
  ['first', Sv.At, Sv.First], ['clause', Sv.At, Sv.Opener], ['cue|len', Sv.Cue, Sv.Len], ['at|n1|n2', Sv.At, Sv.N1, Sv.N2],
  ['cuenext', Sv.At, Sv.CueNext], ['cuetail', Sv.CueTail],
];
/** Number of features of a site. */
const N_FEATURES = TEMPLATES.length;
/**
 * `mixHead` of each template's id mixed with each kind, at `kind * N_FEATURES + t` (kinds 1–3), and the slots
 * of each template's values (-1: none): {@link writeFeatures} mixes in written-out loops over these, since V8
 * left most of the ≈ 40 `mix` calls of a site uninlined when they were written one by one.
 */
const HEADS = new Int32Array(4 * N_FEATURES);
const ARG_A = new Int8Array(N_FEATURES), ARG_B = new Int8Array(N_FEATURES), ARG_C = new Int8Array(N_FEATURES);
TEMPLATES.forEach(([name, x, y, z], t) => {
  for (let kind = 1; kind <= 3; kind++) HEADS[kind * N_FEATURES + t] = mixHead(name === 'kind' ? H(name) : mix(H(name), kind));
  ARG_A[t] = x;
  ARG_B[t] = y ?? -1;
  ARG_C[t] = z ?? -1;
});

const bucket = (d: number): number => (d <= 0 ? d : d <= 1 ? 1 : d <= 2 ? 2 : d <= 4 ? 3 : d <= 8 ? 4 : d <= 16 ? 5 : d <= 32 ? 6 : 7);
// Range tests before the read: reading past either end of the array deopted the optimised feature writer ("out of bounds").
const lowerAt = (v: View, i: number): string => (i < 0 ? '<s>' : i >= v.lower.length ? '</s>' : v.lower[i]!);
const H_BEFORE = H('<s>'), H_AFTER = H('</s>');
/**
 * Hash of the lower form of token `i` (the document's edges have hashes of their own). `cx.wh` holds the
 * tagger's hashes of the same forms when the extractor has them, else it is filled when first read (0: not yet).
 */
function wordHash(v: View, cx: EndContext, i: number): number {
  if (i < 0 || i >= cx.n) return i < 0 ? H_BEFORE : H_AFTER;
  return cx.wh[i] || (cx.wh[i] = H(v.lower[i]!));
}
/** Hash of the last two letters of token `i` (the whole form when it has at most three), cached in `cx.sh`. */
function suffixHash(v: View, cx: EndContext, i: number): number {
  if (i < 0 || i >= cx.n) return i < 0 ? H_BEFORE : H_AFTER;
  const h = cx.sh[i];
  if (h) return h;
  const w = v.lower[i]!;
  return (cx.sh[i] = w.length > 3 ? fnv1aFrom(w, w.length - 2) : H(w));
}
const shapeAt = (v: View, i: number): number => {
  const t = v.tokens[i];
  if (!t) return 0;
  const c = t.text.charCodeAt(0);
  return t.kind === 'quote' ? 4 : c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 3;
};
/** Words that open a finite clause after a boundary (`, he said`, `and the`): a subject or an auxiliary. */
const CLAUSE_OPENER = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'does', 'did', 'do']);

/** A site's values, by {@link Sv} slot (reused; hashes are stored as int32, which is how `mix`'s `^` reads them). */
const SV = new Int32Array(Sv.Count);

/**
 * Feature hashes of site (`kind`, `end`, boundary `i`) of the claim whose piece, sites and counts `ps` holds
 * (its cue's last word hashed in `cue`) into `out`. Shared by training ({@link siteFeatures}) and run time.
 * Each template is mixed with the site kind, so `keep`, `cut` and `extend` weigh the same context apart.
 */
function writeFeatures(v: View, cx: EndContext, ps: PieceScratch, cue: number, kind: number, end: number, i: number, out: Uint32Array): void {
  const a = ps.a, b = ps.b;
  const at = wordHash(v, cx, i), n1 = wordHash(v, cx, i + 1), n2 = wordHash(v, cx, i + 2), p1 = wordHash(v, cx, end - 1), p2 = wordHash(v, cx, end - 2);
  const len = bucket(end - a);
  const move = end === b ? 0 : end < b ? -bucket(b - end) : bucket(end - b) + 8;
  const sent = v.sentences[v.sentOf[a]!];
  const left = sent ? bucket(sent.tokenEnd - i) : 0;
  const commas = ps.commas[end - a]!;
  const quoted = ps.quoted[end - a]! > 0 ? 1 : 0;
  // Whether the boundary is the first of its form in the piece (`, and` after an earlier `, and`).
  let first = 1;
  const form = lowerAt(v, i);
  for (let j = 0; j < ps.nb; j++) {
    const e = ps.bnd[j]!;
    if (e >= i) break;
    if (v.lower[e] === form) { first = 0; break; }
  }
  // A cue-lexicon word soon after the boundary (`, he said`, `and warned`), and another claim's cue in the words a cut drops.
  let cueNext = 0;
  for (let j = i; j < i + NEAR_CUE && j < cx.n; j++) {
    const k = cx.cueForm[j] || (cx.cueForm[j] = v.regionOf[j] === -1 && cx.isCueForm(v.lower[j]!) ? 2 : 1);
    if (k === 2) { cueNext = j - i + 1; break; }
  }
  const cueTail = end < b && ps.cues[b - a]! - ps.cues[end - a]! > 0 ? 1 : 0;
  const opener = CLAUSE_OPENER.has(lowerAt(v, i + 1)) || CLAUSE_OPENER.has(lowerAt(v, i + 2)) ? 1 : 0;
  const sv = SV;
  sv[Sv.Kind] = kind; sv[Sv.At] = at; sv[Sv.N1] = n1; sv[Sv.N2] = n2; sv[Sv.P1] = p1; sv[Sv.P2] = p2; sv[Sv.Cue] = cue;
  sv[Sv.Len] = len; sv[Sv.Move] = move; sv[Sv.Left] = left;
  sv[Sv.Suf1] = suffixHash(v, cx, i + 1); sv[Sv.Suf2] = suffixHash(v, cx, i + 2); sv[Sv.Shape] = shapeAt(v, i + 1) * 8 + shapeAt(v, i);
  sv[Sv.Commas] = Math.min(commas, 4); sv[Sv.Quoted] = quoted; sv[Sv.Last] = p1 ^ (len << 1);
  sv[Sv.First] = first; sv[Sv.Opener] = opener; sv[Sv.CueNext] = cueNext; sv[Sv.CueTail] = cueTail;
  // mix(…mix(mix(template, kind), a), b…) written out: mixTail of the precomputed head, then full mixes.
  const base = kind * N_FEATURES;
  for (let t = 0; t < N_FEATURES; t++) {
    let h = HEADS[base + t]! ^ sv[ARG_A[t]!]!;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    const bi = ARG_B[t]!;
    if (bi >= 0) {
      h = Math.imul((h >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ sv[bi]!;
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h ^= h >>> 16;
      const ci = ARG_C[t]!;
      if (ci >= 0) h = mix(h >>> 0, sv[ci]!);
    }
    out[t] = h >>> 0;
  }
}

/**
 * Feature hashes of site `s` of claim `c` (piece `r`, the last one) into `out` (training and tests; the step
 * itself writes them into a reused buffer).
 */
export function siteFeatures(v: View, cx: EndContext, c: Candidate, r: TokRange, s: EndSite, out: number[]): void {
  const ps = new PieceScratch();
  collectSites(v, c, cx, ps);
  ps.a = r.a;
  ps.b = r.b;
  ps.fillCounts(v, cx, Math.max(r.b, s.end));
  const f = new Uint32Array(N_FEATURES);
  writeFeatures(v, cx, ps, wordHash(v, cx, c.cue!.b - 1), KIND[s.kind], s.end, s.at, f);
  out.length = 0;
  for (const x of f) out.push(x);
}

/** A loaded content-end model. */
export class ContentEndModel {
  private readonly frozen: FrozenWeights;
  /**
   * @param margin how much a site must outscore `keep` to be taken (a ranker trained for accuracy moves ends
   * that were right about as often as it fixes wrong ones near the decision line).
   */
  constructor(readonly weights: Map<number, number>, readonly margin: number, readonly provenance: Record<string, unknown> = {}) {
    this.frozen = new FrozenWeights(weights);
  }
  /** Score of a feature vector (summed in order, so a site scores the same from a list or a buffer). */
  score(f: ArrayLike<number>): number {
    const w = this.frozen;
    let s = 0;
    for (let i = 0; i < f.length; i++) s += w.get(f[i]!);
    return s;
  }
  /**
   * Index of the chosen site of the claim in `ps` (0, `keep`, unless another beats it by `margin`); `f` is a
   * feature buffer of {@link N_FEATURES}.
   */
  chooseSite(v: View, cx: EndContext, ps: PieceScratch, cue: number, f: Uint32Array): number {
    writeFeatures(v, cx, ps, cue, ps.kind[0]!, ps.end[0]!, ps.at[0]!, f);
    let best = 0, bestScore = this.score(f) + this.margin;
    for (let k = 1; k < ps.n; k++) {
      writeFeatures(v, cx, ps, cue, ps.kind[k]!, ps.end[k]!, ps.at[k]!, f);
      const s = this.score(f);
      if (s > bestScore) { best = k; bestScore = s; }
    }
    return best;
  }
  /** JSON text of the model file. */
  serialize(): string {
    const rows = [...this.weights].sort((x, y) => x[0] - y[0]).map(([k, x]) => [k, Math.round(x * 1000) / 1000]);
    return JSON.stringify({ format: 1, hashing: 'fnv1a-mix1', provenance: this.provenance, margin: this.margin, weights: rows }) + '\n';
  }
  /** Parses a model file's text. */
  static parse(s: string): ContentEndModel {
    const j = JSON.parse(s) as { format: number; hashing: string; provenance: Record<string, unknown>; margin: number; weights: [number, number][] };
    if (j.format !== 1 || j.hashing !== 'fnv1a-mix1') throw new Error('quote content-end model: unknown format');
    return new ContentEndModel(new Map(j.weights), j.margin, j.provenance);
  }
}

/** Loads the committed model (null when the file is absent). */
export function loadContentEndModel(path = CONTENT_END_PATH): ContentEndModel | null {
  if (!existsSync(path)) return null;
  return ContentEndModel.parse(readFileSync(path, 'utf8'));
}

/** What the sites and features of a document's claims read besides the view. */
export interface EndContext {
  /** Number of tokens of the document (the arrays below may be longer: the step reuses them). */
  readonly n: number;
  /** 1 on tokens of any claim's cue, speaker or content (an extension may not take them). */
  readonly held: Uint8Array;
  /** 1 on tokens of any claim's cue. */
  readonly claimCue: Uint8Array;
  /** Whether a lower-cased word form is one of the cue lexicon (`said`, `warned`, `according`). */
  readonly isCueForm: (w: string) => boolean;
  /** Hash of each token's lower form (`fnv1a`), filled when first read (0: not yet) unless given whole. */
  readonly wh: Uint32Array;
  /** Hash of each token's suffix, filled when first read (0: not yet). */
  readonly sh: Uint32Array;
  /** Whether each token is a cue-lexicon form outside quotation marks, filled when first read (0: not yet, 1: no, 2: yes). */
  readonly cueForm: Uint8Array;
}

/** Marks the tokens the claims hold and their cues in `held` and `claimCue` (zeroed over the first `n`). */
function markClaims(cands: readonly Candidate[], held: Uint8Array, claimCue: Uint8Array): void {
  for (const c of cands) {
    if (c.cue) { held.fill(1, c.cue.a, c.cue.b); claimCue.fill(1, c.cue.a, c.cue.b); }
    if (c.speaker) held.fill(1, c.speaker.a, c.speaker.b);
    for (const r of c.content) held.fill(1, r.a, r.b);
  }
}

/** The context of a document's claims; `isCueForm` tells a cue-lexicon word form. */
export function endContext(v: View, cands: readonly Candidate[], isCueForm: (w: string) => boolean): EndContext {
  const n = v.tokens.length;
  const held = new Uint8Array(n), claimCue = new Uint8Array(n);
  markClaims(cands, held, claimCue);
  return { n, held, claimCue, isCueForm, wh: new Uint32Array(n), sh: new Uint32Array(n), cueForm: new Uint8Array(n) };
}

/**
 * Per-document arrays of the step, kept between documents and zeroed over the document's tokens only (allocating
 * five fresh typed arrays per document, as {@link endContext} does for training, was about 5 % of the step's profile).
 */
const scratch = { held: new Uint8Array(0), claimCue: new Uint8Array(0), wh: new Uint32Array(0), sh: new Uint32Array(0), cueForm: new Uint8Array(0) };
const pieceScratch = new PieceScratch();
const featureBuffer = new Uint32Array(N_FEATURES);

/** The step's context of a document, on {@link scratch}; `wh` (the tagger's word hashes) is used as given. */
function reusedContext(v: View, cands: readonly Candidate[], isCueForm: (w: string) => boolean, wh: Uint32Array | undefined): EndContext {
  const n = v.tokens.length;
  if (scratch.held.length < n) {
    const size = Math.max(n, scratch.held.length * 2);
    scratch.held = new Uint8Array(size);
    scratch.claimCue = new Uint8Array(size);
    scratch.wh = new Uint32Array(size);
    scratch.sh = new Uint32Array(size);
    scratch.cueForm = new Uint8Array(size);
  } else {
    scratch.held.fill(0, 0, n);
    scratch.claimCue.fill(0, 0, n);
    if (!wh) scratch.wh.fill(0, 0, n);
    scratch.sh.fill(0, 0, n);
    scratch.cueForm.fill(0, 0, n);
  }
  markClaims(cands, scratch.held, scratch.claimCue);
  return { n, held: scratch.held, claimCue: scratch.claimCue, isCueForm, wh: wh ?? scratch.wh, sh: scratch.sh, cueForm: scratch.cueForm };
}

/**
 * Moves the end of every open claim's last content piece to the site `model` chooses (in place). The sites are
 * read against the claims as they stand before any end moves, so the order of the claims does not matter.
 * `wh`, when given, holds `fnv1a` of every token's lower form (the tagger input's `wh`), which the step would
 * otherwise compute.
 */
export function chooseContentEnds(v: View, cands: readonly Candidate[], model: ContentEndModel, isCueForm: (w: string) => boolean, wh?: Uint32Array): void {
  // A document with no claim open to a learned end needs no context.
  if (!cands.some((c) => endPiece(c) >= 0)) return;
  const cx = reusedContext(v, cands, isCueForm, wh);
  const ps = pieceScratch;
  let moves: [Candidate, number, number][] | null = null;
  for (const c of cands) {
    const k = collectSites(v, c, cx, ps);
    // A claim whose only site is `keep` keeps its end: no features to build.
    if (ps.n < 2) continue;
    ps.fillCounts(v, cx, Math.max(ps.b, ps.end[ps.n - 1]!));
    const best = model.chooseSite(v, cx, ps, wordHash(v, cx, c.cue!.b - 1), featureBuffer);
    if (best !== 0) (moves ??= []).push([c, k, ps.end[best]!]);
  }
  if (!moves) return;
  for (const [c, k, end] of moves) {
    const r = c.content[k]!;
    c.content = [...c.content.slice(0, k), { a: r.a, b: end }];
  }
}
