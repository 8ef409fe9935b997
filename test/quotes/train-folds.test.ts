/**
 * The training scripts' shared fold taggers (src/quotes/train-folds.ts): fold k is the tagger trained without the
 * documents of fold k, a cached run gives the same taggers as a fresh one, and a layer cache must hold every
 * document, and a cache trained with other optional templates is refused. Training texts are written here.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foldTaggers, trainLayers, type TrainRecord } from '../../src/quotes/train-folds.js';
import { trainTagger, type GoldQuote, type TrainDoc } from '../../src/quotes/train-tagger.js';
import { parseWordnetClasses, useWordnetClasses } from '../../src/quotes/wordnet-classes.js';
import { tempDir } from '../helpers.js';
import { layers } from './helpers.js';

/** A gold attribution from substrings of the text (first occurrence of each). */
function gold(text: string, source: string, cue: string, content: string): GoldQuote {
  const at = (s: string) => { const i = text.indexOf(s); if (i < 0) throw new Error(`${s} not in text`); return { start: i, end: i + s.length }; };
  return { quote: at(content), speaker: at(source), cue: at(cue) };
}

const TRAIN: [string, string, string, string][] = [
  ['The governor said the budget would pass. Nobody objected.', 'The governor', 'said', 'the budget would pass'],
  ['Farmers fear the drought will last. The rain came late.', 'Farmers', 'fear', 'the drought will last'],
  ['The coach argued that the referee was wrong. Fans left early.', 'The coach', 'argued', 'that the referee was wrong'],
  ['Prices will rise, the minister warned. Markets fell.', 'the minister', 'warned', 'Prices will rise'],
  ['The mayor said the bridge will reopen in May. Traffic is slow.', 'The mayor', 'said', 'the bridge will reopen in May'],
  ['Analysts expect the bank to cut rates. Shares rose.', 'Analysts', 'expect', 'the bank to cut rates'],
];

const docs: TrainDoc[] = TRAIN.map(([text, s, c, q]) => {
  const l = layers(text);
  return { input: { text, sentences: l.sentences, tokens: l.tokens, mentions: l.mentions, entities: l.entities }, quotes: [gold(text, s, c, q)] };
});
const OPTIONS = { epochs: 2, seed: 1, minWeight: 0, minCueCount: 1, beam: 2, beamMargin: 50 };


describe('fold taggers', () => {
  it.each([2, 3])('with %i folds, fold k is the tagger trained on the other folds’ documents, as its file holds it', (folds) => {
    const { taggers, sha256 } = foldTaggers(docs, { folds, options: OPTIONS });
    expect(taggers).toHaveLength(folds);
    expect(new Set(sha256).size).toBe(folds);
    taggers.forEach((t, k) => {
      const alone = trainTagger(docs.filter((_, i) => i % folds !== k), OPTIONS).serialize();
      expect(Buffer.from(t.serialize()).equals(alone)).toBe(true);
    });
  });

  it.each([2, 3])('with %i folds, a run that reads the cache gives the taggers a fresh run trained and wrote', (folds) => {
    const dir = tempDir('factwire-folds-');
    const fresh = foldTaggers(docs, { folds, cacheDir: dir, options: OPTIONS });
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: folds }, (_, k) => `fold-${k + 1}-of-${folds}.bin`));
    let trained = 0;
    const cached = foldTaggers(docs, { folds, cacheDir: dir, options: OPTIONS, log: () => { trained++; } });
    expect(trained).toBe(0);
    expect(cached.sha256).toEqual(fresh.sha256);
    cached.taggers.forEach((t, k) => expect(Buffer.from(t.serialize()).equals(Buffer.from(fresh.taggers[k]!.serialize()))).toBe(true));
  });

  describe('a cache trained with other optional templates is refused', () => {
    // Own toy classes file (the WordNet templates need one): `said` and `argued` as verb.communication (32).
    useWordnetClasses(parseWordnetClasses(JSON.stringify({ lexnames: [], classes: { '-.32.-.-/32': 'said argued warned' } })));
    afterAll(() => useWordnetClasses(null));
    it.each([
      [false, false, null],
      [true, true, null],
      [false, true, /lacks the WordNet templates/],
      [true, false, /has the WordNet templates/],
    ])('cache trained with wordnet %s, asked for wordnet %s', (cachedWith, askedFor, error) => {
      const dir = tempDir('factwire-folds-');
      foldTaggers(docs, { folds: 2, cacheDir: dir, options: { ...OPTIONS, wordnet: cachedWith } });
      const read = () => foldTaggers(docs, { folds: 2, cacheDir: dir, options: { ...OPTIONS, wordnet: askedFor }, log: () => { throw new Error('trained instead of reading the cache'); } });
      if (error) expect(read).toThrow(error);
      else expect(read().taggers.map((t) => t.wordnet)).toEqual([askedFor, askedFor]);
    });
  });
});

describe('train layers from a cache', () => {
  const records: TrainRecord[] = TRAIN.slice(0, 2).map(([text], i) => ({ id: `doc-${i}`, text, quotes: [], meta: { compartment: 'train' } }));

  it.each([
    ['every document cached', records.map((r) => ({ id: r.id, ...layers(r.text) })), null],
    ['a document missing', [{ id: records[0]!.id, ...layers(records[0]!.text) }], /has no document doc-1/],
  ])('%s', async (_, cache, error) => {
    const file = path.join(tempDir('factwire-folds-'), 'layers.json');
    writeFileSync(file, JSON.stringify(cache));
    if (error) {
      await expect(trainLayers(records, file)).rejects.toThrow(error);
      return;
    }
    const got = await trainLayers(records, file);
    expect(got.map((l) => l.text)).toEqual(records.map((r) => r.text));
    expect(got.map((l) => l.tokens.length)).toEqual(records.map((r) => layers(r.text).tokens.length));
  });
});
