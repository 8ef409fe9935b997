import { describe, expect, it } from 'vitest';
import { colonParagraphs, EXTRA_PATTERNS, inPoll, referringTo, speakerLabels } from '../../src/quotes/extra-claims.js';
import { findCandidates, type Candidate } from '../../src/quotes/extract.js';
import { compileLexicon } from '../../src/quotes/lexicon.js';
import { priorScorer } from '../../src/quotes/index.js';
import { PATTERNS } from '../../src/quotes/patterns.js';
import { FALLBACK_RULES } from '../../src/quotes/fallback.js';
import { buildView, type View } from '../../src/quotes/view.js';
import { layers } from './helpers.js';
import { rangeText } from './helpers.js';

const view = (text: string): View => {
  const l = layers(text);
  return buildView(text, l.tokens, l.sentences);
};
const lex = compileLexicon();
/** [speaker, cue, content] of each claim. */
const show = (v: View, cs: Candidate[]) => cs.map((c) => [c.speaker ? rangeText(v, c.speaker) : null, rangeText(v, c.cue!), c.content.map((r) => rangeText(v, r)).join('|')]);

describe('extra claim forms', () => {
  it.each(EXTRA_PATTERNS)('%s has a pattern row and a fallback row', (id) => {
    expect(PATTERNS.some((p) => p.id === id)).toBe(true);
    expect(FALLBACK_RULES.some((f) => f.pattern === id)).toBe(true);
  });

  it.each([
    // [text, claims as [speaker, cue, content]]
    ['“It is far too late for that,” she said, referring to the new tariffs.', [['she', 'referring to', 'the new tariffs']]],
    ['The mayor said the bridge was safe, referring to the inspection report from March.', [['The mayor', 'referring to', 'the inspection report from March']]],
    ['“He knows the file,” Smith said, referring to Jane Roe, the chief negotiator.', [['Smith', 'referring to', 'Jane Roe']]],
    ['He left the hearing early, referring to a note from his doctor.', []],
    ['Referring to the tariffs, she said the talks would go on.', []],
  ] as const)('referring to: %s', (text, want) => {
    const v = view(text);
    const cands = findCandidates(v, lex, priorScorer, { threshold: 0.5, floating: 'claim' });
    expect(show(v, referringTo(v, cands))).toEqual(want);
  });

  it.each([
    ['SMITH: We will not back down on this.\n\nROE: Then we will see you in court.', [['SMITH', ':', 'We will not back down on this'], ['ROE', ':', 'Then we will see you in court']]],
    ['JANE ROE: The budget is balanced this year.', [['JANE ROE', ':', 'The budget is balanced this year']]],
    ['UPDATE: The story was changed at noon to add a comment.', []],
    ['Budget news.\n\nSmith: a profile of the longest-serving mayor.', []],
    ['SMITH: Yes.', []],
    ['KATE ROE: Why not hold a debate?', [['KATE ROE', ':', 'Why not hold a debate?']]],
    ['The rule is simple. SMITH: We will not back down on this.', []],
    ['"SMITH: We will not back down on this.\n\n"ROE: Then we will see you in court."', [['SMITH', ':', 'We will not back down on this'], ['ROE', ':', 'Then we will see you in court']]],
    ['Jane Roe: County Budget Is Balanced Again\n\nThe county said on Monday its books were in order.', [['Jane Roe', ':', 'County Budget Is Balanced Again']]],
    ['Bombshell: The Mayor Has A Secret Plan For The Bridge\n\nThe county said on Monday its books were in order.', []],
    ['The Latest: Storm Closes Three Schools\n\nThe county said on Monday its books were in order.', []],
    ['Budget news.\n\nJane Roe: County Budget Is Balanced Again.', []],
  ] as const)('speaker label: %s', (text, want) => {
    const v = view(text);
    expect(show(v, speakerLabels(v))).toEqual(want);
  });

  it.each([
    ['In a county survey released Monday, most voters backed the new school levy.', [['a county survey released Monday', 'In', 'most voters backed the new school levy']]],
    ['In the new state poll, conducted in May, the governor led by nine points.', [['the new state poll', 'In', 'the governor led by nine points']]],
    ['In the poll booth, voters waited for almost two hours.', []],
    ['In a speech on Monday, the mayor backed the new school levy.', []],
    ['Most voters backed the levy in a county survey released Monday.', []],
  ] as const)('in a poll: %s', (text, want) => {
    const v = view(text);
    expect(show(v, inPoll(v))).toEqual(want);
  });

  it.each([
    ['The mayor wrote:\n\nThe bridge will reopen in May, a month late.', [['The mayor', 'wrote:', 'The bridge will reopen in May, a month late']]],
    ['In a letter to the council, Smith argued that:\n\nThe levy is too small to fix the roads.', [['Smith', 'argued that:', 'The levy is too small to fix the roads']]],
    ['The mayor wrote:\n\n"The bridge will reopen in May."', []],
    ['The bridge reopens in three stages:\n\nThe east lane opens in May.', []],
    ['Smith hoped:\n\nThe levy would be enough to fix the roads.', []],
  ] as const)('colon paragraph: %s', (text, want) => {
    const v = view(text);
    expect(show(v, colonParagraphs(v, lex))).toEqual(want);
  });
});
