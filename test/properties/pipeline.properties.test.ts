/**
 * Invariants of the whole shipped pipeline on random and adversarial text: every span slices to its
 * text in both offset units, every output validates, the same input gives byte-identical output, and
 * no input crashes or hangs a stage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/batch/process.js';
import { verifyAnnotation } from '../../src/emit/validate.js';
import { shippedPipeline, textInput } from '../helpers.js';

// Text that looks like news often enough to exercise every stage: words, names, quotes, dates, datelines.
const newsy = fc.array(fc.oneof(
  fc.constantFrom('MOSCOW, November 1. /TASS/. ', 'WASHINGTON (Reuters) - ', ' date 2024-11-01 ', 'By Jane Doe\n', 'U.S. ', 'Mr. ', 'Putin\'s ', 'country’s ',
    '"', '“', '”', '‘', '’', '«', '»', "'", ' said', ' pointed out that ', ', he said.', 'June 18-19', 'March 3 to 25, 1949', 'last fall', '...', '…', '\n\n', '\r\n',
    '😀', '👨‍👩‍👧', '\u00a0', '\u200b', '—', '–', 'Kim Jong Un', 'Sergey Lavrov', ': "', '."', '?"', ' ', '. ', '3.5', '$1.2 billion'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
), { maxLength: 60 }).map((parts) => parts.join(''));

describe('pipeline properties', () => {
  it('every output validates and every span slices to its text, in both units', async () => {
    const pipeline = await shippedPipeline();
    fc.assert(fc.property(newsy, (text) => {
      for (const unit of ['codepoint', 'utf16'] as const) {
        const result = processDocument(pipeline, textInput(text), unit);
        expect(result.problems).toEqual([]);
        expect(result.status).toBe('ok');
        const doc = JSON.parse(result.json!);
        expect(verifyAnnotation(doc)).toEqual([]);
      }
    }), { numRuns: 250 });
  });

  it('same input gives byte-identical output', async () => {
    const pipeline = await shippedPipeline();
    fc.assert(fc.property(newsy, (text) => {
      const a = processDocument(pipeline, textInput(text), 'codepoint').json;
      const b = processDocument(pipeline, textInput(text), 'codepoint').json;
      expect(a).toBe(b);
    }), { numRuns: 100 });
  });

  it.each([
    ['1 MB of straight quotes', '"'.repeat(1 << 20)],
    ['1 MB of curly quotes', '“”'.repeat(1 << 19)],
    ['1 MB of periods', '.'.repeat(1 << 20)],
    ['1 MB without spaces', 'a'.repeat(1 << 20)],
    ['control characters', Array.from({ length: 5000 }, (_, i) => String.fromCharCode(i % 32)).join('')],
    ['lone surrogates', '\ud800 said \udfff "x\ud83d'.repeat(2000)],
    ['deeply unbalanced quotes', '"a "b "c '.repeat(50_000)],
  ])('%s: finishes without a crash', async (_n, text) => {
    const pipeline = await shippedPipeline();
    const result = processDocument(pipeline, textInput(text), 'codepoint');
    expect(result.problems).toEqual([]);
    expect(verifyAnnotation(JSON.parse(result.json!))).toEqual([]);
  }, 120_000);
});
