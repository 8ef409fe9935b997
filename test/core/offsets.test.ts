import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lengthIn, offsetMapper, sliceIn } from '../../src/core/offsets.js';

describe('offsetMapper', () => {
  it.each([
    ['plain ASCII is the identity', 'Moscow said', 6, 6],
    ['after one emoji', '😀 Lavrov', 3, 2],
    ['after two emoji', '😀😀 x', 5, 3],
    ['before the emoji', 'ab😀', 2, 2],
    ['BMP accents count once', 'Café 😀 z', 8, 7],
    ['a lone surrogate counts as one', 'a\uD800b', 2, 2],
    ['between emoji', 'a🙂b👋c', 4, 3],
  ])('%s', (_name, text, utf16, codePoint) => {
    const m = offsetMapper(text);
    expect(m.toCodePoint(utf16)).toBe(codePoint);
    expect(m.toUtf16(codePoint)).toBe(utf16);
  });

  it.each([
    ['identity', 'Lavrov', 6],
    ['emoji with skin tone (two code points)', '👍🏽 ok', 5],
    ['ZWJ family', '👨‍👩‍👧', 5],
  ])('lengthIn codepoint: %s', (_n, text, expected) => {
    expect(lengthIn(text, 'codepoint')).toBe(expected);
    expect(lengthIn(text, 'utf16')).toBe(text.length);
  });

  it('round-trips every boundary and slices like Array.from on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      const m = offsetMapper(text);
      const cps = Array.from(text);
      let utf16 = 0;
      for (let cp = 0; cp <= cps.length; cp++) {
        expect(m.toUtf16(cp)).toBe(utf16);
        expect(m.toCodePoint(utf16)).toBe(cp);
        if (cp < cps.length) utf16 += cps[cp]!.length;
      }
      for (let a = 0; a <= cps.length; a++) {
        expect(sliceIn(text, a, cps.length, 'codepoint', m)).toBe(cps.slice(a).join(''));
      }
    }), { numRuns: 300 });
  });
});
