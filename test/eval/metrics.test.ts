import { describe, expect, it } from 'vitest';
import { countsOf, prf, ratio } from '../../src/eval/metrics.js';

describe('prf', () => {
  it.each([
    // name, tp, fp, fn, P, R, F1
    ['perfect', 5, 0, 0, 1, 1, 1],
    ['empty predictions: 0/0 precision is 0', 0, 0, 4, 0, 0, 0],
    ['empty gold and empty predictions: all 0 (read the counts)', 0, 0, 0, 0, 0, 0],
    ['half right', 1, 1, 1, 0.5, 0.5, 0.5],
    ['P 1, R 0.25', 1, 0, 3, 1, 0.25, 0.4],
  ])('%s', (_name, tp, fp, fn, p, r, f1) => {
    const s = prf({ tp, fp, fn });
    expect(s).toEqual({ tp, fp, fn, precision: p, recall: r, f1: expect.closeTo(f1, 12) });
    expect(Object.keys(s)).toEqual(['tp', 'fp', 'fn', 'precision', 'recall', 'f1']);
  });

  it('countsOf derives fp and fn from totals', () => {
    expect(countsOf(2, 3, 5)).toEqual({ tp: 2, fp: 3, fn: 1 });
  });

  it('ratio is 0 on a zero denominator', () => {
    expect(ratio(0, 0)).toBe(0);
    expect(ratio(3, 0)).toBe(0);
  });
});
