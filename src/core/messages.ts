/**
 * Positioned messages about the content of a document (vfile style): problems in the text are
 * reported, never thrown. Only misuse of the API throws.
 */
import type { Message } from '../types/annotation.js';

/** Builds a message; `start`/`end` are UTF-16 offsets into the document text (converted on emit). */
export function message(
  severity: Message['severity'],
  ruleId: string,
  text: string,
  position?: { start: number; end?: number },
): Message {
  const m: Message = { severity, ruleId, message: text };
  if (position) {
    m.start = position.start;
    m.end = position.end ?? position.start;
  }
  return m;
}

/** 1-based line and column (in UTF-16 units) of offset `at` in `text`; used to make messages readable. */
export function lineColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}
