/**
 * Claim forms whose cue is no reporting verb, so neither the cue lexicon nor the tagger proposes them:
 *
 * - `referring-to`: `"…," Smith said, referring to the new tariffs.` The participle reports what the speaker
 *   meant; PolNeAR marks it as a claim of the same speaker with the cue `referring to` and the phrase after it
 *   as the content.
 * - `speaker-label`: transcript lines, `SMITH: We will not back down.` A name in capitals and a colon open a
 *   paragraph; the colon is the cue and the rest of the paragraph the content.
 * - `in-poll`: `In a county survey released Monday, most voters backed the levy.` A poll or survey named in a
 *   sentence-opening `In …,` phrase is the source of the clause after the comma; `In` is the cue.
 * - `colon-paragraph`: `The mayor wrote:` closing a paragraph, the next paragraph set off without quotation
 *   marks (a block quotation). The quotation-mark rule `colon-quote` needs the marks.
 *
 * Each form is typed data with an id (its {@link PatternId}); the finders return candidates, which the
 * extractor adds like the rule fallbacks (fallback.ts): only where no other claim overlaps them.
 */
import { leftLimit, matchCue, paraOf, sentRange, subjectEnd, trimContent, type Candidate } from './extract.js';
import { cueEntry, type CompiledLexicon, type CueEntry } from './lexicon.js';
import { speakerLeft, type TokRange } from './speaker-span.js';
import { SPEECH_CUE_IDS } from './nested.js';
import type { PatternId } from './patterns.js';
import type { View } from './view.js';

/** The cue entries of these forms (kept out of the cue lexicon, whose ids are tagger features). */
export const EXTRA_CUES: Readonly<Record<'referring-to' | 'speaker-label' | 'in-poll', CueEntry>> = {
  'referring-to': cueEntry('cue:refer-to', 'refer to', 'clause', 0.8, '"It is too late," she said, referring to the tariffs.'),
  'speaker-label': cueEntry('cue:label-colon', ':', 'clause', 0.8, 'SMITH: We will not back down.'),
  'in-poll': cueEntry('cue:in-poll', 'in', 'according', 0.8, 'In a county survey released Monday, most voters backed the levy.'),
};

/** Largest gap (tokens) between the end of a claim's speaker or cue and `, referring to`. */
const MAX_REFER_GAP = 3;

/**
 * `…, X said, referring to Y.` / `X said Z, referring to Y.`: a claim with a speaker that ends (speaker, cue or
 * content) at most {@link MAX_REFER_GAP} tokens before the comma, its cue in the same sentence; the content runs
 * from after `to` to the end of the sentence (or a quotation mark, or the comma after a name).
 */
export function referringTo(v: View, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // indexOf finds the rare `referring` natively: a loop over every token here would make this function hot enough
  // to be optimised, and each rare branch met later would deoptimise it again.
  for (let k = v.lower.indexOf('referring', 1); k >= 1 && k + 2 < v.tokens.length; k = v.lower.indexOf('referring', k + 1)) {
    if (v.lower[k + 1] !== 'to' || v.tokens[k - 1]!.text !== ',' || v.regionOf[k] !== -1) continue;
    const s = v.sentOf[k];
    let best: Candidate | null = null;
    let bestEnd = -1;
    for (const c of cands) {
      if (!c.speaker || !c.cue) continue;
      // The claim's last part (speaker, cue or a content after them) ends just before the comma.
      if (c.cue.b > k - 1 || c.speaker.b > k - 1 || v.sentOf[c.cue.a] !== s) continue;
      // A loop, not map().filter() spread into max: an inlined map returns a HOLEY array and the filter
      // optimised on PACKED ones deopts ("wrong map"; models/ner/README.md, "Elements kinds").
      let end = Math.max(c.speaker.b, c.cue.b);
      for (const r of c.content) if (r.b <= k - 1 && r.b > end) end = r.b;
      if (k - 1 - end > MAX_REFER_GAP) continue;
      if (end > bestEnd) { best = c; bestEnd = end; }
    }
    if (!best) continue;
    const { b: sb } = sentRange(v, k);
    let e = k + 2;
    // A name ends at its comma: the appositive after it (`Jane Roe, the chief negotiator`) is the reporter's.
    const name = /^[A-Z]/.test(v.tokens[k + 2]!.text);
    while (e < sb && v.tokens[e]!.kind !== 'quote' && v.regionOf[e] === -1 && !(name && v.tokens[e]!.text === ',')) e++;
    const content = trimContent(v, { a: k + 2, b: e });
    if (content.b - content.a < 1) continue;
    out.push({ pattern: 'referring-to', cue: { a: k, b: k + 2 }, cueEntry: EXTRA_CUES['referring-to'], speaker: best.speaker, content: [content], score: 0.8 });
  }
  return out;
}

/** Capitalized labels that head notes and links, not a speaker's line. */
const NOT_SPEAKER_LABEL = new Set(['UPDATE', 'UPDATED', 'NOTE', "EDITOR'S", 'EDITORS', 'EMAIL', 'E-MAIL', 'CORRECTION', 'CLARIFICATION', 'WATCH', 'READ', 'RELATED', 'MORE', 'SOURCE', 'SOURCES', 'PHOTO', 'PHOTOS', 'VIDEO', 'BREAKING', 'EXCLUSIVE', 'WARNING', 'DISCLOSURE', 'CONTACT', 'FOLLOW', 'LISTEN', 'SEE', 'ALSO', 'TOP', 'STORIES', 'STAT', 'QUOTE', 'LOOK', 'HUFFPOLLSTER', 'REVEALED', 'BOMBSHELL', 'LEAKED', 'JUST', 'PAID', 'NOTICE', 'DAILY', 'WIN', 'SHOCKING', 'HUGE', 'WOW', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'REVIEW', 'LIVE', 'UPDATES', 'PREVIOUSLY', 'BACKGROUND', 'WASHINGTON', 'NEW', 'YORK']);
/** Largest number of words in a speaker label (`JAKE TAPPER`, `SEN. JANE ROE`). */
const MAX_LABEL_WORDS = 3;
/** Fewest words after the colon. */
const MIN_LABEL_CONTENT = 3;

/** Largest number of words in a headline label (`Former Mayor Jane Roe`). */
const MAX_HEADLINE_LABEL_WORDS = 4;

/**
 * `NAME: text` opening a paragraph: the name in capitals (transcripts, interviews; a quotation mark may open
 * the paragraph, as in quoted transcripts), or, in the first paragraph (the headline), in title case
 * (`Jane Roe: Budget Is Balanced`).
 */
export function speakerLabels(v: View): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < v.tokens.length) {
    const p = paraOf(v, i);
    let end = i;
    while (end < v.tokens.length && paraOf(v, end) === p) end++;
    let at = i;
    i = end;
    if (p < 0 || v.tokens[at]!.start !== v.paragraphs[p]?.start) continue;
    if (v.tokens[at]!.kind === 'quote') at++;
    const headline = p === 0 && v.lower[at] !== 'the';
    const caps = /^[A-Z][A-Z.'’-]+$/.test(v.tokens[at]?.text ?? '');
    if (!caps && !headline) continue;
    const max = caps ? MAX_LABEL_WORDS : MAX_HEADLINE_LABEL_WORDS;
    let j = at;
    let words = 0;
    while (j < end && words <= max) {
      const t = v.tokens[j]!;
      if (t.kind === 'word' && (caps ? /^[A-Z][A-Z.'’-]+$/ : /^[A-Z]/).test(t.text)) {
        words++;
        if (NOT_SPEAKER_LABEL.has(t.text.replace('’', "'").toUpperCase())) { words = max + 1; break; }
      } else if (!(j > at && t.text === '.')) break;
      j++;
    }
    if (words === 0 || words > max || j >= end || v.tokens[j]!.text !== ':') continue;
    // A quoted transcript's marks belong to the article, not to the line: trim them with the punctuation.
    // Bounds in locals, the span built once: a late write to an `{a, b}` field makes V8 drop every compiled
    // function that assumed the shape's fields constant (most of the stage), so spans are not mutated here.
    // A do-while from j, so that the increment runs on every line: a leading mark is rare, and an increment the
    // optimiser had never seen run deopted the optimised loop when it first ran ("Insufficient type feedback").
    let ca = j;
    let cb = end;
    do ca++;
    while (ca < cb && /^(punct|quote)$/.test(v.tokens[ca]!.kind));
    // A closing `?` or `!` stays (PolNeAR keeps it), a full stop goes.
    while (cb > ca && (v.tokens[cb - 1]!.kind === 'quote' || /^[.,;:]$/.test(v.tokens[cb - 1]!.text))) cb--;
    const content = { a: ca, b: cb };
    let n = 0;
    for (let q = content.a; q < content.b; q++) if (v.tokens[q]!.kind === 'word') n++;
    if (n < MIN_LABEL_CONTENT) continue;
    out.push({ pattern: 'speaker-label', cue: { a: j, b: j + 1 }, cueEntry: EXTRA_CUES['speaker-label'], speaker: { a: at, b: j }, content: [content], score: 0.8 });
  }
  return out;
}

/** Nouns that make an `In …,` phrase a source. */
const POLL_NOUN = /^(poll|polls|survey|surveys)$/;
/** Words that may open the noun phrase after `In`. */
const POLL_DET = /^(a|an|the|its|their|his|her|this|that|one|another|last|latest|new|recent)$/;
/** Words that may follow the poll noun inside the phrase (`poll released Monday`, `survey of 900 voters`). */
const POLL_AFTER = /^(released|conducted|taken|published|commissioned|by|of|from|for|last|this|earlier|in|on|out|late|early)$/;
/** Largest `In …,` phrase, in tokens. */
const MAX_POLL_PHRASE = 14;

/** `In a … poll (released Monday), CLAUSE.` at the start of a sentence. */
export function inPoll(v: View): Candidate[] {
  const out: Candidate[] = [];
  for (const s of v.sentences) {
    const a = s.tokenStart;
    const sb = Math.min(s.tokenEnd, v.tokens.length);
    if (a + 4 >= sb || v.lower[a] !== 'in' || !POLL_DET.test(v.lower[a + 1] ?? '') || v.regionOf[a] !== -1) continue;
    let noun = -1;
    let comma = -1;
    for (let j = a + 1; j < Math.min(sb, a + MAX_POLL_PHRASE); j++) {
      if (v.tokens[j]!.text === ',') { comma = j; break; }
      if (v.regionOf[j] !== -1 || v.tokens[j]!.kind === 'punct' && !/^[-/.]$/.test(v.tokens[j]!.text)) break;
      // The noun heads the phrase: a comma, a participle or a prepositional phrase follows it (not `poll booth`).
      if (POLL_NOUN.test(v.lower[j]!) && (v.tokens[j + 1]?.text === ',' || POLL_AFTER.test(v.lower[j + 1] ?? ''))) noun = j;
    }
    if (noun < 0 || comma < 0) continue;
    // `In the county poll, conducted in May, most voters …`: a participle phrase describing the poll is no content.
    let from = comma + 1;
    if (/^[a-z]+ed$/.test(v.tokens[from]?.text ?? '')) {
      let j = from;
      while (j < Math.min(sb, from + MAX_POLL_PHRASE) && v.tokens[j]!.text !== ',') j++;
      if (j < sb && v.tokens[j]!.text === ',') from = j + 1;
    }
    const content = trimContent(v, { a: from, b: sb });
    if (content.b - content.a < 3) continue;
    const speaker: TokRange = { a: a + 1, b: comma };
    out.push({ pattern: 'in-poll', cue: { a, b: a + 1 }, cueEntry: EXTRA_CUES['in-poll'], speaker, content: [content], score: 0.8 });
  }
  return out;
}

/** Words that may stand between a speech verb and the colon (`argued that:`, `wrote the following:`). */
const BEFORE_COLON = /^(that|this|the|following|as|follows|it)$/;

/**
 * `SPEAKER VERB:` ending a paragraph, with an explicit speech verb ({@link SPEECH_CUE_IDS}) and a subject NP,
 * then a paragraph that opens with no quotation mark: that paragraph is the content.
 */
export function colonParagraphs(v: View, lex: CompiledLexicon): Candidate[] {
  let out: Candidate[] = [];
  for (let c = 1; c + 1 < v.tokens.length; c++) {
    if (v.tokens[c]!.text !== ':' || v.regionOf[c] !== -1) continue;
    const p = paraOf(v, c);
    // No quotation (that is `colon-quote`) and no embedded markup (`<tweet …>`) in the next paragraph.
    if (paraOf(v, c + 1) !== p + 1 || v.tokens[c + 1]!.kind === 'quote' || v.regionOf[c + 1] !== -1 || v.tokens[c + 1]!.text.startsWith('<')) continue;
    let k = c - 1;
    while (k > c - 4 && k >= 0 && BEFORE_COLON.test(v.lower[k]!)) k--;
    const entry = matchCue(v, lex, k);
    if (!entry || !SPEECH_CUE_IDS.has(entry.id) || entry.particle || paraOf(v, k) !== p) continue;
    const lo = leftLimit(v, k);
    const subject = subjectEnd(v, k, lo);
    const speaker = speakerLeft(v, subject, lo);
    if (!speaker) continue;
    let e = c + 1;
    while (e < v.tokens.length && paraOf(v, e) === p + 1) e++;
    let cb = e;
    while (cb > c + 1 && /^[.,;:]$/.test(v.tokens[cb - 1]!.text)) cb--;
    const content = { a: c + 1, b: cb };
    if (content.b - content.a < 3) continue;
    // concat, not push: these claims are rare, so the optimised loop's push had only seen the first one (an empty
    // array changing its elements kind) and deopted on the second ("wrong map").
    out = out.concat([{ pattern: 'colon-paragraph', cue: { a: subject, b: c + 1 }, cueEntry: entry, speaker, content: [content], score: 0.8 }]);
  }
  return out;
}

/** Every extra claim of a document (finders in the order of {@link EXTRA_PATTERNS}). */
export function findExtraClaims(v: View, cands: readonly Candidate[], lex: CompiledLexicon): Candidate[] {
  return [...referringTo(v, cands), ...speakerLabels(v), ...inPoll(v), ...colonParagraphs(v, lex)];
}

/** The pattern ids of this module. */
export const EXTRA_PATTERNS: readonly PatternId[] = ['referring-to', 'speaker-label', 'in-poll', 'colon-paragraph'];
