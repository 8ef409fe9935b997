import { describe, expect, it } from 'vitest';
import { INNER_CLAIM_RULES, splitAtInnerClaims } from '../../src/quotes/inner-claims.js';
import { compileLexicon } from '../../src/quotes/lexicon.js';
import { loadCueModel } from '../../src/quotes/cue-model.js';
import type { PatternId } from '../../src/quotes/patterns.js';
import type { CueScorer } from '../../src/quotes/extract.js';
import { claimAt, rangeText, viewOf } from './helpers.js';

const lex = compileLexicon();
const scorer = loadCueModel()!.scorer;

/** Runs the split on the one claim `[speaker] <cue> «content»` of `text`; returns each output claim in that form. */
function split(text: string, speaker: string | null, cue: string, content: string, pattern: PatternId = 'tagger', score: CueScorer = scorer): string[] {
  const v = viewOf(text);
  const host = claimAt(v, pattern, speaker, cue, content);
  return splitAtInnerClaims(v, [host], lex, score).map((c) =>
    `[${c.speaker ? rangeText(v, c.speaker) : ''}] <${c.cue ? rangeText(v, c.cue) : ''}> «${c.content.map((r) => rangeText(v, r)).join('|')}»`);
}

describe('inner claims of a weak claim', () => {
  const host = ['Voters', 'grew restless', 'this spring, and the governor warned that turnout could fall'] as const;

  it.each(INNER_CLAIM_RULES.map((r) => [r.id, r.example] as const))('%s: its example splits in two', (_id, text) => {
    expect(split(text, ...host)).toEqual(['[Voters] <grew restless> «this spring, and»', '[the governor] <warned> «turnout could fall»']);
  });

  it.each([
    // [case, text, speaker, cue, content, expected claims]
    ['outer rest too short: the outer claim goes', 'Critics were restless as officials insisted that the levy was fair to renters.', 'Critics', 'were restless', 'as officials insisted that the levy was fair to renters',
      ['[officials] <insisted> «the levy was fair to renters»']],
    // Negative rows: the claim comes back whole.
    ['outer cue is a lexicon cue', 'Voters said this spring that the governor warned that turnout could fall.', 'Voters', 'said', 'this spring that the governor warned that turnout could fall',
      ['[Voters] <said> «this spring that the governor warned that turnout could fall»']],
    ['no lexicon cue inside', 'Voters grew restless this spring, and the governor met them in Denver.', 'Voters', 'grew restless', 'this spring, and the governor met them in Denver',
      ['[Voters] <grew restless> «this spring, and the governor met them in Denver»']],
    ['a bare participle is no finite cue', 'Voters grew restless this spring, with the governor warning that turnout could fall.', 'Voters', 'grew restless', 'this spring, with the governor warning that turnout could fall',
      ['[Voters] <grew restless> «this spring, with the governor warning that turnout could fall»']],
    ['a cue inside quotation marks', 'Voters grew restless this spring, and "the governor warned that turnout could fall".', 'Voters', 'grew restless', 'this spring, and "the governor warned that turnout could fall"',
      ['[Voters] <grew restless> «this spring, and "the governor warned that turnout could fall"»']],
  ] as const)('%s', (_case, text, speaker, cue, content, expected) => {
    expect(split(text, speaker, cue, content)).toEqual(expected);
  });

  // A scorer that accepts every lexicon match, so that only the noun-cue test stops these.
  const always: CueScorer = () => 1;
  it.each([
    ['a noun cue after a possessive', 'Voters grew restless this spring, and their support for the levy faded.', 'this spring, and their support for the levy faded', 1],
    ['a noun cue after a superlative', 'Voters grew restless this spring, and the strongest support for the levy faded.', 'this spring, and the strongest support for the levy faded', 1],
    ['a noun cue after a preposition', 'Voters grew restless this spring, and a wave of attacks on the levy followed.', 'this spring, and a wave of attacks on the levy followed', 1],
    ['a verb after a plain subject (positive row)', 'Voters grew restless this spring, and several aldermen support the levy now.', 'this spring, and several aldermen support the levy now', 2],
  ] as const)('%s', (_case, text, content, n) => {
    expect(split(text, 'Voters', 'grew restless', content, 'tagger', always)).toHaveLength(n);
  });

  it('only tagger claims are split', () => {
    const text = 'Voters grew restless this spring, and the governor warned that turnout could fall.';
    expect(split(text, ...host, 'in-poll')).toHaveLength(1);
    expect(split(text, ...host)).toHaveLength(2);
  });
});
