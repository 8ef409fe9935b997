import { describe, expect, it } from 'vitest';
import type { EntityType, Token } from '../../../src/types/annotation.js';
import { GAZ_CLASSES, Gazetteer, ownGazetteerEntries } from '../../../src/ner/gazetteer.js';
import { isCapWord } from '../../../src/ner/spans.js';
import type { Candidate } from '../../../src/stages/entities/candidates.js';
import { REFINE_RULES, refineCandidates } from '../../../src/stages/entities/refine.js';
import { tokensOf } from '../../ner/helpers.js';

// The rules' gazetteer: factwire's own tables plus a few first names and a surname.
const entries = ownGazetteerEntries();
for (const n of ['jane', 'jim', 'jo', 'michael']) entries[n] = (entries[n] ?? 0) | (1 << GAZ_CLASSES.first);
entries.tate = (entries.tate ?? 0) | (1 << GAZ_CLASSES.last);
const gazetteer = new Gazetteer({ source: 'test', entries });

const TYPES: readonly EntityType[] = ['ORG', 'PERSON', 'GPE', 'LOC', 'MISC', 'FAC', 'NORP', 'EVENT', 'PRODUCT'];

/** Every maximal run of capitalized words as a tagger candidate, typed by turns from `TYPES[offset]` on. */
function capitalRuns(tokens: readonly Token[], offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapWord(tokens[i]!)) continue;
    let e = i + 1;
    while (e < tokens.length && isCapWord(tokens[e]!)) e++;
    out.push({ start: i, end: e, type: TYPES[(offset + out.length) % TYPES.length]!, rule: 'ner.test', title: null });
    i = e - 1;
  }
  return out;
}

// Our own sentences, each with trigger words of several rules in the places the rules read them.
const TEXTS: readonly string[] = [
  'Trading resumed at 14:00 UTC as Acme Corp. John Smith said the Guardian reported it.',
  'Spokeswoman Jane Doe of the Green Party met Orvex LLC Jim Press in the Wren Valley Convention Centre.',
  'Hurricane Ana hit Leeds. Ana weakened, said Mr Tate et al. in the novel Lantern Moth.',
  'The Bank of Upper Volta (BUV) sued. Image: Jo Bloggs Photo: the Kestrel probe and the Plains of Orvex.',
  'Hey Jo, the Standard & Poor \'s 500 rose as Air Moldova and Skyjet Air Flight 12 flew for the Crown.',
  'Muslims speak Hebrew. Odin and Einstein visited the Riverton Lantern Festival with Michael O\' Leary.',
  'Sure. Chan Tai-man told the engine maker Orvex that the Danish Rowing Association sold a MacBook Air.',
  'Nobody came. The storm passed. Prices rose in Leeds, and Jane left for Paris on Monday.',
];

describe('post-rule triggers', () => {
  // The scan compares one token at a time, so a trigger with a space (a multi-word name) could never match and its
  // rule would never run.
  it.each(REFINE_RULES.filter((r) => r.trigger !== undefined).map((r): [string, readonly string[]] => [r.id, [...r.trigger!]]))(
    'the trigger of %s is a list of one-token words (non-empty, no space)',
    (_, words) => {
      expect(words.length).toBeGreaterThan(0);
      for (const w of words) expect(w).toMatch(/^\S+$/);
    },
  );

  it.each(TEXTS.flatMap((text) => TYPES.map((_, offset): [string, number] => [text, offset])))(
    'skipping rules without their trigger words changes nothing: %s (types from %i)',
    (text, offset) => {
      const tokens = tokensOf(text);
      const cands = capitalRuns(tokens, offset);
      expect(refineCandidates(cands, { text, tokens, gazetteer })).toEqual(refineCandidates(cands, { text, tokens, gazetteer }, true));
    },
  );
});
