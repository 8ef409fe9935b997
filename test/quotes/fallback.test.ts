import { describe, expect, it } from 'vitest';
import { addRuleFallbacks, FALLBACK_RULES, linkFallbacks } from '../../src/quotes/fallback.js';
import { loadLinker } from '../../src/quotes/linker.js';
import { loadTagger, tagInput } from '../../src/quotes/tagger.js';
import { findCandidates, type Candidate } from '../../src/quotes/extract.js';
import { findExtraClaims } from '../../src/quotes/extra-claims.js';
import { findStanceFrames } from '../../src/quotes/stance-frames.js';
import { compileLexicon } from '../../src/quotes/lexicon.js';
import { priorScorer } from '../../src/quotes/index.js';
import type { PatternId } from '../../src/quotes/patterns.js';
import { buildView } from '../../src/quotes/view.js';
import { layers, rangeText } from './helpers.js';

/** A hand-built claim: cue tokens [cueA, cueB), one content range [a, b). */
const cand = (pattern: PatternId, cue: [number, number], content: [number, number], score = 1): Candidate => ({
  pattern, cue: { a: cue[0], b: cue[1] }, cueEntry: null, speaker: null, content: [{ a: content[0], b: content[1] }], score,
});

describe('rule fallbacks', () => {
  it.each(FALLBACK_RULES.map((f) => [f.id, f.pattern, f.example] as const))('%s: the finders read its example as %s', (_id, pattern, text) => {
    const l = layers(text);
    const v = buildView(text, l.tokens, l.sentences);
    const found = findCandidates(v, compileLexicon(), priorScorer, { threshold: 0.5, floating: 'claim' });
    expect([...found, ...findExtraClaims(v, found, compileLexicon()), ...findStanceFrames(v)].map((c) => c.pattern)).toContain(pattern);
  });

  it.each([
    // [case, rule claim, kept claims, added?]
    ['according-to with nothing kept', cand('according-to', [10, 12], [0, 9]), [], true],
    ['content-speaker-cue beside an unrelated claim', cand('content-speaker-cue', [12, 13], [0, 9]), [cand('tagger', [20, 21], [22, 30])], true],
    ['speaker-cue-content with a near-certain cue', cand('speaker-cue-content', [2, 3], [3, 12], 0.999), [], true],
    ['speaker-cue-content with a likely cue', cand('speaker-cue-content', [2, 3], [3, 12], 0.8), [], true],
    ['speaker-cue-content with a doubtful cue', cand('speaker-cue-content', [2, 3], [3, 12], 0.6), [], false],
    ['content mostly held by a kept claim', cand('according-to', [10, 12], [0, 9]), [cand('tagger', [14, 15], [2, 8])], false],
    ['content barely touched by a kept claim', cand('according-to', [10, 12], [0, 10]), [cand('tagger', [14, 15], [8, 9])], true],
    // MAX_SHARED (0.4): a third of the content held still adds the claim, a little under half does not.
    ['content a third held by a kept claim', cand('according-to', [10, 12], [0, 9]), [cand('tagger', [14, 15], [6, 9])], true],
    ['content four ninths held by a kept claim', cand('according-to', [10, 12], [0, 9]), [cand('tagger', [14, 15], [5, 9])], false],
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

describe('linked fallbacks', () => {
  const tagger = loadTagger()!;
  const linker = loadLinker()!;
  const lex = compileLexicon();
  // [case, text, pattern of the added claim, its speaker as the rule found it, the speaker after linking]
  it.each([
    ['a linked pattern takes the linker\'s speaker', 'Quietly, the mayor insisted that the levy would pass in May.', 'speaker-cue-content', 'Quietly', 'the mayor'],
    ['an unlinked pattern keeps the rule\'s speaker', 'The levy will pass in May, according to the county clerk.', 'according-to', 'the county clerk', 'the county clerk'],
  ] as const)('%s', (_case, text, pattern, ruleSpeaker, linkedSpeaker) => {
    const l = layers(text);
    const v = buildView(text, l.tokens, l.sentences);
    const x = tagInput(v, lex, tagger.cueLex, l.mentions, tagger);
    const tags = tagger.tag(x);
    const rule = findCandidates(v, lex, priorScorer, { threshold: 0.5, floating: 'claim' }).find((c) => c.pattern === pattern)!;
    // The rule NP finder's choice, replaced by a one-token span to show what the linker does with it.
    const s = text.indexOf(ruleSpeaker);
    const a = v.tokens.findIndex((t) => t.start === s);
    const b = v.tokens.findIndex((t) => t.end === s + ruleSpeaker.length) + 1;
    const added: Candidate = { ...rule, speaker: { a, b } };
    const out = linkFallbacks(v, x, tags, [], [added], linker);
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toEqual(added.content);
    expect(out[0]!.speaker ? rangeText(v, out[0]!.speaker) : null).toBe(linkedSpeaker);
  });

  it('leaves the kept claims as they are', () => {
    const kept = [cand('tagger', [2, 3], [3, 9])];
    const text = 'The mayor said the levy would pass in May.';
    const l = layers(text);
    const v = buildView(text, l.tokens, l.sentences);
    const x = tagInput(v, lex, tagger.cueLex, l.mentions, tagger);
    expect(linkFallbacks(v, x, tagger.tag(x), kept, kept, linker)).toEqual(kept);
  });
});
