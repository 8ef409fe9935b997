/** Paragraph finder: paragraphs are separated by blank lines (one or more empty or whitespace-only lines). */
import type { Paragraph } from '../../types/annotation.js';
import * as chars from './chars.js';

// Imported constants and helpers are copied into module-local bindings once: under vitest's module
// runner each use of an imported binding is a getter call, which made the hot loops 3-4x slower there.
const {
  isSpaceCode,
} = chars;

/**
 * Next position `>= from` of `ch` in `text`, or `text.length`. Callers cache the answer and ask again
 * only once they pass it, so each terminator kind costs one native scan over the text in total.
 */
function nextOf(text: string, ch: string, from: number): number {
  const k = text.indexOf(ch, from);
  return k < 0 ? text.length : k;
}

/**
 * Splits `text` into paragraphs. Works line by line (line terminators found with `indexOf`, so the
 * cost is per line, not per character): a line that is empty or only whitespace separates
 * paragraphs, as does U+2029 PARAGRAPH SEPARATOR. Terminators are `\n`, `\r\n`, a lone `\r` and
 * U+2028. Each paragraph excludes the whitespace around it, so none is empty and every non-whitespace
 * character lies in exactly one paragraph.
 */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const n = text.length;
  let lf = nextOf(text, '\n', 0);
  let cr = nextOf(text, '\r', 0);
  let ls = nextOf(text, '\u2028', 0);
  let ps = nextOf(text, '\u2029', 0);
  let start = -1; // start of the open paragraph
  let lastEnd = 0; // end of its last non-blank line (trimmed)
  let pos = 0;
  while (pos <= n) {
    if (lf < pos) lf = nextOf(text, '\n', pos);
    if (cr < pos) cr = nextOf(text, '\r', pos);
    if (ls < pos) ls = nextOf(text, '\u2028', pos);
    if (ps < pos) ps = nextOf(text, '\u2029', pos);
    const eol = Math.min(lf, cr, ls, ps);
    // First and last non-space of the line [pos, eol).
    let a = pos;
    while (a < eol && isSpaceCode(text.charCodeAt(a))) a++;
    if (a < eol) {
      let b = eol;
      while (isSpaceCode(text.charCodeAt(b - 1))) b--;
      if (start < 0) start = a;
      lastEnd = b;
    } else if (start >= 0) {
      // A blank line closes the open paragraph.
      out.push({ start, end: lastEnd, text: text.slice(start, lastEnd) });
      start = -1;
    }
    if (eol >= n) break;
    if (eol === ps && start >= 0) {
      out.push({ start, end: lastEnd, text: text.slice(start, lastEnd) });
      start = -1;
    }
    pos = eol + (text.charCodeAt(eol) === 0x0d && text.charCodeAt(eol + 1) === 0x0a ? 2 : 1);
  }
  if (start >= 0) out.push({ start, end: lastEnd, text: text.slice(start, lastEnd) });
  return out;
}
