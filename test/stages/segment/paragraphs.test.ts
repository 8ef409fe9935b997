/** Paragraph tables: blank lines of every kind, CRLF, whitespace trimming. */
import { describe, expect, it } from 'vitest';
import { findParagraphs } from '../../../src/stages/segment/index.js';

const texts = (text: string): string[] => findParagraphs(text).map((p) => p.text);

describe('paragraphs', () => {
  it.each([
    ['empty text', '', []],
    ['only whitespace', ' \n\t\n  ', []],
    ['one line', 'One line.', ['One line.']],
    ['single newline keeps one paragraph', 'a\nb', ['a\nb']],
    ['blank line splits', 'a\n\nb', ['a', 'b']],
    ['several blank lines', 'a\n\n\n\nb', ['a', 'b']],
    ['whitespace-only line splits', 'a\n \t \nb', ['a', 'b']],
    ['NBSP-only line splits', 'a\n\u00a0\nb', ['a', 'b']],
    ['CRLF blank line', 'a\r\n\r\nb\r\nc', ['a', 'b\r\nc']],
    ['CRLF single newline', 'a\r\nb', ['a\r\nb']],
    ['old Mac CR', 'a\r\rb', ['a', 'b']],
    ['mixed endings', 'a\n\r\nb', ['a', 'b']],
    ['line separator U+2028 counts as a newline', 'a\u2028\u2028b', ['a', 'b']],
    ['paragraph separator U+2029 splits on its own', 'a\u2029b', ['a', 'b']],
    ['surrounding whitespace excluded', '  \n  a b  \n\n  c  \n', ['a b', 'c']],
    ['indented lines keep inner whitespace', 'a\n  b', ['a\n  b']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('gives offsets that slice to the text', () => {
    const text = '\r\n  First para\r\nstill first.\r\n\r\n\tSecond.  ';
    const ps = findParagraphs(text);
    expect(ps.map((p) => [p.start, p.end])).toEqual([[4, 28], [33, 40]]);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
