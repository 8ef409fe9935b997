import { describe, expect, it } from 'vitest';
import { createTimeScorer, scoreTime } from '../../src/eval/time.js';
import type { EvalTimex } from '../../src/eval/record.js';
import { doc, range, tx } from './helpers.js';

const T = 'On Friday, 3 March 2000, talks lasted two weeks and resumed every day.';
const GOLD: EvalTimex[] = [
  tx(T, 'Friday', 'DATE', '2000-03-03'),
  tx(T, '3 March 2000', 'DATE', '2000-03-03'),
  tx(T, 'two weeks', 'DURATION', 'P2W'),
  tx(T, 'every day', 'SET', 'P1D'),
];
const score = (pred: EvalTimex[] | null, options = {}) =>
  scoreTime([{ gold: doc('d', T, { timexes: GOLD }), pred: pred === null ? null : doc('d', T, { timexes: pred }) }], options);

describe('time scoring (TE3 task A)', () => {
  it('perfect prediction: everything 1.0', () => {
    const r = score(GOLD);
    for (const k of ['strict', 'relaxed', 'type', 'value'] as const) expect(r[k]).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(r.type.accuracy).toBe(1);
    expect(r.value.accuracy).toBe(1);
  });

  it.each([
    // name, pred, strict tp, relaxed tp, type correct, value correct
    ['empty prediction', [], 0, 0, 0, 0],
    ['missing document', null, 0, 0, 0, 0],
    ['shorter span: relaxed only', [tx(T, 'March 2000', 'DATE', '2000-03-03')], 0, 1, 1, 1],
    ['wrong value on an exact span', [tx(T, 'Friday', 'DATE', '2000-03-10')], 1, 1, 1, 0],
    ['wrong type, right value', [tx(T, 'two weeks', 'DATE', 'P2W')], 1, 1, 0, 1],
    ['one span covering two gold: one match', [{ ...range(T, 3, 23), type: 'DATE', value: '2000-03-03' }], 0, 1, 1, 1],
  ] as const)('%s', (_name, pred, strict, relaxed, typeOk, valueOk) => {
    const r = score(pred === null ? null : [...pred]);
    expect(r.strict.tp).toBe(strict);
    expect(r.relaxed.tp).toBe(relaxed);
    expect(r.type.correct).toBe(typeOk);
    expect(r.value.correct).toBe(valueOk);
  });

  it('value F1 = relaxed F1 × value accuracy, as TE3 reports it', () => {
    const pred = [tx(T, 'Friday', 'DATE', '2000-03-03'), tx(T, 'March 2000', 'DATE', 'XXXX-03'), tx(T, 'two weeks', 'DURATION', 'P2W'), tx(T, 'resumed', 'DATE', 'PRESENT_REF')];
    const r = score(pred);
    expect(r.relaxed).toMatchObject({ tp: 3, fp: 1, fn: 1, f1: 0.75 });
    expect(r.value).toMatchObject({ correct: 2, matched: 3, accuracy: 2 / 3 });
    expect(r.value.f1).toBeCloseTo(0.75 * (2 / 3), 12);
    // Equivalently, correct/pred and correct/gold as P and R.
    expect(r.value.precision).toBe(0.5);
    expect(r.value.recall).toBe(0.5);
    expect(r.type).toMatchObject({ correct: 3, accuracy: 1, f1: 0.75 });
  });

  it('an exact span is preferred over a partial one for the same gold', () => {
    const r = score([tx(T, 'Friday', 'DATE', 'WRONG'), { ...range(T, 3, 8), type: 'DATE', value: '2000-03-03' }]);
    expect(r.relaxed.tp).toBe(1);
    expect(r.value.correct).toBe(0); // the exact span won the alignment, and its value is wrong
  });

  it('per-type rows and the type confusion follow the alignment', () => {
    const r = score([tx(T, 'two weeks', 'DATE', 'P2W'), tx(T, 'every day', 'SET', 'P1D')]);
    expect(Object.keys(r.perType)).toEqual(['DATE', 'DURATION', 'SET']);
    expect(r.perType.DURATION).toMatchObject({ gold: 1, goldMatched: 1, pred: 0, predMatched: 0, recall: 1, typeAccuracy: 0, valueAccuracy: 1 });
    expect(r.perType.DATE).toMatchObject({ gold: 2, goldMatched: 0, pred: 1, predMatched: 1, precision: 1, recall: 0 });
    expect(r.typeConfusion).toEqual({ DURATION: { DATE: 1 }, SET: { SET: 1 } });
  });

  it('gold-not-exhaustive mode keeps the numbers and flags them', () => {
    const r = score([...GOLD, tx(T, 'resumed', 'DATE', 'PRESENT_REF')], { goldExhaustive: false });
    expect(r.goldExhaustive).toBe(false);
    expect(r.value).toMatchObject({ accuracy: 1, recall: 1 });
    expect(r.relaxed.fp).toBe(1);
  });

  it('rejects a non-boolean goldExhaustive', () => {
    expect(() => createTimeScorer({ goldExhaustive: 'no' as unknown as boolean })).toThrow(TypeError);
  });
});
