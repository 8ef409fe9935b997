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
import { FeatureBuffer, FeatureExtractor, type SentenceFeatures, type TagDoc, type WordInfo } from './features.js';
import type { PackedPair, WeightTable } from './packed.js';
import { allowed, COARSE_TYPES, endsSpan, N_TAGS, tagClass } from './tags.js';

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
  const words = fx.docWords(doc);
  const ctx = fx.docContext(words);
  const features: SentenceFeatures[] = [];
  for (let s = 0; s < words.nSentences; s++) features.push(fx.sentenceFeatures(words, ctx, s));
  return { tokens: doc.sentences, features };
}

/** Number of label classes of the pass-2 evidence: O plus the coarse types. */
export const N_EVIDENCE = 1 + COARSE_TYPES.length;

/**
 * Pass-2 evidence per token: for each capitalized token, how often pass 1 labelled the same lowercase word
 * (elsewhere in the document) O or each type, and how often as the last word of a span. The reference form
 * (training and {@link CachedScorer}); {@link DualScorer} counts the same way in its own buffers.
 */
export function passOneEvidence(doc: PreparedDoc, tags: readonly Uint8Array[]): (Int32Array | null)[][] {
  // Per lowercase word: [classes..., span-final classes...] over the whole document.
  const byWord = new Map<string, Int32Array>();
  doc.features.forEach((sf, s) => sf.infos.forEach((info, i) => {
    if (!info.initCap) return;
    let e = byWord.get(info.lower);
    if (!e) byWord.set(info.lower, (e = new Int32Array(2 * N_EVIDENCE)));
    countEvidence(e, 0, tags[s]!, i, tags[s]!.length);
  }));
  return doc.features.map((sf, s) => sf.infos.map((info, i) => {
    if (!info.initCap) return null;
    const out = new Int32Array(2 * N_EVIDENCE + 1);
    otherEvidence(byWord.get(info.lower)!, 0, tags[s]!, i, tags[s]!.length, out);
    return out;
  }));
}

/** Adds token `i` of a sentence's `tags[0 .. end)` to a word's evidence counts at `counts[o ..]` (see {@link passOneEvidence}). */
function countEvidence(counts: Int32Array, o: number, tags: ArrayLike<number>, i: number, end: number): void {
  const cls = tagClass(tags[i]!);
  counts[o + cls]!++;
  if (endsSpan(tags, i, end)) counts[o + N_EVIDENCE + cls]!++;
}

/**
 * The evidence of token `i` from the *other* occurrences of its word: the word's counts at `counts[o ..]` less
 * the token's own, into `out` as `[classes..., span-final classes..., own pass-1 class]`. Returns the number of
 * other occurrences.
 */
function otherEvidence(counts: Int32Array, o: number, tags: ArrayLike<number>, i: number, end: number, out: Int32Array): number {
  const cls = tagClass(tags[i]!);
  let others = -1;
  for (let k = 0; k < N_EVIDENCE; k++) {
    out[k] = counts[o + k]!;
    out[N_EVIDENCE + k] = counts[o + N_EVIDENCE + k]!;
    others += out[k]!;
  }
  out[cls]!--;
  if (endsSpan(tags, i, end)) out[N_EVIDENCE + cls]!--;
  out[2 * N_EVIDENCE] = cls;
  return others;
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

/** Components of a word's cached scores in {@link DualScorer}: the five word groups, then the transitions. */
const N_COMP = 6;
/** Length of one word-group component: pass 1's 9 scores, then pass 2's. */
const GROUP_LEN = 2 * N_TAGS;
/** Length of the transition component: pass 1's `[(prev + 1)][tag]` table, then pass 2's. */
const TRANS_LEN = 2 * (N_TAGS + 1) * N_TAGS;
/** Words whose components are cached before the cache is reset (bounds memory on long batch runs). */
const MAX_WORDS = 200_000;
/** Pass-2 evidence classes per lowercase word: O and the coarse types. */
const N_EV = N_EVIDENCE;

/*
 * Initial sizes of DualScorer's buffers, for a batch of news stories (924 PolNeAR stories: 33,135 distinct words,
 * 28,902 lowercase forms, up to 6,422 tokens a story and 220 a sentence), so that a typical run never grows them.
 * A growth is a branch the optimised tagger has not taken yet (a deopt, then a recompile) and a reassigned field
 * (code that assumed it constant is thrown away); with the old small sizes (1,024 words, 4,096 tokens a story, 64 a
 * sentence) the buffers of these 924 stories grew 28 times, the last in story 874. They still grow past these sizes.
 * The large ones cost address space only until used (fresh zeroed pages); the word slots are filled with −1 up
 * front (1.5 MiB).
 */
/** Word slots (component offsets) and lowercase ids (evidence counts). */
const INITIAL_WORDS = 1 << 16;
/** Arena ints (8 MiB; those 924 stories used 1.8 M). */
const INITIAL_ARENA = 1 << 21;
/** Tokens of a document (per-token scratch). */
const INITIAL_DOC_TOKENS = 1 << 14;
/** Tokens of a sentence (Viterbi tables, feature starts). */
const INITIAL_SENTENCE_TOKENS = 1 << 12;

// The unrolled decoder of DualScorer is written for BIO over four types: O = 0, B-k = 1 + 2k, I-k = 2 + 2k.
if (N_TAGS !== 9) throw new Error('DualScorer: the decoder is unrolled for 9 BIO tags');

/**
 * Both passes of a non-stacked model at once (tagging only). One {@link PackedPair} lookup per feature gives
 * both passes' weights; local scores of both passes are computed in one sweep before pass-1 decoding, and
 * pass 2 then only adds the evidence features and decodes again.
 *
 * Per-word cached scores are split into six components (the five word groups and the transition table) kept
 * in one arena. Each is the sum of a part shared by all words of the same shapes and gazetteer classes and
 * the word's own identity features; most words are rare, their identity features were pruned, and their
 * components *are* the shared ones (one copy each), which keeps the working set in the CPU caches (decoding is
 * bound by cache misses on per-word tables) and a new word cheap.
 *
 * All scores are kept as integers (units of each pass's int16 scale; a pass's scores share one scale), so
 * sums and the Viterbi recursion are exact, and nothing is allocated per sentence: features, local scores,
 * Viterbi tables and evidence counts live in buffers reused across documents.
 */
export class DualScorer {
  /** Component offsets into {@link arena} by word slot (`(id + 2) * N_COMP + c`; slots 0, 1: the pads); −1: not computed. */
  private offs = new Int32Array(0);
  /** Integer score sums (in units of the pass's scale; forbidden transitions are never read). Both allocated by {@link reset}. */
  private arena = new Int32Array(0);
  private used = 0;
  /** Arena offsets of the sentence constants by length (lengths above 9 share one entry: same features); −1: not computed. */
  private readonly sentenceConst = new Int32Array(11).fill(-1);
  /**
   * Shared components (see {@link word}) by key → arena offset: word groups at −2 .. +2 (index k + 2), transitions (5).
   * The group at 0 is keyed by the short shape too: {@link shared0} by key, then by short shape.
   */
  private readonly shared: Map<number, number>[] = Array.from({ length: 6 }, () => new Map<number, number>());
  private readonly shared0 = new Map<number, Map<number, number>>();
  private epoch = -1;
  private cached = 0;
  private readonly buf = new FeatureBuffer();
  private readonly scratch = new Int32Array(TRANS_LEN);
  private delta = new Float64Array(INITIAL_SENTENCE_TOKENS * N_TAGS);
  private back = new Int8Array(INITIAL_SENTENCE_TOKENS * N_TAGS);
  /** Per-document scratch: word slot base (`slot * N_COMP`) of every token, sentences back to back. */
  private slots = new Int32Array(INITIAL_DOC_TOKENS);
  /** Per-document scratch: the transition component offset of every token. */
  private trans = new Int32Array(INITIAL_DOC_TOKENS);
  /** Per-document scratch: integer local scores of every token, pass 1 and pass 2 (`q * N_TAGS + tag`). */
  private base1 = new Int32Array(INITIAL_DOC_TOKENS * N_TAGS);
  private base2 = new Int32Array(INITIAL_DOC_TOKENS * N_TAGS);
  /** Per-sentence scratch: static features and their per-token starts. */
  private readonly feats = new FeatureBuffer();
  private starts = new Uint32Array(INITIAL_SENTENCE_TOKENS);
  /** Per-sentence scratch: the weight offsets of its static features, and their per-token starts (see {@link tag}). */
  private hits = new Int32Array(INITIAL_SENTENCE_TOKENS * 16);
  private hitStarts = new Int32Array(INITIAL_SENTENCE_TOKENS);
  /** Pass-2 evidence per lowercase id: counts and span-final counts per class, valid where `evStamp` is the document's. */
  private evCounts = new Int32Array(INITIAL_WORDS * 2 * N_EV);
  private evStamp = new Int32Array(INITIAL_WORDS);
  private evDoc = 0;
  /** Evidence of one token from the other occurrences of its word (see {@link otherEvidence}), and views of its parts. */
  private readonly evOut = new Int32Array(2 * N_EV + 1);
  private readonly evOthers = this.evOut.subarray(0, N_EV);
  private readonly evLast = this.evOut.subarray(N_EV, 2 * N_EV);

  constructor(readonly fx: FeatureExtractor, readonly table: PackedPair) {
    if (table.nTags !== N_TAGS) throw new Error(`DualScorer: a table of ${table.nTags} tags, expected ${N_TAGS}`);
  }

  private reset(): void {
    this.offs = new Int32Array(INITIAL_WORDS * N_COMP).fill(-1);
    this.arena = new Int32Array(INITIAL_ARENA);
    this.used = 0;
    for (const m of this.shared) m.clear();
    this.shared0.clear();
    this.sentenceConst.fill(-1);
    this.cached = 0;
    this.epoch = this.fx.epoch;
  }

  /** Appends `scratch[0 .. len)` to the arena; returns its offset. */
  private store(len: number): number {
    if (this.used + len > this.arena.length) {
      let size = this.arena.length * 2;
      while (size < this.used + len) size *= 2;
      const bigger = new Int32Array(size);
      bigger.set(this.arena);
      this.arena = bigger;
    }
    const o = this.used;
    const out = this.arena;
    const sc = this.scratch;
    for (let q = 0; q < len; q++) out[o + q] = sc[q]!;
    this.used += len;
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
    const fx = this.fx;
    const half = (N_TAGS + 1) * N_TAGS;
    if (slot < 2) {
      // The pads: every component in full.
      for (let k = -2; k <= 2; k++) {
        buf.length = 0;
        fx.wordGroup(x, k, buf);
        sc.fill(0, 0, GROUP_LEN);
        table.sumBoth(buf.data, 0, buf.length, sc, 0, N_TAGS);
        this.offs[base + k + 2] = this.store(GROUP_LEN);
      }
      sc.fill(0);
      for (let p = -1; p < N_TAGS; p++) {
        buf.length = 0;
        fx.dynamicFeatures(x, p, buf);
        const o = (p + 1) * N_TAGS;
        table.sumBoth(buf.data, 0, buf.length, sc, o, half + o);
      }
      this.offs[base + 5] = this.store(TRANS_LEN);
      return base;
    }
    // Each component: the word's own identity features, added to the part shared by all words of the same
    // shapes and gazetteer classes (the shared part itself when the word has no identity weights).
    for (let k = -2; k <= 2; k++) {
      const shared = this.sharedGroup(x, k);
      buf.length = 0;
      fx.wordGroupOwn(x, k, buf);
      sc.fill(0, 0, GROUP_LEN);
      if (table.sumBoth(buf.data, 0, buf.length, sc, 0, N_TAGS) === 0) {
        this.offs[base + k + 2] = shared;
        continue;
      }
      const A = this.arena;
      for (let t = 0; t < GROUP_LEN; t++) sc[t]! += A[shared + t]!;
      this.offs[base + k + 2] = this.store(GROUP_LEN);
    }
    const shared = this.sharedTrans(x);
    sc.fill(0);
    let found = 0;
    for (let p = -1; p < N_TAGS; p++) {
      buf.length = 0;
      fx.dynamicOwn(x, p, buf);
      const o = (p + 1) * N_TAGS;
      found += table.sumBoth(buf.data, 0, buf.length, sc, o, half + o);
    }
    if (found === 0) this.offs[base + 5] = shared;
    else {
      const A = this.arena;
      for (let t = 0; t < TRANS_LEN; t++) sc[t]! += A[shared + t]!;
      this.offs[base + 5] = this.store(TRANS_LEN);
    }
    this.cached++;
    return base;
  }

  /**
   * Arena offset of the summed weights of the features every token of an `n`-token sentence has (see
   * {@link FeatureExtractor.sentenceConstants}); may reallocate the arena.
   */
  private constants(n: number): number {
    const key = n <= 9 ? n : 10;
    let o = this.sentenceConst[key]!;
    if (o >= 0) return o;
    const buf = this.buf;
    buf.length = 0;
    this.fx.sentenceConstants(n, buf);
    this.scratch.fill(0, 0, GROUP_LEN);
    this.table.sumBoth(buf.data, 0, buf.length, this.scratch, 0, N_TAGS);
    o = this.store(GROUP_LEN);
    this.sentenceConst[key] = o;
    return o;
  }

  /** Arena offset of the shared part of word group `k` of `x` (see {@link FeatureExtractor.wordGroupShared}). */
  private sharedGroup(x: WordInfo, k: number): number {
    const key = this.fx.sharedKey(x, k);
    let shared = this.shared[k + 2]!;
    if (k === 0) {
      let bySshape = this.shared0.get(key);
      if (bySshape === undefined) this.shared0.set(key, (bySshape = new Map<number, number>()));
      shared = bySshape;
    }
    const sub = k === 0 ? x.sshape : key;
    let o = shared.get(sub);
    if (o !== undefined) return o;
    const buf = this.buf;
    buf.length = 0;
    this.fx.wordGroupShared(x, k, buf);
    this.scratch.fill(0, 0, GROUP_LEN);
    this.table.sumBoth(buf.data, 0, buf.length, this.scratch, 0, N_TAGS);
    o = this.store(GROUP_LEN);
    shared.set(sub, o);
    return o;
  }

  /** Arena offset of the shared part of the transition table of `x` (see {@link FeatureExtractor.dynamicShared}). */
  private sharedTrans(x: WordInfo): number {
    const key = this.fx.dynamicKey(x);
    const shared = this.shared[5]!;
    let o = shared.get(key);
    if (o !== undefined) return o;
    const buf = this.buf;
    const half = (N_TAGS + 1) * N_TAGS;
    this.scratch.fill(0);
    for (let p = -1; p < N_TAGS; p++) {
      buf.length = 0;
      this.fx.dynamicShared(x, p, buf);
      const q = (p + 1) * N_TAGS;
      this.table.sumBoth(buf.data, 0, buf.length, this.scratch, q, half + q);
    }
    o = this.store(TRANS_LEN);
    shared.set(key, o);
    return o;
  }

  /** Both passes over a document: pass-1 tags, evidence, pass-2 tags (one array per sentence). */
  tag(doc: TagDoc): Uint8Array[] {
    const fx = this.fx;
    const words = fx.docWords(doc);
    if (this.epoch !== fx.epoch || this.cached > MAX_WORDS) this.reset();
    const { infos, bounds, nSentences: nS } = words;
    const total = bounds[nS]!;
    if (this.slots.length < total) {
      this.slots = new Int32Array(2 * total);
      this.trans = new Int32Array(2 * total);
      this.base1 = new Int32Array(2 * total * N_TAGS);
      this.base2 = new Int32Array(2 * total * N_TAGS);
    }
    const slots = this.slots;
    const left = this.word(fx.pad(-1), 0);
    const right = this.word(fx.pad(1), 1);
    for (let q = 0; q < total; q++) {
      const x = infos[q]!;
      slots[q] = this.word(x, x.id + 2);
    }
    // The sentence constants of every length (computed once; they too live in the arena).
    if (this.sentenceConst[0]! < 0) for (let n = 0; n <= 10; n++) this.constants(n);
    // Offsets are final now (the arena may have been reallocated while computing new words).
    const offs = this.offs;
    const trans = this.trans;
    for (let q = 0; q < total; q++) trans[q] = offs[slots[q]! + 5]!;
    const ctx = fx.docContext(words);
    const A = this.arena;
    const table = this.table;
    const b1 = this.base1;
    const b2 = this.base2;
    const feats = this.feats;
    for (let s = 0; s < nS; s++) {
      const q0 = bounds[s]!;
      const n = bounds[s + 1]! - q0;
      if (this.starts.length < n + 1) this.starts = new Uint32Array(2 * (n + 1));
      const starts = this.starts;
      feats.length = 0;
      fx.restFeatures(infos, q0, n, ctx, s, feats, starts, false);
      const rest = feats.data;
      // The features' weight offsets, token by token (`hits[hitStarts[i] .. hitStarts[i + 1])`; see PackedPair.resolve).
      if (this.hits.length < feats.length) this.hits = new Int32Array(2 * feats.length);
      if (this.hitStarts.length < n + 1) this.hitStarts = new Int32Array(2 * (n + 1));
      const hits = this.hits;
      const hitStarts = this.hitStarts;
      let h = 0;
      for (let i = 0; i < n; i++) {
        hitStarts[i] = h;
        h = table.resolve(rest, starts[i]!, starts[i + 1]!, hits, h);
      }
      hitStarts[n] = h;
      const g5 = this.sentenceConst[n <= 9 ? n : 10]!;
      for (let i = 0; i < n; i++) {
        // Integer sums of both passes: the five word groups, then the remaining static features.
        const o0 = offs[(i >= 2 ? slots[q0 + i - 2]! : left) + 0]!;
        const o1 = offs[(i >= 1 ? slots[q0 + i - 1]! : left) + 1]!;
        const o2 = offs[slots[q0 + i]! + 2]!;
        const o3 = offs[(i + 1 < n ? slots[q0 + i + 1]! : right) + 3]!;
        const o4 = offs[(i + 2 < n ? slots[q0 + i + 2]! : right) + 4]!;
        table.tokenScores(A, o0, o1, o2, o3, o4, g5, hits, hitStarts[i]!, hitStarts[i + 1]!, b1, b2, (q0 + i) * N_TAGS);
      }
    }
    const tags = new Uint8Array(total);
    this.decode(words, b1, 0, tags);
    this.addEvidence(words, tags, b2);
    this.decode(words, b2, (N_TAGS + 1) * N_TAGS, tags);
    const out: Uint8Array[] = new Array(nS);
    for (let s = 0; s < nS; s++) out[s] = tags.subarray(bounds[s]!, bounds[s + 1]!);
    return out;
  }

  /**
   * Adds the pass-2 evidence features to the pass-2 local scores `b2`: for each capitalized token, what pass 1
   * (`tags`) said about the same lowercase word elsewhere in the document (as {@link passOneEvidence}).
   */
  private addEvidence(words: { readonly infos: readonly WordInfo[]; readonly bounds: Int32Array; readonly nSentences: number }, tags: Uint8Array, b2: Int32Array): void {
    const { infos, bounds, nSentences: nS } = words;
    const stamp = ++this.evDoc;
    const need = this.fx.lowerCount();
    if (this.evStamp.length < need) {
      this.evStamp = new Int32Array(2 * need);
      this.evCounts = new Int32Array(2 * need * 2 * N_EV);
    }
    const { evStamp, evCounts } = this;
    // Counts per lowercase word: class of each capitalized token, and of those ending a span.
    for (let s = 0; s < nS; s++) {
      const end = bounds[s + 1]!;
      for (let q = bounds[s]!; q < end; q++) {
        const x = infos[q]!;
        if (!x.initCap) continue;
        const id = x.lowerId;
        const o = id * 2 * N_EV;
        if (evStamp[id] !== stamp) {
          evStamp[id] = stamp;
          evCounts.fill(0, o, o + 2 * N_EV);
        }
        countEvidence(evCounts, o, tags, q, end);
      }
    }
    const { evOut, evOthers, evLast } = this;
    const extra = this.buf;
    const table = this.table;
    for (let s = 0; s < nS; s++) {
      const end = bounds[s + 1]!;
      for (let q = bounds[s]!; q < end; q++) {
        const x = infos[q]!;
        if (!x.initCap) continue;
        // A word seen once has no evidence from elsewhere: no features.
        if (otherEvidence(evCounts, x.lowerId * 2 * N_EV, tags, q, end, evOut) === 0) continue;
        extra.length = 0;
        this.fx.secondPassFeatures(evOthers, evLast, extra, evOut[2 * N_EV]!);
        table.sumSecond(extra.data, 0, extra.length, b2, q * N_TAGS);
      }
    }
  }

  /**
   * Viterbi over the integer local scores `base` (`q * N_TAGS + tag`, document-wide), sentence by sentence;
   * transitions from the words' tables in the arena, this pass's at offset `po` within them. Writes `tags`.
   * Unrolled for BIO: `O` and `B-k` may follow any tag, `I-k` only `B-k` or `I-k`. Ties go to the lowest
   * previous tag, as in {@link viterbi}.
   */
  private decode(words: { readonly bounds: Int32Array; readonly nSentences: number }, base: Int32Array, po: number, tags: Uint8Array): void {
    const { bounds, nSentences: nS } = words;
    const trans = this.trans;
    const A = this.arena;
    for (let s = 0; s < nS; s++) {
      const q0 = bounds[s]!;
      const n = bounds[s + 1]! - q0;
      if (n === 0) continue;
      if (this.delta.length < n * N_TAGS) {
        this.delta = new Float64Array(2 * n * N_TAGS);
        this.back = new Int8Array(2 * n * N_TAGS);
      }
      const { delta, back } = this;
      {
        const tr = trans[q0]! + po;
        const b = q0 * N_TAGS;
        for (let y = 0; y < N_TAGS; y++) delta[y] = ALLOWED[y] ? base[b + y]! + A[tr + y]! : -Infinity;
      }
      for (let i = 1; i < n; i++) {
        // Row p of this token's transition table (previous tag p) starts at tr + 9p.
        const tr = trans[q0 + i]! + po + N_TAGS;
        const d = i * N_TAGS;
        const b = (q0 + i) * N_TAGS;
        const dp = d - N_TAGS;
        const d0 = delta[dp]!;
        const d1 = delta[dp + 1]!;
        const d2 = delta[dp + 2]!;
        const d3 = delta[dp + 3]!;
        const d4 = delta[dp + 4]!;
        const d5 = delta[dp + 5]!;
        const d6 = delta[dp + 6]!;
        const d7 = delta[dp + 7]!;
        const d8 = delta[dp + 8]!;
        // O and B-k (y = 0, 1, 3, 5, 7): every previous tag (unrolled over it; ties to the lowest previous tag).
        for (let y = 0; y < N_TAGS; y += y === 0 ? 1 : 2) {
          const r = tr + y;
          let best = d0 + A[r]!;
          let arg = 0;
          let v = d1 + A[r + 9]!;
          if (v > best) { best = v; arg = 1; }
          v = d2 + A[r + 18]!;
          if (v > best) { best = v; arg = 2; }
          v = d3 + A[r + 27]!;
          if (v > best) { best = v; arg = 3; }
          v = d4 + A[r + 36]!;
          if (v > best) { best = v; arg = 4; }
          v = d5 + A[r + 45]!;
          if (v > best) { best = v; arg = 5; }
          v = d6 + A[r + 54]!;
          if (v > best) { best = v; arg = 6; }
          v = d7 + A[r + 63]!;
          if (v > best) { best = v; arg = 7; }
          v = d8 + A[r + 72]!;
          if (v > best) { best = v; arg = 8; }
          delta[d + y] = best + base[b + y]!;
          back[d + y] = arg;
        }
        // I-k (y = 2, 4, 6, 8): after B-k (y − 1) or I-k (y); ties to B-k.
        for (let y = 2; y < N_TAGS; y += 2) {
          const a = delta[dp + y - 1]! + A[tr + 9 * (y - 1) + y]!;
          const c = delta[dp + y]! + A[tr + 9 * y + y]!;
          const up = c > a;
          delta[d + y] = (up ? c : a) + base[b + y]!;
          back[d + y] = up ? y : y - 1;
        }
      }
      backtrace(delta, back, n, tags, q0);
    }
  }
}

/** Viterbi's last step, shared by both decoders: the best final tag, then the back-pointers into `tags`. */
function backtrace(delta: Float64Array, back: Int8Array, n: number, tags: Uint8Array, off = 0): void {
  let best = 0;
  const last = (n - 1) * N_TAGS;
  for (let y = 1; y < N_TAGS; y++) if (delta[last + y]! > delta[last + best]!) best = y;
  for (let i = n - 1; i >= 0; i--) {
    tags[off + i] = best;
    best = back[i * N_TAGS + best]!;
  }
}
