import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ownGazetteerEntries } from '../../src/ner/gazetteer.js';
import { NerModel } from '../../src/ner/model.js';
import { spansToTags, tagsToSpans, type TokenSpan } from '../../src/ner/tags.js';
import { averageWeights, Weights } from '../../src/ner/perceptron.js';
import { trainModel, trainSoup, type TrainDoc } from '../../src/ner/train.js';

// A tiny hand-written corpus (not taken from any dataset): [sentence, [[start, end, type], ...]].
const CORPUS: [string, [number, number, TokenSpan['type']][]][] = [
  ['Anna Berg visited Oslo on Monday .', [[0, 2, 'PER'], [3, 4, 'LOC']]],
  ['The Nordic Bank said profits rose .', [[1, 3, 'ORG']]],
  ['Berg spoke to Danish officials in Copenhagen .', [[0, 1, 'PER'], [3, 4, 'MISC'], [6, 7, 'LOC']]],
  ['Officials at Nordic Bank met Peter Holm .', [[2, 4, 'ORG'], [5, 7, 'PER']]],
  ['Holm flew from Copenhagen to Oslo .', [[0, 1, 'PER'], [3, 4, 'LOC'], [5, 6, 'LOC']]],
  ['Danish shares fell .', [[0, 1, 'MISC']]],
];

function corpus(): TrainDoc[] {
  return CORPUS.map(([s, spans]) => {
    const toks = s.split(' ');
    return { sentences: [toks], tags: [spansToTags(toks.length, spans.map(([start, end, type]) => ({ start, end, type })))] };
  });
}

const gaz = () => ({ source: 'test', entries: ownGazetteerEntries() });
const opts = { iterations: 4, seed: 7, minWeight: 0, twoPass: true, folds: 2 };
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('training', () => {
  it('is deterministic: two runs give byte-identical model files', () => {
    expect(sha(trainModel(corpus(), gaz(), opts).serialize())).toBe(sha(trainModel(corpus(), gaz(), opts).serialize()));
  });

  it('depends on the seed only through the shuffle (a different seed may differ, same seed never does)', () => {
    const a = trainModel(corpus(), gaz(), { ...opts, seed: 1 }).serialize();
    expect(sha(trainModel(corpus(), gaz(), { ...opts, seed: 1 }).serialize())).toBe(sha(a));
  });

  it('round-trips through the binary format and learns the training data', () => {
    const model = trainModel(corpus(), gaz(), { ...opts, iterations: 8 });
    const loaded = NerModel.deserialize(model.serialize());
    const docs = corpus();
    for (const d of docs) {
      const got = loaded.tag(d)[0]!;
      expect(tagsToSpans(got)).toEqual(tagsToSpans(d.tags[0]!));
    }
  });

  it('tags with a stacked second pass too (the non-default decoding path)', () => {
    const model = NerModel.deserialize(trainModel(corpus(), gaz(), { ...opts, iterations: 8, stacked: true }).serialize());
    for (const d of corpus()) expect(model.tag(d)[0]).toHaveLength(d.sentences[0]!.length);
  });

  it('a soup of one seed is that seed\'s model; a soup of several is deterministic and reads every seed', () => {
    const single = trainModel(corpus(), gaz(), { ...opts, seed: 3 });
    expect(sha(trainSoup(corpus(), gaz(), opts, [3]).serialize())).toBe(sha(single.serialize()));
    const seen: number[] = [];
    const soup = trainSoup(corpus(), gaz(), opts, [3, 5], (seed) => seen.push(seed));
    expect(seen).toEqual([3, 5]);
    expect(sha(soup.serialize())).toBe(sha(trainSoup(corpus(), gaz(), opts, [3, 5]).serialize()));
    expect(soup.provenance['hyperparameters']).toMatchObject({ seeds: [3, 5] });
  });

  it('a soup\'s passes are the means of its seeds\' passes (pass 1 with pass 1, pass 2 with pass 2)', () => {
    const models: NerModel[] = [];
    const soup = trainSoup(corpus(), gaz(), opts, [3, 5], (_s, m) => models.push(m));
    expect(rowsOf(soup.pass1)).toEqual(rowsOf(averageWeights(models.map((m) => m.pass1), opts.minWeight)));
    expect(rowsOf(soup.pass2!)).toEqual(rowsOf(averageWeights(models.map((m) => m.pass2!), opts.minWeight)));
    expect(rowsOf(soup.pass1)).not.toEqual(rowsOf(models[0]!.pass1));
  });

  it('rejects a file that is not a model', () => {
    expect(() => NerModel.deserialize(new Uint8Array(32))).toThrow(/magic/);
  });
});

/** Weights from rows given as `[hash, [w per tag…]]` (two tags). */
function weights(rows: [number, number[]][]): Weights {
  return new Weights(new Map(rows.map(([h], i) => [h, i])), new Float32Array(rows.flatMap(([, w]) => w)), 2);
}
/** Rows of a Weights as `[hash, [w…]]`, in hash order. */
function rowsOf(w: Weights): [number, number[]][] {
  const n = w.nTags;
  return [...w.index.keys()].sort((a, b) => a - b).map((h) => [h, [...w.w.slice(w.index.get(h)! * n, w.index.get(h)! * n + n)]]);
}

describe('averageWeights (seed soup)', () => {
  it.each<[string, [number, number[]][][], number, [number, number[]][]]>([
    ['one model is itself', [[[5, [1, -2]]]], 0, [[5, [1, -2]]]],
    ['rows in both are averaged', [[[5, [1, -2]]], [[5, [3, 2]]]], 0, [[5, [2, 0]]]],
    ['a row one model lacks counts as 0 there', [[[5, [2, 4]]], [[9, [1, 1]]]], 0, [[5, [1, 2]], [9, [0.5, 0.5]]]],
    ['rows come out in hash order whatever the input order', [[[9, [1, 1]], [2, [1, 1]]], [[5, [1, 1]]]], 0,
      [[2, [0.5, 0.5]], [5, [0.5, 0.5]], [9, [0.5, 0.5]]]],
    ['the pruning rule applies to the mean', [[[5, [0.25, 0]], [7, [1, 0]]], [[7, [1, 0]]]], 0.2, [[7, [1, 0]]]],
    ['a row at the threshold is kept', [[[5, [0.5, 0]]], [[5, [-0.5, -0.5]]]], 0.25, [[5, [0, -0.25]]]],
    ['opposite weights cancel and are pruned', [[[5, [1, -1]]], [[5, [-1, 1]]]], 0.001, []],
  ])('%s', (_name, models, minWeight, expected) => {
    expect(rowsOf(averageWeights(models.map(weights), minWeight))).toEqual(expected);
  });

  it('refuses no models and models with different tag sets', () => {
    expect(() => averageWeights([], 0)).toThrow(/at least one/);
    expect(() => averageWeights([weights([[1, [1, 1]]]), new Weights(new Map([[1, 0]]), new Float32Array([1, 1, 1]), 3)], 0)).toThrow(/tag sets/);
  });
});
