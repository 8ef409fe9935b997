import { describe, expect, it } from 'vitest';
import { CUE_BOUND_RULES, repairCue, widenCue, type CueBoundId } from '../../src/quotes/cue-bounds.js';
import { rangeText, tokenRange, viewRange } from './helpers.js';

/** Repairs the cue span `span` (a substring of `text`); returns the repaired text and the rules that fired. */
function repair(text: string, span: string): { text: string; fired: CueBoundId[] } {
  const { v, range } = viewRange(text, span);
  const fired: CueBoundId[] = [];
  return { text: rangeText(v, repairCue(v, range, fired)), fired };
}

/** Widens the cue span `span` of a claim whose content is `content` (both substrings of `text`, cue first found). */
function widen(text: string, span: string, content: string | null): { text: string; fired: CueBoundId[] } {
  const { v, range } = viewRange(text, span);
  const fired: CueBoundId[] = [];
  const claim = { speaker: null, content: content === null ? [] : [tokenRange(v, content)] };
  return { text: rangeText(v, widenCue(v, range, claim, fired)), fired };
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
});

describe('cue widening over its verb group', () => {
  it.each([
    // [rules, sentence, proposed cue, content, widened cue]
    [['statement-adjunct'], '"The bridge is safe," Novak said in a statement.', 'said', 'The bridge is safe', 'said in a statement'],
    [['statement-adjunct'], 'Novak said in a written statement that the bridge is safe.', 'said', 'that the bridge is safe', 'said in a written statement'],
    [['particle-before-content'], 'Novak warned against a second vote.', 'warned', 'a second vote', 'warned against'],
    [['particle-before-content'], 'Petrova asked about the budget on Friday.', 'asked', 'the budget', 'asked about'],
    [['particle-before-content'], 'The union called for a recount.', 'called', 'a recount', 'called for'],
    [['selected-to'], 'Novak pointed to the cracks in the bridge.', 'pointed', 'the cracks in the bridge', 'pointed to'],
    [['selected-to'], 'The report drew attention to the rusty cables.', 'drew attention', 'the rusty cables', 'drew attention to'],
    [['selected-to', 'adverb-before'], 'Novak also referred to the old toll bridge.', 'referred', 'the old toll bridge', 'also referred to'],
    [['adverb-before'], 'Novak also said the bridge is safe.', 'said', 'the bridge is safe', 'also said'],
    [['adverb-before'], 'Novak has repeatedly warned that the bridge is unsafe.', 'warned', 'that the bridge is unsafe', 'has repeatedly warned'],
    [['adverb-before'], 'She even suggested that the vote be delayed.', 'suggested', 'that the vote be delayed', 'even suggested'],
    [['statement-adjunct', 'adverb-before'], 'Novak also said in a statement that the bridge is safe.', 'said', 'that the bridge is safe', 'also said in a statement'],
  ] as const)('%j: %s', (ids, text, span, content, want) => {
    const r = widen(text, span, content);
    expect(r.text).toBe(want);
    expect(r.fired).toEqual(ids);
  });

  it.each([
    // [why it stays, sentence, cue, content]
    ['an interview is left out, as the gold mostly does', 'Novak said in an interview that the bridge is safe.', 'said', 'that the bridge is safe'],
    ['a weekday is left out', '"The bridge is safe," Novak said Monday.', 'said', 'The bridge is safe'],
    ['"then" before the verb is left out', 'Novak then said the bridge is safe.', 'said', 'the bridge is safe'],
    ['"not" before the verb is left out', 'Novak did not say the bridge is safe.', 'say', 'the bridge is safe'],
    ['a particle when the content comes first', 'The bridge is safe, Novak said with a smile.', 'said', 'The bridge is safe'],
    ['a particle with no content', 'Novak spoke about it.', 'spoke', null],
    ['a particle the content opens', 'Novak warned of a flood.', 'warned', 'of a flood'],
    ['"to", which opens addressees as often', 'Novak wrote to the mayor.', 'wrote', 'the mayor'],
    ['"to" after a verb that does not select it', 'Novak vowed to close the bridge.', 'vowed', 'close the bridge'],
    ['"to" after a selecting word when the content comes first', 'The bridge is unsafe, Novak said, pointing to it.', 'pointing', 'The bridge is unsafe'],
    ['a capitalized word before', 'The Kelly family said the bridge is safe.', 'said', 'the bridge is safe'],
    ['an adverb that ends the content', 'The bridge is safe now said Novak.', 'said', 'The bridge is safe now'],
    ['an adverb in another sentence', 'It is. Said Novak: the bridge is safe.', 'Said', 'the bridge is safe'],
  ] as const)('keeps the cue: %s', (_why, text, span, content) => {
    const r = widen(text, span, content);
    expect(r.text).toBe(span);
    expect(r.fired).toEqual([]);
  });
});

describe('documented examples', () => {
  it.each(CUE_BOUND_RULES.map((r) => [r.id, ...r.example, r.content ?? null] as const))('%s: %s', (id, sentence, before, after, content) => {
    const r = content === null ? repair(sentence, before) : widen(sentence, before, content);
    expect(r.text).toBe(after);
    expect(r.fired).toEqual([id]);
  });
});
