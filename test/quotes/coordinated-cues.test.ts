import { describe, expect, it } from 'vitest';
import { COORDINATED_CUE_RULES, splitCoordinatedCues } from '../../src/quotes/coordinated-cues.js';
import { compileLexicon } from '../../src/quotes/lexicon.js';
import { loadCueModel } from '../../src/quotes/cue-model.js';
import { claimAt, extractor, extractText, rangeText, viewOf } from './helpers.js';

const lex = compileLexicon();
const scorer = loadCueModel()!.scorer;

/** Splits the one claim `[speaker] <cue> «content»` of `text`; returns each output claim as `[speaker] <cue> «content»`. */
function split(text: string, speaker: string | null, cue: string, content: string): string[] {
  const v = viewOf(text);
  const host = claimAt(v, 'tagger', speaker || null, cue, content);
  return splitCoordinatedCues(v, [host], lex, scorer).map((c) =>
    `[${c.speaker ? rangeText(v, c.speaker) : ''}] <${c.cue ? rangeText(v, c.cue) : ''}> «${c.content.map((r) => rangeText(v, r)).join('|')}»`);
}

describe('coordinated cues', () => {
  it.each(COORDINATED_CUE_RULES.map((r) => [r.id, r.example] as const))('%s: its example holds two claims', (_id, text) => {
    const cue = text.match(/(praised|backed)/)![1]!;
    const rest = text.slice(text.indexOf(cue) + cue.length + 1, -1);
    expect(split(text, 'The mayor', cue, rest)).toHaveLength(2);
  });

  it.each([
    // [case, text, speaker, cue, content, expected claims]
    ['and + that-clause', 'The mayor praised the new budget and warned that costs would rise next year.', 'The mayor', 'praised', 'the new budget and warned that costs would rise next year',
      ['[The mayor] <praised> «the new budget»', '[The mayor] <warned> «costs would rise next year»']],
    ['but, comma before the conjunction', 'The mayor backed the new budget, but insisted that the museum stay open.', 'The mayor', 'backed', 'the new budget, but insisted that the museum stay open',
      ['[The mayor] <backed> «the new budget»', '[The mayor] <insisted> «the museum stay open»']],
    ['participle', 'The mayor backed the new budget, adding that the museum would stay open.', 'The mayor', 'backed', 'the new budget, adding that the museum would stay open',
      ['[The mayor] <backed> «the new budget»', '[The mayor] <adding> «the museum would stay open»']],
    ['auxiliaries and adverbs before the second cue', 'The senator criticized the farm bill and has also argued that it costs too much.', 'The senator', 'criticized', 'the farm bill and has also argued that it costs too much',
      ['[The senator] <criticized> «the farm bill»', '[The senator] <argued> «it costs too much»']],
    ['verb with a particle', 'The council rejected the zoning plan and pointed out that nobody had asked the residents.', 'The council', 'rejected', 'the zoning plan and pointed out that nobody had asked the residents',
      ['[The council] <rejected> «the zoning plan»', '[The council] <pointed out> «nobody had asked the residents»']],
    ['a clause with its own subject', 'The mayor backed the new budget, but the governor warned that costs would rise.', 'The mayor', 'backed', 'the new budget, but the governor warned that costs would rise',
      ['[The mayor] <backed> «the new budget»', '[the governor] <warned> «costs would rise»']],
    ['a while-clause with its own subject', 'The union praised the deal, while several teachers complained that classes were too big.', 'The union', 'praised', 'the deal, while several teachers complained that classes were too big',
      ['[The union] <praised> «the deal»', '[several teachers] <complained> «classes were too big»']],
    // Negative cases: the claim comes back whole.
    ['a clause whose first cue-like verb is not right after its subject', 'The mayor backed the new budget, and after a long night the governor said that costs would rise.', 'The mayor', 'backed', 'the new budget, and after a long night the governor said that costs would rise',
      ['[The mayor] <backed> «the new budget, and after a long night the governor said that costs would rise»']],
    ['a clause with no cue', 'The mayor backed the new budget, and the council passed it on Friday.', 'The mayor', 'backed', 'the new budget, and the council passed it on Friday',
      ['[The mayor] <backed> «the new budget, and the council passed it on Friday»']],
    ['an event verb is no second cue', 'The mayor praised the new budget and flew home to Denver on Friday.', 'The mayor', 'praised', 'the new budget and flew home to Denver on Friday',
      ['[The mayor] <praised> «the new budget and flew home to Denver on Friday»']],
    ['a conjunction inside quotation marks', 'The mayor said "we cut the levy and warned every landlord" on Friday.', 'The mayor', 'said', '"we cut the levy and warned every landlord" on Friday',
      ['[The mayor] <said> «"we cut the levy and warned every landlord" on Friday»']],
    ['a claim without a speaker', 'Officials expect the new budget and warned that costs would rise.', null, 'expect', 'the new budget and warned that costs would rise',
      ['[] <expect> «the new budget and warned that costs would rise»']],
    ['a first content too short to keep', 'He agreed and warned that costs would rise sharply.', 'He', 'agreed', 'and warned that costs would rise sharply',
      ['[He] <agreed> «and warned that costs would rise sharply»']],
    ['a participle that is no cue', 'The mayor backed the new budget, leaving the museum fund untouched for a year.', 'The mayor', 'backed', 'the new budget, leaving the museum fund untouched for a year',
      ['[The mayor] <backed> «the new budget, leaving the museum fund untouched for a year»']],
  ] as const)('%s', (_case, text, speaker, cue, content, expected) => {
    expect(split(text, speaker, cue, content)).toEqual(expected);
  });

  it('the extractor reports both claims of a coordinated sentence', () => {
    const text = 'The mayor praised the new budget on Monday and warned that property taxes would rise next year.';
    const cues = extractText(text).quotes.map((q) => q.cue?.text);
    expect(cues).toContain('warned');
    expect(cues.length).toBeGreaterThanOrEqual(2);
  });
});
