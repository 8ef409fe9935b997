import { describe, expect, it } from 'vitest';
import { alignGreedy, countExact, overlapCandidates, overlaps, rangeJaccard } from '../../src/eval/align.js';

const r = (start: number, end: number) => ({ start, end });

describe('span geometry', () => {
  it.each([
    [r(0, 5), r(5, 9), false, 0], // touching is not overlapping (half-open)
    [r(0, 5), r(4, 9), true, 1 / 9],
    [r(0, 5), r(0, 5), true, 1],
    [r(2, 2), r(0, 5), false, 0], // empty span overlaps nothing
    [r(0, 10), r(2, 7), true, 0.5],
  ])('%o vs %o', (a, b, ov, j) => {
    expect(overlaps(a, b)).toBe(ov);
    expect(rangeJaccard(a, b)).toBeCloseTo(j, 12);
  });
});

describe('alignGreedy', () => {
  it.each([
    ['best score first', [{ gold: 0, pred: 0, score: 0.4 }, { gold: 0, pred: 1, score: 0.9 }], [[0, 1]]],
    ['one-to-one on both sides', [{ gold: 0, pred: 0, score: 1 }, { gold: 1, pred: 0, score: 1 }, { gold: 1, pred: 1, score: 0.2 }], [[0, 0], [1, 1]]],
    ['ties go to the lower gold, then the lower pred', [{ gold: 1, pred: 1, score: 0.5 }, { gold: 0, pred: 1, score: 0.5 }, { gold: 0, pred: 0, score: 0.5 }], [[0, 0], [1, 1]]],
    ['no candidates', [], []],
  ])('%s', (_name, candidates, pairs) => {
    expect(alignGreedy(candidates)).toEqual(pairs);
  });

  it('two predictions overlapping one gold: only one matches', () => {
    const gold = [r(0, 10)];
    const pred = [r(0, 4), r(5, 10)];
    expect(alignGreedy(overlapCandidates(gold, pred))).toEqual([[0, 1]]); // 5/10 beats 4/10
  });
});

describe('countExact', () => {
  it.each([
    [['a', 'b'], ['a', 'b'], 2],
    [['a', 'a'], ['a'], 1], // a duplicate prediction cannot match twice
    [['a'], ['a', 'a'], 1],
    [[], ['a'], 0],
  ])('%o vs %o → %i', (g, p, n) => {
    expect(countExact(g, p)).toBe(n);
  });
});
