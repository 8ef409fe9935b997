/**
 * Viterbi BIO decoding, shared by training and tagging so that both see exactly the same features.
 * Two passes: pass 1 uses local features; pass 2 adds what pass 1 said about the same word elsewhere
 * in the document (a non-local feature that is a large win on news, where a name is spelled out once
 * and repeated: "Simmons" after "Phil Simmons").
 *
 * Scoring is abstracted behind {@link SentenceScorer}: training scores flat feature lists with the
 * mutable perceptron; tagging ({@link CachedScorer}) sums per-word cached weight vectors, which cuts the
 * random memory accesses per token several-fold (the stage must sustain ≥ 1 MB/s).
 */
import { buildDocContext, FeatureExtractor, type SentenceFeatures, type TagDoc, type WordInfo } from './features.js';
import type { PackedPair, WeightTable } from './packed.js';
import { allowed, COARSE_TYPES, N_TAGS, tagsToSpans } from './tags.js';

/** BIO validity as a table: ALLOWED[(prev + 1) * N_TAGS + tag]. */
const ALLOWED = Uint8Array.from({ length: (N_TAGS + 1) * N_TAGS }, (_, k) => (allowed(Math.max(0, Math.floor(k / N_TAGS) - 1), k % N_TAGS) ? 1 : 0));

/** Anything that scores a feature list (trained or averaged weights). */
export interface Scorer {
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void;
}

/** A document with its static features computed once. */
export interface PreparedDoc {
  readonly tokens: readonly (readonly string[])[];
  readonly features: readonly SentenceFeatures[];
}

/** Computes the static features of every token of a document. */
export function prepareDoc(fx: FeatureExtractor, doc: TagDoc): PreparedDoc {
  const ctx = buildDocContext(doc);
  return { tokens: doc.sentences, features: doc.sentences.map((toks, s) => fx.sentenceFeatures(toks, ctx, s)) };
}

/** Number of label classes of the pass-2 evidence: O plus the coarse types. */
export const N_EVIDENCE = 1 + COARSE_TYPES.length;

/**
 * Pass-2 evidence per token: for each capitalized token, how often pass 1 labelled the same lowercase word
 * (elsewhere in the document) O or each type, and how often as the last word of a span.
 */
export function passOneEvidence(doc: PreparedDoc, tags: readonly Uint8Array[]): (Int32Array | null)[][] {
  const byWord = new Map<string, { counts: Int32Array; last: Int32Array }>();
  const own: ({ key: string; cls: number; last: boolean } | null)[][] = [];
  doc.features.forEach((sf, s) => {
    const lastOf = new Map<number, number>();
    for (const sp of tagsToSpans(tags[s]!)) for (let i = sp.start; i < sp.end; i++) lastOf.set(i, i === sp.end - 1 ? 1 : 0);
    own.push(sf.infos.map((info, i) => {
      if (!info.initCap) return null;
      const t = tags[s]![i]!;
      const cls = t === 0 ? 0 : ((t - 1) >> 1) + 1;
      let e = byWord.get(info.lower);
      if (!e) byWord.set(info.lower, (e = { counts: new Int32Array(N_EVIDENCE), last: new Int32Array(N_EVIDENCE) }));
      e.counts[cls]!++;
      const last = lastOf.get(i) === 1;
      if (last) e.last[cls]!++;
      return { key: info.lower, cls, last };
    }));
  });
  return own.map((row) => row.map((o) => {
    if (!o) return null;
    const e = byWord.get(o.key)!;
    // Evidence from *other* occurrences only: [counts..., last..., own pass-1 class].
    const out = new Int32Array(2 * N_EVIDENCE + 1);
    out[2 * N_EVIDENCE] = o.cls;
    for (let k = 0; k < N_EVIDENCE; k++) {
      out[k] = e.counts[k]! - (k === o.cls ? 1 : 0);
      out[N_EVIDENCE + k] = e.last[k]! - (k === o.cls && o.last ? 1 : 0);
    }
    return out;
  }));
}

/** Scores one sentence for Viterbi: local scores per token, and previous-tag-dependent scores. */
export interface SentenceScorer {
  /** Adds the tag scores of token `i` that do not depend on the previous tag. */
  local(i: number, scores: Float64Array): void;
  /** Adds the scores of token `i` given previous tag `prev` (−1 at the sentence start). */
  transition(i: number, prev: number, scores: Float64Array): void;
}

/**
 * Viterbi decoding of one sentence of `n` tokens under BIO constraints with first-order tag features.
 */
export function viterbi(n: number, sc: SentenceScorer): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const scores = new Float64Array(N_TAGS);
  const base = new Float64Array(N_TAGS);
  // delta[i*N + y]: best score of a path ending in y at i; back[i*N + y]: its previous tag.
  const delta = new Float64Array(n * N_TAGS).fill(-Infinity);
  const back = new Int8Array(n * N_TAGS);
  for (let i = 0; i < n; i++) {
    base.fill(0);
    sc.local(i, base);
    const prevs = i === 0 ? 1 : N_TAGS;
    for (let pi = 0; pi < prevs; pi++) {
      const p = i === 0 ? -1 : pi;
      const prevScore = i === 0 ? 0 : delta[(i - 1) * N_TAGS + p]!;
      if (prevScore === -Infinity) continue;
      scores.fill(0);
      sc.transition(i, p, scores);
      const ao = (p + 1) * N_TAGS;
      for (let y = 0; y < N_TAGS; y++) {
        if (ALLOWED[ao + y] === 0) continue;
        const v = prevScore + base[y]! + scores[y]!;
        if (v > delta[i * N_TAGS + y]!) {
          delta[i * N_TAGS + y] = v;
          back[i * N_TAGS + y] = p;
        }
      }
    }
  }
  let best = 0;
  for (let y = 1; y < N_TAGS; y++) if (delta[(n - 1) * N_TAGS + y]! > delta[(n - 1) * N_TAGS + best]!) best = y;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = best;
    best = back[i * N_TAGS + best]!;
  }
  return tags;
}

/** Flat feature lists of one sentence (training): static + pass-2 features per token. */
export function flatLocal(fx: FeatureExtractor, sf: SentenceFeatures, ev: readonly (Int32Array | null)[] | null): number[][] {
  return sf.infos.map((_, i) => {
    const out: number[] = [];
    fx.flatStatic(sf, i, out);
    const e = ev?.[i];
    if (e) fx.secondPassFeatures(e.subarray(0, N_EVIDENCE), e.subarray(N_EVIDENCE, 2 * N_EVIDENCE), out, e[2 * N_EVIDENCE]!);
    return out;
  });
}

/** A sentence scorer over flat feature lists and any {@link Scorer} (used in training). */
export function flatScorer(fx: FeatureExtractor, scorer: Scorer, sf: SentenceFeatures, local: readonly number[][]): SentenceScorer {
  const dyn: number[] = [];
  return {
    local: (i, scores) => scorer.score(local[i]!, local[i]!.length, scores),
    transition: (i, prev, scores) => {
      dyn.length = 0;
      fx.dynamicFeatures(sf.infos[i]!, prev, dyn);
      scorer.score(dyn, dyn.length, scores);
    },
  };
}

/**
 * Cached weight sums of one word, in one array: the five word-group vectors (`[k + 2][tag]` for offsets
 * k = −2..+2, at 0..5·N_TAGS) and the transition table (`[(prev + 1)][tag]` for prev = −1..N_TAGS−1, at
 * {@link TRANS}), with −∞ where BIO forbids the transition, so decoding needs no validity test.
 */
type WordVectors = Float64Array;
export const TRANS = 5 * N_TAGS;
const VEC_LEN = TRANS + (N_TAGS + 1) * N_TAGS;

/** For each tag, the previous tags BIO allows (`I-X` only after `B-X`/`I-X`). */
const PREVS: readonly Int8Array[] = Array.from({ length: N_TAGS }, (_, y) =>
  Int8Array.from(Array.from({ length: N_TAGS }, (_, p) => p).filter((p) => ALLOWED[(p + 1) * N_TAGS + y] === 1)));

/** Averaged weights with per-word caches (tagging only). */
export class CachedScorer {
  /** Vectors by word id (see {@link WordInfo.id}); padding words (id −1) in `pads`. */
  private byId: (WordVectors | undefined)[] = [];
  private epoch = -1;
  private cached = 0;
  private readonly pads = new Map<WordInfo, WordVectors>();
  private readonly buf: number[] = [];
  /** Scratch buffers of {@link decode}, grown on demand (typed-array allocation per sentence was costly). */
  private delta = new Float64Array(64 * N_TAGS);
  private back = new Int8Array(64 * N_TAGS);
  private vecs: WordVectors[] = [];

  constructor(readonly fx: FeatureExtractor, readonly weights: WeightTable) {}

  /** Cached vectors of a word (WordInfo objects are themselves cached per string by the extractor). */
  vectors(x: WordInfo): WordVectors {
    // Bounded (about 1 KiB per word) so that a long batch run does not grow memory without limit.
    if (this.epoch !== this.fx.epoch || this.cached > 200_000) {
      this.byId = [];
      this.cached = 0;
      this.epoch = this.fx.epoch;
    }
    let v = x.id >= 0 ? this.byId[x.id] : this.pads.get(x);
    if (v) return v;
    v = new Float64Array(VEC_LEN);
    const buf = this.buf;
    for (let k = -2; k <= 2; k++) {
      buf.length = 0;
      this.fx.wordGroup(x, k, buf);
      this.weights.score(buf, buf.length, v.subarray((k + 2) * N_TAGS, (k + 3) * N_TAGS));
    }
    for (let p = -1; p < N_TAGS; p++) {
      buf.length = 0;
      this.fx.dynamicFeatures(x, p, buf);
      const o = TRANS + (p + 1) * N_TAGS;
      this.weights.score(buf, buf.length, v.subarray(o, o + N_TAGS));
      for (let y = 0; y < N_TAGS; y++) if (ALLOWED[(p + 1) * N_TAGS + y] === 0) v[o + y] = -Infinity;
    }
    if (x.id >= 0) {
      this.byId[x.id] = v;
      this.cached++;
    }
    else this.pads.set(x, v);
    return v;
  }

  /** Sentence scorer for one sentence (pass-2 evidence optional). */
  sentence(sf: SentenceFeatures, ev: readonly (Int32Array | null)[] | null): SentenceScorer {
    const n = sf.infos.length;
    const at = (j: number) => this.vectors(j < 0 ? this.fx.pad(-1) : j >= n ? this.fx.pad(1) : sf.infos[j]!);
    const vecs = sf.infos.map((x) => this.vectors(x));
    const extra: number[] = [];
    return {
      local: (i, scores) => {
        for (let k = -2; k <= 2; k++) {
          const g = i + k >= 0 && i + k < n ? vecs[i + k]! : at(i + k);
          const o = (k + 2) * N_TAGS;
          for (let t = 0; t < N_TAGS; t++) scores[t]! += g[o + t]!;
        }
        this.weights.scoreRange(sf.rest, sf.restStart[i]!, sf.restStart[i + 1]!, scores);
        const e = ev?.[i];
        if (e) {
          extra.length = 0;
          this.fx.secondPassFeatures(e.subarray(0, N_EVIDENCE), e.subarray(N_EVIDENCE, 2 * N_EVIDENCE), extra, e[2 * N_EVIDENCE]!);
          this.weights.score(extra, extra.length, scores);
        }
      },
      transition: (i, prev, scores) => {
        const tr = vecs[i]!;
        const o = TRANS + (prev + 1) * N_TAGS;
        for (let t = 0; t < N_TAGS; t++) if (ALLOWED[(prev + 1) * N_TAGS + t] === 1) scores[t]! += tr[o + t]!;
      },
    };
  }

  /**
   * Local (previous-tag-independent) scores of every token of a prepared document: per sentence,
   * `n × N_TAGS` (the five cached word-group vectors plus the sentence's static features).
   */
  localScores(doc: PreparedDoc): Float64Array[] {
    const left = this.vectors(this.fx.pad(-1));
    const right = this.vectors(this.fx.pad(1));
    const out: Float64Array[] = [];
    const vecs = this.vecs;
    for (let s = 0; s < doc.features.length; s++) {
      const sf = doc.features[s]!;
      const n = sf.infos.length;
      const base = new Float64Array(n * N_TAGS);
      out.push(base);
      for (let i = 0; i < n; i++) vecs[i] = this.vectors(sf.infos[i]!);
      const rest = sf.rest;
      const restStart = sf.restStart;
      for (let i = 0; i < n; i++) {
        const d = i * N_TAGS;
        const row = base.subarray(d, d + N_TAGS);
        for (let k = -2; k <= 2; k++) {
          const j = i + k;
          const g = j < 0 ? left : j >= n ? right : vecs[j]!;
          const o = (k + 2) * N_TAGS;
          for (let t = 0; t < N_TAGS; t++) base[d + t]! += g[o + t]!;
        }
        this.weights.scoreRange(rest, restStart[i]!, restStart[i + 1]!, row);
      }
    }
    this.vecs.length = 0;
    return out;
  }

  /**
   * Adds the stacked second pass to local scores (in place): pass-1 evidence features scored with the
   * pass-2 weights `w2` (a small table: the second pass only learns how far to trust the document evidence).
   */
  addEvidence(doc: PreparedDoc, bases: Float64Array[], evidence: readonly (readonly (Int32Array | null)[])[], w2: WeightTable): void {
    const extra: number[] = [];
    for (let s = 0; s < doc.features.length; s++) {
      const ev = evidence[s]!;
      const base = bases[s]!;
      for (let i = 0; i < ev.length; i++) {
        const e = ev[i];
        if (!e) continue;
        extra.length = 0;
        this.fx.secondPassFeatures(e.subarray(0, N_EVIDENCE), e.subarray(N_EVIDENCE, 2 * N_EVIDENCE), extra, e[2 * N_EVIDENCE]!);
        w2.score(extra, extra.length, base.subarray(i * N_TAGS, (i + 1) * N_TAGS));
      }
    }
  }

  /** Pass-1 decoding of a prepared document (local scores, then Viterbi). */
  decode(doc: PreparedDoc): Uint8Array[] {
    return this.viterbiAll(doc, this.localScores(doc));
  }

  /**
   * Viterbi over given local scores, transition scores read straight from the per-word tables (forbidden
   * transitions already −∞).
   */
  viterbiAll(doc: PreparedDoc, bases: readonly Float64Array[]): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (let s = 0; s < doc.features.length; s++) {
      const sf = doc.features[s]!;
      const n = sf.infos.length;
      const tags = new Uint8Array(n);
      out.push(tags);
      if (n === 0) continue;
      if (this.delta.length < n * N_TAGS) {
        this.delta = new Float64Array(2 * n * N_TAGS);
        this.back = new Int8Array(2 * n * N_TAGS);
      }
      const { delta, back } = this;
      const base = bases[s]!;
      for (let i = 0; i < n; i++) {
        const tr = this.vectors(sf.infos[i]!);
        const d = i * N_TAGS;
        if (i === 0) {
          for (let y = 0; y < N_TAGS; y++) delta[y] = ALLOWED[y] ? base[y]! + tr[TRANS + y]! : -Infinity;
          continue;
        }
        const dp = d - N_TAGS;
        for (let y = 0; y < N_TAGS; y++) {
          const prevs = PREVS[y]!;
          let best = -Infinity;
          let arg = 0;
          for (let q = 0; q < prevs.length; q++) {
            const p = prevs[q]!;
            const v = delta[dp + p]! + tr[TRANS + (p + 1) * N_TAGS + y]!;
            if (v > best) {
              best = v;
              arg = p;
            }
          }
          delta[d + y] = best + base[d + y]!;
          back[d + y] = arg;
        }
      }
      backtrace(delta, back, n, tags);
    }
    return out;
  }
}

/** {@link PREVS} flattened: the allowed previous tags of `y` are `PREV_FLAT[PREV_START[y] .. PREV_START[y + 1])`. */
const PREV_FLAT = Int8Array.from(PREVS.flatMap((p) => [...p]));
const PREV_START = Int32Array.from([0, ...PREVS.map((_, y) => PREVS.slice(0, y + 1).reduce((n, p) => n + p.length, 0))]);

/** Components of a word's cached scores in {@link DualScorer}: the five word groups, then the transitions. */
const N_COMP = 6;
/** Length of one word-group component: pass 1's 9 scores, then pass 2's. */
const GROUP_LEN = 2 * N_TAGS;
/** Length of the transition component: pass 1's `[(prev + 1)][tag]` table, then pass 2's. */
const TRANS_LEN = 2 * (N_TAGS + 1) * N_TAGS;
/** Words whose components are cached before the cache is reset (bounds memory on long batch runs). */
const MAX_WORDS = 200_000;

/**
 * Both passes of a non-stacked model at once (tagging only). One {@link PackedPair} lookup per feature gives
 * both passes' weights; local scores of both passes are computed in one sweep before pass-1 decoding, and
 * pass 2 then only adds the evidence features and decodes again.
 *
 * Per-word cached scores are split into six components (the five word groups and the transition table) kept
 * in one arena and *interned*: words with identical components share one copy. Most words are rare, and a
 * rare word's neighbour groups and transitions carry no word-specific weights (its `lw` features were pruned),
 * so they equal those of every other word of the same shape and gazetteer classes; sharing them keeps the
 * working set in the CPU caches (decoding was bound by cache misses on per-word tables).
 *
 * Scores are summed as integers (units of each pass's int16 scale) and scaled once per token, which is exact
 * where {@link CachedScorer} rounds after every partial sum; on the 924-document bench corpus (812k tokens)
 * the tags are identical to the two-table path.
 */
export class DualScorer {
  /** Component offsets into {@link arena} by word slot (`(id + 2) * N_COMP + c`; slots 0, 1: the pads); −1: not computed. */
  private offs = new Int32Array(1024 * N_COMP).fill(-1);
  /** Integer score sums (in units of the pass's scale; forbidden transitions are never read). */
  private arena = new Int32Array(1 << 16);
  private used = 0;
  /** Interning: content hash → arena offset of the first component with that hash and length. */
  private readonly interned = new Map<number, number>();
  private epoch = -1;
  private cached = 0;
  private readonly buf: number[] = [];
  private readonly scratch = new Int32Array(TRANS_LEN);
  private readonly acc = new Int32Array(GROUP_LEN);
  private delta = new Float64Array(64 * N_TAGS);
  private back = new Int8Array(64 * N_TAGS);
  /** Per-document scratch: word slot base (`slot * N_COMP`) of every token, sentences back to back. */
  private slots = new Int32Array(4096);
  /** Per-document scratch: the component offsets of every token (see {@link tag}). */
  private comp = new Int32Array(4096 * N_COMP);

  constructor(readonly fx: FeatureExtractor, readonly table: PackedPair) {}

  private reset(): void {
    this.offs = new Int32Array(1024 * N_COMP).fill(-1);
    this.arena = new Int32Array(1 << 16);
    this.used = 0;
    this.interned.clear();
    this.cached = 0;
    this.epoch = this.fx.epoch;
  }

  /** Stores `scratch[0 .. len)` in the arena (or finds an identical copy); returns its offset. */
  private intern(len: number): number {
    const sc = this.scratch;
    let h = len;
    for (let q = 0; q < len; q++) h = Math.imul(h ^ sc[q]!, 0x01000193) + q;
    const key = (h >>> 0) * 4 + (len === GROUP_LEN ? 1 : 2);
    const hit = this.interned.get(key);
    const arena = this.arena;
    if (hit !== undefined) {
      let same = true;
      for (let q = 0; q < len; q++) {
        if (arena[hit + q] !== sc[q]) {
          same = false;
          break;
        }
      }
      if (same) return hit;
    }
    if (this.used + len > arena.length) {
      const bigger = new Int32Array(arena.length * 2);
      bigger.set(arena);
      this.arena = bigger;
    }
    const o = this.used;
    this.arena.set(sc.subarray(0, len), o);
    this.used += len;
    if (hit === undefined) this.interned.set(key, o);
    return o;
  }

  /** Computes (once) the components of a word; returns its slot base in {@link offs}. */
  private word(x: WordInfo, slot: number): number {
    const base = slot * N_COMP;
    if (base + N_COMP > this.offs.length) {
      let len = this.offs.length * 2;
      while (len < base + N_COMP) len *= 2;
      const bigger = new Int32Array(len).fill(-1);
      bigger.set(this.offs);
      this.offs = bigger;
    }
    if (this.offs[base]! >= 0) return base;
    const buf = this.buf;
    const table = this.table;
    const sc = this.scratch;
    for (let k = -2; k <= 2; k++) {
      buf.length = 0;
      this.fx.wordGroup(x, k, buf);
      sc.fill(0, 0, GROUP_LEN);
      table.sumBoth(buf, 0, buf.length, sc, 0, N_TAGS);
      this.offs[base + k + 2] = this.intern(GROUP_LEN);
    }
    const half = (N_TAGS + 1) * N_TAGS;
    sc.fill(0);
    for (let p = -1; p < N_TAGS; p++) {
      buf.length = 0;
      this.fx.dynamicFeatures(x, p, buf);
      const o = (p + 1) * N_TAGS;
      table.sumBoth(buf, 0, buf.length, sc, o, half + o);
    }
    this.offs[base + 5] = this.intern(TRANS_LEN);
    if (slot >= 2) this.cached++;
    return base;
  }

  /** Both passes of a prepared document: pass-1 tags, evidence, pass-2 tags. */
  tag(doc: PreparedDoc): Uint8Array[] {
    if (this.epoch !== this.fx.epoch || this.cached > MAX_WORDS) this.reset();
    const nS = doc.features.length;
    let total = 0;
    for (let s = 0; s < nS; s++) total += doc.features[s]!.infos.length;
    if (this.slots.length < total) this.slots = new Int32Array(2 * total);
    const slots = this.slots;
    const left = this.word(this.fx.pad(-1), 0);
    const right = this.word(this.fx.pad(1), 1);
    for (let s = 0, q = 0; s < nS; s++) {
      const infos = doc.features[s]!.infos;
      for (let i = 0; i < infos.length; i++, q++) {
        const x = infos[i]!;
        slots[q] = this.word(x, x.id + 2);
      }
    }
    // Offsets are final now (the arena may have been reallocated while computing new words). Each token's six
    // component offsets side by side (`comp[q * N_COMP + c]`), so decoding reads them sequentially.
    const offs = this.offs;
    if (this.comp.length < total * N_COMP) this.comp = new Int32Array(2 * total * N_COMP);
    const comp = this.comp;
    for (let q = 0; q < total; q++) {
      const b = slots[q]!;
      const o = q * N_COMP;
      for (let c = 0; c < N_COMP; c++) comp[o + c] = offs[b + c]!;
    }
    const A = this.arena;
    const bases1: Float64Array[] = new Array(nS);
    const bases2: Float64Array[] = new Array(nS);
    const table = this.table;
    const s1 = table.scale1;
    const s2 = table.scale2;
    const acc = this.acc;
    for (let s = 0, q0 = 0; s < nS; s++) {
      const sf = doc.features[s]!;
      const n = sf.infos.length;
      const b1 = new Float64Array(n * N_TAGS);
      const b2 = new Float64Array(n * N_TAGS);
      const rest = sf.rest;
      const restStart = sf.restStart;
      for (let i = 0; i < n; i++) {
        // Integer sums of both passes (word groups, then the remaining static features), scaled once.
        for (let t = 0; t < GROUP_LEN; t++) acc[t] = 0;
        for (let k = -2; k <= 2; k++) {
          const j = i + k;
          const o = offs[(j < 0 ? left : j >= n ? right : slots[q0 + j]!) + k + 2]!;
          for (let t = 0; t < GROUP_LEN; t++) acc[t]! += A[o + t]!;
        }
        table.sumBoth(rest, restStart[i]!, restStart[i + 1]!, acc, 0, N_TAGS);
        const d = i * N_TAGS;
        for (let t = 0; t < N_TAGS; t++) {
          b1[d + t] = acc[t]! * s1;
          b2[d + t] = acc[N_TAGS + t]! * s2;
        }
      }
      bases1[s] = b1;
      bases2[s] = b2;
      q0 += n;
    }
    const first = this.viterbiAll(bases1, 0, s1);
    const evidence = passOneEvidence(doc, first);
    const extra = this.buf;
    for (let s = 0; s < nS; s++) {
      const ev = evidence[s]!;
      const base = bases2[s]!;
      for (let i = 0; i < ev.length; i++) {
        const e = ev[i];
        if (!e) continue;
        extra.length = 0;
        this.fx.secondPassFeatures(e.subarray(0, N_EVIDENCE), e.subarray(N_EVIDENCE, 2 * N_EVIDENCE), extra, e[2 * N_EVIDENCE]!);
        table.scoreSecond(extra, 0, extra.length, base, i * N_TAGS);
      }
    }
    return this.viterbiAll(bases2, (N_TAGS + 1) * N_TAGS, s2);
  }

  /** Viterbi over local scores; transitions from the words' interned tables, pass at offset `po` within them. */
  private viterbiAll(bases: readonly Float64Array[], po: number, scale: number): Uint8Array[] {
    const out: Uint8Array[] = new Array(bases.length);
    const comp = this.comp;
    const A = this.arena;
    for (let s = 0, q0 = 0; s < bases.length; s++) {
      const base = bases[s]!;
      const n = base.length / N_TAGS;
      const tags = new Uint8Array(n);
      out[s] = tags;
      if (n === 0) continue;
      if (this.delta.length < n * N_TAGS) {
        this.delta = new Float64Array(2 * n * N_TAGS);
        this.back = new Int8Array(2 * n * N_TAGS);
      }
      const { delta, back } = this;
      {
        const tr = comp[q0 * N_COMP + 5]! + po;
        for (let y = 0; y < N_TAGS; y++) delta[y] = ALLOWED[y] ? base[y]! + A[tr + y]! * scale : -Infinity;
      }
      for (let i = 1; i < n; i++) {
        const tr = comp[(q0 + i) * N_COMP + 5]! + po + N_TAGS;
        const d = i * N_TAGS;
        const dp = d - N_TAGS;
        for (let y = 0; y < N_TAGS; y++) {
          let best = -Infinity;
          let arg = 0;
          for (let q = PREV_START[y]!, end = PREV_START[y + 1]!; q < end; q++) {
            const p = PREV_FLAT[q]!;
            const v = delta[dp + p]! + A[tr + p * N_TAGS + y]! * scale;
            if (v > best) {
              best = v;
              arg = p;
            }
          }
          delta[d + y] = best + base[d + y]!;
          back[d + y] = arg;
        }
      }
      backtrace(delta, back, n, tags);
      q0 += n;
    }
    return out;
  }
}

/** Viterbi's last step, shared by both decoders: the best final tag, then the back-pointers into `tags`. */
function backtrace(delta: Float64Array, back: Int8Array, n: number, tags: Uint8Array): void {
  let best = 0;
  const last = (n - 1) * N_TAGS;
  for (let y = 1; y < N_TAGS; y++) if (delta[last + y]! > delta[last + best]!) best = y;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = best;
    best = back[i * N_TAGS + best]!;
  }
}
