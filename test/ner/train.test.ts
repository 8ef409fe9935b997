import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ownGazetteerEntries } from '../../src/ner/gazetteer.js';
import { NerModel } from '../../src/ner/model.js';
import { spansToTags, tagsToSpans, type TokenSpan } from '../../src/ner/tags.js';
import { trainModel, type TrainDoc } from '../../src/ner/train.js';

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

  it('rejects a file that is not a model', () => {
    expect(() => NerModel.deserialize(new Uint8Array(32))).toThrow(/magic/);
  });
});
