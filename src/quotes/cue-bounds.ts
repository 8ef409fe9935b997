/**
 * Boundary repair of a claim's cue once the claim is final, whichever finder proposed it. PolNeAR's cue is the
 * reporting verb group; words at its edges that the finders leave out (counts from the PolNeAR train compartment,
 * gold cues only, measured by a throwaway script that read ../shared/eval/quotes/polnear.dev.jsonl):
 *
 * - `manner-adverb`: a manner or time adverb in -ly that closes the attribution (`"…," he said dryly.`,
 *   `she wrote recently.`) is part of the cue.
 * - `known-as`: `known as` is one cue (`The senator, known as a hawk, …`), like `described as`.
 * - `statement-adjunct`: `in a statement` right after the cue is part of it (`said in a statement`; the train gold
 *   keeps it in 43 cues and leaves it out after 25). Interviews, tweets, weekdays are not: the gold leaves them out
 *   as often or more.
 * - `particle-before-content`: a preposition that the verb selects and that opens the content's phrase
 *   (`warned against`, `asked about`, `accused … of`) ends the cue when the content follows: the train gold keeps
 *   `of` 406 / 435 times, `for` 389 / 428, `about` 460 / 490, `against` 105 / 106, `with` 94 / 118.
 * - `selected-to`: `to` after a word that selects it for what is said or pointed at (`referring to`, `pointed to`,
 *   `drew attention to`, `opposition to`) ends the cue when the content follows; `leading-preposition`
 *   (content-bounds.ts) moves it out of the content. `to` in general is a coin flip (in 750 train gold cues, after
 *   1,028), but after these words the train gold keeps it 135 / 141 times (`referring` 39 / 42, `attention` 13 / 14);
 *   after `expected`, `declined`, `seemed` and other control verbs it leaves it out, so they are not listed.
 * - `adverb-before`: a focus or time adverb (`also`, `even`, `now`, an -ly adverb) or an auxiliary (`has`, `is`,
 *   `will`, `did`) right before the cue verb opens the cue (`also said`, `has repeatedly warned`): the train gold
 *   keeps `also` 281 / 302 times, `has` 725 / 732, `is` 438 / 453. `then` (24 / 41) and `not` are left alone.
 */
import { LY_NOT_ADVERB } from './speaker-trim.js';
import type { TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Ids of the cue boundary rules. */
export type CueBoundId = 'manner-adverb' | 'known-as' | 'statement-adjunct' | 'particle-before-content' | 'selected-to' | 'adverb-before';

/**
 * Every rule with an example: a sentence, the cue as proposed, the cue after; for the rules of {@link widenCue},
 * also the claim's content.
 */
export const CUE_BOUND_RULES: readonly {
  readonly id: CueBoundId;
  readonly example: readonly [sentence: string, before: string, after: string];
  readonly content?: string;
}[] = [
  { id: 'manner-adverb', example: ['"It will hold," Novak said dryly.', 'said', 'said dryly'] },
  { id: 'known-as', example: ['Petrova, known as a hawk, voted no.', 'known', 'known as'] },
  { id: 'statement-adjunct', example: ['"The bridge is safe," Novak said in a statement.', 'said', 'said in a statement'], content: 'The bridge is safe' },
  { id: 'particle-before-content', example: ['Novak warned against a second vote.', 'warned', 'warned against'], content: 'a second vote' },
  { id: 'selected-to', example: ['Novak pointed to the new budget.', 'pointed', 'pointed to'], content: 'the new budget' },
  { id: 'adverb-before', example: ['Novak also said the bridge is safe.', 'said', 'also said'], content: 'the bridge is safe' },
];

/** The parts of the claim {@link widenCue} reads: its speaker and content, which a cue never grows into. */
export interface CueClaim {
  readonly speaker?: TokRange | null;
  readonly content?: readonly TokRange[];
}

/** Tokens that close an attribution right after the adverb: sentence or clause punctuation, a closing mark. */
const CLOSES = /^[.,;:!?)]$/;

/** Determiners of `in a statement`. */
const STATEMENT_DET: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
/** Modifiers allowed between determiner and `statement`. */
const STATEMENT_MOD: ReadonlySet<string> = new Set(['written', 'joint', 'brief', 'short']);

/**
 * Prepositions that open the content's phrase and belong to the cue. `to`, `on`, `at`, `by`, `in`, `as` are not
 * here: after a reporting verb they open an addressee, a date or a venue as often (`said on Monday that`).
 */
const CONTENT_PARTICLES: ReadonlySet<string> = new Set(['of', 'for', 'about', 'against', 'with']);

/**
 * Words after which `to` belongs to the cue (see `selected-to`). `respond` (the gold keeps `to` 26 / 33 times) is
 * not here: on the train predictions `responded | to …` made 2 cues exact and 4 inexact, the content after it often
 * being the question, not what was said. `appeal`, `reply`, `answer`: the gold is split or has too few.
 */
const TO_SELECTORS: ReadonlySet<string> = new Set([
  'refer', 'refers', 'referred', 'referring', 'reference', 'references',
  'point', 'points', 'pointed', 'pointing',
  'allude', 'alludes', 'alluded', 'alluding',
  'attention', 'opposition',
]);

/** Whether `to` after the word `w` (lower case) belongs to the cue: `w` is one of the `selected-to` words. */
export function selectsTo(w: string | undefined): boolean {
  return w !== undefined && TO_SELECTORS.has(w);
}

/** Focus and time adverbs and auxiliaries that open the verb group of the cue. */
const VERB_GROUP_OPENERS: ReadonlySet<string> = new Set([
  'also', 'even', 'now', 'only', 'later', 'again', 'repeatedly', 'publicly', 'previously', 'recently', 'already', 'still',
  'just', 'never', 'once', 'often', 'privately', 'openly', 'initially', 'explicitly', 'specifically',
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'did', 'does', 'do',
]);

/** Whether token `i` lies in one of `ranges` (ranges.ts' `inside` compares two ranges). */
function inAnyRange(i: number, ranges: readonly (TokRange | null | undefined)[]): boolean {
  return ranges.some((r) => r != null && r.a <= i && i < r.b);
}

/** A lower-case word token in the same sentence and quote region as token `j`. */
function sameClauseWord(v: View, i: number, j: number): boolean {
  const t = v.tokens[i];
  return t !== undefined && t.kind === 'word' && t.text === t.text.toLowerCase() && v.sentOf[i] === v.sentOf[j] && v.regionOf[i] === v.regionOf[j];
}

/** Whether token `i` opens the verb group: a listed adverb or auxiliary, or an adverb in -ly. */
function opensVerbGroup(v: View, i: number): boolean {
  const w = v.lower[i]!;
  return VERB_GROUP_OPENERS.has(w) || (/^[a-z]{2,}ly$/.test(w) && !LY_NOT_ADVERB.has(w));
}

/** The rule that takes token `i`, a preposition right after the cue, into the cue (`warned against`, `pointed to`), or null. */
function particleRule(v: View, i: number): 'particle-before-content' | 'selected-to' | null {
  const w = v.lower[i]!;
  if (CONTENT_PARTICLES.has(w)) return 'particle-before-content';
  return w === 'to' && selectsTo(v.lower[i - 1]) ? 'selected-to' : null;
}

/** The end of `in a statement` starting at token `i`, or -1. */
function statementEnd(v: View, i: number): number {
  if (v.lower[i] !== 'in' || !STATEMENT_DET.has(v.lower[i + 1] ?? '')) return -1;
  let k = i + 2;
  if (STATEMENT_MOD.has(v.lower[k] ?? '')) k++;
  return v.lower[k] === 'statement' ? k + 1 : -1;
}

/**
 * Repairs the end of cue `r` before the content repairs, which read it; returns it unchanged when no rule fires.
 * `fired` receives the ids of the rules that did.
 */
export function repairCue(v: View, r: TokRange, fired?: { push(id: CueBoundId): unknown }): TokRange {
  const next = v.tokens[r.b];
  if (!next || next.kind !== 'word' || v.regionOf[r.b] !== v.regionOf[r.b - 1]) return r;
  const w = v.lower[r.b]!;
  if (/^[a-z]{2,}ly$/.test(next.text) && !LY_NOT_ADVERB.has(w) && CLOSES.test(v.tokens[r.b + 1]?.text ?? '.')) {
    fired?.push('manner-adverb');
    return { a: r.a, b: r.b + 1 };
  }
  if (w === 'as' && v.lower[r.b - 1] === 'known') {
    fired?.push('known-as');
    return { a: r.a, b: r.b + 1 };
  }
  return r;
}

/**
 * Widens cue `r` over the words of its verb group the finders leave out (`statement-adjunct`,
 * `particle-before-content`, `selected-to`, `adverb-before`); returns it unchanged when no rule fires. It runs after the content
 * repairs, so that the contents they choose do not move with it, and never grows into `claim`'s final speaker or
 * content. `fired` receives the ids of the rules that did.
 */
export function widenCue(v: View, r: TokRange, claim: CueClaim, fired?: { push(id: CueBoundId): unknown }): TokRange {
  const content = claim.content ?? [];
  const taken = [claim.speaker, ...content];
  let { a, b } = r;
  if (v.tokens[b]?.kind === 'word' && v.regionOf[b] === v.regionOf[b - 1] && !inAnyRange(b, taken)) {
    const stmt = statementEnd(v, b);
    // A particle joins the cue only when the whole content follows it.
    const particle = content.length > 0 && content.every((c) => c.a > b) ? particleRule(v, b) : null;
    if (stmt > 0 && !content.some((c) => c.a < stmt && b < c.b)) {
      fired?.push('statement-adjunct');
      b = stmt;
    } else if (particle !== null) {
      fired?.push(particle);
      b++;
    }
  }
  let left = a;
  while (left > 0 && sameClauseWord(v, left - 1, a) && !inAnyRange(left - 1, taken) && opensVerbGroup(v, left - 1)) left--;
  if (left < a) {
    fired?.push('adverb-before');
    a = left;
  }
  return a === r.a && b === r.b ? r : { a, b };
}
