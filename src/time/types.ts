/** Types of the TIMEX3 engine. They do not depend on the Doc, so the engine runs on plain strings. */
import type { Timex } from '../types/annotation.js';

/** TIMEX3 type. */
export type TimexType = Timex['type'];

/** TIMEX3 modifier. */
export type TimexMod = NonNullable<Timex['mod']>;

/** What a relative value was resolved against: the DCT, an earlier candidate (by index), or nothing. */
export type CandidateAnchor = { kind: 'dct' } | { kind: 'timex'; index: number } | null;

/** A recognized and normalized temporal expression, in UTF-16 offsets of the input text. */
export interface TimexCandidate {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod?: TimexMod;
  range?: { begin: string; end: string };
  anchor: CandidateAnchor;
  quant?: string;
  freq?: string;
  /** Id of the rule that produced it (`date-month-day`), for `by` and error analysis. */
  rule: string;
}

/** Options of {@link findTimexes}. */
export interface FindOptions {
  /** Document creation time `YYYY-MM-DD` (longer values are cut to the day), or null when unknown. */
  dct: string | null;
  /** Sentence spans; they bound the tense detector's window. Optional. */
  sentences?: readonly { start: number; end: number }[];
}

/** Direction a governing verb points to. */
export type Tense = 'past' | 'present' | 'future' | null;
