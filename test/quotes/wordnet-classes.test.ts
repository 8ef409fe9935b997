/**
 * The optional WordNet-class templates of the quote tagger (`wordnet@1`): the loader's values, and a tagger trained
 * with them keeps them through its file and tags alike through the fast and the reference paths; a tagger without
 * them writes the header it always wrote.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/ner/hash.js';
import { compileLexicon } from '../../src/quotes/lexicon.js';
import { N_STATIC, N_WORDNET, QuoteTagger, tagInput, WORDNET_TEMPLATES } from '../../src/quotes/tagger.js';
import { trainTagger, type GoldQuote, type TrainDoc } from '../../src/quotes/train-tagger.js';
import { buildView } from '../../src/quotes/view.js';
import { parseWordnetClasses, useWordnetClasses } from '../../src/quotes/wordnet-classes.js';
import { layers } from './helpers.js';

// Own toy file: `decide decided` filed under verb.cognition (31), `criticism` under noun.communication (10) with a
// second sense in noun.cognition (9), `backing` a noun.act (4) and a verb.social (41).
const FILE = JSON.stringify({
  lexnames: [],
  classes: { '-.31.-.-/31': 'decide decided', '10.-.-.-/9.10': 'criticism', '4.41.-.-/4.41': 'backing' },
});
const classes = parseWordnetClasses(FILE);

describe('WordNet classes file', () => {
  it.each([
    ['decided', 'decide', true],
    ['decided', 'criticism', false],
    ['backing', 'criticism', false],
    ['criticism', 'criticism', true],
  ])('%s and %s share classes: %s', (a, b, same) => {
    const x = classes.get(fnv1a(a))!;
    const y = classes.get(fnv1a(b))!;
    expect(x.first === y.first && x.set === y.set).toBe(same);
  });

  it.each([['decided', true], ['backing', true], ['the', false], ['Decided', false]])('%s has classes: %s', (form, has) => {
    expect(classes.has(fnv1a(form))).toBe(has);
  });
});

function doc(text: string, claim: { speaker: string; cue: string; content: string }): TrainDoc {
  const span = (s: string) => { const start = text.indexOf(s); if (start < 0) throw new Error(s); return { start, end: start + s.length }; };
  const q: GoldQuote = { quote: span(claim.content), speaker: span(claim.speaker), cue: span(claim.cue) };
  const l = layers(text);
  return { input: { text, sentences: l.sentences, tokens: l.tokens, mentions: l.mentions, entities: l.entities }, quotes: [q] };
}

describe('tagger with the WordNet templates', () => {
  useWordnetClasses(classes);
  afterAll(() => useWordnetClasses(null));
  const docs = [
    doc('The council decided that the road will close in June.', { speaker: 'The council', cue: 'decided', content: 'that the road will close in June' }),
    doc('The mayor said that the bridge will reopen in May.', { speaker: 'The mayor', cue: 'said', content: 'that the bridge will reopen in May' }),
    doc('Her criticism was that the plan costs too much, a critic wrote.', { speaker: 'a critic', cue: 'wrote', content: 'Her criticism was that the plan costs too much' }),
  ];
  const header = (t: QuoteTagger) => { const b = t.serialize(); return JSON.parse(b.toString('utf8', 12, 12 + b.readUInt32LE(8))) as { nStatic: number; templates?: string[] }; };

  it.each([
    [false, N_STATIC, undefined],
    [true, N_STATIC + N_WORDNET, [WORDNET_TEMPLATES]],
  ])('wordnet %s: header nStatic %i, templates %j, kept by load', (wordnet, nStatic, templates) => {
    const t = trainTagger(docs, { epochs: 3, seed: 1, minWeight: 0, minCueCount: 1, beam: 2, ...(wordnet ? { wordnet } : {}) });
    expect(header(t).nStatic).toBe(nStatic);
    expect(header(t).templates).toEqual(templates);
    const back = QuoteTagger.load(t.serialize());
    expect(back.wordnet).toBe(wordnet);
    const lex = compileLexicon();
    for (const d of docs) {
      const v = buildView(d.input.text, d.input.tokens, d.input.sentences);
      const viaFeats = tagInput(v, lex, back.cueLex, d.input.mentions, undefined, wordnet);
      expect(viaFeats.stride).toBe(nStatic);
      const viaScores = tagInput(v, lex, back.cueLex, d.input.mentions, back);
      expect([...back.tag(viaScores)]).toEqual([...back.tagBeam(viaFeats, back.beam)]);
    }
  });

  it('the templates change the features only when asked for', () => {
    const lex = compileLexicon();
    const d = docs[0]!;
    const v = buildView(d.input.text, d.input.tokens, d.input.sentences);
    const cueLex = new Map<number, number>([[fnv1a('decided'), 3]]);
    const plain = tagInput(v, lex, cueLex, d.input.mentions);
    const wn = tagInput(v, lex, cueLex, d.input.mentions, undefined, true);
    // The 35 older templates hash identically; the five WordNet ones follow them.
    for (let i = 0; i < v.tokens.length; i++) {
      expect([...wn.feats.subarray(i * wn.stride, i * wn.stride + N_STATIC)]).toEqual([...plain.feats.subarray(i * N_STATIC, (i + 1) * N_STATIC)]);
    }
    expect(wn.feats.some((h, k) => k % wn.stride >= N_STATIC && h !== 0)).toBe(true);
  });
});
