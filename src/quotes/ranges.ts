/**
 * Tests and sizes of half-open token ranges, shared by the steps that weigh one claim against another
 * (fallbacks, nested and outer attributions).
 */
import type { TokRange } from './speaker-span.js';

/** Whether `r` and `o` share a token. */
export const overlaps = (r: TokRange, o: TokRange): boolean => r.a < o.b && o.a < r.b;

/** Whether every token of `r` lies in `o`. */
export const inside = (r: TokRange, o: TokRange): boolean => o.a <= r.a && r.b <= o.b;

/** Number of tokens in the pieces `rs` (a claim's content). */
export const tokenCount = (rs: readonly TokRange[]): number => rs.reduce((n, r) => n + r.b - r.a, 0);
