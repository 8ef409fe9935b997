/**
 * Per-token facts the tokenizer records for the sentence splitter, packed in one small integer per
 * token (a parallel `number[]`), so that the splitter never re-reads characters or allocates.
 */

/** Mask of the terminal kind (bits 0–2). */
export const TERM_MASK = 7;
/** Not a sentence terminal. */
export const TERM_NONE = 0;
/** A full stop `.`. */
export const TERM_STOP = 1;
/** `!`, `?` or a run of them (`?!`). */
export const TERM_BANG = 2;
/** An ellipsis `...` / `…`: ends a sentence only before a capital. */
export const TERM_ELLIPSIS = 3;
/** A word with an abbreviation period that never ends a sentence (`Mr.`). */
export const TERM_ABBR_NEVER = 4;
/** A word with an abbreviation period that ends a sentence before a sentence starter (`U.S.`). */
export const TERM_ABBR_STARTER = 5;
/** A word with an abbreviation period that ends a sentence before a capital (`etc.`). */
export const TERM_ABBR_CAPITAL = 6;
/** A single capital initial with its period (`F.`): ends a sentence only before a starter word, never before a quote (`Robert C. "Bobby" Scott`). */
export const TERM_INITIAL = 7;

/** Quote direction from context, bits 3–4. */
export const QDIR_SHIFT = 3;
/** Mask of the quote direction after shifting. */
export const QDIR_MASK = 3;
/** Not a quote mark. */
export const QDIR_NONE = 0;
/** Opening mark (space or bracket before it, text after). */
export const QDIR_OPEN = 1;
/** Closing mark (text before it, space or punctuation after). */
export const QDIR_CLOSE = 2;
/** Context does not decide; the splitter pairs it with what is open. */
export const QDIR_EITHER = 3;

/** Single-quote family (else double). */
export const I_SINGLE = 1 << 5;
/** Opening bracket `( [ {`. */
export const I_OPEN_BRACKET = 1 << 6;
/** Closing bracket `) ] }`. */
export const I_CLOSE_BRACKET = 1 << 7;
/** The token starts with an upper-case letter. */
export const I_UPPER = 1 << 8;
/** The token starts with a lower-case letter. */
export const I_LOWER = 1 << 9;
/** Clause punctuation `, ; :` or a dash: text after it continues the sentence. */
export const I_CONTINUES = 1 << 10;
/** A line break (`\n`, `\r`, U+2028) comes between the previous token and this one. */
export const I_NEWLINE = 1 << 11;

/** Terminal kind of an info value. */
export function termOf(info: number): number {
  return info & TERM_MASK;
}

/** Quote direction of an info value. */
export function qdirOf(info: number): number {
  return (info >> QDIR_SHIFT) & QDIR_MASK;
}
