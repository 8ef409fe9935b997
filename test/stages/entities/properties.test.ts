import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Transformer } from '../../../src/core/stage.js';
import { entitiesStage } from '../../../src/stages/entities/index.js';
import { ENTITIES_DEFAULTS } from '../../../src/stages/entities/options.js';
import { docOf } from '../../ner/helpers.js';

let run: Transformer;
beforeAll(async () => {
  run = await entitiesStage.init(ENTITIES_DEFAULTS);
});

// Text built from name-like and ordinary words, so that the tagger actually fires.
const WORDS = ['Putin', 'Kim', 'Jong', 'Un', 'Moscow', 'said', 'the', 'President', "'s", 'U.S.', ',', '.', 'and', 'IBM', 'Soviet', 'of', '"', 'leader', 'North', 'Korea', 'spaceport', 'Mr.', '\n'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));

describe('entities stage: properties', () => {
  it('spans slice to their text, do not overlap, and every mention belongs to the entity listing it', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 80 })), (t) => {
      const d = run(docOf(t), { report: () => undefined });
      let last = -1;
      for (const m of d.mentions!) {
        expect(t.slice(m.start, m.end)).toBe(m.text);
        expect(m.start).toBeGreaterThanOrEqual(last);
        last = m.end;
        expect(d.entities!.find((e) => e.id === m.entity)?.mentions).toContain(m.id);
      }
    }), { numRuns: 200, seed: 42 });
  });

  // Words the extent rules read (determiners, descriptors, heads, "government of", a city and its state).
  const EXTENT_WORDS = [...WORDS, 'analyst', 'chief', 'executive', 'maker', 'engine', 'index', 'stock', 'government', 'of', 'based', 'Ohio',
    'Columbus', 'Senator', 'embattled', 'and', 'plant', 'fell', 'German', 'Reuters', 'Bank', 'England'];
  const extentText = fc.array(fc.constantFrom(...EXTENT_WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));

  it('an extent slices to its text, contains its mention, is larger than it, and stays in one sentence', () => {
    let seen = 0;
    fc.assert(fc.property(fc.oneof(extentText, text), (t) => {
      const doc = docOf(t);
      const d = run(doc, { report: () => undefined });
      for (const m of d.mentions!) {
        if (!m.extent) continue;
        seen++;
        const x = m.extent;
        expect(t.slice(x.start, x.end)).toBe(x.text);
        expect(x.start <= m.start && m.end <= x.end && (x.start < m.start || m.end < x.end)).toBe(true);
        expect(doc.sentences!.some((s) => s.start <= x.start && x.end <= s.end)).toBe(true);
      }
    }), { numRuns: 300, seed: 11 });
    // The generated texts do give extents (the property is not vacuous).
    expect(seen).toBeGreaterThan(20);
  });

  it('is deterministic', () => {
    fc.assert(fc.property(text, (t) => {
      expect(run(docOf(t), { report: () => undefined }).mentions).toEqual(run(docOf(t), { report: () => undefined }).mentions);
    }), { numRuns: 50, seed: 7 });
  });
});
