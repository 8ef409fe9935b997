/**
 * Claims whose cue gives them no source, whichever finder proposed them. PolNeAR marks these as
 * `Attribution-no-source`, with the grammatical subject inside the content:
 *
 * - `passive-no-agent`: a passive reporting or judging verb with no `by` agent (`Novak is expected to resign`,
 *   `The mayor was asked about the bridge`, `The plant is known for its fumes`): the one who expects, asks or
 *   knows is not named; the subject (`Novak`) is what the attribution is about, not who makes it.
 * - `raising-verb`: `seem` / `appear` (`The talks seemed close to collapse`, `Voters appear to be tired`): the
 *   subject is raised out of the content; nobody is named as the one to whom it seems so.
 *
 * Both drop the speaker and add the subject as the content's first piece (an expletive `it` / `there` subject
 * is dropped only: `It may seem odd that …`). A claim that already has no speaker takes the subject the rule NP
 * finder reads left of the cue into its content, when the content lacks it. The finders and the linker read the subject as the speaker
 * because it stands where a speaker stands; on the PolNeAR train documents about three in four such claims
 * have no source in the gold data.
 */
import { subjectLeft, type Candidate } from './extract.js';
import type { TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Ids of the no-source rules. */
export type NoSourceId = 'passive-no-agent' | 'raising-verb';

/** Documentation row of a rule: a sentence, its speaker / cue / content as proposed, the content after. */
export interface NoSourceRule {
  readonly id: NoSourceId;
  readonly example: readonly [sentence: string, speaker: string, cue: string, content: string, after: string];
}

/** Every rule with an example (the tests use it as a checklist). */
export const NO_SOURCE_RULES: readonly NoSourceRule[] = [
  { id: 'passive-no-agent', example: ['Novak is expected to resign next week.', 'Novak', 'is expected', 'to resign next week', 'Novak | to resign next week'] },
  { id: 'passive-no-agent', example: ['The mayor was asked about the bridge.', 'The mayor', 'was asked about', 'the bridge', 'The mayor | the bridge'] },
  { id: 'raising-verb', example: ['The talks seemed close to collapse.', 'The talks', 'seemed', 'close to collapse', 'The talks | close to collapse'] },
];

/** Forms of `be` that make a passive (`has been`, `will be` reach it through the auxiliaries below). */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'re"]);
/** Auxiliaries before `be` (`has been`, `will be`, `may be`). `'s` is left out: it is as often `has` (`he's said`). */
export const PASSIVE_AUX: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can']);
/** Adverbs inside the verb group (`is widely expected`, `was also asked`). Words in -ly are adverbs too. */
const ADVERBS: ReadonlySet<string> = new Set(['also', 'still', 'not', "n't", 'often', 'now', 'long', 'never', 'already', 'again', 'once', 'even', 'since']);

/**
 * Participles of reporting and judging verbs whose passive names no source (`is expected`, `was asked`). Left
 * out on purpose: the psych verbs whose passive subject is the one who feels (`are concerned`, `is convinced`,
 * `were divided over`), and verbs whose passive has the source as its agent in PolNeAR's data (`was echoed by`).
 */
const PASSIVE_PARTICIPLES: ReadonlySet<string> = new Set([
  'expected', 'seen', 'known', 'regarded', 'considered', 'viewed', 'believed', 'thought', 'reported', 'asked', 'accused',
  'challenged', 'criticized', 'criticised', 'scheduled', 'listed', 'called', 'described', 'deemed', 'rumored', 'alleged',
  'supposed', 'projected', 'slated', 'pressed', 'urged', 'told', 'quoted', 'credited', 'blamed', 'praised', 'labeled',
  'labelled', 'branded', 'dubbed', 'faulted', 'questioned', 'portrayed', 'depicted', 'hailed', 'touted', 'billed', 'tipped',
]);
/** Prepositions a passive cue may end with (`was asked about`, `is known for`). */
const PASSIVE_PREPS: ReadonlySet<string> = new Set(['about', 'of', 'for', 'as', 'with', 'over', 'on', 'to', 'in']);

/** Raising verbs (`seem`, `appear`). */
const RAISING: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/**
 * Verbs of thinking and saying after `seem to` / `appear to`: they are the cue proper, with the subject as their
 * source (`she seems to feel that …`, `he appeared to confirm it`).
 */
const RAISED_COGNITION: ReadonlySet<string> = new Set([
  'feel', 'think', 'believe', 'enjoy', 'like', 'want', 'agree', 'prefer', 'say', 'suggest', 'see', 'understand', 'know',
  'accept', 'expect', 'hope', 'realize', 'recognize', 'acknowledge', 'care', 'doubt', 'favor', 'support', 'oppose', 'reject',
  'embrace', 'endorse', 'share', 'view', 'regard', 'consider', 'blame', 'worry', 'fear', 'confirm', 'show', 'indicate',
  'admit', 'concede', 'signal', 'deny', 'dismiss', 'praise', 'criticize', 'mock', 'question', 'refer', 'echo', 'contradict',
]);

/** Subjects that stand for nothing (`It may seem odd`, `There seems to be`): dropped, not moved into the content. */
const EXPLETIVES: ReadonlySet<string> = new Set(['it', 'there']);

const isAdverb = (w: string): boolean => ADVERBS.has(w) || (w.length >= 5 && w.endsWith('ly'));

/** The word tokens of range `r` (lower-cased), or null when it holds anything else (punctuation, quotation marks). */
function words(v: View, r: TokRange): string[] | null {
  const out: string[] = [];
  for (let i = r.a; i < r.b; i++) {
    const k = v.tokens[i]!.kind;
    if ((k !== 'word' && k !== 'clitic') || v.regionOf[i] !== -1) return null;
    out.push(v.lower[i]!);
  }
  return out;
}

/** `passive-no-agent`: the cue is AUX* BE ADV* PARTICIPLE PREP? with a listed participle. */
function passiveNoAgent(w: readonly string[]): boolean {
  let i = 0;
  while (i < w.length && PASSIVE_AUX.has(w[i]!)) i++;
  while (i < w.length && isAdverb(w[i]!)) i++;
  if (i >= w.length || !PASSIVE_BE.has(w[i]!)) return false;
  i++;
  while (i < w.length && isAdverb(w[i]!)) i++;
  if (i >= w.length || !PASSIVE_PARTICIPLES.has(w[i]!)) return false;
  i++;
  if (i < w.length && PASSIVE_PREPS.has(w[i]!)) i++;
  return i === w.length;
}

/** `raising-verb`: the cue is AUX? ADV* RAISING `to`?, and the words after it are not `to` + a cognition verb. */
function raisingVerb(v: View, cue: TokRange, w: readonly string[]): boolean {
  let i = 0;
  if (i < w.length && PASSIVE_AUX.has(w[i]!)) i++;
  while (i < w.length && isAdverb(w[i]!)) i++;
  if (i >= w.length || !RAISING.has(w[i]!)) return false;
  i++;
  let to = false;
  if (i < w.length && w[i] === 'to') { i++; to = true; }
  if (i !== w.length) return false;
  const next = v.lower[cue.b] ?? '';
  const verb = to ? next : next === 'to' ? (v.lower[cue.b + 1] ?? '') : '';
  // `seems to feel that …`, `appeared to endorse him`: that verb is the attribution's cue, and the subject its source.
  return !RAISED_COGNITION.has(verb) && next !== 'that';
}

/**
 * The rule that makes claim `c` one with no source, or null. Needs a speaker right before the cue in the same
 * sentence (only adverbs between), which is where the subject of the cue's verb stands.
 */
export function noSourceRule(v: View, c: Candidate): NoSourceId | null {
  return noSourceMatch(v, c)?.id ?? null;
}

/** {@link noSourceRule} with the subject it read (the speaker, or the rule finder's NP left of the cue). */
function noSourceMatch(v: View, c: Candidate): { id: NoSourceId; subject: TokRange } | null {
  const { cue } = c;
  // A claim already without a speaker: its subject is the NP the rule finder sees left of the cue.
  const speaker = c.speaker ?? (cue ? subjectLeft(v, cue.a) : null);
  if (!cue || !speaker || speaker.b > cue.a || v.sentOf[speaker.a] !== v.sentOf[cue.a]) return null;
  const between = words(v, { a: speaker.b, b: cue.a });
  if (!between || !between.every(isAdverb)) return null;
  const w = words(v, cue);
  if (!w || w.length === 0) return null;
  if (passiveNoAgent(w)) return { id: 'passive-no-agent', subject: speaker };
  if (raisingVerb(v, cue, w)) return { id: 'raising-verb', subject: speaker };
  return null;
}

/**
 * Applies the no-source rules to every claim, in place: the speaker is dropped and the subject becomes the
 * first content piece (not an expletive subject). `fired`, when given, collects the ids of the rules that fired.
 */
export function applyNoSource(v: View, cands: readonly Candidate[], fired?: { push(id: NoSourceId): unknown }): void {
  for (const c of cands) {
    const m = noSourceMatch(v, c);
    if (!m) continue;
    const { id, subject } = m;
    c.speaker = null;
    const expletive = subject.b - subject.a === 1 && EXPLETIVES.has(v.lower[subject.a]!);
    if (!expletive && !c.content.some((r) => r.a < subject.b && subject.a < r.b)) {
      c.content = [subject, ...c.content].sort((x, y) => x.a - y.a);
    }
    fired?.push(id);
  }
}
