import { describe, expect, it } from 'vitest';
import { PARAGRAPH_PIECE_EXAMPLE, splitAtLineBreaks } from '../../src/quotes/paragraph-pieces.js';
import { extractText, rangeText, tokenRange, viewOf } from './helpers.js';

describe('split-at-line-break', () => {
  it.each([
    // [text, content span (one piece), expected pieces]
    ['Novak said the mill will close\n\nand the port will follow.', 'the mill will close\n\nand the port will follow.', ['the mill will close', 'and the port will follow.']],
    ['"The mill will close.\n\n"The port is next," Novak said.', '"The mill will close.\n\n"The port is next,"', ['"The mill will close.', '"The port is next,"']],
    ['Ruiz wrote that the dock\nwill reopen in May.', 'the dock\nwill reopen in May.', ['the dock', 'will reopen in May.']],
    ['Ruiz wrote that the dock\n\n\nwill reopen\nin May.', 'the dock\n\n\nwill reopen\nin May.', ['the dock', 'will reopen', 'in May.']],
    // negative rows: no break inside the piece, so it stays whole
    ['Novak said the mill will close and the port will follow.', 'the mill will close and the port will follow.', ['the mill will close and the port will follow.']],
    ['"The mill will close. The port is next," Novak said.', '"The mill will close. The port is next,"', ['"The mill will close. The port is next,"']],
  ] as const)('%j -> pieces %j', (text, span, pieces) => {
    const v = viewOf(text);
    const content = [tokenRange(v, span)];
    const out = splitAtLineBreaks(v, content);
    expect(out.map((r) => rangeText(v, r))).toEqual(pieces);
    if (pieces.length === 1) expect(out).toBe(content);
  });

  it('keeps pieces that already end at a break, and their order', () => {
    const text = 'Ruiz said the dock, she added, will reopen\nin May.';
    const v = viewOf(text);
    const content = [tokenRange(v, 'the dock,'), tokenRange(v, 'will reopen\nin May.')];
    expect(splitAtLineBreaks(v, content).map((r) => rangeText(v, r))).toEqual(['the dock,', 'will reopen', 'in May.']);
  });

  it.each([
    [PARAGRAPH_PIECE_EXAMPLE[0], PARAGRAPH_PIECE_EXAMPLE[2]],
    // negative row: the same quotation on one line is one piece
    [PARAGRAPH_PIECE_EXAMPLE[0].replace('\n', ' '), PARAGRAPH_PIECE_EXAMPLE[2].replace(' | ', ' ')],
  ] as const)('through the extractor: %j has content %j', (text, after) => {
    const q = extractText(text).quotes.find((x) => x.content.text.startsWith('“The mill'));
    expect(q).toBeDefined();
    const pieces = q!.content.fragments ?? [q!.content];
    expect(pieces.map((f) => f.text).join(' | ')).toBe(after);
    for (const f of pieces) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
