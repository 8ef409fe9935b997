import { describe, expect, it } from 'vitest';
import { candidate, coveringIndex, wordAt } from '../../../src/stages/entities/rule-kit.js';

describe('coveringIndex', () => {
  // [case, candidate token ranges, number of tokens, expected index per token]
  it.each([
    ['no candidates', [], 3, [-1, -1, -1]],
    ['one candidate in the middle', [[1, 3]], 4, [-1, 0, 0, -1]],
    ['two apart', [[0, 1], [2, 4]], 5, [0, -1, 1, 1, -1]],
    ['overlapping: the later one wins', [[0, 3], [2, 4]], 4, [0, 0, 1, 1]],
    ['a range past the last token is clamped', [[2, 9]], 3, [-1, -1, 0]],
  ] as const)('%s', (_case, ranges, n, expected) => {
    const cands = ranges.map(([s, e]) => candidate(s, e, 'ORG', 'test', null));
    expect(Array.from(coveringIndex(cands, n))).toEqual(expected);
  });
});

describe('wordAt', () => {
  // [case, words, index, expected word]
  it.each([
    ['inside', ['a', 'b', 'c'], 1, 'b'],
    ['first', ['a', 'b', 'c'], 0, 'a'],
    ['last', ['a', 'b', 'c'], 2, 'c'],
    ['before the start', ['a', 'b', 'c'], -1, ''],
    ['past the end', ['a', 'b', 'c'], 3, ''],
    ['empty list', [], 0, ''],
  ] as const)('%s', (_case, words, i, expected) => {
    expect(wordAt(words, i)).toBe(expected);
  });
});
