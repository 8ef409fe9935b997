/**
 * Feature extraction for the sequence tagger. Features are 32-bit hashes of (template id, value parts):
 * word parts are hashed once per distinct word (cached), context features mix cached hashes, so no feature
 * string is ever built while tagging.
 *
 * Three groups:
 * - static: depend only on the words of the document (word, shape, affixes, neighbours, gazetteer,
 *   headline context, document-level casing evidence); computed once per token;
 * - dynamic: depend on the previously predicted tags (greedy left-to-right decoding);
 * - second pass (optional): the labels the first pass gave the same word elsewhere in the document.
 */
import { fnv1a, mix, mix3 } from './hash.js';
import { GAZ_CLASSES, Gazetteer, N_GAZ } from './gazetteer.js';

/** Per-distinct-word hashes and flags. */
export interface WordInfo {
  /**
   * Dense id within the extractor's word cache (−1 for padding); ids restart when the cache is cleared,
   * which bumps {@link FeatureExtractor.epoch}. Scorers index their per-word caches by it.
   */
  readonly id: number;
  readonly w: number;
  readonly lw: number;
  readonly shape: number;
  readonly sshape: number;
  readonly affixes: readonly number[];
  /** Single-token gazetteer bits. */
  readonly gaz: number;
  readonly initCap: boolean;
  readonly allCaps: boolean;
  readonly lower: string;
}

// Template ids: stable numbers, part of the model format (changing one invalidates trained models).
const T = {
  bias: 1, w: 2, lw: 3, shape: 4, sshape: 5, affix: 6, lwm1: 14, lwp1: 15, lwm2: 16, lwp2: 17, shm1sh: 18, shshp1: 19,
  bim1: 20, bip1: 21, tm1: 22, tm2tm1: 23, tm1lw: 24, tm1sh: 25, first: 26, head: 27, headlw: 28, gaz: 29, gazB: 30,
  gazI: 31, gazm1: 32, docLower: 33, docCap: 34, dcw: 35, gazp1: 36, shm1: 37, shp1: 38, sentLen: 39, p1same: 40,
  p1sameLast: 41, headsh: 42, firstlw: 43, wm1w: 44, capSeq: 45, docCapNonInit: 46, p1w: 47, tm1gaz: 48, shTri: 49,
  ctxPair: 50, runLast: 53, runFirst: 54, topicSh: 55, topicGaz: 56, numLine: 57, numGaz: 58, nextNum: 59,
  p1own: 60, topicRun: 61,
} as const;
// Retired template ids (do not reuse): 51 nextPair, 52 prevPair (word pairs at +1/+2 and −2/−1: weak, and
// each cost a cache miss per token).

/** Lowercase words that mark a sports report / a business or markets report (document topic). */
const SPORTS_WORDS = new Set(('soccer football cricket tennis golf rugby baseball basketball hockey racing cycling athletics boxing '
  + 'match matches goal goals innings wicket wickets halftime half-time league season coach striker midfielder defender scored '
  + 'beat beats drew draw tournament cup club team champion championship player players seed seeded inning pitcher homer '
  + 'runs round final semifinal quarterfinal minutes scorers standings played win won lost').split(' '));
const BUSINESS_WORDS = new Set(('shares share stock stocks profit profits revenue revenues earnings company companies market markets '
  + 'trading traded investors analysts analyst bank banks bonds bond dividend quarter sales firm acquisition merger prices '
  + 'index futures yield subsidiary shareholders chairman executive corp inc ltd plc group billion million percent '
  + 'economy industry business products customers').split(' '));

/**
 * Static features of one sentence (see {@link FeatureExtractor.sentenceFeatures}): the word infos, and the
 * remaining static features of token `i` at `rest[restStart[i] .. restStart[i + 1])` (one flat array per
 * sentence rather than one small array per token: allocation was a large share of tagging time).
 */
export interface SentenceFeatures {
  readonly infos: readonly WordInfo[];
  readonly rest: Uint32Array;
  readonly restStart: Uint32Array;
}

const PAD = fnv1a('<pad>');

/** Pseudo-word for sentence padding; hashes differ from any real word's. */
function padInfo(lw: number, shape: number): WordInfo {
  return { id: -1, w: mix(PAD, lw), lw: mix(PAD, lw), shape: mix(PAD, shape), sshape: mix(PAD, shape), affixes: [], gaz: 0, initCap: false, allCaps: false, lower: '' };
}

/** Word shape: X/x/d with runs capped at 4 (`Xxxxx`, `XX`, `dddd`, `X.X.`). */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : /\p{Lu}/u.test(c) ? 'X' : /\p{Ll}/u.test(c) ? 'x' : c;
    if (k === last) {
      if (++run > 4) continue;
    } else {
      last = k;
      run = 1;
    }
    out += k;
  }
  return out;
}

/** Short shape: runs collapsed (`Xx`, `X.X.`, `d-d`). */
export function shortShape(shape: string): string {
  let out = '';
  for (let i = 0; i < shape.length; i++) if (shape[i] !== shape[i - 1]) out += shape[i];
  return out;
}

const LETTER = /\p{L}/u;
/** Letter test with an ASCII fast path (called per token). */
const isLetter = (c: string) => {
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return LETTER.test(c);
};

/** Document-level casing evidence, gathered once per document before tagging. */
export interface DocContext {
  /** Lowercase forms seen written in lowercase (anywhere): the word is a common word. */
  readonly seenLower: Set<string>;
  /** Lowercase forms seen capitalized in a non-initial position of a non-headline sentence. */
  readonly seenCapNonInitial: Map<string, string>;
  /** Per sentence: is it an all-caps headline? */
  readonly headline: readonly boolean[];
  /** Document topic: 0 general, 1 sports, 2 business/markets (keyword counts). */
  readonly topic: number;
  /** Per sentence: 0 no number tokens, 1 some, 2 number-heavy (results tables, scores, prices). */
  readonly numeric: readonly number[];
}

/** A document to tag: sentences of token strings. */
export interface TagDoc {
  readonly sentences: readonly (readonly string[])[];
}

/** True when a sentence is written in capitals (CoNLL headlines, wire slugs). */
export function isHeadline(tokens: readonly string[]): boolean {
  let caps = 0;
  let alpha = 0;
  for (const t of tokens) {
    if (t.length < 2 || !isLetter(t[0]!)) continue;
    alpha++;
    if (t === t.toUpperCase() && t !== t.toLowerCase()) caps++;
  }
  return alpha >= 2 && caps / alpha >= 0.7;
}

/** Collects the document-level evidence used by `docLower`/`docCap` features. */
export function buildDocContext(doc: TagDoc): DocContext {
  const seenLower = new Set<string>();
  const seenCapNonInitial = new Map<string, string>();
  const headline = doc.sentences.map(isHeadline);
  let sports = 0;
  let business = 0;
  const numeric = doc.sentences.map((toks) => {
    let nums = 0;
    for (const t of toks) {
      const k = t.charCodeAt(0);
      if (k >= 48 && k <= 57) nums++;
    }
    return nums === 0 ? 0 : nums * 4 >= toks.length && toks.length >= 3 ? 2 : 1;
  });
  doc.sentences.forEach((toks, s) => {
    toks.forEach((t, i) => {
      const c = t[0];
      if (t.length > 2) {
        const l = t.toLowerCase();
        if (SPORTS_WORDS.has(l)) sports++;
        else if (BUSINESS_WORDS.has(l)) business++;
      }
      if (!c || !isLetter(c)) return;
      const lower = t.toLowerCase();
      if (t === lower) seenLower.add(lower);
      else if (!headline[s] && i > 0 && t !== t.toUpperCase() && !seenCapNonInitial.has(lower)) seenCapNonInitial.set(lower, t);
    });
  });
  const topic = sports >= 3 && sports > business ? 1 : business >= 3 && business > sports ? 2 : 0;
  return { seenLower, seenCapNonInitial, headline, topic, numeric };
}

/** Extracts features; holds the word cache (reuse one instance per model). */
export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  private readonly tagHash: number[];
  private readonly scratch: number[] = [];
  /** Incremented whenever the word cache is cleared (word ids are reused). */
  epoch = 0;

  constructor(readonly gazetteer: Gazetteer, readonly nTags: number) {
    this.tagHash = Array.from({ length: nTags + 2 }, (_, i) => fnv1a(`tag${i}`));
  }

  /** Hash of a tag index; -1 (before the sentence) and -2 map to dedicated values. */
  tag(t: number): number {
    return this.tagHash[t < 0 ? this.nTags - t - 1 : t]!;
  }

  /** Cached word information. */
  word(w: string): WordInfo {
    let info = this.cache.get(w);
    if (info) return info;
    const lower = w.toLowerCase();
    const shape = wordShape(w);
    const affixes: number[] = [];
    for (let k = 1; k <= 4; k++) {
      if (lower.length > k) {
        affixes.push(mix3(T.affix, k, fnv1a(lower.slice(0, k))));
        affixes.push(mix3(T.affix, k + 8, fnv1a(lower.slice(-k))));
      }
    }
    const first = w[0] ?? '';
    // The cache is bounded so that a long batch run does not grow memory without limit.
    if (this.cache.size >= 500_000) {
      this.cache.clear();
      this.epoch++;
    }
    info = {
      id: this.cache.size,
      w: fnv1a(w), lw: fnv1a(lower), shape: fnv1a(shape), sshape: fnv1a(shortShape(shape)), affixes,
      gaz: this.gazetteer.bits(lower),
      initCap: first !== first.toLowerCase(),
      allCaps: w === w.toUpperCase() && w !== lower,
      lower,
    };
    this.cache.set(w, info);
    return info;
  }

  /** The pseudo-word standing for positions before (`-1`) or after (`+1`) the sentence. */
  pad(side: -1 | 1): WordInfo {
    return side < 0 ? this.leftPad : this.rightPad;
  }

  private readonly leftPad: WordInfo = padInfo(1, 3);
  private readonly rightPad: WordInfo = padInfo(2, 4);

  /**
   * Word-group features: those that depend on a single word at relative offset `k` (0 = the token
   * itself, −2..+2 = neighbours). Grouping them lets the tagger cache their summed weights per word.
   */
  wordGroup(x: WordInfo, k: number, out: number[]): void {
    switch (k) {
      case 0:
        out.push(mix(T.w, x.w), mix(T.lw, x.lw), mix(T.shape, x.shape), mix(T.sshape, x.sshape));
        for (const a of x.affixes) out.push(a);
        for (let b = 0; b < N_GAZ; b++) if (x.gaz & (1 << b)) out.push(mix(T.gaz, b));
        break;
      case -1:
        out.push(mix(T.lwm1, x.lw), mix(T.shm1, x.shape));
        for (let b = 0; b < N_GAZ; b++) if (x.gaz & (1 << b)) out.push(mix(T.gazm1, b));
        break;
      case 1:
        out.push(mix(T.lwp1, x.lw), mix(T.shp1, x.shape));
        for (let b = 0; b < N_GAZ; b++) if (x.gaz & (1 << b)) out.push(mix(T.gazp1, b));
        break;
      case -2:
        out.push(mix(T.lwm2, x.lw));
        break;
      case 2:
        out.push(mix(T.lwp2, x.lw));
        break;
    }
  }

  /**
   * Static features of one sentence: the word infos (word-group features are derived from them) and,
   * per token, the remaining static features (pairs, sentence and document context).
   * `ctx` carries document-level evidence; `s` is the sentence index in the document.
   */
  sentenceFeatures(tokens: readonly string[], ctx: DocContext, s: number): SentenceFeatures {
    const n = tokens.length;
    const infos = tokens.map((t) => this.word(t));
    const { bits: pbits, begin } = this.gazetteer.phrases(infos.map((x) => x.lower));
    const head = ctx.headline[s] ?? false;
    const at = (i: number) => (i < 0 ? this.leftPad : i >= n ? this.rightPad : infos[i]!);
    const restStart = new Uint32Array(n + 1);
    // One scratch list reused across sentences (copied out below), so it does not regrow every sentence.
    const f = this.scratch;
    f.length = 0;
    const lenBucket = n <= 2 ? n : n <= 5 ? 5 : 9;
    const topic = ctx.topic;
    const num = ctx.numeric[s] ?? 0;
    const isNum = (t: WordInfo) => {
      const k = t.lower.charCodeAt(0);
      return k >= 48 && k <= 57;
    };
    for (let i = 0; i < n; i++) {
      const x = infos[i]!;
      const prev = at(i - 1);
      const next = at(i + 1);
      f.push(T.bias, mix3(T.shm1sh, prev.shape, x.shape), mix3(T.shshp1, x.shape, next.shape));
      f.push(mix3(T.bim1, prev.lw, x.lw), mix3(T.bip1, x.lw, next.lw), mix(T.sentLen, lenBucket));
      if (i === 0) f.push(mix(T.first, x.shape), mix(T.firstlw, x.lw));
      if (head) f.push(mix(T.head, x.sshape), mix(T.headlw, x.lw));
      const pb = pbits[i]!;
      if (pb !== 0) for (let b = 0; b < N_GAZ; b++) if (pb & (1 << b)) f.push(mix3(begin[i] ? T.gazB : T.gazI, b, 0));
      // Document evidence: a capitalized word that also occurs in lowercase is likely a common word;
      // a word in a capitals headline that occurs title-cased in the body is likely a name.
      if (x.initCap) {
        if (ctx.seenLower.has(x.lower)) f.push(mix(T.docLower, head ? 1 : x.allCaps ? 2 : 0));
        const cased = ctx.seenCapNonInitial.get(x.lower);
        if (cased !== undefined) {
          f.push(mix(T.docCapNonInit, head ? 1 : 0));
          if (head || x.allCaps) f.push(mix(T.dcw, fnv1a(cased)));
        }
      }
      // Capitalized run membership: names come in runs of capitalized words; the run's last word is a
      // strong type cue ("Budapest Stock Exchange", "Boatmen 's Bancshares Inc.").
      if (x.initCap && !head) {
        f.push(mix(T.capSeq, (prev.initCap && i > 0 ? 1 : 0) + (next.initCap && i + 1 < n ? 2 : 0) + (i === 0 ? 4 : 0)));
        let a = i;
        while (a > 0 && (infos[a - 1]!.initCap || (infos[a - 1]!.lower === 'of' && a > 1 && infos[a - 2]!.initCap))) a--;
        let b = i;
        while (b + 1 < n && (infos[b + 1]!.initCap || (infos[b + 1]!.lower === 'of' && b + 2 < n && infos[b + 2]!.initCap))) b++;
        if (b > i) f.push(mix(T.runLast, infos[b]!.lw));
        if (a < i) f.push(mix(T.runFirst, infos[a]!.lw));
        // Document topic and line shape: in sports results a city is a team ("Leeds 2 Norwich 1"), in a
        // business report an unknown capitalized word is more often a company than a person.
        if (topic) {
          f.push(mix3(T.topicSh, topic, x.sshape), mix3(T.topicRun, topic, (b > i ? 1 : 0) + (a < i ? 2 : 0) + (i === 0 ? 4 : 0)));
          if (x.gaz === 0) f.push(mix3(T.topicGaz, topic, 31));
          else for (let g = 0; g < N_GAZ; g++) if (x.gaz & (1 << g)) f.push(mix3(T.topicGaz, topic, g));
        }
        const nd = (isNum(next) ? 1 : 0) + (isNum(prev) ? 2 : 0);
        if (num) {
          f.push(mix3(T.numLine, num * 4 + nd, topic));
          if (num === 2) for (let g = 0; g < N_GAZ; g++) if (x.gaz & (1 << g)) f.push(mix3(T.numGaz, g, topic * 4 + nd));
        }
      } else if (x.initCap && topic) {
        f.push(mix3(T.topicSh, topic + 4, x.sshape));
      }
      // Wider context: shape trigram and word pairs around the token.
      f.push(mix3(T.shTri, mix(prev.sshape, x.sshape), next.sshape), mix3(T.ctxPair, prev.lw, next.lw));
      restStart[i + 1] = f.length;
    }
    // `new Uint32Array(array)` copies on V8's fast path; `Uint32Array.from` goes through the iterator protocol.
    return { infos, rest: new Uint32Array(f), restStart };
  }

  /** Every static feature of token `i` as one flat list (what training updates). */
  flatStatic(sf: SentenceFeatures, i: number, out: number[]): void {
    const n = sf.infos.length;
    for (let k = -2; k <= 2; k++) {
      const j = i + k;
      this.wordGroup(j < 0 ? this.leftPad : j >= n ? this.rightPad : sf.infos[j]!, k, out);
    }
    const r = sf.rest;
    for (let q = sf.restStart[i]!, end = sf.restStart[i + 1]!; q < end; q++) out.push(r[q]!);
  }

  /**
   * Features that depend on the previous tag (first order, so that Viterbi decoding is exact).
   * `tm1` = −1 at the start of a sentence.
   */
  dynamicFeatures(x: WordInfo, tm1: number, out: number[]): void {
    const h1 = this.tag(tm1);
    out.push(mix(T.tm1, h1), mix3(T.tm1lw, h1, x.lw), mix3(T.tm1sh, h1, x.sshape));
    for (let b = 0; b < N_GAZ; b++) if (x.gaz & (1 << b)) out.push(mix3(T.tm1gaz, h1, b));
  }

  /**
   * Second-pass features: the entity types the first pass gave this word elsewhere in the document
   * (`counts[type]` = occurrences tagged with that type, excluding this token) and whether those
   * occurrences were the last word of their span.
   */
  secondPassFeatures(counts: ArrayLike<number>, lastCounts: ArrayLike<number>, out: number[], own = -1): void {
    let total = 0;
    let major = 0;
    for (let t = 0; t < counts.length; t++) {
      total += counts[t]!;
      if (counts[t]! > counts[major]!) major = t;
    }
    if (total === 0) return;
    for (let t = 0; t < counts.length; t++) {
      const c = counts[t]!;
      if (c === 0) continue;
      const share = c === total ? 2 : c * 2 >= total ? 1 : 0;
      out.push(mix3(T.p1same, t, share));
      if (lastCounts[t]) out.push(mix3(T.p1sameLast, t, share));
    }
    // This token's own pass-1 class against the majority elsewhere (a lone PER among ORG mentions).
    if (own >= 0) out.push(mix3(T.p1own, own * 8 + major, total >= 3 ? 2 : total));
  }
}

export { GAZ_CLASSES };
