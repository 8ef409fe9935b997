/**
 * `passive-agent-source`: a passive cue with a `by` agent (`Novak was endorsed by the union`, `The plan is supported
 * by most dockers`). The finders read the subject as the speaker, because it stands where a speaker stands, and the
 * `by` phrase as the content. PolNeAR has it the other way round: the agent holds the attitude (the source) and the
 * subject is what it is about (the content). When the finders took the agent as the speaker already (or none), the
 * subject is the noun phrase the rule finder reads left of the cue, and a bare participle counts as passive too
 * (`a view | echoed | by most pilots`). Psych verbs are left alone: their passive subject is the one who feels
 * (`Dockers were angered by the deal`: source `Dockers`, content `the deal`), as the finders have it; so are
 * participles of telling and asking, whose content is what is said (`was asked by a pilot | why …`). The same
 * swap holds for support received (`Novak drew support from the dockers`, `has strong support among`): those who
 * give it are the source.
 */
import { speakerRight } from './speaker-span.js';
import { subjectLeft, type Candidate } from './extract.js';
import { PASSIVE_AUX, PASSIVE_BE } from './no-source.js';
import { QUOTATION_MARK_PATTERNS } from './patterns.js';
import type { TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Irregular participles that take a `by` agent in reporting and judging (`was seen by`, `was hit by`); not `known by` (a name). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'held', 'hit', 'taken', 'given', 'driven', 'chosen', 'written', 'beaten', 'struck', 'shown']);
/**
 * Participles of feeling: the passive subject is the experiencer, which PolNeAR takes as the source (`were angered
 * by`, `have been startled by`), so the finders' reading stands.
 */
const PSYCH_PARTICIPLES: ReadonlySet<string> = new Set([
  'angered', 'startled', 'scared', 'frightened', 'alarmed', 'worried', 'concerned', 'troubled', 'disturbed', 'surprised',
  'shocked', 'impressed', 'encouraged', 'disappointed', 'frustrated', 'annoyed', 'irritated', 'outraged', 'offended',
  'heartened', 'moved', 'amused', 'puzzled', 'confused', 'dismayed', 'stunned', 'bothered', 'inspired', 'motivated',
  'intrigued', 'baffled', 'horrified', 'appalled', 'delighted', 'pleased', 'thrilled', 'excited', 'unnerved', 'spooked',
  'rattled', 'embarrassed', 'humiliated', 'insulted', 'enraged', 'infuriated', 'saddened', 'relieved', 'reassured',
  'convinced', 'persuaded', 'interested', 'fascinated', 'terrified', 'discouraged', 'exhausted', 'tired', 'energized',
]);

/** Quantifiers that float into the verb group (`were both attacked`): no subject. */
const FLOATING_QUANTIFIER: ReadonlySet<string> = new Set(['both', 'all', 'each']);
/** Relative pronouns: the clause's real subject is their antecedent, outside the claim (`which has been accused by`). */
const RELATIVE_SUBJECT: ReadonlySet<string> = new Set(['which', 'who', 'that', 'whom']);
/**
 * Participles whose content is what the agent says, not the subject: `was asked by a caller | why …` (the question),
 * `was told by aides | that …`.
 */
const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(['asked', 'told', 'informed', 'advised', 'warned', 'urged', 'assured', 'reminded']);

/** Prepositions that open the reason or topic after a passive agent (`criticized by X | for …`), not part of X. */
const REASON_PREP: ReadonlySet<string> = new Set(['for', 'over', 'as', 'with', 'about', 'because', 'after', 'amid']);

const isAdverb = (w: string): boolean => w === 'also' || w === 'not' || w === 'often' || w === 'still' || w === 'well' || (w.length >= 5 && w.endsWith('ly'));

/**
 * Index of the `by` that ends cue `cue` or opens the content right after it, when the cue is a non-psych passive
 * (`was endorsed by`); with `bare`, a participle alone (`a view | echoed | by …`, a reduced relative) counts too.
 */
function agentBy(v: View, cue: TokRange, bare: boolean): number {
  let i = cue.a;
  while (i < cue.b && PASSIVE_AUX.has(v.lower[i]!)) i++;
  while (i < cue.b && isAdverb(v.lower[i]!)) i++;
  if (i < cue.b && PASSIVE_BE.has(v.lower[i]!)) i++;
  else if (!bare || i !== cue.a) return -1;
  while (i < cue.b && isAdverb(v.lower[i]!)) i++;
  const p = v.lower[i] ?? '';
  if (i >= cue.b || PSYCH_PARTICIPLES.has(p) || SPEECH_PARTICIPLES.has(p) || !(/[a-z]ed$/.test(p) || IRREGULAR_PARTICIPLES.has(p))) return -1;
  i++;
  if (i === cue.b - 1 && v.lower[i] === 'by') return i;
  if (i === cue.b && v.lower[cue.b] === 'by') return cue.b;
  return -1;
}

/** Verbs of receiving support (`has`, `drew`, `enjoyed` … `support from X`): X is the source, the subject the content. */
const RECEIVE: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'enjoy', 'enjoys', 'enjoyed', 'drew', 'draws', 'draw', 'received', 'receives', 'receive',
  'consolidated', 'gained', 'gains', 'gets', 'got', 'retains', 'retained', 'commands', 'commanded',
]);
/** Prepositions that introduce those who give the support (`support from|of|among X`). */
const SUPPORT_PREP: ReadonlySet<string> = new Set(['from', 'of', 'among']);
/** Words that end the noun phrase before `support`: prepositions and particles, `come`, `been`. */
const NOT_IN_SUPPORT_NP: ReadonlySet<string> = new Set(['in', 'on', 'at', 'to', 'for', 'with', 'by', 'out', 'up', 'into', 'behind', 'over', 'come', 'been', 'given', 'taken', 'gotten', 'shown', 'thrown']);
/** Most words between the verb and `support` (`drew | even stronger | support`). */
const MAX_SUPPORT_GAP = 3;

/**
 * Index of the preposition of a support-received frame: the cue opens with a {@link RECEIVE} verb (after
 * auxiliaries and adverbs) and `support` follows within {@link MAX_SUPPORT_GAP} lower-case words, then `from|of|among`
 * (in the cue or opening the content at `contentStart`); -1 when there is none.
 */
function supportPrep(v: View, cue: TokRange, contentStart: number): number {
  let i = cue.a;
  while (i < cue.b && (PASSIVE_AUX.has(v.lower[i]!) && !RECEIVE.has(v.lower[i]!) || isAdverb(v.lower[i]!))) i++;
  // `has consolidated | support`: the first `have` form is the auxiliary of the receiving verb.
  if (i + 1 < cue.b && PASSIVE_AUX.has(v.lower[i]!) && RECEIVE.has(v.lower[i + 1]!)) i++;
  if (i >= cue.b || !RECEIVE.has(v.lower[i]!)) return -1;
  const lastCue = cue.b - 1;
  if (lastCue > i && v.lower[lastCue] !== 'support' && !SUPPORT_PREP.has(v.lower[lastCue]!)) return -1;
  for (let k = i + 1; k <= i + 1 + MAX_SUPPORT_GAP && k < contentStart + MAX_SUPPORT_GAP + 1; k++) {
    if (k >= cue.b && k < contentStart) return -1;
    const w = v.lower[k] ?? '';
    if (w === 'support') {
      const p = k + 1;
      return SUPPORT_PREP.has(v.lower[p] ?? '') && v.sentOf[p] === v.sentOf[cue.a] ? p : -1;
    }
    // Words of the noun phrase only (`the`, `even stronger`): a verb or a preposition means `has` is an auxiliary or
    // the phrase is another one (`has come out in support of`, `have polarized in support of`).
    if (v.tokens[k]?.kind !== 'word' || !/^[a-z-]+$/.test(v.tokens[k]!.text) || /ed$/.test(w) || NOT_IN_SUPPORT_NP.has(w)) return -1;
  }
  return -1;
}

/**
 * Applies `passive-agent-source` to every claim (in place): the subject (the claim's speaker, right before the cue
 * with only adverbs between, in the same sentence) becomes the content, and the noun phrase after `by` (read by
 * {@link speakerRight}) the speaker. `fired`, when given, collects one id per claim changed.
 */
export function applyPassiveAgent(v: View, cands: readonly Candidate[], fired?: 'passive-agent-source'[]): void {
  for (const c of cands) {
    const { cue } = c;
    if (!cue || QUOTATION_MARK_PATTERNS.has(c.pattern)) continue;
    // Only a content wholly after the cue: one that holds the subject already (`passive-no-agent`) stays.
    const first = c.content[0];
    if (!first || first.a < cue.b) continue;
    // The subject: the speaker before the cue, or, when the speaker is the agent already (or missing), the noun
    // phrase the rule finder reads left of the cue.
    const before = c.speaker !== null && c.speaker.b <= cue.a;
    const speaker = before ? c.speaker : subjectLeft(v, cue.a);
    if (!speaker || speaker.b > cue.a || v.sentOf[speaker.a] !== v.sentOf[cue.a] || RELATIVE_SUBJECT.has(v.lower[speaker.a]!)) continue;
    // The finder's NP may be an adverb or quantifier of the verb group (`was hotly | criticized`, `were both | attacked`).
    if (!before && (isAdverb(v.lower[speaker.b - 1]!) || FLOATING_QUANTIFIER.has(v.lower[speaker.b - 1]!))) continue;
    let between = true;
    for (let i = speaker.b; i < cue.a; i++) if (!isAdverb(v.lower[i]!)) between = false;
    if (!between) continue;
    // `X was endorsed by Y`, or support received (`X drew support from Y`) with the subject as the speaker.
    let by = agentBy(v, cue, !before);
    if (by < 0 && before) by = supportPrep(v, cue, first.a);
    if (by < 0) continue;
    const found = speakerRight(v, by + 1, v.sentences[v.sentOf[by]!]!.tokenEnd);
    if (!found) continue;
    // The agent stops before a phrase of the reason or topic (`rebuked by critics | for the plan`).
    let b = found.a + 1;
    while (b < found.b && !REASON_PREP.has(v.lower[b]!)) b++;
    const agent = { a: found.a, b };
    c.content = [speaker];
    c.speaker = agent;
    fired?.push('passive-agent-source');
  }
}
