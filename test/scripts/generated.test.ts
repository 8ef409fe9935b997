import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script module without type declarations
import { wrapWords } from '../../scripts/lib/generated.mjs';

describe('wrapWords (layout of generated word lists)', () => {
  it.each([
    // [case, words, lines expected]
    ['one short line', ['alpha', 'beta'], ["  'alpha beta '"]],
    ['a list longer than a line wraps at a space', Array.from({ length: 30 }, (_, i) => `word${i}`), null],
  ] as const)('%s', (_case, words, lines) => {
    const out: string = wrapWords(words);
    if (lines) expect(out.split(' +\n')).toEqual(lines);
    // Every line is a quoted chunk of at most ~110 characters, and joining them gives the words back.
    const chunks = out.split(' +\n').map((l) => l.replace(/^ {2}'|'$/g, ''));
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(112);
    expect(chunks.join('').trim().split(' ')).toEqual([...words]);
    expect(out.split(' +\n').length).toBe(lines ? lines.length : 2);
  });
});
