/** fast-check properties: the invariants hold and nothing throws, for arbitrary and adversarial strings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HeaderSpan } from '../../../src/types/annotation.js';
import { segment } from './helpers.js';
import { checkSegmentation } from './invariants.js';
import { sanitizeHeaders } from '../../../src/stages/segment/headers.js';

/** Fragments that stress the rules: quotes, abbreviations, clitics, URLs, emoji parts, lone surrogates, breaks. */
const FRAGMENTS = [
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u2028', '\u2029', '\u200b', '\u00ad',
  'a', 'The', 'he', 'said', 'Putin', 's', 'n', 't', 'U.S.', 'Mr.', 'No.', 'No', 'Jan.', 'e.g.', 'F.', 'etc.', 'www.', 'http://', 'x.com', '@', '#', 'tag', '_',
  '.', '.', '...', '…', '?', '!', ',', ';', ':', '-', '--', '—', '–', '‐', '/', '&', '(', ')', '[', ']', '$', '%',
  '"', '"', "'", "'", '“', '”', '‘', '’', '«', '»', '„', '`',
  "'s", "n't", '’s', "'90s", '1', '18', '2024-11-01', '3.5', '1,200', ',000', '10:30',
  '😀', '👍', '🏽', '\u200d', '\ufe0f', '\u20e3', '🇷', '🇺', '\udb40\udc67', '\ud83d', '\ude00', '\ud800', '\udfff', '\u0000', '\u0301', '𝐁', 'Москва',
];

const adversarial = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));
const utf16Units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 120 }).map((codes) => String.fromCharCode(...codes));

/** Random header spans over a text: up to 3, possibly overlapping, crossing paragraphs or out of range. */
const withHeaders = (textArb: fc.Arbitrary<string>) => textArb.chain((text) =>
  fc.tuple(fc.constant(text), fc.array(fc.record({
    a: fc.integer({ min: 0, max: text.length + 2 }),
    len: fc.integer({ min: 0, max: 30 }),
    kind: fc.constantFrom<HeaderSpan['kind']>('metadata-line', 'dateline', 'byline'),
  }), { maxLength: 3 })));

function run(text: string, header: HeaderSpan[] = []): void {
  const { doc } = segment(text, header);
  // Body sentences must stay clear of every header span the stage accepted: the stage widens spans that
  // split a surrogate pair and then drops overlapping ones, so check against its own sanitized list.
  const kept = sanitizeHeaders(text, header, () => {}).map((h) => ({ ...h, text: text.slice(h.start, h.end) }));
  checkSegmentation(doc, kept);
}

const PARAMS = { numRuns: 300 };

describe('segment properties', () => {
  it.each([
    ['grapheme strings', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['full Unicode code points (astral included)', fc.string({ unit: 'binary', maxLength: 200 })],
    ['raw UTF-16 units (lone surrogates, controls)', utf16Units],
    ['ASCII', fc.string({ unit: 'binary-ascii', maxLength: 200 })],
    ['adversarial fragments', adversarial],
  ])('holds the invariants on %s', (_name, arb) => {
    fc.assert(fc.property(arb, (text) => run(text)), PARAMS);
  });

  it('keeps body sentences clear of header spans widened around a surrogate pair (fast-check counterexample)', () => {
    const text = '–🇷🇷';
    run(text, [{ start: 2, end: 4, text: text.slice(2, 4), kind: 'metadata-line' }, { start: 0, end: 2, text: text.slice(0, 2), kind: 'metadata-line' }]);
  });

  it('holds the invariants with arbitrary header spans', () => {
    fc.assert(fc.property(withHeaders(adversarial), ([text, hs]) => {
      const header = hs.map(({ a, len, kind }) => ({ start: a, end: a + len, text: text.slice(a, a + len), kind }));
      run(text, header);
    }), PARAMS);
  });

  it('is deterministic', () => {
    fc.assert(fc.property(adversarial, (text) => {
      expect(segment(text).doc).toEqual(segment(text).doc);
    }), { numRuns: 100 });
  });

  it('does not depend on text outside a paragraph (paragraphs segment independently)', () => {
    fc.assert(fc.property(adversarial, adversarial, (a, b) => {
      const joined = segment(`${a}\n\n${b}`).doc;
      const alone = segment(a).doc;
      const n = alone.tokens!.length;
      // Tokens of `a` are the same whether or not `b` follows (only a blank line separates them).
      expect(joined.tokens!.slice(0, n).map((t) => t.text)).toEqual(alone.tokens!.map((t) => t.text));
    }), { numRuns: 100 });
  });
});
