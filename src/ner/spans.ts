/**
 * Span conventions (CoNLL/OntoNotes) applied to tagger output over the Doc's tokens:
 * no titles or honorifics inside person spans (they become the mention's `title`), no possessive `'s`,
 * no leading or trailing punctuation, no leading "the" for organizations (a lowercase "the" never belongs
 * to a name; a capitalized one does in place names such as "The Hague" or "The Oval").
 */
import type { Token } from '../types/annotation.js';
import { TITLE_WORDS } from './gazetteer.js';

/** A candidate mention over global token indices `[start, end)`. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

/** Title words, case-sensitive (`President`, `leader`, `Mr.`). */
export const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS);

/** A token's normalized text (`norm`, else its text). */
export const tokText = (t: Token): string => t.norm ?? t.text;
/**
 * `tokens.slice(start, end).map(tokText)` as a loop. Same strings, but always a PACKED array: the `map` TurboFan
 * inlines into optimised code returns a HOLEY one (the builtin a PACKED one), so the tagger and the rules reading
 * these arrays met two elements kinds, one before and one after their caller was optimised, and deopted on it.
 */
export function tokTexts(tokens: readonly Token[], start: number, end: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(start, 0), e = Math.min(end, tokens.length); i < e; i++) out.push(tokText(tokens[i]!));
  return out;
}
/**
 * `/^\p{Lu}/u.test(w)`: does `w` start with an upper-case letter? An ASCII first unit (most words) is tested without
 * the regular expression (`\p{Lu}` in ASCII is A–Z): the entity rules ask it of every token of a story several times.
 */
export const startsUpper = (w: string): boolean => {
  const u = w.charCodeAt(0);
  return u < 128 ? u >= 65 && u <= 90 : UPPER_FIRST.test(w);
};
const UPPER_FIRST = /^\p{Lu}/u;
/**
 * Runs both branches of `startsUpper` at load, so its type feedback covers the non-ASCII one. It is inlined into
 * most entity rules; with that branch never run, the first story with a word like "Élysée" threw away the compiled
 * code of every rule that had inlined it (an "insufficient type feedback" deopt each) to have it compiled again.
 * 32 calls: V8 records feedback only once a function has run a while. No output depends on these calls.
 */
export function primeFeedback(f: (w: string) => boolean): void {
  for (let k = 0; k < 32; k++) f(k % 2 === 0 ? '\u00c9a' : 'a\u00e9');
}
primeFeedback(startsUpper);
/** A word token starting with an upper-case letter ({@link startsUpper}). */
export const isCapWord = (t: Token): boolean => t.kind === 'word' && startsUpper(t.text);
/** True when two token ranges share a token. */
export const overlaps = (a: TokenRange, b: TokenRange): boolean => a.start < b.end && b.start < a.end;
const isPossessive = (t: Token) => /^['’]s?$/i.test(tokText(t)) || (t.kind === 'clitic' && /^['’]/.test(t.text));
const isEdgePunct = (t: Token) => t.kind === 'punct' || t.kind === 'quote' || t.kind === 'symbol' || /^[^\p{L}\p{N}]+$/u.test(t.text);
/** `'` `s` written after a space (`Boatmen 's`): the segmenter's quote mark plus a bare `s`. */
const isSpacedPossessive = (tokens: readonly Token[], end: number, start: number) => {
  const s = tokens[end - 1]!;
  const q = tokens[end - 2];
  return end - 2 > start && q !== undefined && /^[sS]$/.test(s.text) && q.kind === 'quote' && /^['’]$/.test(tokText(q)) && q.end === s.start
    && tokens[end - 3]!.end < q.start;
};
/**
 * A closing bracket that closes an opening one inside the range (`Proleter ( Z )`) stays, and so does the
 * `$` of a currency prefix (`C$`, `A$`).
 */
const closesInside = (tokens: readonly Token[], start: number, end: number) => {
  const t = tokens[end - 1]!;
  if (t.text === '$' && end - 1 > start && tokens[end - 2]!.end === t.start && /^\p{Lu}{1,2}$/u.test(tokens[end - 2]!.text)) return true;
  const close = tokText(tokens[end - 1]!);
  const open = close === ')' ? '(' : close === ']' ? '[' : null;
  if (!open) return false;
  for (let i = start + 1; i < end - 1; i++) if (tokText(tokens[i]!) === open) return true;
  return false;
};
/**
 * Trims a range: drops trailing possessives and punctuation (but not a bracket closing one opened inside the
 * range: `Proleter ( Z )`), leading punctuation, a leading lowercase
 * "the", and for organizations (`org`) any leading "the". Returns null when nothing is left.
 */
export function trimRange(tokens: readonly Token[], r: TokenRange, org = true): TokenRange | null {
  const drop = (t: Token) => { const x = tokText(t); return x === 'the' || (org && (x === 'The' || x === 'THE')); };
  let { start, end } = r;
  for (;;) {
    const before = start + end * 1e6;
    for (;;) {
      if (end > start && isSpacedPossessive(tokens, end, start)) end -= 2;
      else if (end > start && (isPossessive(tokens[end - 1]!) || (isEdgePunct(tokens[end - 1]!) && !closesInside(tokens, start, end)))) end--;
      else break;
    }
    while (start < end && (isEdgePunct(tokens[start]!) || drop(tokens[start]!))) start++;
    if (before === start + end * 1e6) break;
  }
  return end > start ? { start, end } : null;
}

/**
 * Splits titles off a person range: leading title tokens inside the range, then title tokens immediately
 * before it (`Russian President Vladimir Putin` → name `Vladimir Putin`, title `President`;
 * `Foreign Minister Sergey Lavrov` → title `Foreign Minister`). `floor` is the first token the title may use
 * (the end of the previous mention or the sentence start).
 */
export function splitTitle(tokens: readonly Token[], r: TokenRange, floor: number): { name: TokenRange; title: TokenRange | null } {
  let start = r.start;
  while (start < r.end - 1 && TITLES.has(tokText(tokens[start]!))) start++;
  let t = start;
  while (t > floor && TITLES.has(tokText(tokens[t - 1]!))) t--;
  const name = { start, end: r.end };
  return { name, title: t < start ? { start: t, end: start } : null };
}
