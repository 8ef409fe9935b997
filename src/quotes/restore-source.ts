/**
 * Claims left without a speaker whose cue names one all the same. The inverse of no-source.ts:
 *
 * - `progressive-subject`: a progressive verb group (`Novak is seeking a recount`, `the union was hoping
 *   to …`, `critics are asking whether …`): the subject of `be + V-ing` is the one who seeks, hopes or asks,
 *   so it is the source. The linker often leaves these without one, because a cue that opens with
 *   `is` / `was` is mostly a passive with no source (`is expected`, no-source.ts). On the PolNeAR train documents,
 *   of the claims with such a cue left without a speaker whose content matched gold, 22 of 23 have a gold source;
 *   the rule gives 26 train claims a speaker, 18 of them the gold one.
 * - `psych-adjective-subject`: `be` + an adjective of belief or feeling (`the growers were confident that …`,
 *   `Novak is worried about …`): the subject holds the attitude, so it is the source (no-source.ts leaves these
 *   alone for the same reason). On train the rule gives 15 claims a speaker, 14 of them the gold one.
 *
 * Only claims with a cue and no speaker are touched; the speaker taken is the rule NP finder's subject left of the
 * verb group, in the same sentence. Both rules read the verb group `be ADV* HEAD`, in the cue or right before it.
 */
import { subjectLeft, type Candidate } from './extract.js';
import type { TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Ids of the rules that restore a source. */
export type RestoreSourceId = 'progressive-subject' | 'psych-adjective-subject';

/** Documentation row of a rule: a sentence, its cue and content as proposed (no speaker), the speaker after. */
export interface RestoreSourceRule {
  readonly id: RestoreSourceId;
  readonly example: readonly [sentence: string, cue: string, content: string, speaker: string];
}

/** Every rule with an example (the tests use it as a checklist). */
export const RESTORE_SOURCE_RULES: readonly RestoreSourceRule[] = [
  { id: 'progressive-subject', example: ['The harbour board is seeking a new tender.', 'is seeking', 'a new tender', 'The harbour board'] },
  { id: 'psych-adjective-subject', example: ['The growers were confident the quota would rise.', 'were confident', 'the quota would rise', 'The growers'] },
];

/** Forms of `be` that make a progressive (`is seeking`, `were hoping`). */
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'am', "'m", "'re", 'been', 'be']);
/** Adverbs inside the verb group (`was now seeking`, `is also asking`). Words in -ly are adverbs too. */
const ADVERBS: ReadonlySet<string> = new Set(['also', 'still', 'now', 'already', 'again', 'even', 'just', 'not', "n't", 'n’t', 'always', 'never', 'so', 'too', 'all', 'very', 'quite', 'less', 'more', 'no', 'longer']);
/**
 * Adjectives of belief and feeling whose subject holds the attitude (`the growers were confident that …`,
 * `Novak is eager to …`): unlike a passive, the one who is sure or worried is named.
 */
const PSYCH_ADJECTIVES: ReadonlySet<string> = new Set([
  'confident', 'convinced', 'certain', 'sure', 'unsure', 'uncertain', 'adamant', 'eager', 'keen', 'anxious', 'worried',
  'concerned', 'hopeful', 'optimistic', 'pessimistic', 'skeptical', 'sceptical', 'happy', 'unhappy', 'glad', 'pleased',
  'proud', 'shocked', 'surprised', 'afraid', 'fearful', 'angry', 'furious', 'upset', 'determined', 'insistent',
]);
/**
 * Words in -ing that are no progressive participle: `being` makes a passive (`is being asked`, which names no
 * source), the rest are nouns or pronouns (`is something`, `is nothing new`).
 */
const NOT_PROGRESSIVE: ReadonlySet<string> = new Set(['being', 'thing', 'something', 'nothing', 'anything', 'everything', 'king', 'morning', 'evening', 'spring', 'string', 'ring', 'wing', 'building', 'meeting', 'hearing', 'ruling', 'funding', 'polling', 'timing', 'feeling', 'offering', 'briefing', 'spending', 'setting', 'finding', 'saying']);
/** Attitude adjectives that are raising adjectives before `to` (`is certain to win`). */
const RAISING_ADJECTIVES: ReadonlySet<string> = new Set(['certain', 'sure', 'uncertain']);
/** Subjects that stand for nothing (`there is nothing`): no source. */
const EXPLETIVES: ReadonlySet<string> = new Set(['there']);

const isAdverb = (w: string): boolean => ADVERBS.has(w) || (w.length >= 5 && w.endsWith('ly'));
const isWord = (v: View, i: number): boolean => {
  const k = v.tokens[i]!.kind;
  return (k === 'word' || k === 'clitic') && v.regionOf[i] === -1;
};
const isProgressive = (w: string): boolean => /^[a-z]{2,}ing$/.test(w) && !NOT_PROGRESSIVE.has(w);

/**
 * Start of the verb group `be ADV* HEAD` of `cue`, with `isHead` its head word, or -1: the cue is the verb group
 * itself, or it opens with `ADV* HEAD` and `be ADV*` stands right before it.
 */
function verbGroupStart(v: View, cue: TokRange, isHead: (v: View, i: number) => boolean): number {
  let i = cue.a;
  while (i < cue.b && isWord(v, i) && isAdverb(v.lower[i]!)) i++;
  if (i < cue.b && isWord(v, i) && BE.has(v.lower[i]!)) {
    // `is seeking`: the cue holds the auxiliary.
    let j = i + 1;
    while (j < cue.b && isWord(v, j) && isAdverb(v.lower[j]!)) j++;
    return j < cue.b && isWord(v, j) && isHead(v, j) ? cue.a : -1;
  }
  if (i >= cue.b || !isWord(v, i) || !isHead(v, i)) return -1;
  // `seeking` with `is (still)` left of the cue.
  let k = cue.a - 1;
  while (k >= 0 && isWord(v, k) && isAdverb(v.lower[k]!)) k--;
  return k >= 0 && isWord(v, k) && BE.has(v.lower[k]!) && v.sentOf[k] === v.sentOf[cue.a] ? k : -1;
}

/** The rules in the order they are tried: id and head word of the verb group. */
const RULES: ReadonlyArray<readonly [RestoreSourceId, (v: View, i: number) => boolean]> = [
  ['progressive-subject', (v, i) => isProgressive(v.lower[i]!)],
  // `The plan is sure to fail` says nothing of what the plan believes: `certain` / `sure` before `to` are no attitude.
  ['psych-adjective-subject', (v, i) => PSYCH_ADJECTIVES.has(v.lower[i]!) && !(RAISING_ADJECTIVES.has(v.lower[i]!) && v.lower[i + 1] === 'to')],
];

/** The rule that gives claim `c` a source, with that source, or null. */
export function restoreSourceMatch(v: View, c: Candidate): { id: RestoreSourceId; speaker: TokRange } | null {
  const { cue } = c;
  if (!cue || c.speaker) return null;
  let id: RestoreSourceId | null = null;
  let start = -1;
  for (const [rule, isHead] of RULES) {
    start = verbGroupStart(v, cue, isHead);
    if (start >= 0) { id = rule; break; }
  }
  if (id === null) return null;
  const subject = subjectLeft(v, start);
  if (!subject || subject.b > start || v.sentOf[subject.a] !== v.sentOf[start]) return null;
  if (subject.b - subject.a === 1 && EXPLETIVES.has(v.lower[subject.a]!)) return null;
  // The subject is no part of the content (a content that starts before the verb group already holds it).
  if (c.content.some((r) => r.a < subject.b && subject.a < r.b)) return null;
  return { id, speaker: subject };
}

/**
 * Applies the rules to every claim, in place: a claim a rule matches takes the subject it read as its speaker.
 * `fired`, when given, collects the ids of the rules that fired.
 */
export function applyRestoreSource(v: View, cands: readonly Candidate[], fired?: { push(id: RestoreSourceId): unknown }): void {
  for (const c of cands) {
    const m = restoreSourceMatch(v, c);
    if (!m) continue;
    c.speaker = m.speaker;
    fired?.push(m.id);
  }
}
