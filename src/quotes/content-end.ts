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
import { fnv1a, mix } from '../ner/hash.js';
import { trimContent, type Candidate } from './extract.js';
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

/**
 * The sites of claim `c` (the first is `keep`), one per distinct end; an extension stops before the tokens of any
 * claim (`cx.held`). Empty when the claim is not open to a learned end.
 */
export function endSites(v: View, c: Candidate, cx: EndContext): EndSite[] {
  const { held } = cx;
  const k = endPiece(c);
  if (k < 0) return [];
  const r = c.content[k]!;
  const out: EndSite[] = [{ kind: 'keep', end: r.b, at: r.b }];
  const seen = new Set<number>([r.b]);
  for (let i = r.a + 1; i < r.b; i++) {
    if (!isBoundary(v, i)) continue;
    const e = trimContent(v, { a: r.a, b: i }).b;
    if (e <= r.a || seen.has(e)) continue;
    seen.add(e);
    out.push({ kind: 'cut', end: e, at: i });
  }
  const sent = v.sentences[v.sentOf[r.b - 1]!];
  if (!sent || v.regionOf[r.b - 1] !== -1) return out;
  const lim = Math.min(sent.tokenEnd, r.b + MAX_EXTEND);
  for (let i = r.b; i <= lim; i++) {
    if (i > r.b && held[i - 1]) break;
    if (i < lim && !isBoundary(v, i)) continue;
    if (i === lim && lim !== sent.tokenEnd) break;
    const e = trimContent(v, { a: r.a, b: i }).b;
    if (e <= r.b || seen.has(e)) continue;
    seen.add(e);
    out.push({ kind: 'extend', end: e, at: i });
  }
  return out;
}

const H = fnv1a;
/** How far after a boundary a cue-lexicon word counts as near. */
const NEAR_CUE = 5;
const KIND: Readonly<Record<SiteKind, number>> = { keep: 1, cut: 2, extend: 3 };
const T_KIND = H('kind');
/** A template's id mixed with every kind id (index 1–3), computed once: each template is read this way. */
const kinded = (name: string): Uint32Array => { const t = H(name); return Uint32Array.of(0, mix(t, 1), mix(t, 2), mix(t, 3)); };
const K_AT = kinded('at');
const K_N1 = kinded('n1');
const K_N2 = kinded('n2');
const K_P1 = kinded('p1');
const K_P2 = kinded('p2');
const K_ATN1 = kinded('at|n1');
const K_P1AT = kinded('p1|at');
const K_CUEAT = kinded('cue|at');
const K_CUEKIND = kinded('cue|kind');
const K_LEN = kinded('len');
const K_MOVE = kinded('move');
const K_LEFT = kinded('left');
const K_SUF1 = kinded('suf1');
const K_SUF2 = kinded('suf2');
const K_SHAPE = kinded('shape');
const K_COMMAS = kinded('commas');
const K_QUOTED = kinded('quoted');
const K_LAST = kinded('last');
const K_FIRST = kinded('first');
const K_ATMOVE = kinded('at|move');
const K_CLAUSE = kinded('clause');
const K_ATLEFT = kinded('at|left');
const K_CUELEN = kinded('cue|len');
const K_TRI = kinded('at|n1|n2');
const K_CUENEXT = kinded('cuenext');
const K_CUETAIL = kinded('cuetail');

const bucket = (d: number): number => (d <= 0 ? d : d <= 1 ? 1 : d <= 2 ? 2 : d <= 4 ? 3 : d <= 8 ? 4 : d <= 16 ? 5 : d <= 32 ? 6 : 7);
const lowerAt = (v: View, i: number): string => v.lower[i] ?? (i < 0 ? '<s>' : '</s>');
const H_BEFORE = H('<s>'), H_AFTER = H('</s>');
/** Hash of the lower form of token `i` (cached in `cx.wh`; the document's edges have hashes of their own). */
function wordHash(v: View, cx: EndContext, i: number): number {
  if (i < 0 || i >= cx.wh.length) return i < 0 ? H_BEFORE : H_AFTER;
  return cx.wh[i] || (cx.wh[i] = H(v.lower[i]!));
}
/** Hash of the last two letters of token `i` (the whole form when it has at most three), cached in `cx.sh`. */
function suffixHash(v: View, cx: EndContext, i: number): number {
  if (i < 0 || i >= cx.sh.length) return i < 0 ? H_BEFORE : H_AFTER;
  const w = v.lower[i]!;
  return cx.sh[i] || (cx.sh[i] = H(w.length > 3 ? w.slice(-2) : w));
}
const shapeAt = (v: View, i: number): number => {
  const t = v.tokens[i];
  if (!t) return 0;
  const c = t.text.charCodeAt(0);
  return t.kind === 'quote' ? 4 : c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 3;
};
/** Words that open a finite clause after a boundary (`, he said`, `and the`): a subject or an auxiliary. */
const CLAUSE_OPENER = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'does', 'did', 'do']);

/**
 * Feature hashes of site `s` of claim `c` (piece `r`, the last one) into `out`. Shared by training and run time.
 * Each template is mixed with the site kind, so `keep`, `cut` and `extend` weigh the same context apart.
 */
export function siteFeatures(v: View, cx: EndContext, c: Candidate, r: TokRange, s: EndSite, out: number[]): void {
  out.length = 0;
  const kind = KIND[s.kind];
  const i = s.at;
  const at = wordHash(v, cx, i), n1 = wordHash(v, cx, i + 1), n2 = wordHash(v, cx, i + 2), p1 = wordHash(v, cx, s.end - 1), p2 = wordHash(v, cx, s.end - 2);
  const cue = wordHash(v, cx, c.cue!.b - 1);
  const len = bucket(s.end - r.a);
  const move = s.end === r.b ? 0 : s.end < r.b ? -bucket(r.b - s.end) : bucket(s.end - r.b) + 8;
  const sent = v.sentences[v.sentOf[r.a]!];
  const left = sent ? bucket(sent.tokenEnd - i) : 0;
  let commas = 0, quoted = 0;
  for (let j = r.a; j < s.end; j++) {
    if (v.tokens[j]!.text === ',') commas++;
    if (v.regionOf[j] !== -1) quoted = 1;
  }
  // Whether the boundary is the first of its form in the piece (`, and` after an earlier `, and`).
  let first = 1;
  const form = lowerAt(v, i);
  for (let j = r.a + 1; j < i && j < r.b; j++) if (v.lower[j] === form && isBoundary(v, j)) first = 0;
  // A cue-lexicon word soon after the boundary (`, he said`, `and warned`), and another claim's cue in the words a cut drops.
  let cueNext = 0;
  for (let j = i; j < i + NEAR_CUE && j < v.tokens.length; j++) {
    const k = cx.cueForm[j] || (cx.cueForm[j] = v.regionOf[j] === -1 && cx.isCueForm(v.lower[j]!) ? 2 : 1);
    if (k === 2) { cueNext = j - i + 1; break; }
  }
  let cueTail = 0;
  for (let j = s.end; j < r.b; j++) if (cx.claimCue[j]) { cueTail = 1; break; }
  const opener = CLAUSE_OPENER.has(lowerAt(v, i + 1)) || CLAUSE_OPENER.has(lowerAt(v, i + 2)) ? 1 : 0;
  out.push(
    mix(T_KIND, kind), mix(K_AT[kind]!, at), mix(K_N1[kind]!, n1), mix(K_N2[kind]!, n2), mix(K_P1[kind]!, p1), mix(K_P2[kind]!, p2),
    mix(mix(K_ATN1[kind]!, at), n1), mix(mix(K_P1AT[kind]!, p1), at), mix(mix(K_CUEAT[kind]!, cue), at), mix(K_CUEKIND[kind]!, cue),
    mix(K_LEN[kind]!, len), mix(K_MOVE[kind]!, move), mix(K_LEFT[kind]!, left), mix(mix(K_ATLEFT[kind]!, at), left), mix(mix(K_ATMOVE[kind]!, at), move),
    mix(K_SUF1[kind]!, suffixHash(v, cx, i + 1)), mix(K_SUF2[kind]!, suffixHash(v, cx, i + 2)), mix(K_SHAPE[kind]!, shapeAt(v, i + 1) * 8 + shapeAt(v, i)),
    mix(K_COMMAS[kind]!, Math.min(commas, 4)), mix(K_QUOTED[kind]!, quoted), mix(K_LAST[kind]!, p1 ^ (len << 1)),
    mix(mix(K_FIRST[kind]!, at), first), mix(mix(K_CLAUSE[kind]!, at), opener), mix(mix(K_CUELEN[kind]!, cue), len),
    mix(mix(mix(K_TRI[kind]!, at), n1), n2), mix(mix(K_CUENEXT[kind]!, at), cueNext), mix(K_CUETAIL[kind]!, cueTail),
  );
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
  /** Score of a feature vector. */
  score(f: readonly number[]): number {
    return this.frozen.dot(f);
  }
  /** Index of the chosen site (0, `keep`, unless another beats it by `margin`). */
  choose(v: View, cx: EndContext, c: Candidate, r: TokRange, sites: readonly EndSite[], f: number[] = []): number {
    if (sites.length < 2) return 0;
    siteFeatures(v, cx, c, r, sites[0]!, f);
    const keep = this.score(f);
    let best = 0, bestScore = keep + this.margin;
    for (let k = 1; k < sites.length; k++) {
      siteFeatures(v, cx, c, r, sites[k]!, f);
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
  /** 1 on tokens of any claim's cue, speaker or content (an extension may not take them). */
  readonly held: Uint8Array;
  /** 1 on tokens of any claim's cue. */
  readonly claimCue: Uint8Array;
  /** Whether a lower-cased word form is one of the cue lexicon (`said`, `warned`, `according`). */
  readonly isCueForm: (w: string) => boolean;
  /** Hash of each token's lower form, filled when first read (0: not yet). */
  readonly wh: Uint32Array;
  /** Hash of each token's suffix, filled when first read (0: not yet). */
  readonly sh: Uint32Array;
  /** Whether each token is a cue-lexicon form outside quotation marks, filled when first read (0: not yet, 1: no, 2: yes). */
  readonly cueForm: Uint8Array;
}

/** The context of a document's claims; `isCueForm` tells a cue-lexicon word form. */
export function endContext(v: View, cands: readonly Candidate[], isCueForm: (w: string) => boolean): EndContext {
  const n = v.tokens.length;
  const held = new Uint8Array(n), claimCue = new Uint8Array(n);
  for (const c of cands) {
    if (c.cue) { held.fill(1, c.cue.a, c.cue.b); claimCue.fill(1, c.cue.a, c.cue.b); }
    if (c.speaker) held.fill(1, c.speaker.a, c.speaker.b);
    for (const r of c.content) held.fill(1, r.a, r.b);
  }
  return { held, claimCue, isCueForm, wh: new Uint32Array(n), sh: new Uint32Array(n), cueForm: new Uint8Array(n) };
}

/**
 * Moves the end of every open claim's last content piece to the site `model` chooses (in place). The sites are
 * read against the claims as they stand before any end moves, so the order of the claims does not matter.
 */
export function chooseContentEnds(v: View, cands: readonly Candidate[], model: ContentEndModel, isCueForm: (w: string) => boolean): void {
  const cx = endContext(v, cands, isCueForm);
  const f: number[] = [];
  const moves: [Candidate, number, number][] = [];
  for (const c of cands) {
    const sites = endSites(v, c, cx);
    if (sites.length < 2) continue;
    const k = endPiece(c);
    const r = c.content[k]!;
    const best = model.choose(v, cx, c, r, sites, f);
    if (best !== 0) moves.push([c, k, sites[best]!.end]);
  }
  for (const [c, k, end] of moves) {
    const r = c.content[k]!;
    c.content = [...c.content.slice(0, k), { a: r.a, b: end }];
  }
}
