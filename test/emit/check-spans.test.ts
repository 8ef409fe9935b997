import { describe, expect, it } from 'vitest';
import { checkSpans } from '../../src/emit/validate.js';
import type { AnnotationDocument } from '../../src/types/annotation.js';

// Text written for this test; the emoji makes code-point and UTF-16 offsets differ after it.
const TEXT = '😀 Ada Quill met Oslo officials.';

/** A minimal document whose spans are all right: only the fields checkSpans reads. */
const doc = (offsets: 'codepoint' | 'utf16'): AnnotationDocument => {
  const at = (s: string) => {
    const u = TEXT.indexOf(s);
    const cp = offsets === 'utf16' ? u : [...TEXT.slice(0, u)].length;
    return { start: cp, end: cp + (offsets === 'utf16' ? s.length : [...s].length), text: s };
  };
  return {
    text: TEXT, offsets,
    tokens: [at('Ada'), at('Quill')],
    mentions: [{ ...at('Ada Quill'), extent: at('Ada Quill met'), inner: [at('Quill')] }],
    meta: { record: { start: 0, end: 1, text: 'not ours' } },
  } as unknown as AnnotationDocument;
};

describe('checkSpans', () => {
  it.each(['codepoint', 'utf16'] as const)('a document whose spans slice has no problem (%s)', (offsets) => {
    expect(checkSpans(doc(offsets))).toEqual([]);
  });

  it.each<[string, (d: any) => void, string, RegExp]>([
    ['a token', (d) => { d.tokens[1].start += 1; }, '/tokens/1', /does not match/],
    ['a mention extent', (d) => { d.mentions[0].extent.end += 1; }, '/mentions/0/extent', /does not match/],
    ['an inner name', (d) => { d.mentions[0].inner[0].text = 'Quil'; }, '/mentions/0/inner/0', /does not match/],
    ['a span past the end', (d) => { d.tokens[0].end = 999; }, '/tokens/0', /out of range/],
  ])('%s that does not slice is reported at its JSON pointer', (_what, breakIt, path, message) => {
    for (const offsets of ['codepoint', 'utf16'] as const) {
      const d = doc(offsets);
      breakIt(d);
      const problems = checkSpans(d);
      expect(problems.map((p) => p.path)).toEqual([path]);
      expect(problems[0]!.message).toMatch(message);
    }
  });

  it('does not read the user record passed through meta', () => {
    const d = doc('codepoint') as any;
    d.meta.record.end = 999;
    expect(checkSpans(d)).toEqual([]);
  });
});
