/**
 * The beam-search tagger: the fast decoder must tag exactly like the reference one (every width and
 * pruning margin), a beam-trained model must fit a small training set written here, and the model files
 * must keep their decoding settings (beam width, margin, merge mode) through serialization.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/quotes/lexicon.js';
import { Linker } from '../../src/quotes/linker.js';
import { loadTagger, QTAGS, QuoteTagger, roleOf, TAGGER_PATH, tagInput } from '../../src/quotes/tagger.js';
import { goldTags, trainTagger, type GoldQuote, type TrainDoc } from '../../src/quotes/train-tagger.js';
import { buildView } from '../../src/quotes/view.js';
import { layers } from './helpers.js';

const dir = new URL('../../fixtures/articles/', import.meta.url);
const texts = readdirSync(dir).map((d) => readFileSync(new URL(`${d}/article.txt`, dir), 'utf8'));
texts.push('The mayor said that the bridge will reopen in May. “It is safe,” an engineer told reporters.');

describe('beam decoder', () => {
  const committed = loadTagger()!;
  const lex = compileLexicon();
  const docs = texts.map((text) => { const l = layers(text); return { l, v: buildView(text, l.tokens, l.sentences) }; });

  it.each([
    [2, 0], [4, 0], [8, 0], [4, 50], [4, 200], [3, 1e9],
  ])('fast beam of width %i, margin %i, tags like the reference', (k, margin) => {
    const t = new QuoteTagger(committed.weights, committed.cueLex, {}, k, margin);
    let tagged = 0;
    for (const d of docs) {
      const fast = tagInput(d.v, lex, t.cueLex, d.l.mentions, t);
      const ref = tagInput(d.v, lex, t.cueLex, d.l.mentions);
      const want = [...t.tagBeam(ref, k)];
      expect([...t.tag(fast)]).toEqual(want);
      tagged += want.filter((x) => x !== 0).length;
    }
    expect(tagged).toBeGreaterThan(0);
  });

  it('the committed model decodes with the beam it was trained with', () => {
    expect(committed.beam).toBeGreaterThan(1);
    expect(committed.beamMargin).toBeGreaterThan(0);
  });

  it('beam width 1 is the greedy decoder', () => {
    const t = new QuoteTagger(committed.weights, committed.cueLex, {}, 1);
    for (const d of docs) {
      const x = tagInput(d.v, lex, t.cueLex, d.l.mentions);
      expect([...t.tagBeam(x, 1)]).toEqual([...t.tagGeneric(x)]);
    }
  });
});

/** A gold attribution from substrings of the text (first occurrence of each). */
function gold(text: string, source: string | null, cue: string, content: string): GoldQuote {
  const at = (s: string) => { const i = text.indexOf(s); if (i < 0) throw new Error(`${s} not in text`); return { start: i, end: i + s.length }; };
  return { quote: at(content), speaker: source ? at(source) : null, cue: at(cue) };
}

const TRAIN: [string, [string | null, string, string][]][] = [
  ['The governor said the budget would pass. Nobody objected.', [['The governor', 'said', 'the budget would pass']]],
  ['Farmers fear the drought will last. The rain came late.', [['Farmers', 'fear', 'the drought will last']]],
  ['The report shows prices rose in March. Stores were busy.', [['The report', 'shows', 'prices rose in March']]],
  ['Rain is expected to fall on Sunday. The match goes ahead.', [[null, 'is expected', 'Rain']]],
  ['The coach argued that the referee was wrong. Fans left early.', [['The coach', 'argued', 'that the referee was wrong']]],
  ['Prices will rise, the minister warned. Markets fell.', [['the minister', 'warned', 'Prices will rise']]],
];

describe('beam training', () => {
  const docs: TrainDoc[] = TRAIN.map(([text, qs]) => {
    const l = layers(text);
    return { input: { text, sentences: l.sentences, tokens: l.tokens, mentions: l.mentions, entities: l.entities }, quotes: qs.map(([s, c, q]) => gold(text, s, c, q)) };
  });

  it.each([1, 4])('a tagger trained with beam %i fits its small training set', (beam) => {
    const t = trainTagger(docs, { epochs: 15, seed: 3, minWeight: 0, minCueCount: 1, beam });
    expect(t.beam).toBe(beam);
    const lex = compileLexicon();
    for (const d of docs) {
      const v = buildView(d.input.text, d.input.tokens, d.input.sentences);
      const want = goldTags(v, d.quotes);
      const got = t.tag(tagInput(v, lex, t.cueLex, d.input.mentions, t));
      // Roles token by token (B/I may differ only where the gold itself starts a span after another role).
      expect([...got].map(roleOf)).toEqual([...want].map(roleOf));
    }
  });

  it('serialization keeps the weights, the beam width and the margin', () => {
    const t = trainTagger(docs.slice(0, 3), { epochs: 3, seed: 1, minWeight: 0, minCueCount: 1, beam: 3, beamMargin: 12.5 });
    const back = QuoteTagger.deserialize(t.serialize());
    expect(back.beam).toBe(3);
    expect(back.beamMargin).toBe(12.5);
    expect(back.weights.index.size).toBe(t.weights.index.size);
    expect(QTAGS.length).toBe(7);
  });

  // `load` (what `loadTagger` uses) builds the dense table straight from the file's rows; it must give the
  // tagger `deserialize(…).compact()` gives: the same file back, the same weights, the same tags.
  it.each([
    ['committed model', () => readFileSync(TAGGER_PATH)],
    ['small trained model', () => trainTagger(docs.slice(0, 3), { epochs: 2, seed: 3, minWeight: 0, minCueCount: 1, beam: 2, beamMargin: 5 }).serialize()],
  ])('load of the %s equals deserialize + compact', (_name, bytes) => {
    const buf = bytes();
    const a = QuoteTagger.deserialize(buf).compact();
    const b = QuoteTagger.load(buf);
    expect(Buffer.compare(b.serialize(), a.serialize())).toBe(0);
    expect([...b.weights.index]).toEqual([...a.weights.index]);
    expect(b.weights.w).toEqual(a.weights.w);
    const lex = compileLexicon();
    for (const d of docs) {
      const v = buildView(d.input.text, d.input.tokens, d.input.sentences);
      const x = (t: QuoteTagger) => t.tag(tagInput(v, lex, t.cueLex, d.input.mentions, t));
      expect([...x(b)]).toEqual([...x(a)]);
    }
  });
});

describe('linker model', () => {
  it.each(['all', 'quotes'] as const)('keeps its merge mode %s through serialization', (merge) => {
    const l = new Linker(new Map([[1, 0.5]]), new Map([[2, -1]]), -2, { note: 'test' }, merge);
    const back = Linker.parse(l.serialize());
    expect(back.merge).toBe(merge);
    expect(back.keepBias).toBe(-2);
  });

  it('reads files written before the merge mode was stored as `all`', () => {
    const j = JSON.parse(new Linker(new Map(), null).serialize()) as Record<string, unknown>;
    delete j.merge;
    expect(Linker.parse(JSON.stringify(j)).merge).toBe('all');
  });
});
