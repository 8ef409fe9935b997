/**
 * The quote stage's fast paths must give exactly what the reference (training-time) computations give:
 * summed static scores vs stored feature hashes, the compiled cue scorer vs feature strings, frozen
 * linker weights vs maps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/ner/hash.js';
import { compileLexicon } from '../../src/quotes/lexicon.js';
import { matchCue } from '../../src/quotes/extract.js';
import { loadCueModel, referenceCueScorer } from '../../src/quotes/cue-model.js';
import { FrozenWeights } from '../../src/quotes/linker.js';
import { loadTagger, shapeHash, shapeOf, tagInput } from '../../src/quotes/tagger.js';
import { buildView } from '../../src/quotes/view.js';
import { layers } from './helpers.js';

const dir = new URL('../../fixtures/articles/', import.meta.url);
const texts = readdirSync(dir).map((d) => readFileSync(new URL(`${d}/article.txt`, dir), 'utf8'));
texts.push('"Stop," he said. “We won’t,” said Ms. O’Neil, adding that NATO, the U.N. and 3.5% of voters "agree". ' + '" '.repeat(50));
const docs = texts.map((text) => { const l = layers(text); return { text, l, v: buildView(text, l.tokens, l.sentences) }; });

describe('quote fast paths', () => {
  const tagger = loadTagger()!;
  const lex = compileLexicon();

  it('shape hashes equal hashes of the shape strings', () => {
    for (const [text, kind] of [['Hello', 'word'], ['NATO', 'word'], ['A', 'word'], ['x', 'word'], ['élan', 'word'], ['3.5', 'number'], [',', 'punct'], ['...', 'punct'], ['“', 'quote'], ['$', 'symbol'], ['', 'word'], ['É', 'word']] as const) {
      expect(shapeHash(text, kind)).toBe(fnv1a(shapeOf(text, kind)));
    }
  });

  it('summed static scores tag exactly like the stored feature hashes', () => {
    expect(tagger.statics).not.toBeNull();
    for (const d of docs) {
      const viaFeats = tagInput(d.v, lex, tagger.cueLex, d.l.mentions);
      const viaScores = tagInput(d.v, lex, tagger.cueLex, d.l.mentions, tagger);
      expect(viaScores.scores).not.toBeNull();
      expect([...viaScores.rc]).toEqual([...viaFeats.rc]);
      // The committed model decodes with a beam: the reference is `tagBeam` over the stored hashes.
      const ref = [...tagger.tagBeam(viaFeats, tagger.beam)];
      expect([...tagger.tag(viaScores)]).toEqual(ref);
      expect([...tagger.tag(viaFeats)]).toEqual(ref);
      expect([...tagger.tagBeam(viaScores, tagger.beam)]).toEqual(ref);
      expect([...tagger.tagGeneric(viaScores)]).toEqual([...tagger.tagGeneric(viaFeats)]);
    }
  });

  it('the compiled cue scorer equals the feature-string scorer', () => {
    const m = loadCueModel()!;
    const ref = referenceCueScorer(m.weights);
    let n = 0;
    for (const d of docs) for (let i = 0; i < d.v.tokens.length; i++) {
      const e = matchCue(d.v, lex, i);
      if (!e) continue;
      n++;
      expect(m.scorer(d.v, i, e)).toBe(ref(d.v, i, e));
    }
    expect(n).toBeGreaterThan(5);
  });

  it('frozen linker weights score like the maps', () => {
    const w = new Map<number, number>([[0, 1.5], [7, -0.25], [0xffffffff, 2], [123456789, 0.125]]);
    for (let k = 0; k < 300; k++) w.set(Math.imul(k + 1, 0x9e3779b1) >>> 0, k / 7);
    const fw = new FrozenWeights(w);
    const f = [...w.keys(), 5, 99, 0x80000000, 1];
    for (const k of f) expect(fw.get(k)).toBe(w.get(k) ?? 0);
    let s = 0;
    for (const k of f) s += w.get(k) ?? 0;
    expect(fw.dot(f)).toBe(s);
    expect(new FrozenWeights(new Map()).get(0)).toBe(0);
  });
});
