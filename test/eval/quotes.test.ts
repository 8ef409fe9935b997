import { describe, expect, it } from 'vitest';
import { contentJaccard, createQuoteScorer, scoreQuotes } from '../../src/eval/quotes.js';
import type { EvalQuote } from '../../src/eval/record.js';
import { doc, quote, range } from './helpers.js';

const T = '"We will win," Smith said, "and soon." Jones told reporters the vote was rigged.';
const DIRECT = quote(T, ['"We will win,"', '"and soon."'], 'Smith', 'said', { kind_by_marks: 'direct' });
const INDIRECT = quote(T, 'the vote was rigged', 'Jones', 'told', { kind_by_marks: 'indirect' });
const GOLD = [DIRECT, INDIRECT];
const score = (gold: EvalQuote[], pred: EvalQuote[] | null, options = {}) =>
  scoreQuotes([{ gold: doc('d', T, { quotes: gold }), pred: pred === null ? null : doc('d', T, { quotes: pred }) }], options);
/** A quote with content [start, end) and no speaker or cue. */
const bare = (start: number, end: number): EvalQuote => ({ quote: range(T, start, end), speaker: null, cue: null, kind: null });

describe('content Jaccard', () => {
  it.each([
    ['identical', bare(0, 10), bare(0, 10), 1],
    ['exactly 0.5 (10 of 20)', bare(0, 20), bare(0, 10), 0.5],
    ['just under 0.5 (9 of 19)', bare(0, 19), bare(10, 19), 9 / 19],
    ['disjoint', bare(0, 5), bare(5, 10), 0],
    // Fragments are scored as their union: the gap (", Smith said, ") is not content.
    ['fragments vs their covering span', DIRECT, { ...DIRECT, quote: { ...DIRECT.quote, fragments: undefined } }, 25 / 38], // 14 + 11 chars of 38
    ['fragments vs the same pieces', DIRECT, quote(T, ['"We will win,"', '"and soon."'], null, null), 1],
  ])('%s', (_name, a, b, j) => {
    expect(contentJaccard(a, b)).toBeCloseTo(j, 12);
  });
});

describe('quote scoring', () => {
  it('perfect prediction: everything 1.0', () => {
    const r = score(GOLD, GOLD);
    for (const p of [r.content, r.attribution, r.roles.speaker, r.roles.cue, r.roles.content]) expect(p).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it.each([
    // name, gold, pred, content [tp fp fn], attribution tp
    ['empty prediction', GOLD, [], [0, 0, 2], 0],
    ['missing document', GOLD, null, [0, 0, 2], 0],
    ['Jaccard exactly 0.5 matches', [bare(0, 20)], [bare(0, 10)], [1, 0, 0], 1],
    ['Jaccard just under 0.5 does not', [bare(0, 19)], [bare(10, 19)], [0, 1, 1], 0],
    ['null and null speakers count as attributed', [bare(0, 10)], [bare(0, 10)], [1, 0, 0], 1],
    ['a speaker where gold has none is not attributed', [bare(0, 10)], [{ ...bare(0, 10), speaker: range(T, 15, 20) }], [1, 0, 0], 0],
    ['no speaker where gold has one is not attributed', [INDIRECT], [{ ...INDIRECT, speaker: null }], [1, 0, 0], 0],
    ['an overlapping speaker is attributed', [INDIRECT], [{ ...INDIRECT, speaker: range(T, 39, 41) }], [1, 0, 0], 1],
    ['two predictions on one gold: one-to-one', [bare(0, 20)], [bare(0, 12), bare(0, 20)], [1, 1, 0], 1],
  ] as const)('%s', (_name, gold, pred, [tp, fp, fn], attributed) => {
    const r = score([...gold], pred === null ? null : [...pred]);
    expect(r.content).toMatchObject({ tp, fp, fn });
    expect(r.attribution.tp).toBe(attributed);
  });

  it('per-role exact scores treat spans as a set per document (CofeNet protocol)', () => {
    // Two gold quotes share one speaker and cue; the prediction finds one of them, exactly.
    const text = 'Smith said taxes will rise and that jobs will go.';
    const a = quote(text, 'taxes will rise', 'Smith', 'said');
    const b = quote(text, 'that jobs will go', 'Smith', 'said');
    const r = scoreQuotes([{ gold: doc('d', text, { quotes: [a, b] }), pred: doc('d', text, { quotes: [a] }) }]);
    expect(r.roles.speaker).toMatchObject({ tp: 1, fp: 0, fn: 0 }); // the shared speaker counts once
    expect(r.roles.cue).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.roles.content).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('content role compares fragment lists exactly', () => {
    const covering = { ...DIRECT, quote: { ...DIRECT.quote, fragments: undefined } };
    const r = score([DIRECT], [covering]);
    expect(r.roles.content).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.content.tp).toBe(1); // 25/38 ≥ 0.5: still a content match
  });

  it('reports recall by kind_by_marks, with quoted = direct + mixed', () => {
    const mixed = quote(T, 'the vote', 'Jones', 'told', { kind_by_marks: 'mixed' });
    const r = score([DIRECT, INDIRECT, mixed], [DIRECT]);
    expect(Object.keys(r.recallByKind)).toEqual(['direct', 'mixed', 'indirect', 'quoted']);
    expect(r.recallByKind.direct).toMatchObject({ gold: 1, matched: 1, recall: 1, attributed: 1 });
    expect(r.recallByKind.indirect).toMatchObject({ gold: 1, matched: 0, recall: 0 });
    expect(r.recallByKind.quoted).toMatchObject({ gold: 2, matched: 1, recall: 0.5 });
  });

  it('falls back to kind, then unknown, when kind_by_marks is absent', () => {
    const r = score([{ ...bare(0, 10), kind: 'direct' }, bare(20, 30)], []);
    expect(r.recallByKind).toMatchObject({ direct: { gold: 1 }, unknown: { gold: 1 }, quoted: { gold: 1 } });
  });

  it('minJaccard is configurable and validated', () => {
    expect(score([bare(0, 20)], [bare(0, 10)], { minJaccard: 0.6 }).content.tp).toBe(0);
    expect(() => createQuoteScorer({ minJaccard: 0 })).toThrow(TypeError);
    expect(() => createQuoteScorer({ minJaccard: 1.5 })).toThrow(TypeError);
  });
});
