/**
 * Ranges written as two timexes. TimeML (and TempEval-3) annotate each end of "from 1950 until 1953" or
 * "between May and July" as a timex of its own; users still want the period. Both ends get the same
 * `range` ({begin, end} values) plus `timexes: [beginId, endId]`, so either end leads to the whole period.
 * Ranges inside one timex ("June 18-19") are set by the rules themselves and left alone.
 */
import type { Timex } from '../../types/annotation.js';

/** A connector between two ends, with what must (or may) precede the first end. Typed data with ids. */
export interface RangeConnector {
  id: string;
  /** Text between the two timexes (whole, case-insensitive, surrounding spaces allowed). */
  between: RegExp;
  /** Text right before the first timex that the connector needs, or null when none is needed. */
  before: RegExp | null;
  example: string;
}

/** The connectors, most specific first. */
export const RANGE_CONNECTORS: readonly RangeConnector[] = [
  { id: 'between-and', between: /^\s*and\s*$/i, before: /\bbetween\s*$/i, example: 'between May and July' },
  { id: 'from-to', between: /^\s*(?:to|until|till|through|thru|into)\s*$/i, before: /\bfrom\s*$/i, example: 'from 1950 until 1953' },
  { id: 'dash', between: /^\s*[-–—]\s*$/, before: null, example: '2009-2010' },
];

// A value both ends can share: a date or time at any granularity, not a duration, set or reference.
const POINT = /^(?:\d{2,4}|(?:\d{4}|XXXX)-(?:\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI)(?:-\d{2})?(?:T[\d:]+|T(?:MO|AF|EV|NI))?|T\d{2}:\d{2})$/;

/** Adds `range` to both ends of every two-timex range in `timexes` (sorted by start). Returns new objects. */
export function linkRanges(text: string, timexes: readonly Timex[]): Timex[] {
  const out = timexes.map((t) => ({ ...t }));
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!, b = out[i + 1]!;
    if (a.range || b.range || a.type !== b.type || (a.type !== 'DATE' && a.type !== 'TIME')) continue;
    if (!POINT.test(a.value) || !POINT.test(b.value) || a.value > b.value) continue;
    const gap = text.slice(a.end, b.start);
    if (gap.length > 12) continue;
    const lead = text.slice(Math.max(0, a.start - 12), a.start);
    const c = RANGE_CONNECTORS.find((k) => k.between.test(gap) && (k.before === null || k.before.test(lead)));
    if (!c) continue;
    const range = { begin: a.value, end: b.value, timexes: [a.id, b.id] as [string, string] };
    a.range = { ...range };
    b.range = { ...range };
    i++; // an end belongs to one range
  }
  return out;
}
