/**
 * Sentence boundaries at single line breaks. Copy written one unit per line (a headline, a dateline, the
 * first sentence; rows of a results table; pre-tokenized corpora) breaks its lines where a unit ends, while
 * hard-wrapped prose (72-column e-mail, telex) breaks them wherever the width runs out. Works on the tokens of
 * one region and their info bits only (line starts carry `I_NEWLINE`): linear time, no character re-reading.
 *
 * Per region:
 * - the region is **hard-wrapped** when its widest line is {@link LINE_BREAKS.minWrapWidth} to
 *   {@link LINE_BREAKS.maxWrapWidth} wide and at least {@link LINE_BREAKS.minFullShare} of its non-final lines
 *   are *full*: the next line's first word would not have fitted on it (greedy wrapping). Short table rows
 *   (`Rovers 2 United 1`) are too narrow to count as wrapped;
 * - a break never splits when the text visibly *continues* across it: the next line starts with a lower-case
 *   word, a comma, a semicolon or a closing bracket, or the line ends with a comma, a semicolon or an
 *   opening bracket;
 * - otherwise, outside hard-wrapped regions every break splits; inside one only a break after a line that
 *   ends early (not full: a deliberate break) or after a headline-like line (a capitalized word and no
 *   lower-case one). In a region without any lower-case letter (telex copy in capitals) every line looks like a
 *   headline, so there none splits.
 * Breaks after a terminal are left to the ordinary rules, which run as well.
 */
import type { Token } from '../../types/annotation.js';
import * as tokenInfo from './token-info.js';

const { I_CLOSE_BRACKET, I_LOWER, I_NEWLINE, I_OPEN_BRACKET, I_UPPER } = tokenInfo;

/** Thresholds of the hard-wrap test (characters, shares). */
export const LINE_BREAKS = {
  /** A hard-wrapped region's widest line is at most this wide. */
  maxWrapWidth: 100,
  /** ... and at least this wide (narrower columns of prose are rare; table rows and titles are short). */
  minWrapWidth: 30,
  /** Share of non-final lines that must be full. */
  minFullShare: 0.8,
} as const;

/** True when a token of `info[t0, t1)` starts a new line. */
export function hasLineBreak(info: readonly number[], t0: number, t1: number): boolean {
  for (let k = t0 + 1; k < t1; k++) if ((info[k]! & I_NEWLINE) !== 0) return true;
  return false;
}

const isComma = (t: Token): boolean => t.text === ',' || t.text === ';' || t.text === '\uff0c';

/** Does the text continue across the line break before token `b`? */
function continues(tokens: readonly Token[], info: readonly number[], b: number): boolean {
  const ni = info[b]!;
  if ((ni & (I_LOWER | I_CLOSE_BRACKET)) !== 0 || isComma(tokens[b]!)) return true;
  return (info[b - 1]! & I_OPEN_BRACKET) !== 0 || isComma(tokens[b - 1]!);
}

/**
 * Token indices in `(t0, t1)` before which a line break ends a sentence, ascending. Call only when
 * {@link hasLineBreak} is true.
 */
export function lineBoundaries(tokens: readonly Token[], info: readonly number[], t0: number, t1: number): number[] {
  // Lines as token ranges: starts[i] .. starts[i + 1].
  const starts: number[] = [t0];
  for (let k = t0 + 1; k < t1; k++) if ((info[k]! & I_NEWLINE) !== 0) starts.push(k);
  const n = starts.length;
  starts.push(t1);
  let width = 0;
  for (let i = 0; i < n; i++) width = Math.max(width, tokens[starts[i + 1]! - 1]!.end - tokens[starts[i]!]!.start);
  // full[i]: line i could not have taken the next line's first word (a run of tokens without a gap).
  const full = new Uint8Array(n);
  let fullCount = 0;
  for (let i = 0; i + 1 < n; i++) {
    const a = starts[i + 1]!;
    const stop = starts[i + 2]!;
    let w = a;
    while (w + 1 < stop && tokens[w + 1]!.start === tokens[w]!.end) w++;
    const len = tokens[a - 1]!.end - tokens[starts[i]!]!.start;
    if (len + 1 + (tokens[w]!.end - tokens[a]!.start) > width) { full[i] = 1; fullCount++; }
  }
  const wrapped = width >= LINE_BREAKS.minWrapWidth && width <= LINE_BREAKS.maxWrapWidth && fullCount >= LINE_BREAKS.minFullShare * (n - 1);
  const out: number[] = [];
  if (!wrapped) {
    for (let i = 1; i < n; i++) if (!continues(tokens, info, starts[i]!)) out.push(starts[i]!);
    return out;
  }
  let mixedCase = false;
  for (let k = t0; k < t1 && !mixedCase; k++) if ((info[k]! & I_LOWER) !== 0) mixedCase = true;
  // No word starts in lower case: capitals throughout (telex), or a table of names (`Tiger Harlan 68 70`)?
  for (let k = t0; k < t1 && !mixedCase; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.text !== t.text.toUpperCase()) mixedCase = true;
  }
  for (let i = 0; i + 1 < n; i++) {
    const b = starts[i + 1]!;
    if (continues(tokens, info, b)) continue;
    if (full[i] === 0 || (mixedCase && headlineLike(info, starts[i]!, b))) out.push(b);
  }
  return out;
}

/** A line with a capitalized word and no lower-case one (`SOCCER - RESULTS`, `Minister Quits Over Leak`). */
function headlineLike(info: readonly number[], a: number, b: number): boolean {
  let upper = false;
  for (let k = a; k < b; k++) {
    const inf = info[k]!;
    if ((inf & I_LOWER) !== 0) return false;
    if ((inf & I_UPPER) !== 0) upper = true;
  }
  return upper;
}
