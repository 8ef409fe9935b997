/**
 * Rule-based sentence splitter over the tokens of one region (a paragraph, or the part of one between
 * header spans). Two steps, kept apart so each can be tested alone:
 * 1. {@link pairQuotes} finds quotations that "flow on" into the same sentence (`"We will win. They
 *    know it," he said.`): inside those, no boundary is placed;
 * 2. {@link splitRegion} walks the tokens once and places a boundary after a terminal (plus any closing
 *    quotes and brackets, which belong to the sentence before) when the next token can start a sentence,
 *    and at the single line breaks `lines.ts` picks (one unit per line, not hard-wrapped prose).
 * Linear time: every bounded look-around is at most a few tokens.
 */
import type { Token } from '../../types/annotation.js';
import * as lines from './lines.js';
import type { CompiledLexicon } from './options.js';
import * as tokenInfo from './token-info.js';

// Imported constants and helpers are copied into module-local bindings once: under vitest's module
// runner each use of an imported binding is a getter call, which made the hot loops 3-4x slower there.
const {
  I_CLOSE_BRACKET, I_CONTINUES, I_LOWER, I_OPEN_BRACKET, I_SINGLE, I_UPPER, QDIR_CLOSE, QDIR_EITHER, QDIR_NONE, QDIR_OPEN, TERM_ABBR_CAPITAL, TERM_ABBR_NEVER, TERM_ABBR_STARTER, TERM_BANG, TERM_ELLIPSIS, TERM_INITIAL, TERM_MASK, TERM_NONE, TERM_STOP, qdirOf,
} = tokenInfo;
const { hasLineBreak, lineBoundaries } = lines;

/** How far down the open-quote stack a closing mark looks for its partner (bounded, so mismatched marks stay linear). */
const STACK_LOOKBACK = 4;
/** How many closing marks/brackets are looked through around a quote's end. */
const CLOSER_LOOKAROUND = 4;

/** Scratch buffers reused across regions (the stage is synchronous, so sharing is safe). */
let flowEndBuf = new Int32Array(1024);
let closerBuf = new Uint8Array(1024);
let stackBuf = new Int32Array(1024);

function ensureScratch(n: number): void {
  if (flowEndBuf.length < n) {
    const size = Math.max(n, flowEndBuf.length * 2);
    flowEndBuf = new Int32Array(size);
    closerBuf = new Uint8Array(size);
    stackBuf = new Int32Array(size);
  }
}

/**
 * Pairs quotation marks of `info[t0, t1)` within each family (double, single). Fills, relative to t0,
 * `flowEnd[o] = c` for an opening mark `o` whose closing mark `c` flows on into the sentence (the
 * quote does not end in a terminal, or lower case / a comma follows it), else -1, and `closer[c] = 1`
 * for every paired closing mark. Unpaired marks are left alone: an odd number of marks is not an error.
 */
export function pairQuotes(info: readonly number[], t0: number, t1: number, flowEnd: Int32Array, closer: Uint8Array, stack: Int32Array): void {
  const n = t1 - t0;
  flowEnd.fill(-1, 0, n);
  closer.fill(0, 0, n);
  let sp = 0;
  for (let k = t0; k < t1; k++) {
    const inf = info[k]!;
    const dir = qdirOf(inf);
    if (dir === QDIR_NONE) continue;
    if (dir === QDIR_OPEN) { stack[sp++] = k; continue; }
    const fam = inf & I_SINGLE;
    let found = -1;
    for (let d = sp - 1; d >= 0 && d >= sp - STACK_LOOKBACK; d--) {
      if ((info[stack[d]!]! & I_SINGLE) === fam) { found = d; break; }
    }
    if (found < 0) {
      if (dir === QDIR_EITHER) stack[sp++] = k; // a straight quote with nothing open opens
      continue;
    }
    const o = stack[found]!;
    sp = found; // marks opened inside and never closed are dropped with it
    closer[k - t0] = 1;
    if (flowsOn(info, o, k, t1)) flowEnd[o - t0] = k;
  }
}

function isTerminal(inf: number): boolean {
  return (inf & TERM_MASK) !== TERM_NONE;
}

function isClosingMark(inf: number): boolean {
  return qdirOf(inf) === QDIR_CLOSE || (inf & I_CLOSE_BRACKET) !== 0;
}

/** Does the quotation `o..c` continue into the same sentence? */
function flowsOn(info: readonly number[], o: number, c: number, t1: number): boolean {
  let b = c - 1;
  for (let n = 0; n < CLOSER_LOOKAROUND && b > o && isClosingMark(info[b]!); n++) b--;
  if (b <= o || !isTerminal(info[b]!)) return true; // ends with a comma, a word, a dash: "...," he said
  let a = c + 1;
  for (let n = 0; n < CLOSER_LOOKAROUND && a < t1 && isClosingMark(info[a]!); n++) a++;
  return a < t1 && (info[a]! & (I_LOWER | I_CONTINUES)) !== 0; // "Why?" he asked.
}

const NO_BREAKS: readonly number[] = [];

/**
 * Splits the tokens `[t0, t1)` of one region into sentences and calls `emit(first, end)` for each, in
 * order, as half-open token index ranges that together cover the region.
 */
export function splitRegion(
  tokens: readonly Token[], info: readonly number[], t0: number, t1: number, lex: CompiledLexicon,
  emit: (first: number, end: number) => void,
): void {
  if (t1 <= t0) return;
  const n = t1 - t0;
  ensureScratch(n);
  const flowEnd = flowEndBuf;
  const closer = closerBuf;
  pairQuotes(info, t0, t1, flowEnd, closer, stackBuf);
  // Boundaries at single line breaks (see lines.ts); they hold even inside a quotation that flows on.
  const breaks = hasLineBreak(info, t0, t1) ? lineBoundaries(tokens, info, t0, t1) : NO_BREAKS;
  let nextBreak = 0;
  let first = t0;
  let noSplitUntil = -1;
  for (let k = t0; k < t1; k++) {
    if (nextBreak < breaks.length) {
      while (nextBreak < breaks.length && breaks[nextBreak]! < k) nextBreak++;
      if (breaks[nextBreak] === k && k > first) {
        emit(first, k);
        first = k;
      }
    }
    const fe = flowEnd[k - t0]!;
    if (fe > noSplitUntil) noSplitUntil = fe;
    const term = info[k]! & TERM_MASK;
    if (term === TERM_NONE || k < noSplitUntil) continue;
    // Closing quotes and brackets after the terminal belong to the sentence before.
    let e = k;
    while (e + 1 < t1 && (closer[e + 1 - t0] === 1 || isClosingMark(info[e + 1]!))) e++;
    if (e + 1 >= t1) break;
    if (startsSentence(term, tokens, info, e + 1, t1, closer[e + 1 - t0] === 1, lex)) {
      emit(first, e + 1);
      first = e + 1;
    }
    k = e;
  }
  emit(first, t1);
}

/** After a terminal of kind `term`, can token `n` (of a region ending at `t1`) begin a new sentence? */
function startsSentence(term: number, tokens: readonly Token[], info: readonly number[], n: number, t1: number, nIsCloser: boolean, lex: CompiledLexicon): boolean {
  const ni = info[n]!;
  if ((ni & (I_LOWER | I_CONTINUES | I_CLOSE_BRACKET)) !== 0) return false;
  const nTerm = ni & TERM_MASK;
  // In a run of terminals (". . .", "? !") the boundary goes after the last one.
  if (nTerm === TERM_STOP || nTerm === TERM_BANG || nTerm === TERM_ELLIPSIS) return false;
  const qd = qdirOf(ni);
  const quoteOpens = !nIsCloser && (qd === QDIR_OPEN || qd === QDIR_EITHER);
  switch (term) {
    case TERM_STOP:
    case TERM_BANG:
      return true;
    case TERM_ELLIPSIS:
    case TERM_ABBR_CAPITAL:
      return (ni & I_UPPER) !== 0 || quoteOpens || (ni & I_OPEN_BRACKET) !== 0;
    case TERM_ABBR_STARTER:
      // A quote starts a sentence only when a capital follows it: `the U.S. "It was fun,"` but not `the U.S. “does not ...`.
      if (quoteOpens) return n + 1 < t1 && (info[n + 1]! & I_UPPER) !== 0 && tokens[n + 1]!.start === tokens[n]!.end;
      return (ni & I_UPPER) !== 0 && lex.starters.has(tokens[n]!.text);
    case TERM_INITIAL:
      // `plan B. The rest failed` splits; `P. Such 8-118` and `A. Will` (surnames that are starter words) do not.
      return (ni & I_UPPER) !== 0 && lex.starters.has(tokens[n]!.text) && n + 1 < t1 && (info[n + 1]! & I_LOWER) !== 0;
    case TERM_ABBR_NEVER:
    default:
      return false;
  }
}
