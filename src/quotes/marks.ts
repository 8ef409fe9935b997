/**
 * Quotation-mark pairing. Marks are classified as opening/closing from the glyph (curly, guillemets)
 * or from their neighbours (straight marks), then paired per paragraph with a stack. A paragraph that
 * ends inside a quotation continues into the next one only when that paragraph reopens with a mark
 * (the multi-paragraph convention); any other imbalance is reported and only that paragraph falls back
 * to mark-less processing, instead of giving up on the document (textacy's weakness).
 */
import type { Paragraph, Token } from '../types/annotation.js';

/** A quoted region: from the opening mark to the closing mark, both included. */
export interface QuoteRegion {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark. */
  end: number;
  /** Token index of the opening mark. */
  openToken: number;
  /** Token index of the closing mark. */
  closeToken: number;
  /** Paragraph indexes covered (more than one for a multi-paragraph quotation). */
  paragraphs: number[];
  /** Number of word tokens inside. */
  words: number;
}

/** A paragraph whose marks could not be paired. */
export interface UnbalancedMark {
  paragraph: number;
  start: number;
  end: number;
  reason: 'unclosed' | 'unopened';
}

type Role = 'open' | 'close' | 'none';
interface Carry { openToken: number; start: number; paragraphs: number[]; family: Family; words: number }
type Family = 'double' | 'single' | 'guillemet';
/** A mark spans tokens i..j (j > i for a doubled apostrophe `''`). */
interface Mark { i: number; j: number; family: Family; role: Role | 'ambiguous' }

// The patterns are compiled once (none is global or sticky, so sharing them keeps `test` stateless).
const SPACE_OR_START = /[\s([{\u2014\u2013-]/;
// A closing double mark may follow a closing single one (`‘a farce.’”`), so double marks end a word too.
const SPACE_OR_END = /[\s.,;:!?)\]}\u2014\u2013\u201d"»-]/;
const WORD_BEFORE = /[\p{L}\p{N}.,!?’']/u;
const BREAK_AFTER = /[\s.,;:!?)\]]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
const SPACE_OR_DIGIT = /[\s\d]/;
const TAG_NAME_START = /[A-Za-z/]/;

const isSpaceOrStart = (ch: string | undefined) => ch === undefined || SPACE_OR_START.test(ch);
const isSpaceOrEnd = (ch: string | undefined) => ch === undefined || SPACE_OR_END.test(ch);
/** Typed with the wrong glyph: an opening curly mark glued to the word before it and followed by a break (`Wins“ that`). */
const looksClosing = (before: string | undefined, after: string | undefined) =>
  before !== undefined && WORD_BEFORE.test(before) && (after === undefined || BREAK_AFTER.test(after));

/** Role of a straight double mark from the characters around it. */
function straightRole(before: string | undefined, after: string | undefined): Role | 'ambiguous' {
  const open = isSpaceOrStart(before) || before === '‘' || before === "'";
  const close = isSpaceOrEnd(after) || after === '’' || after === "'";
  return open && !close ? 'open' : close && !open ? 'close' : 'ambiguous';
}

/** Number of adjacent straight apostrophe tokens starting at token i (1 when alone, at most 3 counted). */
function apostropheRun(tokens: readonly Token[], i: number, end: number): number {
  let n = 1;
  while (n < 4 && i + n < tokens.length && tokens[i + n]!.text === "'" && tokens[i + n]!.start === tokens[i + n - 1]!.end && tokens[i + n]!.start < end && tokens[i]!.text === "'") n++;
  return n === 4 ? 1 : n;
}

/** True when offset `at` lies inside a markup tag (`<name ...>`) that opens after `from`. */
export function inMarkupTag(text: string, at: number, from: number): boolean {
  for (let j = at - 1; j >= from && at - j < 400; j--) {
    const c = text[j];
    if (c === '>') return false;
    if (c === '<') return TAG_NAME_START.test(text[j + 1] ?? '');
  }
  return false;
}

/** Result of pairing: top-level regions plus the paragraphs that fell back. */
export interface Pairing {
  regions: QuoteRegion[];
  unbalanced: UnbalancedMark[];
}

/** Number of word and number tokens strictly between token indexes a and b. */
function wordsBetween(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b; k++) if (tokens[k]!.kind === 'word' || tokens[k]!.kind === 'number') n++;
  return n;
}

/**
 * Adds the mark(s) of the quote token `tj` (of paragraph `p`) to `marks`, classified from the glyph and the
 * neighbouring characters; returns how many further tokens the mark spans (a doubled apostrophe). One function on
 * purpose: it is larger than V8 inlines, so it is compiled on its own, and a rare mark form first met after it was
 * optimised (a doubled apostrophe, a mistyped glyph) recompiles only it, not the view builder it would be inlined into.
 */
function addMark(text: string, tokens: readonly Token[], tj: number, p: Paragraph, marks: Mark[]): number {
  const t = tokens[tj]!;
  if (inMarkupTag(text, t.start, p.start)) return 0; // `<tweet author="...">`: attribute values, not quotations
  const run = apostropheRun(tokens, tj, p.end);
  if (run >= 2) {
    // `''` is a double quotation mark typed as two apostrophes (some newspapers' house style). A run of three
    // closes a nested single quotation and the double one (`'old-school,'''`), or opens both.
    const role = straightRole(text[t.start - 1], text[tokens[tj + run - 1]!.end]);
    const single = run === 3;
    const dblAt = single && role !== 'open' ? tj + 1 : tj;
    if (single && role !== 'open') marks.push({ i: tj, j: tj, family: 'single', role });
    marks.push({ i: dblAt, j: dblAt + 1, family: 'double', role });
    if (single && role === 'open') marks.push({ i: tj + 2, j: tj + 2, family: 'single', role });
    return run - 1;
  }
  const g = t.text;
  const before = t.start > 0 ? text[t.start - 1] : undefined;
  const after = t.end < text.length ? text[t.end] : undefined;
  let family: Family = 'double';
  let role: Role | 'ambiguous' = 'none';
  switch (g) {
    case '“': case '„': case '‟':
      // `that. “` at the end of a paragraph or `Wins“ that`: a mistyped closing mark; the pairing decides.
      role = looksClosing(before, after) || after === undefined || after === '\n' ? 'ambiguous' : 'open';
      break;
    case '”':
      // `aides ”get close`: a mistyped opening mark; the pairing decides.
      role = isSpaceOrStart(before) && after !== undefined && LETTER_OR_DIGIT.test(after) ? 'ambiguous' : 'close';
      break;
    case '«': family = 'guillemet'; role = 'open'; break;
    case '»': family = 'guillemet'; role = 'close'; break;
    case '‘': case '‹':
      family = 'single';
      // `in ‘16`: an elided century, not a quotation.
      if (after !== undefined && DIGIT.test(after)) role = 'none';
      else role = isSpaceOrStart(before) || before === '"' || before === '“' ? 'open' : 'none';
      break;
    case '’': case '›': case "'": {
      family = 'single';
      const open = isSpaceOrStart(before) && after !== undefined && !SPACE_OR_DIGIT.test(after);
      const close = !isSpaceOrStart(before) && isSpaceOrEnd(after);
      if (g === '’' && close && before === 's') role = 'ambiguous'; // Democrats’
      else role = open && !close ? 'open' : close && !open ? 'close' : 'none';
      break;
    }
    case '"': {
      const open = isSpaceOrStart(before) || before === '‘' || before === "'";
      const close = isSpaceOrEnd(after) || after === '’' || after === "'";
      role = open && !close ? 'open' : close && !open ? 'close' : 'ambiguous';
      break;
    }
    default: role = 'none';
  }
  if (role !== 'none') marks.push({ i: tj, j: tj, family, role });
  return 0;
}

/**
 * Pairs the marks of paragraph `pi` (its tokens from `firstToken` up to `tj`), continuing `carry`: appends its
 * regions to `regions` (none when the paragraph falls back) and its problems to `unbalanced`; returns the
 * quotation it carries into the next paragraph, if any.
 */
function pairParagraph(
  tokens: readonly Token[], paragraphs: readonly Paragraph[], pi: number, marks: Mark[], firstToken: number, tj: number,
  carry: Carry | null, regions: QuoteRegion[], unbalanced: UnbalancedMark[],
): Carry | null {
  const paraRegions: QuoteRegion[] = [];
  const stack: { i: number; family: Family }[] = [];
  let bad: UnbalancedMark | null = null;
  let outer: { i: number; family: Family } | null = null;
  // A carried quotation must be reopened by this paragraph's first token.
  let cont = null as Carry | null;
  if (carry) {
    const first = marks[0];
    if (first && first.i === firstToken && first.family === carry.family && first.role !== 'close') {
      cont = carry;
      marks.shift();
      outer = { i: carry.openToken, family: carry.family };
    } else {
      unbalanced.push({ paragraph: pi - 1, start: carry.start, end: paragraphs[pi - 1]!.end, reason: 'unclosed' });
    }
  }
  let next: Carry | null = null;
  for (const m of marks) {
    const top = stack.length ? stack[stack.length - 1]! : outer && stack.length === 0 ? outer : null;
    // A double mark looks past single quotations still open (they may be apostrophes).
    let near = top;
    if (m.family !== 'single') {
      near = outer;
      for (let s = stack.length - 1; s >= 0; s--) if (stack[s]!.family !== 'single') { near = stack[s]!; break; }
    }
    const inFamily = near && near.family === m.family;
    let role = m.role;
    if (role === 'ambiguous') role = inFamily ? 'close' : m.family === 'single' ? 'none' : 'open';
    if (role === 'none') continue;
    if (role === 'open') {
      // A lone single quote outside any quotation is only an opener if a closer follows.
      stack.push({ i: m.i, family: m.family });
      continue;
    }
    // role === 'close'
    // A double or guillemet closer ends every single quotation still open inside it (`‘We might,’”`):
    // an unclosed single mark there is an apostrophe or a nested quote closed by the same glyph run.
    if (m.family !== 'single') while (stack.length && stack[stack.length - 1]!.family === 'single') stack.pop();
    if (stack.length && stack[stack.length - 1]!.family === m.family) {
      const o = stack.pop()!;
      if (stack.length === 0 && !outer) {
        paraRegions.push({ start: tokens[o.i]!.start, end: tokens[m.j]!.end, openToken: o.i, closeToken: m.j, paragraphs: [pi], words: wordsBetween(tokens, o.i, m.i) });
      }
    } else if (stack.length === 0 && outer && outer.family === m.family) {
      const c = cont!;
      paraRegions.push({ start: c.start, end: tokens[m.j]!.end, openToken: c.openToken, closeToken: m.j, paragraphs: [...c.paragraphs, pi], words: c.words + wordsBetween(tokens, firstToken - 1, m.i) });
      outer = null;
    } else if (m.family === 'single') {
      continue; // a stray apostrophe-like mark
    } else {
      bad = { paragraph: pi, start: tokens[m.i]!.start, end: tokens[m.i]!.end, reason: 'unopened' };
      break;
    }
  }
  // Unclosed single quotes are usually apostrophes: drop them silently.
  while (!bad && stack.length && stack[stack.length - 1]!.family === 'single') stack.pop();
  if (!bad && stack.length === 1 && !outer) {
    const o = stack[0]!;
    next = { openToken: o.i, start: tokens[o.i]!.start, paragraphs: [pi], family: o.family, words: wordsBetween(tokens, o.i, tj) };
  } else if (!bad && stack.length === 0 && outer && cont) {
    next = { openToken: cont.openToken, start: cont.start, paragraphs: [...cont.paragraphs, pi], family: cont.family, words: cont.words + wordsBetween(tokens, firstToken, tj) };
  } else if (!bad && stack.length > 0) {
    const o = stack[0]!;
    bad = { paragraph: pi, start: tokens[o.i]!.start, end: tokens[o.i]!.end, reason: 'unclosed' };
  }
  if (bad) {
    unbalanced.push(bad);
    return null; // this paragraph falls back: its regions are dropped
  }
  for (const r of paraRegions) regions.push(r); // not push(...): a paragraph can hold 500k regions (stack overflow)
  return next;
}

/**
 * Pairs the quotation marks of a document. Only top-level regions are returned (nested quotations
 * stay inside their parent). Single quotes form top-level regions only when they are not nested.
 */
export function pairQuotes(text: string, tokens: readonly Token[], paragraphs: readonly Paragraph[]): Pairing {
  const regions: QuoteRegion[] = [];
  const unbalanced: UnbalancedMark[] = [];
  let ti = 0;
  // A multi-paragraph quotation carried over from the previous paragraph.
  let carry: Carry | null = null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    // Skip the tokens before the paragraph (as `while (…) ti++`, but the increment always runs once, so it has
    // type feedback when pairQuotes is optimised: tokens outside every paragraph are rare, and would deoptimise it).
    let k = ti - 1;
    do k++; while (k < tokens.length && tokens[k]!.end <= p.start);
    ti = k;
    const marks: Mark[] = [];
    const firstToken = ti < tokens.length && tokens[ti]!.start < p.end ? ti : -1;
    let tj = ti;
    for (; tj < tokens.length && tokens[tj]!.start < p.end; tj++) if (tokens[tj]!.kind === 'quote') tj += addMark(text, tokens, tj, p, marks);
    ti = tj;
    // A paragraph without marks and without a carried quotation has nothing to pair.
    if (marks.length > 0 || carry) carry = pairParagraph(tokens, paragraphs, pi, marks, firstToken, tj, carry, regions, unbalanced);
  }
  if (carry) unbalanced.push({ paragraph: paragraphs.length - 1, start: carry.start, end: carry.start + 1, reason: 'unclosed' });
  return { regions, unbalanced };
}
