/**
 * Boundary repair of a claim's cue once the claim is final, whichever finder proposed it. PolNeAR's cue is the
 * reporting verb group; two words that end it are left out by the finders:
 *
 * - `manner-adverb`: a manner or time adverb in -ly that closes the attribution (`"…," he said dryly.`,
 *   `she wrote recently.`) is part of the cue.
 * - `known-as`: `known as` is one cue (`The senator, known as a hawk, …`), like `described as`.
 */
import { LY_NOT_ADVERB } from './speaker-trim.js';
import type { TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Ids of the cue boundary rules. */
export type CueBoundId = 'manner-adverb' | 'known-as';

/** Every rule with an example: a sentence, the cue as proposed, the cue after. */
export const CUE_BOUND_RULES: readonly { readonly id: CueBoundId; readonly example: readonly [sentence: string, before: string, after: string] }[] = [
  { id: 'manner-adverb', example: ['"It will hold," Novak said dryly.', 'said', 'said dryly'] },
  { id: 'known-as', example: ['Petrova, known as a hawk, voted no.', 'known', 'known as'] },
];

/** Tokens that close an attribution right after the adverb: sentence or clause punctuation, a closing mark. */
const CLOSES = /^[.,;:!?)]$/;

/**
 * Repairs the end of cue `r`; returns it unchanged when no rule fires. `fired` receives the ids of the rules
 * that did.
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
