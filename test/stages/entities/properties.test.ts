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

  it('is deterministic', () => {
    fc.assert(fc.property(text, (t) => {
      expect(run(docOf(t), { report: () => undefined }).mentions).toEqual(run(docOf(t), { report: () => undefined }).mentions);
    }), { numRuns: 50, seed: 7 });
  });
});
