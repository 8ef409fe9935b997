/**
 * Character classes for the segmentation scanner. Every code point maps to a small integer (class in
 * the low 4 bits, case and emoji flags above), looked up in O(1): a 64 KiB table for the BMP, built
 * once with Unicode property regexes, and a memo for astral code points. The scanner never runs a
 * regex per character.
 */
import { DASHES, QUOTE_MARKS } from './lexicon.js';

/** Controls, unassigned and private-use code points, lone surrogates, zero-width space. */
export const CLS_OTHER = 0;
/** Exactly the characters of JavaScript's `\s` (so "whitespace" means one thing everywhere). */
export const CLS_SPACE = 1;
/** Letters, combining marks, letter numbers (`\p{L}\p{M}\p{Nl}`). */
export const CLS_LETTER = 2;
/** Decimal digits (`\p{Nd}`). */
export const CLS_DIGIT = 3;
/** Other numerals (`\p{No}`: `½`, `²`); they behave like digits inside words. */
export const CLS_NUMBER = 4;
/** Punctuation (`\p{P}`) that is not a quote mark or dash. */
export const CLS_PUNCT = 5;
/** Symbols (`\p{S}`, plus `% & @ # * § ¶ † ‡`) that are not emoji. */
export const CLS_SYMBOL = 6;
/** Quotation marks and apostrophes (see {@link QUOTE_MARKS}). */
export const CLS_QUOTE = 7;
/** Hyphens and dashes (see {@link DASHES}). */
export const CLS_DASH = 8;
/** Emoji bases: emoji-presentation pictographs, all astral pictographs, skin tones, regional indicators. */
export const CLS_EMOJI = 9;
/** Format characters that glue a sequence together (ZWJ, ZWNJ, variation selectors, soft hyphen, tags). */
export const CLS_JOINER = 10;

/** Mask selecting the class from a char-info value. */
export const CLS_MASK = 15;
/** Flag: upper- or title-case letter. */
export const F_UPPER = 16;
/** Flag: lower-case letter. */
export const F_LOWER = 32;
/** Flag: a pictograph with text presentation by default (`☀`, `©`): emoji only when followed by U+FE0F. */
export const F_EMOJI_TEXT = 64;
/** Flag set by {@link charInfo} when the character is a surrogate pair (two UTF-16 units). */
export const F_WIDE = 128;

const RE_SPACE = /\s/;
const RE_LETTER = /[\p{L}\p{M}\p{Nl}]/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_NUMBER = /\p{No}/u;
const RE_PICTO = /\p{Extended_Pictographic}/u;
const RE_PRESENTATION = /\p{Emoji_Presentation}/u;
const RE_EMOJI_MODIFIER = /\p{Emoji_Modifier}/u;
const RE_PUNCT = /\p{P}/u;
const RE_SYMBOL = /\p{S}/u;
const RE_FORMAT = /\p{Cf}/u;
const RE_UPPER = /[\p{Lu}\p{Lt}]/u;
const RE_LOWER = /\p{Ll}/u;

/** ASCII characters that read as symbols in news (`5%`, `AT&T`, `@handle`, `#tag`, footnote marks). */
const SYMBOL_EXTRAS = '%‰‱&@#*§¶†‡';

/** Classifies one code point with regexes; used only to fill the tables, never per scanned character. */
function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (RE_SPACE.test(ch)) return CLS_SPACE;
  if (cp === 0x200b) return CLS_OTHER; // zero-width space marks a break, so it must not glue words
  if (cp === 0x200d || cp === 0x200c || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x20e3 || (cp >= 0xe0020 && cp <= 0xe007f)) return CLS_JOINER;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return CLS_EMOJI; // regional indicators (flags)
  if (RE_EMOJI_MODIFIER.test(ch)) return CLS_EMOJI;
  if (RE_PICTO.test(ch)) {
    if (cp > 0xffff || RE_PRESENTATION.test(ch)) return CLS_EMOJI;
    return CLS_SYMBOL | F_EMOJI_TEXT;
  }
  if (RE_LETTER.test(ch)) return CLS_LETTER | (RE_UPPER.test(ch) ? F_UPPER : 0) | (RE_LOWER.test(ch) ? F_LOWER : 0);
  if (RE_DIGIT.test(ch)) return CLS_DIGIT;
  if (RE_NUMBER.test(ch)) return CLS_NUMBER;
  if (SYMBOL_EXTRAS.includes(ch)) return CLS_SYMBOL;
  if (RE_PUNCT.test(ch)) return CLS_PUNCT;
  if (RE_SYMBOL.test(ch)) return CLS_SYMBOL;
  if (RE_FORMAT.test(ch)) return CLS_JOINER; // soft hyphen, word joiner, bidi marks: invisible glue
  return CLS_OTHER;
}

let bmpTable: Uint8Array | undefined;

/** The BMP table, built on first use (~tens of ms) so that importing the module stays cheap. */
function bmp(): Uint8Array {
  if (bmpTable) return bmpTable;
  const t = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) {
    // Surrogate halves only reach the table when unpaired: they are "other".
    t[cp] = cp >= 0xd800 && cp <= 0xdfff ? CLS_OTHER : classify(cp);
  }
  for (const q of QUOTE_MARKS) t[q.char.charCodeAt(0)] = CLS_QUOTE;
  for (const d of DASHES) t[d.char.charCodeAt(0)] = CLS_DASH;
  bmpTable = t;
  return t;
}

/** Astral code points are rare in news: classify on first sight and remember (bounded, so random input cannot grow it without limit). */
const astralMemo = new Map<number, number>();
const ASTRAL_MEMO_LIMIT = 8192;

function astral(cp: number): number {
  const hit = astralMemo.get(cp);
  if (hit !== undefined) return hit;
  const v = classify(cp);
  if (astralMemo.size < ASTRAL_MEMO_LIMIT) astralMemo.set(cp, v);
  return v;
}

/** Table for BMP code units; callers that already handled surrogates may index it directly. */
export function bmpInfo(): Uint8Array {
  return bmp();
}

/**
 * Char info (class | flags) of the character at `i`, reading a surrogate pair as one character
 * (then {@link F_WIDE} is set) only when both halves lie before `end`. A lone surrogate is "other".
 */
export function charInfo(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return (bmpTable ?? bmp())[c]!;
  if (c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | F_WIDE;
  }
  return CLS_OTHER;
}

/** True for exactly the UTF-16 code units that JavaScript's `\s` matches. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x80) return false;
  return ((bmpTable ?? bmp())[c]! & CLS_MASK) === CLS_SPACE;
}

/** True for line terminators (`\n`, `\r`, U+2028, U+2029). */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** True for ASCII letters and digits (used where only ASCII is legal: e-mail domains, URL schemes). */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/** True for ASCII digits. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
