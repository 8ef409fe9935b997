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
import { fnv1a, mix, mix3, mixHead, mixTail } from './hash.js';
import { GAZ_CLASSES, Gazetteer, MAX_GAZ_TOKENS, N_GAZ, type TrieNode } from './gazetteer.js';

/** Per-distinct-word hashes and flags. */
export interface WordInfo {
  /** The word itself (padding: the empty string). */
  readonly word: string;
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
  /**
   * Dense id of the lowercase form within the extractor (words differing only in case share it; −1 for
   * padding). Document-level evidence is kept per lowercase id (see {@link DocContext}).
   */
  readonly lowerId: number;
  /** Bit set of {@link WF} flags: per-word facts the document context needs, computed once per word. */
  readonly flags: number;
  /** The gazetteer trie node of multi-token phrases starting with this word (null: none). */
  readonly phrase: TrieNode | null;
  /**
   * Precomputed halves of the word-pair feature hashes: `mixHead(mix(T.x, word part))` for
   * the templates where this word comes first, so a pair feature costs one {@link mixTail}.
   */
  readonly sShm1sh: number;
  readonly sShshp1: number;
  readonly sBim1: number;
  readonly sBip1: number;
  readonly sCtxPair: number;
  /** `mixHead(sshape)`: the first half of the shape trigram's inner pair. */
  readonly sTri: number;
}

/** {@link WordInfo.flags} bits. */
export const WF = {
  /** The first UTF-16 unit is a letter. */
  letter0: 1,
  /** The first character is an ASCII digit. */
  digit0: 2,
  /** The word is written in lowercase (`w === w.toLowerCase()`). */
  lowerForm: 4,
  /** The word equals its uppercase form (`w === w.toUpperCase()`; digits and punctuation too). */
  upperForm: 8,
  /** At least two UTF-16 units long. */
  len2: 16,
  /** Longer than two units and a sports keyword (document topic). */
  sports: 32,
  /** Longer than two units and a business keyword (and not a sports keyword). */
  business: 64,
} as const;

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
function padInfo(lwPart: number, shapePart: number): WordInfo {
  // Same fields in the same order as a word's (see FeatureExtractor.newWord), so both share one object shape.
  const lw = mix(PAD, lwPart);
  const shape = mix(PAD, shapePart);
  const sshape = shape;
  return {
    word: '', id: -1, w: lw, lw, shape, sshape, affixes: [], gaz: 0, initCap: false, allCaps: false, lower: '', lowerId: -1, flags: 0,
    phrase: null, sShm1sh: seedShm1sh(shape), sShshp1: seedShshp1(shape), sBim1: seedBim1(lw), sBip1: seedBip1(lw),
    sCtxPair: seedCtxPair(lw), sTri: mixHead(sshape),
  };
}

// Precomputed halves of the pair-feature hashes of a word (see WordInfo.sShm1sh).
const seedShm1sh = (shape: number) => mixHead(mix(T.shm1sh, shape));
const seedShshp1 = (shape: number) => mixHead(mix(T.shshp1, shape));
const seedBim1 = (lw: number) => mixHead(mix(T.bim1, lw));
const seedBip1 = (lw: number) => mixHead(mix(T.bip1, lw));
const seedCtxPair = (lw: number) => mixHead(mix(T.ctxPair, lw));

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

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
/** Results of {@link shapeHashes}. */
let shapeHash = 0;
let shortShapeHash = 0;

/**
 * `fnv1a(wordShape(w))` and `fnv1a(shortShape(wordShape(w)))` into {@link shapeHash} and {@link shortShapeHash},
 * computed from the character codes without building the strings (same values).
 */
function shapeHashes(w: string): void {
  let h = 0x811c9dc5;
  let hs = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k: number;
    if (c >= 65 && c <= 90) k = 88; // X
    else if (c >= 97 && c <= 122) k = 120; // x
    else if (c >= 48 && c <= 57) k = 100; // d
    else if (c < 128) k = c;
    else {
      const ch = w[i]!;
      k = UPPER_RE.test(ch) ? 88 : LOWER_RE.test(ch) ? 120 : c;
    }
    if (k === last) {
      if (++run > 4) continue;
    } else {
      last = k;
      run = 1;
      hs = Math.imul(hs ^ k, 0x01000193);
    }
    h = Math.imul(h ^ k, 0x01000193);
  }
  shapeHash = h >>> 0;
  shortShapeHash = hs >>> 0;
}

/** FNV-1a (as {@link fnv1a}) of `s.slice(from, to)`, without slicing. */
function fnv1aRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const LETTER = /\p{L}/u;
/** Letter test with an ASCII fast path (called per token). */
const isLetter = (c: string) => {
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return LETTER.test(c);
};

/**
 * Document-level evidence, gathered once per document before its features are extracted
 * ({@link FeatureExtractor.docContext}). The casing evidence is kept in the extractor, per lowercase id and
 * stamped with {@link stamp}, so it holds only until the next document's context is built: compute a
 * document's features right after its context.
 */
export interface DocContext {
  /**
   * Per sentence: 1 when it is written in capitals (CoNLL headlines, wire slugs): at least two of its tokens are
   * 2+ characters starting with a letter, and at least 70% of those are upper case.
   */
  readonly headline: Uint8Array;
  /** Document topic: 0 general, 1 sports, 2 business/markets (keyword counts). */
  readonly topic: number;
  /** Per sentence: 0 no number tokens, 1 some, 2 number-heavy (results tables, scores, prices). */
  readonly numeric: Uint8Array;
  /** Stamp of this document's casing marks in the extractor. */
  readonly stamp: number;
}

/** A document to tag: sentences of token strings. */
export interface TagDoc {
  readonly sentences: readonly (readonly string[])[];
}

/** A document's tokens as cached word infos, sentences back to back. */
export interface DocWords {
  /** Word infos of every token (`infos[bounds[s] .. bounds[s + 1])` is sentence `s`); may be longer than the document. */
  readonly infos: readonly WordInfo[];
  /** Sentence boundaries, `nSentences + 1` entries. */
  readonly bounds: Int32Array;
  readonly nSentences: number;
}

/** Where feature hashes are written: a plain array (training) or a {@link FeatureBuffer} (tagging). */
export interface FeatureSink {
  push(v: number): unknown;
}

/** Growable list of feature hashes (reused across sentences, so no per-sentence array is built). */
export class FeatureBuffer {
  data: Uint32Array = new Uint32Array(4096);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }

  /** Makes room for `n` entries in all (keeping the first {@link length}); returns the new array. */
  grow(n: number): Uint32Array {
    if (n > this.data.length) {
      let len = this.data.length * 2;
      while (len < n) len *= 2;
      const bigger = new Uint32Array(len);
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
    }
    return this.data;
  }
}

/**
 * Upper bound of the remaining static features of one token (see {@link FeatureExtractor.restFeatures}):
 * 8 always (with the sentence constants), 2 first-token, 2 headline, 15 gazetteer phrase classes, 3 document
 * casing, 3 capitalized run, 17 topic, 16 number line (66).
 */
const MAX_REST_PER_TOKEN = 72;

/** Sentence length bucket of the `sentLen` feature. */
function sentLenBucket(n: number): number {
  return n <= 2 ? n : n <= 5 ? 5 : 9;
}

/** Words cached before the cache is reset (bounds memory on long batch runs). */
const MAX_CACHED_WORDS = 500_000;

/*
 * Initial sizes of the extractor's tables and buffers, for a batch of news stories (924 PolNeAR stories: 33,135
 * distinct words, 28,902 lowercase forms, up to 377 sentences a story and 220 tokens a sentence), so that a typical
 * run never grows them: a growth is a branch the optimised code has not taken yet (a deopt, then a recompile) and a
 * reassigned field. They still grow past these sizes (see the tagger's INITIAL_WORDS).
 */
/** Lowercase ids (casing marks). The word table has twice as many slots (kept at most half full). */
const INITIAL_WORDS = 1 << 16;
/** Sentences of a document, and tokens of a sentence. */
const INITIAL_SENTENCES = 1 << 12;
const INITIAL_SENTENCE_TOKENS = 1 << 12;

/** Extracts features; holds the word cache (reuse one instance per model). */
export class FeatureExtractor {
  /**
   * The word cache: an open-addressing table of word ids (−1: empty) hashed by the word's FNV-1a hash
   * ({@link WordInfo.w}, which a new word needs anyway), over {@link byId}. A `Map<string, WordInfo>` had to
   * hash every token string (fresh strings from the tokenizer) in the runtime; hashing in JS is faster.
   */
  private slots = new Int32Array(2 * INITIAL_WORDS).fill(-1);
  private readonly byId: WordInfo[] = [];
  /** Lowercase form → dense id ({@link WordInfo.lowerId}); cleared with the word cache. */
  private readonly lowerIds = new Map<string, number>();
  private readonly tagHash: number[];
  /** Per lowercase id: stamp of the last document that wrote it in lowercase (`docLower` evidence). */
  private lowerMark = new Int32Array(INITIAL_WORDS);
  /** Per lowercase id: stamp of the last document that wrote it capitalized in a non-initial body position. */
  private capMark = new Int32Array(INITIAL_WORDS);
  /** Per lowercase id: the first such capitalized form in that document (`dcw` feature). */
  private readonly capForm: (WordInfo | null)[] = new Array<WordInfo | null>(INITIAL_WORDS).fill(null);
  private stamp = 0;
  /** Reused buffers of {@link docContext} (a context holds until the next one is built). */
  private headlineBuf = new Uint8Array(INITIAL_SENTENCES);
  private numericBuf = new Uint8Array(INITIAL_SENTENCES);
  /** Reused buffers of {@link docWords} and {@link sentenceFeatures}. */
  private infoBuf: WordInfo[] = [];
  private boundsBuf = new Int32Array(INITIAL_SENTENCES);
  private readonly scratch = new FeatureBuffer();
  /** Incremented whenever the word cache is cleared (word ids are reused). */
  epoch = 0;
  /** True while {@link docWords} collects a document's words (the cache is not cleared then). */
  private collecting = false;

  constructor(readonly gazetteer: Gazetteer, readonly nTags: number) {
    this.tagHash = Array.from({ length: nTags + 2 }, (_, i) => fnv1a(`tag${i}`));
  }

  /** Hash of a tag index; -1 (before the sentence) and -2 map to dedicated values. */
  tag(t: number): number {
    return this.tagHash[t < 0 ? this.nTags - t - 1 : t]!;
  }

  /**
   * Makes room for `n` new words: clears the cache (bumping {@link epoch}) if they might not fit, so that it
   * is never cleared in the middle of a document (word and lowercase ids stay valid for the whole document).
   */
  reserve(n: number): void {
    if (this.byId.length + n > MAX_CACHED_WORDS) this.clearCache();
  }

  private clearCache(): void {
    this.slots.fill(-1);
    this.byId.length = 0;
    this.lowerIds.clear();
    this.epoch++;
  }

  /** Number of lowercase ids handed out since the cache was last cleared (ids are below it). */
  lowerCount(): number {
    return this.lowerIds.size;
  }

  /** Cached word information. */
  word(w: string): WordInfo {
    const h = fnv1a(w);
    const slots = this.slots;
    const mask = slots.length - 1;
    // The step is added on every probe, the first too (step 0): a collision is rare in the first stories, and an
    // addition that had never run when the tagger was optimised threw its compiled code away at the first one.
    for (let s = (h ^ (h >>> 16)) & mask, step = 0; ; step = 1) {
      s = (s + step) & mask;
      const id = slots[s]!;
      if (id < 0) return this.newWord(w, h);
      const info = this.byId[id]!;
      if (info.w === h && info.word === w) return info;
    }
  }

  /** Computes and caches the information of a word not in the cache (`h` = fnv1a(w)). */
  private newWord(w: string, h: number): WordInfo {
    const lower = w.toLowerCase();
    shapeHashes(w);
    const affixes: number[] = [];
    const len = lower.length;
    for (let k = 1; k <= 4; k++) {
      if (len > k) {
        affixes.push(mix3(T.affix, k, fnv1aRange(lower, 0, k)));
        affixes.push(mix3(T.affix, k + 8, fnv1aRange(lower, len - k, len)));
      }
    }
    const first = w[0] ?? '';
    // The cache is bounded so that a long batch run does not grow memory without limit (see also reserve()).
    if (this.byId.length >= MAX_CACHED_WORDS && !this.collecting) this.clearCache();
    let lowerId = this.lowerIds.get(lower);
    if (lowerId === undefined) this.lowerIds.set(lower, (lowerId = this.lowerIds.size));
    const upper = w.toUpperCase();
    const c0 = w.charCodeAt(0);
    let flags = 0;
    if (first !== '' && isLetter(first)) flags |= WF.letter0;
    if (c0 >= 48 && c0 <= 57) flags |= WF.digit0;
    if (w === lower) flags |= WF.lowerForm;
    if (w === upper) flags |= WF.upperForm;
    if (w.length >= 2) flags |= WF.len2;
    if (w.length > 2) {
      if (SPORTS_WORDS.has(lower)) flags |= WF.sports;
      else if (BUSINESS_WORDS.has(lower)) flags |= WF.business;
    }
    const lw = fnv1a(lower);
    const shape = shapeHash;
    const sshape = shortShapeHash;
    const info: WordInfo = {
      word: w,
      id: this.byId.length,
      w: h, lw, shape, sshape, affixes,
      gaz: this.gazetteer.bits(lower),
      initCap: first !== first.toLowerCase(),
      allCaps: w === upper && w !== lower,
      lower,
      lowerId,
      flags,
      phrase: this.gazetteer.phraseStart(lower),
      sShm1sh: seedShm1sh(shape),
      sShshp1: seedShshp1(shape),
      sBim1: seedBim1(lw),
      sBip1: seedBip1(lw),
      sCtxPair: seedCtxPair(lw),
      sTri: mixHead(sshape),
    };
    this.byId.push(info);
    if (this.byId.length * 2 > this.slots.length) {
      // Keep the table at most half full.
      const slots = new Int32Array(this.slots.length * 2).fill(-1);
      const mask = slots.length - 1;
      for (const x of this.byId) {
        let s = (x.w ^ (x.w >>> 16)) & mask;
        while (slots[s]! >= 0) s = (s + 1) & mask;
        slots[s] = x.id;
      }
      this.slots = slots;
    } else {
      const mask = this.slots.length - 1;
      let s = (h ^ (h >>> 16)) & mask;
      while (this.slots[s]! >= 0) s = (s + 1) & mask;
      this.slots[s] = info.id;
    }
    return info;
  }

  /**
   * The word infos of a document's tokens (in a buffer reused by the next call). The word cache is never
   * cleared while they are collected, so their ids are distinct for distinct words.
   */
  docWords(doc: TagDoc): DocWords {
    const sentences = doc.sentences;
    const nS = sentences.length;
    let total = 0;
    for (let s = 0; s < nS; s++) total += sentences[s]!.length;
    this.reserve(total);
    if (this.boundsBuf.length < nS + 1) this.boundsBuf = new Int32Array(2 * (nS + 1));
    const bounds = this.boundsBuf;
    const infos = this.infoBuf;
    let q = 0;
    // Never cleared while a document's words are collected (a document of more distinct words than the cache
    // holds lets it grow until the next document).
    this.collecting = true;
    try {
      for (let s = 0; s < nS; s++) {
        bounds[s] = q;
        const toks = sentences[s]!;
        for (let i = 0; i < toks.length; i++) infos[q++] = this.word(toks[i]!);
      }
    } finally {
      this.collecting = false;
    }
    bounds[nS] = q;
    return { infos, bounds, nSentences: nS };
  }

  /**
   * Collects a document's evidence: headlines, topic, number-heavy lines and the casing marks (a word also
   * written in lowercase is likely a common word; a headline word written title-cased in the body is likely
   * a name). Invalidates the casing marks of the previous document.
   */
  docContext(words: DocWords): DocContext {
    const { infos, bounds, nSentences: nS } = words;
    const stamp = ++this.stamp;
    const nLower = this.lowerIds.size;
    if (this.lowerMark.length < nLower) {
      const len = Math.max(2 * this.lowerMark.length, nLower);
      const lm = new Int32Array(len);
      lm.set(this.lowerMark);
      this.lowerMark = lm;
      const cm = new Int32Array(len);
      cm.set(this.capMark);
      this.capMark = cm;
      while (this.capForm.length < len) this.capForm.push(null);
    }
    const { lowerMark, capMark, capForm } = this;
    if (this.headlineBuf.length < nS) {
      this.headlineBuf = new Uint8Array(2 * nS);
      this.numericBuf = new Uint8Array(2 * nS);
    }
    const headline = this.headlineBuf;
    const numeric = this.numericBuf;
    let sports = 0;
    let business = 0;
    for (let s = 0; s < nS; s++) {
      const from = bounds[s]!;
      const to = bounds[s + 1]!;
      // The headline test of DocContext.headline, over the cached flags.
      let caps = 0;
      let alpha = 0;
      let nums = 0;
      for (let q = from; q < to; q++) {
        const f = infos[q]!.flags;
        if (f & WF.digit0) nums++;
        if ((f & (WF.len2 | WF.letter0)) !== (WF.len2 | WF.letter0)) continue;
        alpha++;
        if ((f & (WF.upperForm | WF.lowerForm)) === WF.upperForm) caps++;
      }
      const head = alpha >= 2 && caps / alpha >= 0.7;
      headline[s] = head ? 1 : 0;
      const len = to - from;
      numeric[s] = nums === 0 ? 0 : nums * 4 >= len && len >= 3 ? 2 : 1;
      for (let q = from; q < to; q++) {
        const x = infos[q]!;
        const f = x.flags;
        if (f & WF.sports) sports++;
        else if (f & WF.business) business++;
        if ((f & WF.letter0) === 0) continue;
        const id = x.lowerId;
        if (f & WF.lowerForm) lowerMark[id] = stamp;
        else if (!head && q > from && (f & WF.upperForm) === 0 && capMark[id] !== stamp) {
          capMark[id] = stamp;
          capForm[id] = x;
        }
      }
    }
    const topic = sports >= 3 && sports > business ? 1 : business >= 3 && business > sports ? 2 : 0;
    return { headline, topic, numeric, stamp };
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
   * They are the word's own identity features ({@link wordGroupOwn}) and the part it shares with every word
   * of the same shapes and gazetteer classes ({@link wordGroupShared}).
   */
  wordGroup(x: WordInfo, k: number, out: FeatureSink): void {
    this.wordGroupOwn(x, k, out);
    this.wordGroupShared(x, k, out);
  }

  /**
   * The word-identity half of {@link wordGroup}: `w`, `lw` and the affixes at 0, `lw` at a neighbour offset.
   * Most words are rare and their identity features were pruned, so a tagger can share the other half's weights
   * between words.
   */
  wordGroupOwn(x: WordInfo, k: number, out: FeatureSink): void {
    if (k === 0) {
      out.push(mix(T.w, x.w));
      out.push(mix(T.lw, x.lw));
      for (let q = 0; q < x.affixes.length; q++) out.push(x.affixes[q]!);
      return;
    }
    out.push(mix(k === -2 ? T.lwm2 : k === -1 ? T.lwm1 : k === 1 ? T.lwp1 : T.lwp2, x.lw));
  }

  /**
   * The shape and gazetteer half of {@link wordGroup} at `k`: the same for every word with the same
   * {@link sharedKey} (none at ±2).
   */
  wordGroupShared(x: WordInfo, k: number, out: FeatureSink): void {
    if (k === 0) {
      out.push(mix(T.shape, x.shape));
      out.push(mix(T.sshape, x.sshape));
      for (let b = 0; b < N_GAZ; b++) if (x.gaz & (1 << b)) out.push(mix(T.gaz, b));
      return;
    }
    if (k === -2 || k === 2) return;
    out.push(mix(k === -1 ? T.shm1 : T.shp1, x.shape));
    const g = k === -1 ? T.gazm1 : T.gazp1;
    for (let b = 0; b < N_GAZ; b++) if (x.gaz & (1 << b)) out.push(mix(g, b));
  }

  /**
   * Words with the same key have the same {@link wordGroupShared} features at `k` ≠ 0 (an exact key: the shape hash
   * and the gazetteer bits, which are below 2^15, as one number below 2^47; the offset `k` is the caller's). At
   * `k` = 0 the features also read the short shape: words with the same key and the same {@link WordInfo.sshape}
   * have the same features there. A number rather than a string: every new word asked for five keys, and building
   * them (number-to-string conversions) and hashing them in the caller's maps was a visible share of a cold run.
   */
  sharedKey(x: WordInfo, k: number): number {
    return k === -2 || k === 2 ? 0 : x.shape * 32768 + x.gaz;
  }

  /** The word-identity half of {@link dynamicFeatures} (as {@link wordGroupOwn}): `lw` after `tm1`. */
  dynamicOwn(x: WordInfo, tm1: number, out: FeatureSink): void {
    out.push(mix3(T.tm1lw, this.tag(tm1), x.lw));
  }

  /** The other half of {@link dynamicFeatures}: the same for every word with the same {@link dynamicKey}. */
  dynamicShared(x: WordInfo, tm1: number, out: FeatureSink): void {
    const h1 = this.tag(tm1);
    out.push(mix(T.tm1, h1));
    out.push(mix3(T.tm1sh, h1, x.sshape));
    for (let b = 0; b < N_GAZ; b++) if (x.gaz & (1 << b)) out.push(mix3(T.tm1gaz, h1, b));
  }

  /** Words with the same key have the same {@link dynamicShared} features (exact, a number as {@link sharedKey}). */
  dynamicKey(x: WordInfo): number {
    return x.sshape * 32768 + x.gaz;
  }

  /**
   * Static features of one sentence (`words.infos[from .. from + n)`, sentence `s` of the document), written
   * to `out`: the remaining static features of token `i` (pairs, sentence and document context, beyond the
   * word groups) at `out.data[starts[i] .. starts[i + 1])`. `ctx` must be the document's latest context.
   * Training and tagging both extract features here, so they see exactly the same features. With `constants`
   * false, the features that every token of the sentence has ({@link sentenceConstants}) are left out, for a
   * caller that scores them once per sentence.
   */
  restFeatures(infos: readonly WordInfo[], from: number, n: number, ctx: DocContext, s: number, out: FeatureBuffer, starts: Uint32Array,
    constants = true): void {
    this.phrases(infos, from, n);
    const pbits = this.phraseBits;
    const begin = this.phraseBegin;
    const head = ctx.headline[s] === 1;
    const { lowerMark, capMark, capForm } = this;
    const stamp = ctx.stamp;
    const leftPad = this.leftPad;
    const rightPad = this.rightPad;
    // Features go straight into the buffer's array (capacity ensured per token: at most MAX_REST_PER_TOKEN),
    // so no hash value is ever boxed on the way.
    let data = out.data;
    let len = out.length;
    starts[0] = len;
    const lenBucket = sentLenBucket(n);
    const topic = ctx.topic;
    const num = ctx.numeric[s] ?? 0;
    for (let i = 0; i < n; i++) {
      if (len + MAX_REST_PER_TOKEN > data.length) {
        out.length = len;
        data = out.grow(len + MAX_REST_PER_TOKEN);
      }
      const x = infos[from + i]!;
      const prev = i > 0 ? infos[from + i - 1]! : leftPad;
      const next = i + 1 < n ? infos[from + i + 1]! : rightPad;
      if (constants) data[len++] = T.bias;
      // mix3(T.shm1sh, prev.shape, x.shape) etc., from the words' precomputed halves.
      data[len++] = mixTail(prev.sShm1sh, x.shape);
      data[len++] = mixTail(x.sShshp1, next.shape);
      data[len++] = mixTail(prev.sBim1, x.lw);
      data[len++] = mixTail(x.sBip1, next.lw);
      if (constants) data[len++] = mix(T.sentLen, lenBucket);
      if (i === 0) {
        data[len++] = mix(T.first, x.shape);
        data[len++] = mix(T.firstlw, x.lw);
      }
      if (head) {
        data[len++] = mix(T.head, x.sshape);
        data[len++] = mix(T.headlw, x.lw);
      }
      const pb = pbits[i]!;
      if (pb !== 0) for (let b = 0; b < N_GAZ; b++) if (pb & (1 << b)) data[len++] = mix3(begin[i] ? T.gazB : T.gazI, b, 0);
      // Document evidence: a capitalized word that also occurs in lowercase is likely a common word;
      // a word in a capitals headline that occurs title-cased in the body is likely a name.
      if (x.initCap) {
        const id = x.lowerId;
        if (lowerMark[id] === stamp) data[len++] = mix(T.docLower, head ? 1 : x.allCaps ? 2 : 0);
        if (capMark[id] === stamp) {
          data[len++] = mix(T.docCapNonInit, head ? 1 : 0);
          if (head || x.allCaps) data[len++] = mix(T.dcw, capForm[id]!.w);
        }
      }
      // Capitalized run membership: names come in runs of capitalized words; the run's last word is a
      // strong type cue ("Budapest Stock Exchange", "Boatmen 's Bancshares Inc.").
      if (x.initCap && !head) {
        data[len++] = mix(T.capSeq, (prev.initCap && i > 0 ? 1 : 0) + (next.initCap && i + 1 < n ? 2 : 0) + (i === 0 ? 4 : 0));
        let a = i;
        while (a > 0 && (infos[from + a - 1]!.initCap || (infos[from + a - 1]!.lower === 'of' && a > 1 && infos[from + a - 2]!.initCap))) a--;
        let b = i;
        while (b + 1 < n && (infos[from + b + 1]!.initCap || (infos[from + b + 1]!.lower === 'of' && b + 2 < n && infos[from + b + 2]!.initCap))) b++;
        if (b > i) data[len++] = mix(T.runLast, infos[from + b]!.lw);
        if (a < i) data[len++] = mix(T.runFirst, infos[from + a]!.lw);
        // Document topic and line shape: in sports results a city is a team ("Leeds 2 Norwich 1"), in a
        // business report an unknown capitalized word is more often a company than a person.
        if (topic) {
          data[len++] = mix3(T.topicSh, topic, x.sshape);
          data[len++] = mix3(T.topicRun, topic, (b > i ? 1 : 0) + (a < i ? 2 : 0) + (i === 0 ? 4 : 0));
          if (x.gaz === 0) data[len++] = mix3(T.topicGaz, topic, 31);
          else for (let g = 0; g < N_GAZ; g++) if (x.gaz & (1 << g)) data[len++] = mix3(T.topicGaz, topic, g);
        }
        const nd = ((next.flags & WF.digit0) !== 0 ? 1 : 0) + ((prev.flags & WF.digit0) !== 0 ? 2 : 0);
        if (num) {
          data[len++] = mix3(T.numLine, num * 4 + nd, topic);
          if (num === 2) for (let g = 0; g < N_GAZ; g++) if (x.gaz & (1 << g)) data[len++] = mix3(T.numGaz, g, topic * 4 + nd);
        }
      } else if (x.initCap && topic) {
        data[len++] = mix3(T.topicSh, topic + 4, x.sshape);
      }
      // Wider context: shape trigram and word pairs around the token.
      data[len++] = mix3(T.shTri, mixTail(prev.sTri, x.sshape), next.sshape);
      data[len++] = mixTail(prev.sCtxPair, next.lw);
      starts[i + 1] = len;
    }
    out.length = len;
  }

  /** The static features every token of an `n`-token sentence has: the bias and the sentence length bucket. */
  sentenceConstants(n: number, out: FeatureSink): void {
    out.push(T.bias);
    out.push(mix(T.sentLen, sentLenBucket(n)));
  }

  /**
   * Longest-match phrase annotation of `infos[from .. from + n)`: for each token, the class bits of the longest
   * multi-token gazetteer phrase covering it and whether it begins that phrase, with the first-token trie lookups
   * cached per word ({@link Gazetteer.phraseStart}). Single tokens are handled separately (word features) so that
   * `Kim` (a first name) does not hide `Kim Il Sung` patterns. Results in {@link phraseBits} and
   * {@link phraseBegin} (until the next call).
   */
  private phrases(infos: readonly WordInfo[], from: number, n: number): void {
    if (this.phraseBits.length < n) {
      this.phraseBits = new Int32Array(2 * n);
      this.phraseBegin = new Uint8Array(2 * n);
    }
    const bits = this.phraseBits;
    const begin = this.phraseBegin;
    bits.fill(0, 0, n);
    begin.fill(0, 0, n);
    let i = 0;
    while (i < n) {
      let node: TrieNode | null | undefined = infos[from + i]!.phrase;
      let matched = 0;
      let b = 0;
      for (let len = 2; node && len <= Math.min(MAX_GAZ_TOKENS, n - i); len++) {
        node = node.next.get(infos[from + i + len - 1]!.lower);
        if (node && node.bits) {
          matched = len;
          b = node.bits;
        }
      }
      if (matched) {
        for (let k = i; k < i + matched; k++) bits[k] = b;
        begin[i] = 1;
      }
      i += matched || 1;
    }
  }

  private phraseBits = new Int32Array(INITIAL_SENTENCE_TOKENS);
  private phraseBegin = new Uint8Array(INITIAL_SENTENCE_TOKENS);

  /**
   * Static features of one sentence as a standalone {@link SentenceFeatures} (what training keeps per
   * sentence): the word infos (word-group features are derived from them) and the rest (see {@link restFeatures}).
   */
  sentenceFeatures(words: DocWords, ctx: DocContext, s: number): SentenceFeatures {
    const from = words.bounds[s]!;
    const n = words.bounds[s + 1]! - from;
    const f = this.scratch;
    f.length = 0;
    const restStart = new Uint32Array(n + 1);
    this.restFeatures(words.infos, from, n, ctx, s, f, restStart);
    return { infos: words.infos.slice(from, from + n), rest: f.data.slice(0, f.length), restStart };
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
   * Features that depend on the previous tag (first order, so that Viterbi decoding is exact): the word's
   * own ({@link dynamicOwn}) and the shared ones ({@link dynamicShared}). `tm1` = −1 at the start of a sentence.
   */
  dynamicFeatures(x: WordInfo, tm1: number, out: FeatureSink): void {
    this.dynamicOwn(x, tm1, out);
    this.dynamicShared(x, tm1, out);
  }

  /**
   * Second-pass features: the entity types the first pass gave this word elsewhere in the document
   * (`counts[type]` = occurrences tagged with that type, excluding this token) and whether those
   * occurrences were the last word of their span.
   */
  secondPassFeatures(counts: ArrayLike<number>, lastCounts: ArrayLike<number>, out: FeatureSink, own = -1): void {
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
