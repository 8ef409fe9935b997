import { describe, expect, it } from 'vitest';
import { addOuterAttributions, OUTER_ATTRIBUTION_EXAMPLE, OUTER_CONTENT_START_EXAMPLE, widenToOuterContent } from '../../src/quotes/outer-attribution.js';
import type { Candidate } from '../../src/quotes/extract.js';
import type { PatternId } from '../../src/quotes/patterns.js';
import type { View } from '../../src/quotes/view.js';
import { rangeText, viewOf, claimAt } from './helpers.js';

/** A claim given as [pattern, speaker, cue, content] spans of the text. */
type Spec = readonly [PatternId, string, string, string];
const claim = (v: View, [pattern, speaker, cue, content]: Spec): Candidate => claimAt(v, pattern, speaker, cue, content);

/** Runs the rule on kept and rule claims; returns the claims out as `cue: content` and the number of firings. */
function run(text: string, kept: readonly Spec[], rules: readonly Spec[]): { out: string[]; fired: number } {
  const v = viewOf(text);
  const fired: string[] = [];
  const out = addOuterAttributions(rules.map((s) => claim(v, s)), kept.map((s) => claim(v, s)), fired);
  return { out: out.map((c) => `${rangeText(v, c.cue!)}: ${c.content.map((r) => rangeText(v, r)).join(' | ')}`), fired: fired.length };
}

describe('trailing attribution over a nested claim', () => {
  const [exText, exInner, exOuter] = OUTER_ATTRIBUTION_EXAMPLE;
  it.each([
    // [case, text, kept claims, rule claims, claims out]
    ['documented example', exText, [['tagger', 'The union', exInner, 'heavily on ads']], [['according-to', 'filings', exOuter, 'The union is now spending heavily on ads']],
      ['according to: The union is now spending heavily on ads']],
    ['"…, X said" over an action verb', 'The mill cut its prices twice in May, two growers said.', [['tagger', 'The mill', 'cut', 'its prices twice in May']],
      [['content-speaker-cue', 'two growers', 'said', 'The mill cut its prices twice in May']], ['said: The mill cut its prices twice in May']],
    ['"…, said X" over a stance verb', 'Novak despises the new quota, said Ana Ruiz.', [['tagger', 'Novak', 'despises', 'the new quota']],
      [['content-cue-speaker', 'Ana Ruiz', 'said', 'Novak despises the new quota']], ['said: Novak despises the new quota']],
  ] as const)('adds the outer claim: %s', (_case, text, kept, rules, want) => {
    const r = run(text, kept, rules);
    expect(r.out).toEqual(want);
    expect(r.fired).toBe(1);
  });

  it.each([
    // [case, text, kept claims, rule claims]
    ['the kept cue is outside the outer content', 'Ruiz warned: the union is spending heavily, according to filings.', [['tagger', 'Ruiz', 'warned', 'the union is spending heavily']],
      [['according-to', 'filings', 'according to', 'the union is spending heavily']]],
    ['the outer cue is already a kept cue', 'The union is spending heavily, according to filings.', [['according-to', 'filings', 'according to', 'The union is spending heavily']],
      [['according-to', 'filings', 'according to', 'The union is spending heavily']]],
    ['a leading "According to X,"', 'According to filings, the union is spending heavily.', [['tagger', 'the union', 'is spending', 'heavily']],
      [['according-to', 'filings', 'According to', 'the union is spending heavily']]],
    ['the kept claim holds little of the outer content', 'The union said so, and prices rose sharply in May and June, according to filings.', [['tagger', 'The union', 'said', 'so']],
      [['according-to', 'filings', 'according to', 'The union said so, and prices rose sharply in May and June']]],
  ] as const)('leaves the claims: %s', (_case, text, kept, rules) => {
    const r = run(text, kept, rules);
    expect(r.fired).toBe(0);
    expect(r.out).toEqual(run(text, kept, []).out);
  });
});

/** Runs `widenToOuterContent`; returns the kept claims out as `cue: content` and the number of firings. */
function widen(text: string, kept: readonly Spec[], rules: readonly Spec[]): { out: string[]; fired: number } {
  const v = viewOf(text);
  const fired: string[] = [];
  const out = widenToOuterContent(rules.map((s) => claim(v, s)), kept.map((s) => claim(v, s)), fired);
  return { out: out.map((c) => `${rangeText(v, c.cue!)}: ${c.content.map((r) => rangeText(v, r)).join(' | ')}`), fired: fired.length };
}

describe('tagger content starting late before a trailing attribution', () => {
  const [exText, exLate, exWhole] = OUTER_CONTENT_START_EXAMPLE;
  it.each([
    // [case, text, kept claims, rule claims, claims out]
    ['documented example', exText, [['tagger', 'the clerk', 'according to', exLate]], [['according-to', 'the clerk', 'according to', exWhole]],
      [`according to: ${exWhole}`]],
    ['"…, X said", the tagger took the last words', 'The ferry will run again in May, the harbour master said.', [['tagger', 'the harbour master', 'said', 'again in May']],
      [['content-speaker-cue', 'the harbour master', 'said', 'The ferry will run again in May']], ['said: The ferry will run again in May']],
    ['"…, said X", the tagger content ends early', 'Prices at the market rose sharply in June, said Ana Ruiz.', [['tagger', 'Ana Ruiz', 'said', 'rose sharply']],
      [['content-cue-speaker', 'Ana Ruiz', 'said', 'Prices at the market rose sharply in June']], ['said: Prices at the market rose sharply']],
  ] as const)('widens: %s', (_case, text, kept, rules, want) => {
    const r = widen(text, kept, rules);
    expect(r.out).toEqual(want);
    expect(r.fired).toBe(1);
  });

  it.each([
    // [case, text, kept claims, rule claims]
    ['the tagger content already starts there', 'The ferry will run again in May, the harbour master said.', [['tagger', 'the harbour master', 'said', 'The ferry will run again in May']],
      [['content-speaker-cue', 'the harbour master', 'said', 'The ferry will run again in May']]],
    ['the tagger content follows the cue', 'The ferry will run again in May, according to the harbour master.', [['tagger', 'The ferry', 'according to', 'the harbour master']],
      [['according-to', 'the harbour master', 'according to', 'The ferry will run again in May']]],
    ['a leading "According to X,"', 'According to filings, the union is spending heavily.', [['tagger', 'filings', 'According to', 'heavily']],
      [['according-to', 'filings', 'According to', 'the union is spending heavily']]],
    ['the tagger claim has another cue', 'The ferry will run again in May, the harbour master said.', [['tagger', 'The ferry', 'will run', 'again in May']],
      [['content-speaker-cue', 'the harbour master', 'said', 'The ferry will run again in May']]],
    ['a rule claim on the cue is left to the rules', 'The ferry will run again in May, the harbour master said.', [['speaker-cue-content', 'the harbour master', 'said', 'again in May']],
      [['content-speaker-cue', 'the harbour master', 'said', 'The ferry will run again in May']]],
  ] as const)('leaves the claims: %s', (_case, text, kept, rules) => {
    const r = widen(text, kept, rules);
    expect(r.fired).toBe(0);
    expect(r.out).toEqual(widen(text, kept, []).out);
  });
});
