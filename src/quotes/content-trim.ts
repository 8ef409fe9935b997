/**
 * Content pieces that make a claim's content too long, dropped once every other content step has run (after the
 * learned content end and the start rules of content-bounds.ts, so neither the ranker's sites nor those rules see
 * a different claim). Each is a typed rule with an id:
 *
 * - `piece-inside-speaker`: a content piece that lies wholly inside the claim's own speaker (`Her death was
 *   confirmed by the Port Authority, | the agency she ran |`) is the source's apposition, not what the source
 *   said: a span is never both. Dropped while another piece is left.
 * - `according-to-tail`: a content of two pieces around `…, according to X, …` whose first piece is a whole
 *   clause and whose second opens with a lower-case word, a dash or a parenthesis that is no coordinator (`Ferry
 *   fares rose by a third, according to the council, | the steepest rise in a decade`) ends with the first
 *   piece: the rest is a comment of the narration on the claim, or on X.
 * - `infinitive-before-main-verb`: an infinitive content after the cue that runs on into an auxiliary or modal
 *   after a noun (`Her plan to widen the canal | would cost a billion`) has reached the predicate of the sentence
 *   whose subject holds the cue: the content ends before it.
 *
 * Chosen on the PolNeAR train documents (gold counts in models/quotes/README.md, "Content too long (h/tlong)").
 */
import { isWordToken } from './content-bounds.js';
import type { Candidate } from './extract.js';
import type { TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Ids of the content trim rules. */
export type ContentTrimId = 'piece-inside-speaker' | 'according-to-tail' | 'infinitive-before-main-verb';

/** Documentation row of a rule, with an example (sentence, content before, content after; ` | ` joins pieces). */
export interface ContentTrimRule {
  readonly id: ContentTrimId;
  readonly example: readonly [sentence: string, before: string, after: string];
}

/** Every rule with an example (the tests use it as a checklist). */
export const CONTENT_TRIM_RULES: readonly ContentTrimRule[] = [
  {
    id: 'piece-inside-speaker',
    example: ['Her death was confirmed by the Port Authority, the agency she ran for a decade.', 'Her death | the agency she ran for a decade', 'Her death'],
  },
  {
    id: 'according-to-tail',
    example: ['Ferry fares in the northern harbor rose by a third last year, according to the council, the steepest rise in a decade.',
      'Ferry fares in the northern harbor rose by a third last year | the steepest rise in a decade', 'Ferry fares in the northern harbor rose by a third last year'],
  },
  {
    id: 'infinitive-before-main-verb',
    example: ['Her plan to widen the canal would cost a billion.', 'to widen the canal would cost a billion', 'to widen the canal'],
  },
];

/** Fewest word tokens in the first piece for `according-to-tail`: shorter ones are fronted phrases (`Over the long term, according to X, …`) whose clause goes on after X. */
const MIN_CLAUSE_WORDS = 8;

/** Words that open a second clause after `, according to X,` (`, and there were …`, `, although …`), which the train gold keeps in the content. */
const CLAUSE_LINK: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'nor', 'so', 'yet', 'although', 'though', 'while', 'because', 'since', 'whereas',
]);

/** Words that end a first piece which is no whole clause (`… because, according to X, …`, `… after, according to X, …`). */
const OPEN_END: ReadonlySet<string> = new Set([...CLAUSE_LINK, 'after', 'before', 'that', 'which', 'who', 'when', 'if', 'as', 'than']);

/** `piece-inside-speaker`: the pieces of `c`'s content outside its speaker, or null when none or all are inside it. */
function pieceInsideSpeaker(c: Candidate): TokRange[] | null {
  const s = c.speaker;
  if (!s || c.content.length < 2) return null;
  const kept = c.content.filter((r) => !(r.a >= s.a && r.b <= s.b));
  return kept.length === c.content.length || kept.length === 0 ? null : kept;
}

/**
 * `according-to-tail`: a claim on `according to` with two pieces, the first ending right before `, according to`
 * (only a comma between), at least {@link MIN_CLAUSE_WORDS} words long, outside quotation marks and not ending in
 * an {@link OPEN_END} word; the second after the speaker, opening with a lower-case word that is no
 * {@link CLAUSE_LINK} word, or with a dash or an opening parenthesis. Returns the first piece alone.
 */
function accordingToTail(v: View, c: Candidate): TokRange[] | null {
  const cue = c.cue, s = c.speaker;
  if (!cue || !s || c.content.length !== 2 || cue.b - cue.a !== 2) return null;
  if (v.lower[cue.a] !== 'according' || v.lower[cue.a + 1] !== 'to') return null;
  const [head, tail] = c.content as [TokRange, TokRange];
  if (head.b + 1 !== cue.a || v.tokens[head.b]!.text !== ',' || tail.a < s.b || s.a < cue.b) return null;
  let words = 0;
  for (let i = head.a; i < head.b; i++) {
    if (v.regionOf[i] !== -1 || v.tokens[i]!.kind === 'quote') return null;
    if (isWordToken(v, i)) words++;
  }
  if (words < MIN_CLAUSE_WORDS || OPEN_END.has(v.lower[head.b - 1]!)) return null;
  const first = v.tokens[tail.a]!.text;
  const opensTail = isWordToken(v, tail.a) ? /^[a-z]/.test(first) && !CLAUSE_LINK.has(v.lower[tail.a]!) : /^(—|–|―|-|--|\()$/.test(first);
  return opensTail ? [head] : null;
}

/** Auxiliaries and modals that open a finite predicate (`do` forms left out: `to help him do so`). */
const FINITE_AUX: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall',
]);

/** Words that stop the walk of `infinitive-before-main-verb`: a clause of the infinitive's own (`to say that …`, `to ask how …`) or a subject of one. */
const CLAUSE_OPENER: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'if', 'whether', 'because', 'while', 'although', 'though', 'as',
  'than', 'what', 'how', 'why', 'and', 'but', 'or', 'nor', 'since', 'unless', 'until', 'he', 'she', 'they', 'we', 'i', 'you',
  'it', 'there', 'this', 'these', 'those',
]);

/** Pronouns before or after an auxiliary that make it no main predicate (`to help them have …`, `should he win`). */
const PRONOUN: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'him', 'her', 'them', 'us', 'me', 'there']);

/** Words after an auxiliary that make it part of a reduced relative clause (`the immunity manufacturers have from suits`). */
const PREPOSITION_AFTER: ReadonlySet<string> = new Set(['from', 'to', 'in', 'on', 'at', 'for', 'with', 'of', 'by']);

/** Words after `to` that make it a preposition, not an infinitive marker (`to many in the room`). */
const NOT_VERB_AFTER_TO: ReadonlySet<string> = new Set(['many', 'the', 'a', 'an', 'some', 'all', 'more', 'most', 'be', ...CLAUSE_OPENER]);

/**
 * `infinitive-before-main-verb`: a one-piece content after the cue opening with `to` and a lower-case word; the
 * walk over its words stops (no change) at punctuation or a quotation mark, a {@link CLAUSE_OPENER}, `said|says|say`
 * or an `-ed` form (a finite verb of its own); at a {@link FINITE_AUX} after a word that is no pronoun, number or
 * `to` and before a lower-case word that is no pronoun or preposition, the content ends.
 */
function infinitiveBeforeMainVerb(v: View, c: Candidate): TokRange[] | null {
  const cue = c.cue;
  if (!cue || c.content.length !== 1) return null;
  const r = c.content[0]!;
  if (r.a < cue.b || r.b - r.a < 4 || v.lower[r.a] !== 'to') return null;
  const w1 = v.tokens[r.a + 1]!;
  if (w1.kind !== 'word' || !/^[a-z]/.test(w1.text) || NOT_VERB_AFTER_TO.has(v.lower[r.a + 1]!)) return null;
  for (let i = r.a + 2; i < r.b - 1; i++) {
    const w = v.lower[i]!;
    if (!isWordToken(v, i) || v.regionOf[i] !== -1 || CLAUSE_OPENER.has(w) || /^(said|says|say)$/.test(w) || (w.length > 4 && w.endsWith('ed'))) return null;
    if (!FINITE_AUX.has(w)) continue;
    const prev = v.lower[i - 1]!, next = v.lower[i + 1]!;
    if (PRONOUN.has(prev) || v.tokens[i - 1]!.kind === 'number' || prev === 'to') return null;
    if (v.tokens[i + 1]!.kind !== 'word' || !/^[a-z]/.test(v.tokens[i + 1]!.text) || PRONOUN.has(next) || PREPOSITION_AFTER.has(next)) return null;
    return [{ a: r.a, b: i }];
  }
  return null;
}

/** The rules in the order they run (each sees the previous one's result). */
const TRIM_RULES: readonly (readonly [ContentTrimId, (v: View, c: Candidate) => TokRange[] | null])[] = [
  ['piece-inside-speaker', (_v, c) => pieceInsideSpeaker(c)],
  ['according-to-tail', accordingToTail],
  ['infinitive-before-main-verb', infinitiveBeforeMainVerb],
];

/**
 * Drops the content pieces of every claim that the rules above find too long (in place). Call after
 * `repairContentStarts`, with the speakers, cues and content ends final. `fired`, when given, collects the ids of
 * the rules that fired (one per change).
 */
export function trimContents(v: View, cands: readonly Candidate[], fired?: ContentTrimId[]): void {
  for (const c of cands) {
    for (const [id, rule] of TRIM_RULES) {
      const pieces = rule(v, c);
      if (pieces) {
        c.content = pieces;
        fired?.push(id);
      }
    }
  }
}
