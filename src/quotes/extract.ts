/**
 * Candidate finding (spaCy's `match` half): walks the cue tokens of a document and, for each, tries the
 * claim patterns in order. Output is token ranges only; turning them into `Quote` objects, resolving
 * speakers and reporting is done elsewhere (build.ts), so each half can be tested alone.
 */
import type { CompiledLexicon, CueEntry } from './lexicon.js';
import { cueLemma } from './cue-lemma.js';
import { cueEntry } from './lexicon.js';
import type { PatternId } from './patterns.js';
import { accordingSpeaker, CUE_ADVERBS, isCap, NP_STOP, skipTimeLeft, speakerLeft, speakerRight, type TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** A claim found in the text, before annotation. */
export interface Candidate {
  pattern: PatternId;
  cue: TokRange | null;
  cueEntry: CueEntry | null;
  speaker: TokRange | null;
  /** Content pieces in text order (one for contiguous content). */
  content: TokRange[];
  /** Cue score from the lexicon prior or the learned model. */
  score: number;
  /** Speaker span a rule claim with the same cue proposed (set when merging with the tagger). */
  ruleSpeaker?: TokRange | null;
}

/**
 * `c` with another speaker, content and rule speaker, built by the same object literal as every finder's claim
 * (keys in the interface's order; `ruleSpeaker` only when set, as a spread copy carried it): a spread copy
 * (`{ ...c, speaker }`) gets a hidden class of its own, and the passes that read every claim went polymorphic
 * and had their compiled code thrown away on each new one.
 */
export function withParts(c: Candidate, speaker: TokRange | null, content: TokRange[], ruleSpeaker: TokRange | null | undefined = c.ruleSpeaker): Candidate {
  const { pattern, cue, cueEntry, score } = c;
  return ruleSpeaker === undefined ? { pattern, cue, cueEntry, speaker, content, score } : { pattern, cue, cueEntry, speaker, content, score, ruleSpeaker };
}

/** Scores a cue occurrence; returns a value in 0..1. */
export type CueScorer = (v: View, i: number, entry: CueEntry) => number;

/** Options of the finder. */
export interface FindOptions {
  /** Minimum cue score. */
  threshold: number;
  /**
   * A fully quoted paragraph after an attributed one: `claim` emits it as a claim of the same speaker,
   * `merge` appends it as a further fragment of the previous claim (PolNeAR's convention), `off` ignores it.
   */
  floating: 'claim' | 'merge' | 'off';
}

const SENT_END = /^[.?!]+$/;
const isPunct = (v: View, i: number) => v.tokens[i]!.kind === 'punct';
const isComma = (v: View, i: number) => v.tokens[i]?.text === ',';
const isDash = (v: View, i: number) => /^(—|–|--|-)$/.test(v.tokens[i]?.text ?? '');

/** Sentence token range of token i. */
export function sentRange(v: View, i: number): TokRange {
  const s = v.sentences[v.sentOf[i]!];
  return s ? { a: s.tokenStart, b: Math.min(s.tokenEnd, v.tokens.length) } : { a: i, b: i + 1 };
}

/** Paragraph index of token `i` (-1 outside any sentence). */
export const paraOf = (v: View, i: number) => v.sentences[v.sentOf[i]!]?.paragraph ?? -1;

/** Trims punctuation (outside quotes) from both ends of a content range. */
export function trimContent(v: View, r: TokRange): TokRange {
  const a = trimmedStart(v, r.a, r.b);
  return { a, b: trimmedEnd(v, a, r.b) };
}

/**
 * Start of {@link trimContent} of `{ a, b }`: punctuation and quotation marks that open no quotation are skipped.
 * It stops at the first other token whatever `b`, so one call with the largest `b` serves every shorter end.
 */
export function trimmedStart(v: View, a: number, b: number): number {
  while (a < b && (isPunct(v, a) || (v.tokens[a]!.kind === 'quote' && v.regionOf[a] === -1))) a++;
  return a;
}

/** End of {@link trimContent} of a range whose trimmed start is `a`: punctuation and marks outside quotations are dropped. */
export function trimmedEnd(v: View, a: number, b: number): number {
  while (b > a && v.regionOf[b - 1] === -1 && (isPunct(v, b - 1) || v.tokens[b - 1]!.kind === 'quote')) b--;
  return b;
}

/** Left edge of the cue: skips adverbs/auxiliaries and time phrases between subject and cue. */
export function subjectEnd(v: View, k: number, lo: number): number {
  let e = k;
  for (let guard = 0; guard < 6 && e - 1 >= lo; guard++) {
    const w = v.lower[e - 1]!;
    if (CUE_ADVERBS.has(w)) { e--; continue; }
    const t = skipTimeLeft(v, e - 1, lo);
    // `A court document filed Thursday says`: a time phrase after a participle belongs to the subject NP.
    if (t !== e - 1 && t >= lo && /^[a-z]+(ed|en|ing)$/.test(v.tokens[t]!.text) && !CUE_ADVERBS.has(v.lower[t]!)) break;
    if (t !== e - 1) { e = t + 1; continue; }
    break;
  }
  return e;
}

/** The subject NP the rule finder reads left of a cue at token `k` (within {@link leftLimit}), or null. */
export function subjectLeft(v: View, k: number): TokRange | null {
  const lo = leftLimit(v, k);
  return speakerLeft(v, subjectEnd(v, k, lo), lo);
}

/** Lowest token index a left speaker may reach: sentence start, but not into a quote region. */
export function leftLimit(v: View, k: number): number {
  const { a } = sentRange(v, k);
  let lo = a;
  for (let j = k - 1; j >= a; j--) if (v.regionOf[j] !== -1) { lo = j + 1; break; }
  return lo;
}

/** First words of a phrase that may stand between a cue and its `that` clause. */
const PRE_THAT = /^(in|on|at|during|after|before|following|per|to|for|with|from|over|since|late|early|last|this|earlier|later|recently|repeatedly|again|privately|publicly|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;
/** Words that show the `that` further on belongs to another clause (`said the bill that passed …`, `said he thinks that`). */
const NOT_BEFORE_THAT = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'said', 'says', 'he', 'she', 'they', 'it', 'we', 'i', 'who', 'which', 'what', 'when', 'if', 'because', 'and', 'but', 'or', 'so', 'not']);

/** Skips what may stand between a cue and its content: recipient, time and venue phrases, `that` excluded. */
function contentStart(v: View, after: number, hi: number, entry: CueEntry): number {
  let i = after;
  // Recipient of `told`, `asked`, `informed`: a short NP.
  if (entry.frame === 'object' && i < hi && v.regionOf[i] === -1) {
    const w = v.lower[i]!;
    if (/^(him|her|them|me|us|you|reporters|journalists|supporters|voters|listeners|viewers|the|a|an|his|her|their|[A-Z])/.test(w) || /^[A-Z]/.test(v.tokens[i]!.text)) {
      let j = i;
      const lim = Math.min(hi, i + 7);
      while (j < lim && v.tokens[j]!.kind !== 'punct' && v.tokens[j]!.kind !== 'quote' && v.lower[j] !== 'that' && v.regionOf[j] === -1) {
        if (j > i && !/^[A-Z]/.test(v.tokens[j]!.text) && !/^(reporters|journalists|supporters|voters|crowd|audience|times|post|news)$/.test(v.lower[j]!)) break;
        j++;
      }
      if (j === i) j = i + 1;
      i = j;
    }
  }
  // Venue, time or manner phrase before `that`: `said in an interview that`, `said Tuesday that`,
  // `said, per a translator, that`; for `told`-like cues any short recipient phrase (`told party donors Friday that`).
  const from = entry.frame === 'object' ? after : i;
  const opener = PRE_THAT.test(v.lower[from] ?? '') || v.tokens[from]?.text === ',' || entry.frame === 'object';
  for (let j = from; opener && j < Math.min(hi, from + 14); j++) {
    if (v.lower[j] === 'that' && j > from) { i = j; break; }
    if ((v.tokens[j]!.kind === 'punct' && v.tokens[j]!.text !== ',') || v.regionOf[j] !== -1 || NOT_BEFORE_THAT.has(v.lower[j]!)) break;
  }
  if (i < hi && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(v.lower[i]!)) i++;
  while (i < hi && (v.tokens[i]!.text === ',' || v.tokens[i]!.text === ':')) i++;
  return i;
}

/** End of the content that starts at `a` in the sentence ending at `hi`: extends over a quote region that runs past the sentence. */
function contentEnd(v: View, a: number, hi: number): number {
  let b = hi;
  const last = v.regionOf[b - 1] ?? -1;
  if (last !== -1) b = Math.max(b, v.regions[last]!.closeToken + 1);
  // A region opened inside the content but closed in a later sentence.
  for (let j = a; j < hi; j++) {
    const r = v.regionOf[j]!;
    if (r !== -1) { b = Math.max(b, v.regions[r]!.closeToken + 1); j = v.regions[r]!.closeToken; }
  }
  return b;
}

function regionRange(v: View, ri: number): TokRange {
  const r = v.regions[ri]!;
  return { a: r.openToken, b: r.closeToken + 1 };
}

/** Words that open a trailing clause after a quoted phrase: the claim ends with the quotation (`“about right,” though …`). */
const AFTER_QUOTE_BREAK = new Set(['though', 'although', 'whereas', 'while', 'as']);

/**
 * Ends a reported content where the reporter's own words take over (PolNeAR leaves them out):
 * after a quoted phrase closed with a comma inside the marks (`things “should be done by May,” referring to …`)
 * or followed by a concessive/temporal conjunction, and before a trailing participle clause (`…, adding that …`).
 */
export function cutTrailing(v: View, r: TokRange): TokRange {
  for (let j = r.a; j < r.b - 1; j++) {
    const ri = v.regionOf[j]!;
    if (ri === -1) {
      // `, adding that …`, `, saying …`: a second predicate of the speaker, not part of the claim.
      if (j > r.a + 2 && isComma(v, j) && /^[a-z]+ing$/.test(v.tokens[j + 1]!.text) && !/^(including|according|following|regarding|concerning|being|nothing|something|anything|everything)$/.test(v.lower[j + 1]!)) return { a: r.a, b: j };
      continue;
    }
    const R = v.regions[ri]!;
    if (R.openToken === r.a && R.closeToken >= r.b - 2) return r; // the whole content is one quotation
    const close = R.closeToken;
    if (close >= r.b - 1) return r;
    const commaInside = isComma(v, close - 1);
    const next = v.lower[close + 1]!;
    if (close > r.a && (commaInside && next !== 'and' && next !== 'or' && next !== 'but' && !isPunct(v, close + 1) || AFTER_QUOTE_BREAK.has(next))) return { a: r.a, b: close + 1 };
    j = close;
  }
  return r;
}

/** `"...," he said` / `"...," said Lavrov`, with an optional second fragment (split quote). */
function quoteBefore(v: View, k: number, cueEnd: number, entry: CueEntry): Candidate | null {
  const { a: sa, b: sb } = sentRange(v, k);
  // Find the region whose closing mark is followed by punctuation and at most a short NP before the cue.
  let j = k - 1;
  while (j >= 0 && v.regionOf[j] === -1 && k - j <= 16 && !SENT_END.test(v.tokens[j]!.text) && v.tokens[j]!.kind !== 'quote') j--;
  if (j < 0 || v.regionOf[j] === -1) return null;
  const ri = v.regionOf[j]!;
  const R = v.regions[ri]!;
  if (R.closeToken !== j) return null;
  if (paraOf(v, j) !== paraOf(v, k)) return null;
  let p = j + 1;
  while (p < k && (isComma(v, p) || isDash(v, p))) p++;
  let speaker: TokRange | null;
  let pattern: PatternId;
  let after = cueEnd;
  if (p === k) {
    speaker = speakerRight(v, cueEnd, Math.max(sb, cueEnd), { appositive: true });
    pattern = 'quote-cue-speaker';
    if (speaker) after = speaker.b;
  } else {
    const e = subjectEnd(v, k, p);
    speaker = speakerLeft(v, e, p);
    if (!speaker || speaker.a !== p) return null;
    pattern = 'quote-speaker-cue';
    // A quoted title in a lead-in phrase (`On Monday's episode of "Talk Time," the host said she …`): the cue has
    // its own content after it, so the title is no quotation of the speaker.
    if (capitalizedTitle(v, ri) && sentRange(v, R.openToken).a < R.openToken && cueEnd < sb && v.tokens[cueEnd]!.kind === 'word') return null;
  }
  // Mixed: words before the region in its sentence belong to the content (`The economy is "in tatters," he said.`).
  let ca = R.openToken;
  const rs = sentRange(v, R.openToken);
  if (R.paragraphs.length === 1 && rs.a < R.openToken) {
    let q = rs.a;
    while (q < R.openToken && (isPunct(v, q) || v.tokens[q]!.kind === 'quote')) q++;
    if (q < R.openToken && v.regionOf[R.openToken - 1] === -1 && !/^[:]$/.test(v.tokens[R.openToken - 1]!.text)) ca = rs.a;
  }
  const content: TokRange[] = [{ a: ca, b: R.closeToken + 1 }];
  // Split quote: `, "Y."` right after the speaker/cue.
  let n = after;
  while (n < v.tokens.length && v.lower[n] && /^(in|at|on|during)$/.test(v.lower[n]!) === false && (isComma(v, n) || v.tokens[n]!.text === ':' || isDash(v, n))) n++;
  // `"X," Trump said during a rally in Ames, Iowa, "Y."`: a short venue, time or recipient phrase before the comma.
  if (n === after) n = splitAfterPhrase(v, after);
  if (n > after && n < v.tokens.length && v.regionOf[n] !== -1 && v.regions[v.regionOf[n]!]!.openToken === n && paraOf(v, n) === paraOf(v, k)) {
    content.push(regionRange(v, v.regionOf[n]!));
    pattern = 'split-quote';
  }
  // `"X," she said, but "Y."`: a conjunction and the second half; the rest of the sentence is the second fragment.
  if (content.length === 1) {
    const tail = conjunctionTail(v, after);
    if (tail) { content.push(tail); pattern = 'split-quote'; }
  }
  // Continuation: `"X," Barkley said. "Y."` — PolNeAR keeps Y as a second fragment of the same claim.
  if (content.length === 1) {
    const cs = sentRange(v, Math.max(k, after - 1));
    const nx = cs.b;
    if (nx < v.tokens.length && v.regionOf[nx] !== -1 && v.regions[v.regionOf[nx]!]!.openToken === nx && paraOf(v, nx) === paraOf(v, k) && cs.b - after <= MAX_CONTINUATION_GAP
      && !continuesAfter(v, v.regions[v.regionOf[nx]!]!.closeToken)) {
      content.push(regionRange(v, v.regionOf[nx]!));
    }
  }
  return { pattern, cue: { a: k, b: cueEnd }, cueEntry: entry, speaker, content, score: 0 };
}

/**
 * Largest number of tokens between a cue (or its speaker) and the end of its sentence for the next sentence's
 * quotation to continue the claim (`"X," she said of the plan the council passed on Monday. "Y."`).
 */
const MAX_CONTINUATION_GAP = 45;

/** Conjunctions that carry a split quotation on after its cue (`"X," she said, but "Y."`). */
const SPLIT_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);
/** Words allowed between such a conjunction and the quotation (`and still "Y"`). */
const SPLIT_CONJUNCTION_ADVERBS: ReadonlySet<string> = new Set(['still', 'also', 'then', 'now', 'that']);

/**
 * `, but "Y …"` / `, and still "Y …"` right after the speaker and cue: the conjunction, at most two adverbs and
 * a quotation in the same sentence; returns the range from the conjunction to the sentence end, else null.
 */
function conjunctionTail(v: View, after: number): TokRange | null {
  if (!isComma(v, after) || !SPLIT_CONJUNCTIONS.has(v.lower[after + 1] ?? '')) return null;
  let n = after + 2;
  while (n < after + 4 && SPLIT_CONJUNCTION_ADVERBS.has(v.lower[n] ?? '')) n++;
  if (n >= v.tokens.length || v.regionOf[n] === -1 || v.regions[v.regionOf[n]!]!.openToken !== n) return null;
  const R = v.regions[v.regionOf[n]!]!;
  if (R.paragraphs.length !== 1 || v.sentOf[after] !== v.sentOf[n]) return null;
  const r = trimContent(v, { a: after + 1, b: Math.max(R.closeToken + 1, sentRange(v, R.closeToken).b) });
  return r.b > r.a ? r : null;
}

/**
 * True when the sentence of a closing mark goes on after it (`"Y," she added.`, `"Y" to keep it running, he said.`):
 * such a quotation has its own cue or is part of a longer content, so it is no continuation of the claim before it.
 */
function continuesAfter(v: View, close: number): boolean {
  const t = close + 1;
  if (t >= v.tokens.length || v.sentOf[t] !== v.sentOf[close]) return false;
  return !SENT_END.test(v.tokens[t]!.text) && v.tokens[t]!.kind !== 'quote';
}

/** Prepositions in -ing, not participles (`said during a rally`). */
const ING_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'including', 'following', 'regarding', 'concerning', 'excluding']);
/** Largest phrase between a cue (or its speaker) and the second half of a split quotation. */
const MAX_SPLIT_PHRASE = 10;
/** Words that start a new clause or predicate: the quotation after them is not the second half of the first one. */
const SPLIT_BREAK = new Set(['and', 'but', 'or', 'who', 'which', 'that', 'because', 'while', 'when', 'if', 'as', 'after', 'before', 'adding', 'saying', 'noting']);

/**
 * Index of the opening mark of a second quotation half after a phrase of words (venue, time, recipient: `during a
 * rally in Ames, Iowa,`) and a comma, or `after` when there is none. The phrase has no verb-like clause opener,
 * no sentence end and no quotation.
 */
function splitAfterPhrase(v: View, after: number): number {
  for (let j = after; j < v.tokens.length && j - after <= MAX_SPLIT_PHRASE; j++) {
    const t = v.tokens[j]!;
    if (v.regionOf[j] !== -1) return j > after + 1 && isComma(v, j - 1) && v.regions[v.regionOf[j]!]!.openToken === j ? j : after;
    if (SENT_END.test(t.text) || t.kind === 'quote' || SPLIT_BREAK.has(v.lower[j]!) || /^[a-z]+ing$/.test(t.text) && !ING_PREPOSITIONS.has(v.lower[j]!)) return after;
    if (t.kind === 'punct' && !isComma(v, j)) return after;
  }
  return after;
}

/** `according to X, ...` / `..., according to X.` */
function according(v: View, k: number, cueEnd: number, entry: CueEntry): Candidate | null {
  const { a: sa, b: sb } = sentRange(v, k);
  const before = trimContent(v, { a: sa, b: k });
  const speaker = accordingSpeaker(v, cueEnd, sb, before.b - before.a < 2) ?? speakerRight(v, cueEnd, sb);
  if (!speaker) return null;
  const content: TokRange[] = [];
  if (before.b - before.a >= 2) content.push(before);
  const after = trimContent(v, { a: speaker.b, b: contentEnd(v, speaker.b, sb) });
  if (after.b - after.a >= 2) content.push(after);
  if (content.length === 0) return null;
  return { pattern: 'according-to', cue: { a: k, b: cueEnd }, cueEntry: entry, speaker, content, score: 0 };
}

/** True when a comma closes the attribution between the cue's end and the content start `a`. */
function contentBetweenCommas(v: View, cueEnd: number, a: number): boolean {
  for (let j = cueEnd; j < a; j++) if (isComma(v, j)) return true;
  return false;
}

/** `X said (that) ...`, `Lavrov said: "..."`, `He said:` + quoted paragraph. */
function speakerCueContent(v: View, k: number, cueEnd: number, entry: CueEntry): Candidate | null {
  const { b: sb } = sentRange(v, k);
  const lo = leftLimit(v, k);
  const speaker = speakerLeft(v, subjectEnd(v, k, lo), lo);
  if (!speaker) return null;
  let a = contentStart(v, cueEnd, sb, entry);
  // `He said:` closing a paragraph, the quotation in the next one.
  if (a >= sb || (a === sb - 1 && v.tokens[a]!.text === ':')) {
    if (v.tokens[cueEnd]?.text === ':' || v.tokens[sb - 1]?.text === ':') {
      const nxt = sb;
      if (nxt < v.tokens.length && v.regionOf[nxt] !== -1 && v.regions[v.regionOf[nxt]!]!.openToken === nxt) {
        return { pattern: 'colon-quote', cue: { a: k, b: cueEnd }, cueEntry: entry, speaker, content: [regionRange(v, v.regionOf[nxt]!)], score: 0 };
      }
    }
    return null;
  }
  const b = contentEnd(v, a, sb);
  const r = trimContent(v, cutTrailing(v, { a, b }));
  if (r.b - r.a < 2) return null;
  const ri = v.regionOf[r.a]!;
  const pattern: PatternId = ri !== -1 && v.regions[ri]!.openToken === r.a && v.regions[ri]!.closeToken === r.b - 1 ? 'speaker-cue-quote' : 'speaker-cue-content';
  // Inserted attribution (`These rulings, the lawyers said, “settle it.”`): the words before it open the claim.
  const content: TokRange[] = [r];
  if (isComma(v, speaker.a - 1) && contentBetweenCommas(v, cueEnd, a)) {
    const pre = trimContent(v, { a: lo, b: speaker.a - 1 });
    if (pre.b > pre.a && !/^(when|after|before|as|while|if|asked|in|on|at|during)$/.test(v.lower[pre.a]!)) content.unshift(pre);
  }
  return { pattern, cue: { a: k, b: cueEnd }, cueEntry: entry, speaker, content, score: 0 };
}

/** `..., Lavrov said.` / `..., said Lavrov.` / `The plan, he said, is dead.` */
function contentBefore(v: View, k: number, cueEnd: number, entry: CueEntry): Candidate | null {
  const { a: sa, b: sb } = sentRange(v, k);
  const lo = leftLimit(v, k);
  let speaker: TokRange | null = null;
  let pattern: PatternId;
  let left: number; // first token of speaker/cue group
  let right: number; // first token after it
  if (isComma(v, k - 1) || isDash(v, k - 1)) {
    speaker = speakerRight(v, cueEnd, sb, { appositive: true });
    if (!speaker) return null;
    pattern = 'content-cue-speaker';
    left = k - 1;
    right = speaker.b;
  } else {
    speaker = speakerLeft(v, subjectEnd(v, k, lo), lo);
    if (!speaker) return null;
    if (!(isComma(v, speaker.a - 1) || isDash(v, speaker.a - 1))) return null;
    pattern = 'content-speaker-cue';
    left = speaker.a - 1;
    right = cueEnd;
  }
  let start = lo;
  const content: TokRange[] = [];
  const first = trimContent(v, { a: start, b: left });
  if (first.b - first.a < 2) return null;
  content.push(first);
  // Inserted attribution: more content after `, he said,`.
  let n = right;
  while (n < sb && /^(on|in|at|last|this|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|night|morning|an|a|interview|statement|the)$/.test(v.lower[n]!) && n - right < 5) n++;
  if (isComma(v, n) && n + 1 < sb) {
    const rest = trimContent(v, { a: n + 1, b: contentEnd(v, n + 1, sb) });
    if (rest.b - rest.a >= 3) content.push(rest);
  }
  start = 0;
  return { pattern, cue: { a: k, b: cueEnd }, cueEntry: entry, speaker, content, score: 0 };
}

/** The lexicon entry matching at token k: a verb + particle entry first (`pointed out`), else the single word. */
export function matchCue(v: View, lex: CompiledLexicon, k: number): CueEntry | undefined {
  const m = formIndex(lex).get(v.lower[k]!);
  if (!m) return undefined;
  if (m.ps) for (const e of m.ps) if (v.lower[k + 1] === e.particle) return e;
  return m.e;
}

/** A lexicon's two form maps joined, built once per lexicon: most tokens match neither, and one lookup says so. */
interface FormEntry { ps: readonly CueEntry[] | undefined; e: CueEntry | undefined }
const formIndexes = new WeakMap<CompiledLexicon, Map<string, FormEntry>>();
function formIndex(lex: CompiledLexicon): Map<string, FormEntry> {
  let m = formIndexes.get(lex);
  if (m) return m;
  m = new Map();
  for (const f of new Set([...lex.withParticle.keys(), ...lex.byForm.keys()])) m.set(f, { ps: lex.withParticle.get(f), e: lex.byForm.get(f) });
  formIndexes.set(lex, m);
  return m;
}

/** Lexicon matches of the tokens outside quote regions, computed once per view and lexicon (the rules and the tagger both read them). */
const cueMemo = new WeakMap<View, { lex: CompiledLexicon; at: (CueEntry | undefined)[] }>();
export function cuesOutsideQuotes(v: View, lex: CompiledLexicon): readonly (CueEntry | undefined)[] {
  const m = cueMemo.get(v);
  if (m && m.lex === lex) return m.at;
  const n = v.tokens.length;
  const at = new Array<CueEntry | undefined>(n).fill(undefined);
  for (let k = 0; k < n; k++) if (v.regionOf[k] === -1) at[k] = matchCue(v, lex, k);
  cueMemo.set(v, { lex, at });
  return at;
}

/** Finds every claim candidate in the document, in text order. */
export function findCandidates(v: View, lex: CompiledLexicon, score: CueScorer, opts: FindOptions): Candidate[] {
  const out: Candidate[] = [];
  const usedRegion = new Set<number>();
  let prevSvc: Candidate | null = null;
  const cues = cuesOutsideQuotes(v, lex);
  for (let k = 0; k < v.tokens.length; k++) {
    if (v.regionOf[k] !== -1 || v.sentOf[k] === -1) continue;
    const entry = cues[k];
    if (!entry) continue;
    // Capitalized matches inside a sentence are names (`United States`), not cues.
    if (/^[A-Z]/.test(v.tokens[k]!.text) && v.sentences[v.sentOf[k]!]!.tokenStart !== k) continue;
    let cueEnd = k + 1;
    if (entry.particle) {
      if (v.lower[k + 1] !== entry.particle) continue;
      cueEnd = k + 2;
    }
    const s = score(v, k, entry);
    if (s < opts.threshold) continue;
    let c: Candidate | null = null;
    if (entry.frame === 'according') c = according(v, k, cueEnd, entry);
    else {
      c = quoteBefore(v, k, cueEnd, entry);
      if (c && c.content.some((r) => usedRegion.has(v.regionOf[r.b - 1]!))) c = null;
      c ??= speakerCueContent(v, k, cueEnd, entry) ?? contentBefore(v, k, cueEnd, entry);
    }
    // A participle or coordinated cue sharing the previous claim's subject: `..., claiming that ...`, `but did not suggest ...`.
    if (!c && prevSvc && prevSvc.speaker && sharedSubjectCue(v, k)) {
      const { b: sb } = sentRange(v, k);
      const a = contentStart(v, cueEnd, sb, entry);
      const r = trimContent(v, { a, b: contentEnd(v, a, sb) });
      if (r.b - r.a >= 2) c = { pattern: 'speaker-cue-content', cue: { a: k, b: cueEnd }, cueEntry: entry, speaker: prevSvc.speaker, content: [r], score: s };
    }
    if (!c) continue;
    c.score = s;
    // The previous claim's content stops where this shared-subject cue begins.
    // Speakers are compared only when both are set (`null === null` counts as the same, as before): `===` on a
    // range and null deopts the optimised loop, whose comparison had only seen two ranges ("not a JavaScript object").
    const sameSpeaker = prevSvc && (c.speaker === null ? prevSvc.speaker === null : prevSvc.speaker !== null && c.speaker === prevSvc.speaker);
    if (prevSvc && sameSpeaker && c !== prevSvc) {
      const r0 = prevSvc.content[prevSvc.content.length - 1]!;
      let cut = k;
      while (cut > r0.a && (CUE_ADVERBS.has(v.lower[cut - 1]!) || /^(not|n't|and|but)$/.test(v.lower[cut - 1]!))) cut--;
      if (cut > r0.a && cut < r0.b) prevSvc.content[prevSvc.content.length - 1] = trimContent(v, { a: r0.a, b: cut });
    }
    if (c.pattern === 'speaker-cue-content') prevSvc = c;
    for (const r of c.content) for (let j = r.a; j < r.b; j++) if (v.regionOf[j] !== -1) usedRegion.add(v.regionOf[j]!);
    out.push(c);
    if (c.speaker && c.speaker.b > k + 1) k = Math.max(k, c.cue ? c.cue.b - 1 : k);
  }
  truncateAtNextClaim(v, out);
  for (let ri = 0; ri < v.regions.length; ri++) {
    if (usedRegion.has(ri)) continue;
    const c = quoteAnyVerb(v, ri) ?? anyVerbQuote(v, ri) ?? verbObjectColonQuote(v, ri) ?? quoteDashName(v, ri);
    if (c) { out.push(c); usedRegion.add(ri); }
  }
  for (const c of out) widenCue(v, c);
  if (opts.floating !== 'off') addFloating(v, out, usedRegion, opts.floating === 'merge');
  out.sort((x, y) => x.content[0]!.a - y.content[0]!.a);
  return out;
}

/** Patterns whose speaker stands left of the cue. */
const SPEAKER_FIRST = new Set<PatternId>(['speaker-cue-content', 'speaker-cue-quote', 'colon-quote', 'quote-speaker-cue', 'split-quote', 'quote-speaker-verb', 'speaker-verb-quote', 'speaker-verb-object-quote']);
/** Patterns whose content follows the cue. */
const CONTENT_AFTER = new Set<PatternId>(['speaker-cue-content', 'speaker-cue-quote', 'colon-quote', 'speaker-verb-quote']);

/**
 * PolNeAR's cue is everything between the speaker and the content: auxiliaries and adverbs before the verb
 * (`has also said`), venue and time phrases after it (`said in a statement Tuesday`), and a colon that
 * introduces a quotation (`said:`). A recipient (`told reporters`) and the comma before the content stay out.
 */
function widenCue(v: View, c: Candidate): void {
  const cue = c.cue;
  if (!cue || !c.speaker || !SPEAKER_FIRST.has(c.pattern)) return;
  let { a, b } = cue;
  const sp = c.speaker;
  if (sp.b < a && sp.b >= a - 6 && v.sentOf[sp.b] === v.sentOf[a]) {
    let ok = true;
    for (let j = sp.b; j < a; j++) if (!/^(word|number|clitic)$/.test(v.tokens[j]!.kind) || v.regionOf[j] !== -1) ok = false;
    if (ok) a = sp.b;
  }
  const first = c.content[0];
  if (CONTENT_AFTER.has(c.pattern) && first && first.a > b && first.a - b <= 12 && c.cueEntry?.frame !== 'object') {
    let e = first.a;
    while (e > b && (isComma(v, e - 1) || isDash(v, e - 1))) e--;
    let ok = true;
    for (let j = b; j < e; j++) if (v.regionOf[j] !== -1 || SENT_END.test(v.tokens[j]!.text)) ok = false;
    if (ok) b = e;
  }
  c.cue = { a, b };
}

/** True when cue k continues the previous clause's subject: `, claiming`, `and added`, `but did not suggest`. */
function sharedSubjectCue(v: View, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (CUE_ADVERBS.has(v.lower[j]!) || /^(not|n't)$/.test(v.lower[j]!))) j--;
  if (j < 0) return false;
  if (v.lower[j] === ',' ) return /ing$/.test(v.lower[k]!);
  return /^(and|but)$/.test(v.lower[j]!) && !/ing$/.test(v.lower[k]!);
}

/** `A said X, and B said Y`: the first content stops before the second speaker. */
function truncateAtNextClaim(v: View, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.pattern !== 'speaker-cue-content' || c.content.length !== 1) continue;
    const r = c.content[0]!;
    for (const d of cands) {
      if (d === c || !d.speaker || d.pattern !== 'speaker-cue-content') continue;
      if (d.speaker.a <= r.a || d.speaker.a >= r.b) continue;
      // A do-while whose decrement always runs once (from one past the speaker): a `while (…) cut--` met late
      // (a conjunction before the speaker is rare) has no type feedback and deoptimises this function.
      let cut = d.speaker.a + 1;
      do cut--; while (cut > r.a && /^(and|but|while|whereas)$/.test(v.lower[cut - 1]!));
      if (!(isComma(v, cut - 1) || v.tokens[cut - 1]?.text === ';')) continue;
      c.content[0] = trimContent(v, { a: r.a, b: cut });
    }
  }
}

/** A fully quoted paragraph with no cue of its own, right after an attributed one, inherits its speaker. */
function addFloating(v: View, cands: Candidate[], used: Set<number>, merge: boolean): void {
  const lastByPara = new Map<number, number>();
  cands.forEach((c, i) => {
    if (c.speaker) lastByPara.set(paraOf(v, c.cue?.a ?? c.speaker.a), i);
  });
  for (let ri = 0; ri < v.regions.length; ri++) {
    if (used.has(ri)) continue;
    const R = v.regions[ri]!;
    const pi = paraOf(v, R.openToken);
    const P = v.paragraphs[pi];
    if (!P || R.start !== P.start || R.end < P.end - 2 || R.words < 4) continue;
    const prev = lastByPara.get(pi - 1);
    if (prev === undefined) continue;
    if (merge) {
      const c = cands[prev]!;
      const lastR = c.content[c.content.length - 1]!;
      // Only a claim whose content reaches the end of its paragraph continues into the next one.
      if (v.regionOf[lastR.b - 1] === -1 && paraOf(v, lastR.b - 1) === pi - 1) continue;
      c.content.push(regionRange(v, ri));
      lastByPara.set(pi, prev);
      used.add(ri);
      continue;
    }
    cands.push({ pattern: 'floating', cue: null, cueEntry: null, speaker: cands[prev]!.speaker, content: [regionRange(v, ri)], score: 0.5 });
    lastByPara.set(pi, cands.length - 1);
    used.add(ri);
  }
}

/**
 * The claim a `floating` claim inherits its speaker from: the nearest earlier claim that is not floating and
 * has the same speaker span (the span was copied from it). Found by position, not by a stored index, because
 * the claim list is re-sorted, filtered and merged after the floating claims are added. -1 when there is none.
 */
export function speakerHost(cands: readonly Candidate[], i: number): number {
  const sp = cands[i]!.speaker;
  if (!sp) return -1;
  for (let k = i - 1; k >= 0; k--) {
    const c = cands[k]!;
    if (c.pattern !== 'floating' && c.speaker && c.speaker.a === sp.a && c.speaker.b === sp.b) return k;
  }
  return -1;
}

/** Irregular past forms that may report speech or a manner of speaking (the regular `-ed`/`-s` forms are recognized by shape). */
const IRREGULAR_PAST = new Set(['went', 'wrote', 'spoke', 'sang', 'shot', 'struck', 'threw', 'told', 'said', 'began', 'swore', 'bit', 'fought', 'put', 'read', 'let', 'cut', 'hit', 'broke', 'took', 'kept', 'held', 'shook']);
/** Particles after such a verb (`went on`, `fired back`, `chimed in`). */
const VERB_PARTICLE = new Set(['on', 'back', 'in', 'up', 'out', 'off']);
/** Words after which a speech verb may end its clause (`he beamed to the crowd`, `Trump mocked on Tuesday`). */
const AFTER_VERB = /^(in|at|on|to|during|before|after|as|while|when|from|with|then|again|later|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|[a-z]+ly)$/;
/** Subject pronouns (lower case): a speaker on their own, or the start of a reported clause. */
export const SUBJECT_PRONOUN: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * A finite verb by shape, with no lexicon: lower-case `-ed` or `-s` forms (not `-ss`, `-us`, `-is`) or a
 * listed irregular past. Used only in the tight slots of `"…," NAME VERB.` and `NAME VERB: "…"`, where a
 * word of that shape is almost always the reporting verb.
 */
function finiteVerb(v: View, i: number, past: boolean): boolean {
  const t = v.tokens[i];
  if (!t || t.kind !== 'word' || v.regionOf[i] !== -1 || !/^[a-z]+$/.test(t.text)) return false;
  const w = v.lower[i]!;
  if (IRREGULAR_PAST.has(w)) return true;
  if (w.length < 4 || NP_STOP_VERBS.has(w)) return false;
  return /[^e]ed$|[^aeiou]ied$|[^e]eed$|[a-z]{2}ed$/.test(w) && !/need$|feed$|seed$|speed$|bed$/.test(w) || !past && /[^su]s$/.test(w) && !/(ss|us|is|ous|ics)$/.test(w);
}
/** Auxiliaries and function words that end in a verb-like way but are not reporting verbs. */
const NP_STOP_VERBS = new Set(['was', 'has', 'does', 'is', 'this', 'thus', 'its', 'his', 'hers', 'yes', 'news', 'always', 'perhaps', 'less', 'unless', 'across', 'whereas', 'as', 'times', 'years', 'days', 'weeks', 'months', 'states', 'points', 'voters', 'officials', 'members', 'supporters', 'others', 'reporters']);

/** The index after a verb at i and its particle, or -1 when what follows does not end the reporting clause. */
function verbClauseEnd(v: View, i: number, sb: number): number {
  let e = i + 1;
  if (VERB_PARTICLE.has(v.lower[e] ?? '') && (e + 1 >= sb || isPunct(v, e + 1) || AFTER_VERB.test(v.lower[e + 1]!))) e++;
  if (e >= sb || isPunct(v, e) || AFTER_VERB.test(v.lower[e]!)) return e;
  return -1;
}

/** Short function words that a title keeps in lower case (`"Fox and Friends"`). */
const TITLE_FUNCTION_WORD = /^(of|and|the|a|an|in|on|for|to|with|at|by|or)$/;

/**
 * The words of quotation `ri`: how many, and whether one is lower case and no title function word (`"stay
 * home"` has one; `"The Morning Show"` has none). Stops counting at the first such word.
 */
function quotationCasing(v: View, ri: number): { words: number; lowerContentWord: boolean } {
  const R = v.regions[ri]!;
  let words = 0;
  for (let i = R.openToken + 1; i < R.closeToken; i++) {
    const t = v.tokens[i]!;
    if (t.kind !== 'word') continue;
    words++;
    if (/^[a-z]/.test(t.text) && !TITLE_FUNCTION_WORD.test(t.text)) return { words, lowerContentWord: true };
  }
  return { words, lowerContentWord: false };
}

/** Every word of a quotation capitalized, short function words aside (`"The Morning Show"`): a title or name. */
export function capitalizedTitle(v: View, ri: number): boolean {
  const c = quotationCasing(v, ri);
  return c.words > 0 && !c.lowerContentWord;
}

/** A quoted name or title rather than speech: fewer than three words, or every word capitalized (`"Fox and Friends,"`). */
function titleLike(v: View, ri: number): boolean {
  return v.regions[ri]!.words < 3 || !quotationCasing(v, ri).lowerContentWord;
}

/**
 * `"…," he beamed.` / `"…!" beamed Jane Roe.`: a quotation closed by a comma, `!` or `?`, then a name or
 * pronoun and a verb of any kind (or the verb first), ending the sentence or its clause. Catches reporting
 * verbs the cue lexicon does not list.
 */
function quoteAnyVerb(v: View, ri: number): Candidate | null {
  const R = v.regions[ri]!;
  if (R.paragraphs.length !== 1 || titleLike(v, ri)) return null;
  const c = R.closeToken;
  const inner = v.tokens[c - 1]?.text ?? '';
  let p = c + 1;
  const commaAfter = isComma(v, p);
  if (!/^[,!?]$/.test(inner) && !commaAfter) return null;
  while (p < v.tokens.length && (isComma(v, p) || isDash(v, p))) p++;
  if (p >= v.tokens.length || paraOf(v, p) !== paraOf(v, c) || v.regionOf[p] !== -1) return null;
  const { b: sb } = sentRange(v, p);
  let speaker: TokRange | null = null;
  let k = -1;
  if (finiteVerb(v, p, true) && (isCap(v, p + 1) || /^(the|a|an)$/.test(v.lower[p + 1] ?? ''))) {
    // Verb first: `beamed Donald Hartley of Madison`.
    speaker = speakerRight(v, p + 1, sb, { appositive: true });
    k = p;
  } else {
    // Name or pronoun first: at most six words, capitalized or a `the …` phrase.
    let e = p;
    if (SUBJECT_PRONOUN.has(v.lower[p]!)) e = p + 1;
    else if (isCap(v, p) || /^(the|a|an)$/.test(v.lower[p]!)) {
      e = p + 1;
      while (e < sb && e - p < 6 && v.tokens[e]!.kind !== 'punct' && !finiteVerb(v, e, false) && !NP_STOP.has(v.lower[e]!)) e++;
    }
    if (e === p || e - p < 2 && !SUBJECT_PRONOUN.has(v.lower[p]!) && !isCap(v, p) || v.tokens[e - 1]!.kind === 'clitic') return null;
    let q = e;
    while (q < sb && q - e < 2 && CUE_ADVERBS.has(v.lower[q]!)) q++;
    if (!finiteVerb(v, q, false) || verbClauseEnd(v, q, sb) < 0) return null;
    speaker = { a: p, b: e };
    k = q;
  }
  if (!speaker) return null;
  let cueEnd = k + 1;
  if (VERB_PARTICLE.has(v.lower[cueEnd] ?? '') && verbClauseEnd(v, k, sb) === k + 2) cueEnd++;
  const entry: CueEntry = cueEntry('cue:unlisted', cueLemma(v.lower.slice(k, cueEnd)), 'clause', 0.5, '');
  return { pattern: 'quote-speaker-verb', cue: { a: k, b: cueEnd }, cueEntry: entry, speaker, content: [regionRange(v, ri)], score: 0.6 };
}

/**
 * `Trump boomed: "…"` / `Billy Joel sings, "…"`: a verb of any kind right before a colon or comma that
 * opens a quotation running to the end of its sentence, with a subject NP left of the verb.
 */
function anyVerbQuote(v: View, ri: number): Candidate | null {
  const R = v.regions[ri]!;
  if (titleLike(v, ri)) return null;
  const o = R.openToken;
  const intro = v.tokens[o - 1]?.text;
  if (intro !== ':' && intro !== ',') return null;
  let k = o - 2;
  let cueEnd = k + 1;
  if (VERB_PARTICLE.has(v.lower[k] ?? '') && finiteVerb(v, k - 1, false)) { k--; }
  if (k < 0 || !finiteVerb(v, k, false) || paraOf(v, k) !== paraOf(v, o)) return null;
  // The quotation ends its sentence (or runs on into the next paragraph).
  const after = R.closeToken + 1;
  if (after < v.tokens.length && paraOf(v, after) === paraOf(v, R.closeToken) && !SENT_END.test(v.tokens[after]!.text) && !SENT_END.test(v.tokens[R.closeToken - 1]!.text)) return null;
  const lo = leftLimit(v, k);
  const e = subjectEnd(v, k, lo);
  const speaker = speakerLeft(v, e, lo);
  if (!speaker || speaker.b !== e || v.tokens[e - 1]!.kind === 'clitic') return null;
  const w0 = v.lower[speaker.a]!;
  if (!(isCap(v, speaker.a) || SUBJECT_PRONOUN.has(w0) || /^(the|a|an|his|her|their)$/.test(w0))) return null;
  const entry: CueEntry = cueEntry('cue:unlisted', cueLemma(v.lower.slice(k, cueEnd)), 'clause', 0.5, '');
  return { pattern: 'speaker-verb-quote', cue: { a: k, b: cueEnd }, cueEntry: entry, speaker, content: [regionRange(v, ri)], score: 0.6 };
}

/** Dashes that introduce a source line after a quotation (`“…” ― Name`, `-Name, tweeting …`). */
const SOURCE_DASH = /^(―|—|–|-|--)$/;

/**
 * `“…” ― Jane Roe` / `"…"` + new paragraph `-Jane Roe, Fresno.`: a quotation followed by a dash and a name,
 * with no verb (reader comments, quotes of the day, tweets). The name runs over capitalized words and
 * initials and stops at a comma, the sentence end or the next quotation; the dash is the cue.
 */
function quoteDashName(v: View, ri: number): Candidate | null {
  const R = v.regions[ri]!;
  if (titleLike(v, ri) || R.words < 4) return null;
  const p = R.closeToken + 1;
  const d = v.tokens[p];
  if (!d || !SOURCE_DASH.test(d.text) || v.regionOf[p] !== -1) return null;
  // The dash follows the quotation on its line, or opens the next paragraph.
  const startsPara = v.paragraphs[paraOf(v, p)]?.start === d.start;
  if (paraOf(v, p) !== paraOf(v, R.closeToken) && !startsPara) return null;
  if (/\n/.test(v.text.slice(v.tokens[R.closeToken]!.end, d.start)) && !startsPara) return null;
  let e = p + 1;
  while (e < v.tokens.length && e - p <= 6 && v.regionOf[e] === -1 && (isCap(v, e) || /^[A-Z]\.?$/.test(v.tokens[e]!.text)) && v.tokens[e]!.kind !== 'punct') {
    // A line break ends the name (`― Jane Roe` + newline + the next quotation).
    if (e > p + 1 && /\n/.test(v.text.slice(v.tokens[e - 1]!.end, v.tokens[e]!.start))) break;
    e++;
  }
  if (e === p + 1 || e - p > 6) return null;
  const next = v.tokens[e];
  if (next && !/\n/.test(v.text.slice(v.tokens[e - 1]!.end, next.start)) && !/^[,.;]$/.test(next.text) && v.regionOf[e] === -1) return null;
  const entry: CueEntry = cueEntry('cue:dash', 'dash', 'clause', 0.5, '');
  return { pattern: 'quote-dash-speaker', cue: { a: p, b: p + 1 }, cueEntry: entry, speaker: { a: p + 1, b: e }, content: [regionRange(v, ri)], score: 0.6 };
}

/** Largest verb phrase (verb, object, prepositional phrase) between a subject and the colon before a quotation. */
const MAX_VERB_PHRASE = 7;

/**
 * `The governor issued the following statement: "…"` / `She has since apologized for it:` + quoted paragraph:
 * a colon ends a clause whose first finite verb follows a subject NP, and a quotation follows the colon (in the
 * same paragraph, ending its sentence, or opening the next paragraph). The cue runs from the verb to the colon,
 * as PolNeAR marks it; the verb need not be a listed cue.
 */
function verbObjectColonQuote(v: View, ri: number): Candidate | null {
  const R = v.regions[ri]!;
  if (titleLike(v, ri)) return null;
  const o = R.openToken;
  const colon = o - 1;
  if (colon < 1 || v.tokens[colon]!.text !== ':' || v.regionOf[colon] !== -1) return null;
  const samePara = paraOf(v, colon) === paraOf(v, o);
  // In the next paragraph the quotation must open it; in the same one it must end its sentence.
  if (!samePara && (paraOf(v, o) !== paraOf(v, colon) + 1 || v.paragraphs[paraOf(v, o)]?.start !== v.tokens[o]!.start)) return null;
  if (samePara) {
    const after = R.closeToken + 1;
    if (after < v.tokens.length && paraOf(v, after) === paraOf(v, R.closeToken) && !SENT_END.test(v.tokens[after]!.text) && !SENT_END.test(v.tokens[R.closeToken - 1]!.text)) return null;
  }
  const lo = leftLimit(v, colon);
  // The first finite verb after the last comma (a lead clause, `When the mayor died, …`, has its own verb),
  // no more than MAX_VERB_PHRASE words before the colon.
  let k = -1;
  for (let j = lo + 1; j < colon; j++) {
    if (v.tokens[j]!.kind === 'punct' && v.tokens[j]!.text !== ',' || v.regionOf[j] !== -1) return null;
    if (v.tokens[j]!.text === ',') k = -1;
    else if (k < 0 && finiteVerb(v, j, false) && j > lo + 1) k = j;
  }
  if (k < 0 || colon - k > MAX_VERB_PHRASE) return null;
  for (let j = k + 1; j < colon; j++) if (v.tokens[j]!.kind === 'punct' || v.regionOf[j] !== -1) return null;
  const e = subjectEnd(v, k, lo);
  const speaker = speakerLeft(v, e, lo);
  if (!speaker || speaker.b !== e || v.tokens[e - 1]!.kind === 'clitic') return null;
  const w0 = v.lower[speaker.a]!;
  if (!(isCap(v, speaker.a) || SUBJECT_PRONOUN.has(w0) || /^(the|a|an|his|her|their)$/.test(w0))) return null;
  const entry: CueEntry = cueEntry('cue:unlisted', cueLemma([v.lower[k]!]), 'clause', 0.5, '');
  return { pattern: 'speaker-verb-object-quote', cue: { a: k, b: colon + 1 }, cueEntry: entry, speaker, content: [regionRange(v, ri)], score: 0.6 };
}
