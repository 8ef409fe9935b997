/**
 * Source candidates the linker may not choose: spans that cannot be the subject of the cue, whatever the ranker's
 * features say. The ranker scores each candidate by distance, side, NER type and the like; it does not see that
 * the nearest NP left of a participial cue is the object of a preposition (`Novak cut into the budget, calling
 * it …`, `Ruiz sent a text to supporters saying …`). When the linker's first choice is vetoed, it chooses again
 * among the candidates left (NULL included). Each veto is a typed rule with an id.
 */
import type { TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Ids of the veto rules. */
export type SpeakerVetoId = 'object-of-preposition';

/** Documentation row of a rule: a sentence, its cue, the vetoed candidate. */
export interface SpeakerVetoRule {
  readonly id: SpeakerVetoId;
  readonly example: readonly [sentence: string, cue: string, candidate: string];
}

/** Every rule with an example (the tests use it as a checklist). */
export const SPEAKER_VETO_RULES: readonly SpeakerVetoRule[] = [
  { id: 'object-of-preposition', example: ['Novak cut into the budget, calling it a disgrace.', 'calling', 'the budget'] },
];

/**
 * Prepositions whose object is not the subject of a later verb. Left out: `by` (a passive agent is a source),
 * `with`, `after`, `like`, `than` (they open clauses: `with Novak saying …`, `after Novak said …`).
 */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'to', 'for', 'from', 'into', 'about', 'on', 'at', 'against', 'toward', 'towards', 'upon', 'onto', 'among', 'across',
  'through', 'under', 'over', 'in',
]);

/** The veto that forbids candidate `r` as the speaker of the cue `cue`, or null. */
export function speakerVeto(v: View, r: TokRange, cue: TokRange): SpeakerVetoId | null {
  // Only sources left of the cue and apart from it: after it, `said X` inversions and `according to X` are sources;
  // right before it, a possessive or a noun is the source of a nominal cue (`from his support for …`).
  if (r.b >= cue.a) return null;
  const prev = r.a - 1;
  if (prev < 0 || v.sentOf[prev] !== v.sentOf[r.a] || v.regionOf[prev] !== -1) return null;
  // Lower case: a capitalized `In` or `On` opens a headline or a title. `at least a dozen members` is a quantity.
  if (PREPOSITIONS.has(v.lower[prev]!) && /^[a-z]/.test(v.tokens[prev]!.text) && v.lower[r.a] !== 'least') return 'object-of-preposition';
  return null;
}
