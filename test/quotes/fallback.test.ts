import { describe, expect, it } from 'vitest';
import { addRuleFallbacks, FALLBACK_RULES } from '../../src/quotes/fallback.js';
import { findCandidates, type Candidate } from '../../src/quotes/extract.js';
import { findExtraClaims } from '../../src/quotes/extra-claims.js';
import { compileLexicon } from '../../src/quotes/lexicon.js';
import { priorScorer } from '../../src/quotes/index.js';
import type { PatternId } from '../../src/quotes/patterns.js';
import { buildView } from '../../src/quotes/view.js';
import { layers } from './helpers.js';

/** A hand-built claim: cue tokens [cueA, cueB), one content range [a, b). */
const cand = (pattern: PatternId, cue: [number, number], content: [number, number], score = 1): Candidate => ({
  pattern, cue: { a: cue[0], b: cue[1] }, cueEntry: null, speaker: null, content: [{ a: content[0], b: content[1] }], score,
});

describe('rule fallbacks', () => {
  it.each(FALLBACK_RULES.map((f) => [f.id, f.pattern, f.example] as const))('%s: the finders read its example as %s', (_id, pattern, text) => {
    const l = layers(text);
    const v = buildView(text, l.tokens, l.sentences);
    const found = findCandidates(v, compileLexicon(), priorScorer, { threshold: 0.5, floating: 'claim' });
    expect([...found, ...findExtraClaims(v, found, compileLexicon())].map((c) => c.pattern)).toContain(pattern);
  });

  it.each([
    // [case, rule claim, kept claims, added?]
    ['according-to with nothing kept', cand('according-to', [10, 12], [0, 9]), [], true],
    ['content-speaker-cue beside an unrelated claim', cand('content-speaker-cue', [12, 13], [0, 9]), [cand('tagger', [20, 21], [22, 30])], true],
    ['speaker-cue-content with a near-certain cue', cand('speaker-cue-content', [2, 3], [3, 12], 0.999), [], true],
    ['speaker-cue-content with a doubtful cue', cand('speaker-cue-content', [2, 3], [3, 12], 0.9), [], false],
    ['content mostly held by a kept claim', cand('according-to', [10, 12], [0, 9]), [cand('tagger', [14, 15], [2, 8])], false],
    ['content barely touched by a kept claim', cand('according-to', [10, 12], [0, 10]), [cand('tagger', [14, 15], [8, 9])], true],
    ['cue already used by a kept claim', cand('according-to', [10, 12], [0, 9]), [cand('tagger', [11, 12], [13, 20])], false],
    ['a pattern with no fallback', cand('content-cue-speaker', [10, 11], [0, 9]), [], false],
  ] as const)('%s', (_case, rule, kept, added) => {
    const out = addRuleFallbacks([rule], [...kept]);
    expect(out.includes(rule)).toBe(added);
    expect(out.length).toBe(kept.length + (added ? 1 : 0));
  });

  it('adds only the first of two overlapping fallbacks', () => {
    const a = cand('according-to', [10, 12], [0, 9]);
    const b = cand('content-speaker-cue', [14, 15], [0, 9]);
    expect(addRuleFallbacks([a, b], [])).toEqual([a]);
  });
});
