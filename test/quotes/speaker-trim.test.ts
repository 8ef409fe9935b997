import { describe, expect, it } from 'vitest';
import { cutNestedRelative, dropLoneNonSpeaker, extendNounPp, SPEAKER_TRIM_RULES, trimSpeaker, type SpeakerTrimId } from '../../src/quotes/speaker-trim.js';
import { extractText, rangeText, tokenRange, viewRange } from './helpers.js';

/** Trims the speaker span `span` (a substring of `text`); returns the trimmed text and the rules that fired. */
function trim(text: string, span: string): { text: string; fired: SpeakerTrimId[] } {
  const { v, range } = viewRange(text, span);
  const fired: SpeakerTrimId[] = [];
  return { text: rangeText(v, trimSpeaker(v, range, fired)), fired };
}

describe('speaker boundary repair', () => {
  it.each([
    // [rule, sentence, proposed span, repaired span]
    ['right-adverb', 'The farmers broadly welcomed the subsidy.', 'The farmers broadly', 'The farmers'],
    ['right-adverb', 'In May, Novak quietly rejected the offer.', 'Novak quietly', 'Novak'],
    ['right-adverb', 'Novak never wavered in his demand to reopen the mine.', 'Novak never wavered in his demand', 'Novak'],
    ['right-adverb', 'Most residents here have learned to live with floods.', 'Most residents here', 'Most residents'],
    ['right-finite-verb', 'Petrova posted three messages saying the vote was rigged.', 'Petrova posted three messages', 'Petrova'],
    ['right-finite-verb', 'Petrova smiled and told the crowd to go home.', 'Petrova smiled and', 'Petrova'],
    ['right-finite-verb', 'The council released a memo calling the dam unsafe.', 'The council released a memo', 'The council'],
    ['right-finite-verb', 'Novak rejects the plan as too costly.', 'Novak rejects the plan', 'Novak'],
    ['right-finite-verb', 'Petrova made the following remark: the bridge will hold.', 'Petrova made the following', 'Petrova'],
    ['right-time-phrase', 'The union on Monday published a list of demands.', 'The union on Monday', 'The union'],
    ['right-time-phrase', 'Novak at the time said the mine would stay open.', 'Novak at the time', 'Novak'],
    ['right-time-phrase', 'Ruiz, who in the past has opposed the levy, said it was fair.', 'who in the past', 'who'],
    ['right-time-phrase', 'The growers soon noted that prices had fallen.', 'The growers soon', 'The growers'],
    ['right-time-phrase', 'The ministry however said the talks would go on.', 'The ministry however', 'The ministry'],
    ['right-after-appositive', 'Jan Novak, the minister, has doubled down on the plan, saying it will work.', 'Jan Novak, the minister, has doubled down on the plan,', 'Jan Novak, the minister,'],
    ['left-passive-by', 'The leak was first noticed by the city council.', 'by the city council', 'the city council'],
    ['left-focus-word', 'Even Norway, a close partner, said the quota was wrong.', 'Even Norway, a close partner,', 'Norway, a close partner,'],
    ['left-lead-clause', 'Back in Prague, Mr. Novak said he would resign.', 'Back in Prague, Mr. Novak', 'Mr. Novak'],
    ['left-lead-clause', 'In a letter, one of the growers, Ana Ruiz, said the prices are unfair.', 'In a letter, one of the growers, Ana Ruiz,', 'one of the growers, Ana Ruiz,'],
    ['left-lead-clause', 'By contrast, Ana Ruiz, a grower, said prices were fair.', 'By contrast, Ana Ruiz, a grower,', 'Ana Ruiz, a grower,'],
    ['right-lone-comma', 'The union, citing the report, said the talks failed.', 'The union,', 'The union'],
    ['left-name-list', 'Novak, Ruiz and Petrova said the dam is unsafe.', 'Ruiz and Petrova', 'Novak, Ruiz and Petrova'],
    ['left-name-list', 'Jan Novak, Ana Ruiz and other growers said the quota is unfair.', 'Ana Ruiz and other growers', 'Jan Novak, Ana Ruiz and other growers'],
    ['left-lead-clause', 'By contrast, Ana Ruiz said prices were fair.', 'By contrast, Ana Ruiz', 'Ana Ruiz'],
    ['left-lead-clause', 'Moreover, Jan Novak, the mayor, said the bridge was safe.', 'Moreover, Jan Novak, the mayor,', 'Jan Novak, the mayor,'],
    ['left-lead-clause', 'Alarmed by the flood, the mayor said the dam would be closed.', 'Alarmed by the flood, the mayor', 'the mayor'],
    ['left-lead-clause', 'At the plant, where the pay is low, Jan Novak told workers to go home.', 'At the plant, where the pay is low, Jan Novak', 'Jan Novak'],
    ['left-relative-before-name', 'It was a rushed decision, which Novak pointed to as proof of chaos.', 'which Novak', 'Novak'],
    ['left-noun-before-relative', 'As a driver who had to wait six hours, I know.', 'a driver who', 'who'],
    ['left-coordination', 'Federal and state officials said the dam is unsafe.', 'state officials', 'Federal and state officials'],
    ['left-coordination', 'At the school, Ruiz and other parents protested the cuts.', 'other parents', 'Ruiz and other parents'],
    ['left-coordination', 'The union and its lawyers say the ruling is wrong.', 'its lawyers', 'The union and its lawyers'],
    ['left-coordination', 'Her aides and allies say she will run again.', 'allies', 'Her aides and allies'],
    ['left-coordination', 'Growers and even some buyers say the quota is too low.', 'some buyers', 'Growers and even some buyers'],
    ['left-coordination', 'But the union and its lawyers say the ruling is wrong.', 'its lawyers', 'the union and its lawyers'],
    ['left-coordination', 'The plan stalled because the mayor and her aides opposed it.', 'her aides', 'the mayor and her aides'],
    ['left-demonstrative', 'By a wide margin, those surveyed said the ferry is too slow.', 'surveyed', 'those surveyed'],
    ['left-demonstrative', 'These growers say the quota is unfair.', 'growers', 'These growers'],
    ['left-demonstrative', 'In Tulsa, this reporter learned that the plant had closed.', 'reporter', 'this reporter'],
    ['left-approximator', 'About half of the growers said prices were too low.', 'half of the growers', 'About half of the growers'],
    ['left-new-np', 'Asked about the levy in March The Ledger said it was unfair.', 'the levy in March The Ledger', 'The Ledger'],
    ['left-new-np', 'After the vote the growers dropped their appeal, saying it was pointless.', 'dropped their appeal', 'their appeal'],
    ['left-approximator', 'In the poll, at least 40 farmers said the dam is unsafe.', '40 farmers', 'at least 40 farmers'],
    ['left-approximator', 'Nearly four in 10 said prices were too low.', '10', 'Nearly four in 10'],
    ['left-approximator', 'Six out of 10 residents said the ferry is too slow.', '10 residents', 'Six out of 10 residents'],
    ['left-approximator', 'As many as three-fourths of them say the rules are unfair.', 'three-fourths of them', 'As many as three-fourths of them'],
  ] as const)('%s: %s', (id, text, span, want) => {
    const r = trim(text, span);
    expect(r.text).toBe(want);
    expect(r.fired).toContain(id);
  });

  it.each([
    // [why it stays, sentence, span]
    ['participle with a time phrase', 'A memo released Friday says the plant will close.', 'A memo released Friday'],
    ['"The" in a title after "of"', 'An editor of The Ledger said the levy was unfair.', 'An editor of The Ledger'],
    ['-ing form before an article', 'A judge handling the appeal said the levy was unfair.', 'A judge handling the appeal'],
    ['verb inside an appositive', 'Ana Ruiz, who dropped her appeal, said the levy was unfair.', 'Ana Ruiz, who dropped her appeal,'],
    ['time phrase before a comma', 'The plant closed, according to a report at the time, and never reopened.', 'a report at the time'],
    ['"first" inside the NP', 'The former first lady said the school would open.', 'The former first lady'],
    ['passive participle with "by"', 'A panel of judges chaired by Ana Ruiz agreed with him.', 'A panel of judges chaired by Ana Ruiz'],
    ['participle after the noun', 'Some 40 percent of farmers polled said prices were too low.', 'Some 40 percent of farmers polled'],
    ['relative clause without a relative', 'On the whole, all the farmers we met said it was fine.', 'all the farmers we met'],
    ['-ly noun', 'A family friend said the boy was safe.', 'A family friend'],
    ['-ly noun after a name', 'The vote is close, according to a BBC tally.', 'a BBC tally'],
    ['plural noun after a name', 'Nearly 30 Senate aides hoping for a deal wrote a letter.', 'Nearly 30 Senate aides'],
    ['clause inside an appositive', 'Olga Petrova, the mayor when the bridge was built, said it would hold.', 'Olga Petrova, the mayor when the bridge was built,'],
    ['verb inside a relative clause', 'Jan Novak, whose ministry is expected to approve it, said nothing.', 'Jan Novak, whose ministry is expected to approve it,'],
    ['"many of whom"', 'They met growers, many of whom say the rules are unfair.', 'many of whom'],
    ['time phrase after a participle', 'A survey published last year found that the river was clean.', 'A survey published last year'],
    ['a lone pronoun', 'He said the talks failed.', 'He'],
    ['a clause before "and"', 'Prices rose and the ministers said the quota is too low.', 'the ministers'],
    ['a participle clause before "and"', 'Citing costs, the board voted and officials said the plant will close.', 'officials'],
    ['a lead-in before "and"', 'In May and officials said the plant will close.', 'officials'],
    ['a sentence adverb before a list', 'However, Novak and Ruiz said the dam is unsafe.', 'Novak and Ruiz'],
    ['a lead-in before a list', 'In Tulsa, Novak and Ruiz said the dam is unsafe.', 'Novak and Ruiz'],
    ['a name before a comma, no list', 'Novak, Ruiz said the dam is unsafe.', 'Ruiz'],
    ['a comma closing an appositive', 'Ana Ruiz, a nurse from Tulsa, said the clinic would close.', 'Ana Ruiz, a nurse from Tulsa,'],
    ['a capitalized participle in a title', 'Retired General Jan Novak, a former chief, said the plan would fail.', 'Retired General Jan Novak, a former chief,'],
    ['a passive agent with an appositive', 'The leak was found by the council, a body of growers.', 'the council, a body of growers'],
    ['a one-word clause before "and"', 'Prices fell and growers said the quota is too low.', 'growers'],
    ['a verb clause before "but" … "and even"', 'But the mill closed and even the growers said so.', 'the growers'],
    ['"that" as a complementizer', 'It is true that Novak said the plant will close.', 'Novak'],
    ['a relative after a demonstrative', 'Among those who said the ferry is slow were three pilots.', 'who'],
    ['an approximator before a name', 'Only Novak said the ferry was slow.', 'Novak'],
    ['a number with no approximator', 'In May, 40 farmers said the dam is unsafe.', '40 farmers'],
    ['a demonstrative across a comma', 'Of these, farmers said the dam is unsafe.', 'farmers'],
  ] as const)('keeps the span: %s', (_why, text, span) => {
    const r = trim(text, span);
    expect(r.text).toBe(span);
    expect(r.fired).toEqual([]);
  });

  it.each(SPEAKER_TRIM_RULES.map((r) => [r.id, ...r.example] as const))('documented example of %s: %s', (id, sentence, before, after) => {
    const r = trim(sentence, before);
    expect(r.text).toBe(after);
    expect(r.fired).toContain(id);
  });

  it.each([
    // [sentence, span, repaired span]: the comma closing an appositive joins the span; a plain NP does not take one.
    ['Ana Ruiz, a nurse from Tulsa, said the plant will close.', 'Ana Ruiz, a nurse from Tulsa', 'Ana Ruiz, a nurse from Tulsa,'],
    ['Novak (left, in red), said nothing.', 'Novak (left, in red)', 'Novak (left, in red)'],
    ['Ana Ruiz, who lives nearby, said the plant will close.', 'Ana Ruiz', 'Ana Ruiz'],
  ] as const)('appositive comma: %s', (sentence, span, want) => {
    expect(trim(sentence, span).text).toBe(want);
  });

  it.each([
    // [sentence, proposed speaker, kept?]: a lone function word or adverb is no speaker; nouns, pronouns and names stay.
    ['Ted Cruz, who won Texas, is calling for a recount.', 'is', false],
    ['The growers have broadly rejected the plan.', 'broadly', false],
    ['It was the worst harvest, as the growers said.', 'the', false],
    ['Officials said the dam is unsafe.', 'Officials', true],
    ['Will said the dam is unsafe.', 'Will', true],
    ['He said the dam is unsafe.', 'He', true],
    ['The engineer who said the dam is unsafe resigned.', 'who', true],
    ['In May, 40 said the dam is unsafe.', '40', true],
    ['Some officials said the dam is unsafe.', 'Some officials', true],
  ] as const)('lone-function-word: %s (%s)', (sentence, span, kept) => {
    const { v, range } = viewRange(sentence, span);
    const r = dropLoneNonSpeaker(v, range);
    expect(r ? rangeText(v, r) : null).toBe(kept ? span : null);
  });
});

describe('right-noun-pp: a common-noun speaker after its cue keeps its prepositional phrase', () => {
  it.each([
    // [sentence, cue, proposed span, expected span]
    ['"The levy will pass," said an aide to the governor.', 'said', 'an aide', 'an aide to the governor'],
    ['"The levy will pass," said a source close to the mayor, who asked not to be named.', 'said', 'a source close', 'a source close to the mayor'],
    ['"It was a mistake," wrote a columnist in the Tulsa Ledger.', 'wrote', 'a columnist', 'a columnist in the Tulsa Ledger'],
    // Stays: the phrase is the cue's (where, how, when), the head is a name, or the speaker is left of the cue.
    ['"The levy will pass," said a spokesman in a statement.', 'said', 'a spokesman', 'a spokesman'],
    ['"The levy will pass," said an aide in Tulsa on Monday.', 'said', 'an aide', 'an aide'],
    ['"The levy will pass," said Jan Novak to reporters.', 'said', 'Jan Novak', 'Jan Novak'],
    ['"The levy will pass," said an aide to reporters gathered outside.', 'said', 'an aide', 'an aide'],
    ['The aide said to the crowd that the levy will pass.', 'said', 'The aide', 'The aide'],
  ] as const)('%s', (text, cue, span, want) => {
    const { v, range } = viewRange(text, span);
    const cueEnd = tokenRange(v, cue).b;
    const fired: SpeakerTrimId[] = [];
    expect(rangeText(v, extendNounPp(v, range, cueEnd, fired))).toBe(want);
    expect(fired.includes('right-noun-pp')).toBe(want !== span);
  });
});

describe('right-nested-relative: a relative that speaks for another claim leaves the outer speaker', () => {
  it.each([
    // [sentence, proposed span, is the relative another claim's speaker?, expected span]
    ['Novak, who said last week that the dam is safe, told reporters it would reopen.', 'Novak, who said last week that the dam is safe,', true, 'Novak'],
    ['Ana Ruiz, a grower, who argued that prices are too low, said the quota must go.', 'Ana Ruiz, a grower, who argued that prices are too low,', true, 'Ana Ruiz, a grower'],
    // Stays: the relative clause reports nothing (no claim of its own), or there is no relative clause.
    ['Novak, who grew up near the dam, told reporters it would reopen.', 'Novak, who grew up near the dam,', false, 'Novak, who grew up near the dam,'],
    ['Novak, the mayor, told reporters it would reopen.', 'Novak, the mayor,', false, 'Novak, the mayor,'],
  ] as const)('%s', (text, span, nested, want) => {
    const { v, range } = viewRange(text, span);
    const speakers = new Set<number>(nested ? [tokenRange(v, 'who').a] : []);
    const fired: SpeakerTrimId[] = [];
    expect(rangeText(v, cutNestedRelative(v, range, speakers, fired))).toBe(want);
    expect(fired.includes('right-nested-relative')).toBe(want !== span);
  });

  it('runs in the extractor: the relative is the inner claim\'s speaker', () => {
    const text = '"The dam will reopen in May," said Jan Novak, who has argued that the levy is unfair.';
    const quotes = extractText(text).quotes;
    const outer = quotes.find((q) => q.cue?.text === 'said');
    const inner = quotes.find((q) => q.cue?.text === 'has argued');
    expect(inner?.speaker?.text).toBe('who');
    expect(outer?.speaker?.text).toBe('Jan Novak');
  });
});
