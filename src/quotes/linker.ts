/**
 * Speaker linking for `quotes@1`: a learned pairwise ranker that picks the source of a claim among
 * candidate spans (the tagger's SOURCE spans in the paragraph, the rule speaker finders' NPs left and right
 * of the cue, the speaker a rule claim gives the same cue) or NULL (PolNeAR's `Attribution-no-source`:
 * `polls show`, `is expected to`). Plus a claim filter: a binary averaged perceptron that drops tagger
 * claims unlikely to be attributions (`failed to agree on`), tuned on PolNeAR train.
 *
 * Both are linear models over hashed features (src/ner/hash.ts): the model file stores
 * feature-hash → weight pairs only, never text. models/quotes/linker.json:
 * `{ format, hashing, provenance, link: [[hash, weight], ...], keep: [[hash, weight], ...], keepBias }`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fnv1a, mix } from '../ner/hash.js';
import type { Mention } from '../types/annotation.js';
import type { Candidate } from './extract.js';
import type { MergeMode } from './assemble.js';
import { PRONOUNS, type TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Where the committed linker lives (same relative path from src/ and dist/). */
export const LINKER_PATH = fileURLToPath(new URL('../../models/quotes/linker.json', import.meta.url));

/** A candidate source: a token range (null for NULL) and where it came from (bit set). */
export interface SourceCand { r: TokRange | null; from: number }
/** Origins of a candidate. */
export const FROM_TAGGER = 1, FROM_RULE_LEFT = 2, FROM_RULE_RIGHT = 4, FROM_RULE_CLAIM = 8;

/** Per-document context the features read. */
export interface LinkContext {
  v: View;
  /** NER type hash of each token (0 outside mentions). */
  ner: Uint32Array;
  /** Lower-form hashes of each token. */
  wh: Uint32Array;
  /** Lower-form hashes of the last tokens of earlier chosen speakers in the document. */
  seen: Set<number>;
}

const H = (s: string) => fnv1a(s);
const T_NULL = H('null'), T_DIST = H('dist'), T_SAME = H('same'), T_FIRST = H('first'), T_LAST = H('last'), T_LEN = H('len');
const T_FROM = H('from'), T_NER = H('ner'), T_CUE = H('cue'), T_QBETWEEN = H('qb'), T_PBETWEEN = H('pb'), T_INV = H('inv');
const T_RANK = H('rank'), T_SEEN = H('seen'), T_NCAND = H('ncand'), T_NULLCUE = H('nullcue'), T_PREV = H('prev'), T_NEXT = H('next');
const T_SHAPE = H('shape'), T_SENTSTART = H('sstart'), T_CUEDIR = H('cuedir'), T_CONTDIR = H('contdir'), T_PRON = H('pron');
const T_NULLSRC = H('nullsrc'), T_NULLPREV = H('nullprev'), T_NULLCON = H('nullcon');

const distBucket = (d: number) => (d <= 0 ? 0 : d <= 1 ? 1 : d <= 2 ? 2 : d <= 4 ? 3 : d <= 8 ? 4 : d <= 16 ? 5 : d <= 32 ? 6 : 7);

function shape(v: View, i: number): number {
  const t = v.tokens[i]!.text;
  const c = t.charCodeAt(0);
  return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 3;
}

/** Features of (claim, candidate); `out` receives hashes. */
export function linkFeatures(cx: LinkContext, c: Candidate, cand: SourceCand, rank: number, nCand: number, out: number[]): void {
  out.length = 0;
  const { v, wh } = cx;
  const cue = c.cue!;
  const cueH = wh[cue.a]!;
  const first = c.content[0]!;
  const contDir = first.a >= cue.b ? 1 : 2;
  if (!cand.r) {
    out.push(mix(T_NULL, 0), mix(T_NULLCUE, cueH), mix(T_NULLPREV, cue.a > 0 ? wh[cue.a - 1]! : 0), mix(T_NULLSRC, Math.min(nCand, 4)));
    out.push(mix(T_NULLCON, contDir * 16 + (c.pattern === 'tagger' ? 1 : 2)));
    return;
  }
  const r = cand.r;
  const before = r.b <= cue.a;
  const d = before ? cue.a - r.b : r.a >= cue.b ? r.a - cue.b : 0;
  const dir = before ? 1 : r.a >= cue.b ? 2 : 3;
  const same = v.sentOf[r.a] === v.sentOf[cue.a] ? 1 : 0;
  let quotes = 0, puncts = 0;
  const lo = before ? r.b : cue.b, hi = before ? cue.a : r.a;
  for (let i = lo; i < hi; i++) {
    const k = v.tokens[i]!.kind;
    if (k === 'quote') quotes++;
    else if (k === 'punct') puncts++;
  }
  const len = r.b - r.a;
  const fw = wh[r.a]!, lw = wh[r.b - 1]!;
  const pron = len === 1 && PRONOUNS.has(v.lower[r.a]!) ? 1 : 0;
  let ner = 0;
  for (let i = r.a; i < r.b && !ner; i++) ner = cx.ner[i]!;
  const db = distBucket(d);
  out.push(
    mix(T_DIST, dir * 16 + db),
    mix(T_SAME, same * 4 + dir),
    mix(T_DIST, 200 + same * 64 + dir * 16 + db),
    mix(T_FIRST, fw),
    mix(T_LAST, lw),
    mix(T_LEN, Math.min(len, 8) * 4 + dir),
    mix(T_FROM, cand.from),
    mix(T_FROM, 100 + cand.from * 4 + dir),
    mix(T_NER, ner),
    mix(T_NER, mix(ner, pron)),
    mix(T_CUE, mix(cueH, dir)),
    mix(T_QBETWEEN, Math.min(quotes, 3) * 4 + dir),
    mix(T_PBETWEEN, Math.min(puncts, 3) * 4 + dir),
    mix(T_INV, dir === 2 && d === 0 ? (cue.a > 0 ? v.tokens[cue.a - 1]!.kind === 'punct' || v.tokens[cue.a - 1]!.kind === 'quote' ? 1 : 2 : 3) : 0),
    mix(T_RANK, Math.min(rank, 3) * 4 + dir),
    mix(T_SEEN, cx.seen.has(lw) ? 1 : 0),
    mix(T_NCAND, Math.min(nCand, 4)),
    mix(T_PREV, r.a > 0 ? wh[r.a - 1]! : 0),
    mix(T_NEXT, r.b < wh.length ? wh[r.b]! : 0),
    mix(T_SHAPE, shape(v, r.a) * 4 + shape(v, r.b - 1)),
    mix(T_SENTSTART, r.a === 0 || v.sentOf[r.a - 1] !== v.sentOf[r.a] ? 1 : 0),
    mix(T_CUEDIR, mix(cueH, dir * 4 + contDir)),
    mix(T_CONTDIR, contDir * 4 + dir),
    mix(T_PRON, mix(pron ? fw : 0, same * 4 + dir)),
  );
}

/** NER type hash per token. */
export function nerOf(v: View, mentions: readonly Mention[]): Uint32Array {
  const n = v.tokens.length;
  const ner = new Uint32Array(n);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let ti = 0;
  for (const m of sorted) {
    while (ti < n && v.tokens[ti]!.end <= m.start) ti++;
    const h = fnv1a(m.type);
    for (let j = ti; j < n && v.tokens[j]!.start < m.end; j++) ner[j] = h;
  }
  return ner;
}

/** Claim-filter features of a claim with its chosen speaker. */
export function keepFeatures(cx: LinkContext, c: Candidate, margin: number, out: number[]): void {
  out.length = 0;
  const { v, wh } = cx;
  const cue = c.cue!;
  const cueH = wh[cue.a]!;
  let len = 0, quoted = 0;
  for (const r of c.content) for (let i = r.a; i < r.b; i++) { len++; if (v.regionOf[i] !== -1) quoted++; }
  const first = c.content[0]!;
  const contDir = first.a >= cue.b ? 1 : 2;
  const sp = c.speaker;
  const spKind = !sp ? 0 : sp.b - sp.a === 1 && PRONOUNS.has(v.lower[sp.a]!) ? 1 : /^[A-Z]/.test(v.tokens[sp.a]!.text) ? 2 : 3;
  const lb = len <= 2 ? 0 : len <= 4 ? 1 : len <= 8 ? 2 : len <= 16 ? 3 : len <= 32 ? 4 : 5;
  out.push(
    mix(1, 0),
    mix(2, cueH),
    mix(3, mix(cueH, cue.b - cue.a > 1 ? wh[cue.a + 1]! : 0)),
    mix(4, cue.a > 0 ? wh[cue.a - 1]! : 0),
    mix(5, lb),
    mix(6, quoted === 0 ? 0 : quoted === len ? 2 : 1),
    mix(7, contDir),
    mix(8, spKind),
    mix(9, mix(cueH, spKind)),
    mix(10, c.content.length),
    mix(11, margin <= -2 ? 0 : margin <= 0 ? 1 : margin <= 2 ? 2 : 3),
    mix(12, cue.b < wh.length ? wh[cue.b]! : 0),
    mix(13, wh[first.a]!),
    mix(14, mix(cueH, contDir)),
    mix(15, fnv1a(c.pattern)),
  );
}

/**
 * Read-only hashed weights as an open-addressing table (uint32 keys above the small-integer range make
 * `Map` lookups slow). Same values as the map, so dot products are the same sums in the same order.
 */
export class FrozenWeights {
  private readonly keys: Uint32Array;
  private readonly vals: Float64Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  constructor(w: Map<number, number>) {
    let size = 16;
    while (size < w.size * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.vals = new Float64Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
    for (const [k, x] of w) {
      let j = (Math.imul(k, 0x9e3779b1) >>> 0) & this.mask;
      while (this.used[j] && this.keys[j] !== k) j = (j + 1) & this.mask;
      this.keys[j] = k;
      this.vals[j] = x;
      this.used[j] = 1;
    }
  }
  /** Weight of key `k` (0 when absent). `k` must be a uint32. */
  get(k: number): number {
    const { keys, used, mask } = this;
    let j = (Math.imul(k, 0x9e3779b1) >>> 0) & mask;
    while (used[j]) {
      if (keys[j] === k) return this.vals[j]!;
      j = (j + 1) & mask;
    }
    return 0;
  }
  dot(f: readonly number[]): number {
    let s = 0;
    for (let i = 0; i < f.length; i++) s += this.get(f[i]!);
    return s;
  }
}

/** A loaded linker. */
export class Linker {
  private frozenLink: FrozenWeights | null = null;
  private frozenKeep: FrozenWeights | null = null;
  /**
   * @param merge how rule and tagger claims were merged when the filter was trained (`assemble.ts`); the
   * extractor merges the same way, since the filter is only calibrated for the claims it was trained on.
   */
  constructor(readonly link: Map<number, number>, readonly keep: Map<number, number> | null, readonly keepBias = 0, readonly provenance: Record<string, unknown> = {}, readonly merge: MergeMode = 'all') {}

  /** Snapshots the weights into lookup tables (for a loaded model; training keeps updating the maps). */
  freeze(): this {
    this.frozenLink = new FrozenWeights(this.link);
    this.frozenKeep = this.keep ? new FrozenWeights(this.keep) : null;
    return this;
  }

  private static dot(w: Map<number, number>, f: readonly number[]): number {
    let s = 0;
    for (const k of f) s += w.get(k) ?? 0;
    return s;
  }

  /** Index of the best candidate and the margin over the runner-up. */
  choose(cx: LinkContext, c: Candidate, cands: readonly SourceCand[], buf: number[]): { best: number; margin: number } {
    let best = -1, bs = -Infinity, second = -Infinity;
    const nSrc = cands.length - 1;
    // rank = order by distance among the candidates on the same side, precomputed by the caller in cands order.
    for (let k = 0; k < cands.length; k++) {
      linkFeatures(cx, c, cands[k]!, rankOf(cands, k, c), nSrc, buf);
      const s = this.frozenLink ? this.frozenLink.dot(buf) : Linker.dot(this.link, buf);
      if (s > bs) { second = bs; bs = s; best = k; } else if (s > second) second = s;
    }
    return { best, margin: second === -Infinity ? 10 : bs - second };
  }

  /** Claim-filter score (> 0 keeps). */
  keepScore(cx: LinkContext, c: Candidate, margin: number, buf: number[]): number {
    if (!this.keep) return 1;
    keepFeatures(cx, c, margin, buf);
    return (this.frozenKeep ? this.frozenKeep.dot(buf) : Linker.dot(this.keep, buf)) - this.keepBias;
  }

  serialize(): string {
    const rows = (w: Map<number, number>) => [...w].filter(([, x]) => Math.abs(x) >= 1e-3).sort((a, b) => a[0] - b[0]).map(([k, x]) => [k, Math.round(x * 1000) / 1000]);
    return JSON.stringify({ format: 1, hashing: 'fnv1a-mix1', provenance: this.provenance, keepBias: this.keepBias, merge: this.merge, link: rows(this.link), keep: this.keep ? rows(this.keep) : null }) + '\n';
  }

  static parse(s: string): Linker {
    const j = JSON.parse(s) as { format: number; hashing: string; provenance: Record<string, unknown>; keepBias: number; merge?: MergeMode; link: [number, number][]; keep: [number, number][] | null };
    if (j.format !== 1 || j.hashing !== 'fnv1a-mix1') throw new Error('quote linker: unknown format');
    return new Linker(new Map(j.link), j.keep ? new Map(j.keep) : null, j.keepBias, j.provenance, j.merge ?? 'all').freeze();
  }
}

/** Distance rank of candidate k among the non-NULL candidates on its side of the cue (0 = nearest). */
export function rankOf(cands: readonly SourceCand[], k: number, c: Candidate): number {
  const r = cands[k]!.r;
  if (!r) return 0;
  const cue = c.cue!;
  const before = r.b <= cue.a;
  const d = before ? cue.a - r.b : r.a - cue.b;
  let rank = 0;
  for (const o of cands) {
    if (!o.r || o === cands[k]) continue;
    const ob = o.r.b <= cue.a;
    if (ob !== before) continue;
    const od = ob ? cue.a - o.r.b : o.r.a - cue.b;
    if (od < d) rank++;
  }
  return rank;
}

/** Loads the committed linker, or null when the file is absent. */
export function loadLinker(path = LINKER_PATH): Linker | null {
  if (!existsSync(path)) return null;
  return Linker.parse(readFileSync(path, 'utf8'));
}
