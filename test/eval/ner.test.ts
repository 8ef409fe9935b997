import { describe, expect, it } from 'vitest';
import { createNerScorer, scoreNer } from '../../src/eval/ner.js';
import type { EvalEntity } from '../../src/eval/record.js';
import { doc, ent, range } from './helpers.js';

const T = 'Angela Merkel met Acme Corp in Berlin with German officials.';
const GOLD: EvalEntity[] = [ent(T, 'Angela Merkel', 'PER'), ent(T, 'Acme Corp', 'ORG'), ent(T, 'Berlin', 'LOC'), ent(T, 'German', 'MISC')];
const score = (gold: EvalEntity[], pred: EvalEntity[] | null, labels?: string[]) =>
  scoreNer([{ gold: doc('d', T, { entities: gold }), pred: pred === null ? null : doc('d', T, { entities: pred }) }], { labels });

describe('NER scoring', () => {
  it.each([
    // name, pred, strict [tp, fp, fn], overlap [tp, fp, fn]
    ['perfect prediction', GOLD, [4, 0, 0], [4, 0, 0]],
    ['empty prediction', [], [0, 0, 4], [0, 0, 4]],
    ['missing prediction document', null, [0, 0, 4], [0, 0, 4]],
    ['partial span: strict miss, overlap hit', [ent(T, 'Merkel', 'PER'), ...GOLD.slice(1)], [3, 1, 1], [4, 0, 0]],
    ['label mismatch is wrong in both modes', [...GOLD.slice(0, 2), ent(T, 'Berlin', 'ORG'), GOLD[3]!], [3, 1, 1], [3, 1, 1]],
    ['two predictions inside one gold: one-to-one', [GOLD[0]!, ent(T, 'Acme', 'ORG'), ent(T, 'Corp', 'ORG'), GOLD[2]!, GOLD[3]!], [3, 2, 1], [4, 1, 0]],
    ['overlap across a boundary (" in B")', [...GOLD.slice(0, 2), { ...range(T, 27, 33), label: 'LOC' }, GOLD[3]!], [3, 1, 1], [4, 0, 0]],
    ['duplicate prediction counts once', [...GOLD, GOLD[0]!], [4, 1, 0], [4, 1, 0]],
  ] as const)('%s', (_name, pred, [stp, sfp, sfn], [otp, ofp, ofn]) => {
    const r = score(GOLD, pred === null ? null : [...pred]);
    expect(r.strict.overall).toMatchObject({ tp: stp, fp: sfp, fn: sfn });
    expect(r.overlap.overall).toMatchObject({ tp: otp, fp: ofp, fn: ofn });
  });

  it('perfect prediction scores 1.0 everywhere', () => {
    const r = score(GOLD, GOLD);
    for (const t of [r.strict, r.overlap]) {
      expect(t.overall).toMatchObject({ precision: 1, recall: 1, f1: 1 });
      for (const p of Object.values(t.perLabel)) expect(p).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    }
  });

  it('empty prediction: recall 0 and precision 0 (0/0 is 0 by convention)', () => {
    expect(score(GOLD, []).strict.overall).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('per-label counts add up to the overall counts', () => {
    const r = score(GOLD, [ent(T, 'Merkel', 'PER'), ent(T, 'Berlin', 'ORG')]);
    expect(r.strict.perLabel).toMatchObject({ PER: { tp: 0, fp: 1, fn: 1 }, ORG: { tp: 0, fp: 1, fn: 1 }, LOC: { tp: 0, fp: 0, fn: 1 }, MISC: { fn: 1 } });
    expect(r.overlap.perLabel.PER).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(Object.keys(r.strict.perLabel)).toEqual(['PER', 'ORG', 'LOC', 'MISC']);
  });

  it('maps GUM gold and OntoNotes predictions to the same labels, and reports what it dropped', () => {
    const text = 'Kim visited Paris on Monday with the Red Cross.';
    const gold = [ent(text, 'Kim', 'person'), ent(text, 'Paris', 'place'), ent(text, 'Monday', 'time'), ent(text, 'Red Cross', 'organization')];
    const pred = [ent(text, 'Kim', 'PERSON'), ent(text, 'Paris', 'GPE'), ent(text, 'Monday', 'DATE'), ent(text, 'Red Cross', 'ORG'), ent(text, 'the', 'WEIRD')];
    const r = scoreNer([{ gold: doc('g', text, { entities: gold }), pred: doc('g', text, { entities: pred }) }]);
    expect(r.strict.overall).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(r.labelMapping).toEqual({
      gold: { dropped: { time: 1 }, unknown: {}, excluded: {} },
      pred: { dropped: { DATE: 1 }, unknown: { WEIRD: 1 }, excluded: {} },
    });
  });

  it('maps MEANTIME FIN to ORG and PRO to MISC', () => {
    const text = 'The FTSE 100 rose as the iPhone sold.';
    const gold = [ent(text, 'FTSE 100', 'FIN'), ent(text, 'iPhone', 'PRO')];
    const pred = [ent(text, 'FTSE 100', 'ORG'), ent(text, 'iPhone', 'PRODUCT')];
    expect(scoreNer([{ gold: doc('m', text, { entities: gold }), pred: doc('m', text, { entities: pred }) }]).strict.overall.f1).toBe(1);
  });

  it('--labels restricts both sides', () => {
    const r = score(GOLD, [...GOLD.slice(0, 3), ent(T, 'officials', 'MISC')], ['PER', 'ORG', 'LOC']);
    expect(r.labels).toEqual(['PER', 'ORG', 'LOC']);
    expect(r.strict.overall).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(r.labelMapping.gold.excluded).toEqual({ MISC: 1 });
    expect(r.labelMapping.pred.excluded).toEqual({ MISC: 1 });
  });

  it('labels come out in canonical order whatever the order given', () => {
    expect(score(GOLD, GOLD, ['LOC', 'PER']).labels).toEqual(['PER', 'LOC']);
  });

  it.each([[[]], [['PERSON']], [['per']]])('rejects labels %o with a TypeError', (labels) => {
    expect(() => createNerScorer({ labels })).toThrow(TypeError);
  });
});

describe('NER scoring with trimDeterminers', () => {
  const D = 'The Pentagon said a Senate panel met Theresa May in Athens.';
  const run = (gold: EvalEntity[], pred: EvalEntity[], trim: boolean) =>
    scoreNer([{ gold: doc('d', D, { entities: gold }), pred: doc('d', D, { entities: pred }) }], { trimDeterminers: trim });
  it.each([
    // name, gold, pred, trim, strict tp, trimmed {gold, pred}
    ['gold keeps "The", prediction does not: a strict miss untrimmed', [ent(D, 'The Pentagon', 'ORG')], [ent(D, 'Pentagon', 'ORG')], false, 0, undefined],
    ['... and a strict hit trimmed', [ent(D, 'The Pentagon', 'ORG')], [ent(D, 'Pentagon', 'ORG')], true, 1, { gold: 1, pred: 0 }],
    ['both sides keep the article: still a hit', [ent(D, 'a Senate panel', 'ORG')], [ent(D, 'a Senate panel', 'ORG')], true, 1, { gold: 1, pred: 1 }],
    ['a name that only starts with "The" is not trimmed', [ent(D, 'Theresa May', 'PER')], [ent(D, 'Theresa May', 'PER')], true, 1, { gold: 0, pred: 0 }],
    ['a span that is only the article is left alone', [ent(D, 'The', 'ORG')], [ent(D, 'The', 'ORG')], true, 1, { gold: 0, pred: 0 }],
    ['no article, nothing trimmed', [ent(D, 'Athens', 'LOC')], [ent(D, 'Athens', 'LOC')], true, 1, { gold: 0, pred: 0 }],
  ] as const)('%s', (_name, gold, pred, trim, tp, trimmed) => {
    const r = run([...gold], [...pred], trim);
    expect(r.strict.overall.tp).toBe(tp);
    expect(r.trimmedDeterminers).toEqual(trimmed);
  });
});
