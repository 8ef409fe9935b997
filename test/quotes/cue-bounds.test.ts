import { describe, expect, it } from 'vitest';
import { CUE_BOUND_RULES, repairCue, type CueBoundId } from '../../src/quotes/cue-bounds.js';
import { rangeText, viewRange } from './helpers.js';

/** Repairs the cue span `span` (a substring of `text`); returns the repaired text and the rules that fired. */
function repair(text: string, span: string): { text: string; fired: CueBoundId[] } {
  const { v, range } = viewRange(text, span);
  const fired: CueBoundId[] = [];
  return { text: rangeText(v, repairCue(v, range, fired)), fired };
}

describe('cue boundary repair', () => {
  it.each([
    // [rule, sentence, proposed cue, repaired cue]
    ['manner-adverb', '"It will hold," Novak said dryly.', 'said', 'said dryly'],
    ['manner-adverb', '"Is that all?" she asked rhetorically, and laughed.', 'asked', 'asked rhetorically'],
    ['manner-adverb', 'The bridge is safe, the mayor wrote recently.', 'wrote', 'wrote recently'],
    ['known-as', 'Petrova, known as a hawk, voted no.', 'known', 'known as'],
    ['known-as', 'The plan is also known as the river deal.', 'is also known', 'is also known as'],
  ] as const)('%s: %s', (id, text, span, want) => {
    const r = repair(text, span);
    expect(r.text).toBe(want);
    expect(r.fired).toEqual([id]);
  });

  it.each([
    // [why it stays, sentence, cue]
    ['the adverb opens a longer phrase', 'Novak said recently in Prague that the bridge is safe.', 'said'],
    ['an -ly word that is no adverb', 'Novak said early, before the vote.', 'said'],
    ['an adverb before the content', 'Novak said repeatedly that the bridge is safe.', 'said'],
    ['"as" after another verb', 'Novak was described as a hawk.', 'was described'],
    ['a capitalized word', 'Novak said Kelly.', 'said'],
  ] as const)('keeps the cue: %s', (_why, text, span) => {
    const r = repair(text, span);
    expect(r.text).toBe(span);
    expect(r.fired).toEqual([]);
  });

  it.each(CUE_BOUND_RULES.map((r) => [r.id, ...r.example] as const))('documented example of %s: %s', (id, sentence, before, after) => {
    const r = repair(sentence, before);
    expect(r.text).toBe(after);
    expect(r.fired).toEqual([id]);
  });
});
