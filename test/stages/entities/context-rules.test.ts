import { describe, expect, it } from 'vitest';
import { refineSpans, testGazetteer } from './helpers.js';
import { CONTEXT_RULES } from '../../../src/stages/entities/context-rules.js';
import { REFINE_RULES } from '../../../src/stages/entities/refine.js';

const gazetteer = testGazetteer(['jane', 'jim', 'mara']);

describe('context post-rules', () => {
  it('every context rule has a unique id and a description, and runs last', () => {
    const ids = REFINE_RULES.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)]);
    expect(ids.slice(-CONTEXT_RULES.length)).toEqual(CONTEXT_RULES.map((r) => r.id));
    for (const r of CONTEXT_RULES) expect(r.description.length).toBeGreaterThan(10);
  });

  it.each<[string, string, string[], string[]]>([
    // building-head
    ['building-head (hotel)', 'Guests left the Orvex Hotel on Sunday.', ['Orvex Hotel/ORG'], ['Orvex Hotel/FAC']],
    ['building-head (station)', 'She spent a winter at Wrenfield Station in the south.', ['Wrenfield Station/ORG'], ['Wrenfield Station/FAC']],
    ['building-head leaves a chain (plural) alone', 'Orvex Hotels posted a loss.', ['Orvex Hotels/ORG'], ['Orvex Hotels/ORG']],
    ['building-head leaves airports alone', 'Orvex Airport cancelled ten flights.', ['Orvex Airport/ORG'], ['Orvex Airport/ORG']],
    ['building-head needs two words', 'Station said nothing.', ['Station/ORG'], ['Station/ORG']],
    // compass-place
    ['compass-place (state)', 'Farmers in Western Australia grew more wheat.', ['Western Australia/ORG'], ['Western Australia/GPE']],
    ['compass-place needs a known place', 'She joined Western Orvex last year.', ['Western Orvex/ORG'], ['Western Orvex/ORG']],
    ['compass-place keeps a longer name', 'Western Australia Mining raised its bid.', ['Western Australia Mining/ORG'], ['Western Australia Mining/ORG']],
    // listed-among-orgs
    ['listed-among-orgs (place between organizations)', 'Ads ran on Orvex, Wrenbook, and Acme Corp last year.', ['Orvex/ORG', 'Wrenbook/GPE', 'Acme Corp/ORG'],
      ['Orvex/ORG', 'Wrenbook/ORG', 'Acme Corp/ORG']],
    ['listed-among-orgs (person between organizations)', 'It was covered by the Daily Orvex, Kestrelia and Wren Times.', ['Daily Orvex/ORG', 'Kestrelia/PERSON', 'Wren Times/ORG'],
      ['Daily Orvex/ORG', 'Kestrelia/ORG', 'Wren Times/ORG']],
    ['listed-among-orgs needs organizations on both sides', 'Staff from Orvex and Kestrelia met.', ['Orvex/ORG', 'Kestrelia/GPE'], ['Orvex/ORG', 'Kestrelia/GPE']],
    ['listed-among-orgs leaves known places alone', 'Orvex, Paris and Acme Corp signed.', ['Orvex/ORG', 'Paris/GPE', 'Acme Corp/ORG'], ['Orvex/ORG', 'Paris/GPE', 'Acme Corp/ORG']],
    ['listed-among-orgs leaves known first names alone', 'Orvex, Jane and Acme Corp signed.', ['Orvex/ORG', 'Jane/PERSON', 'Acme Corp/ORG'], ['Orvex/ORG', 'Jane/PERSON', 'Acme Corp/ORG']],
    // office-of-person
    ['office-of-person', 'Minister of Education Tamsin Orvell said the plan would wait.', ['Education Tamsin Orvell/ORG'], ['Tamsin Orvell/PERSON']],
    ['office-of-person (two-word portfolio)', 'The Secretary of Foreign Affairs Dalia Wrenn left.', ['Foreign Affairs Dalia Wrenn/ORG'], ['Dalia Wrenn/PERSON']],
    ['office-of-person needs an office before "of"', 'The Department of Education Tamsin Orvell Fund grew.', ['Education Tamsin Orvell Fund/ORG'],
      ['Education Tamsin Orvell Fund/ORG']],
    ['office-of-person needs a portfolio', 'Minister of Orvex Tamsin Orvell spoke.', ['Orvex Tamsin Orvell/ORG'], ['Orvex Tamsin Orvell/ORG']],
    ['office-of-person leaves a place after the portfolio', 'Minister of Education Tamsin Norway spoke.', ['Education Tamsin Norway/ORG'], ['Education Tamsin Norway/ORG']],
    // known-name-of-org
    ['known-name-of-org (a first name: refine\'s person-of-org splits it first)', 'Jane Orvell of the Wren Party gave a speech.', ['Jane Orvell of the Wren Party/ORG'], ['Jane Orvell/PERSON', 'Wren Party/ORG']],
    ['known-name-of-org (East Asian name)', 'Chan Tai-man of Wren Union won.', ['Chan Tai-man of Wren Union/ORG'], ['Chan Tai-man/PERSON', 'Wren Union/ORG']],
    ['known-name-of-org needs a person\'s name first', 'Bank Orvell of the Wren Party paid.', ['Bank Orvell of the Wren Party/ORG'], ['Bank Orvell of the Wren Party/ORG']],
    ['known-name-of-org needs a hyphenated given name after the family name', 'Chan Taiman of Wren Union won.', ['Chan Taiman of Wren Union/ORG'],
      ['Chan Taiman of Wren Union/ORG']],
    ['known-name-of-org leaves a place before "of" alone', 'Chan Tai-man Norway of Wren Union won.', ['Chan Tai-man Norway of Wren Union/ORG'],
      ['Chan Tai-man Norway of Wren Union/ORG']],
    // team-by-player
    ['team-by-player', 'The referee saw one Orvexes player leave the field.', ['Orvexes/PERSON'], ['Orvexes/ORG']],
    ['team-by-player leaves a surname alone', 'The referee saw one Orvell player leave.', ['Orvell/PERSON'], ['Orvell/PERSON']],
    ['team-by-player needs a member noun', 'She met the Orvexes yesterday.', ['Orvexes/PERSON'], ['Orvexes/PERSON']],
    // person-of-person
    ['person-of-person', 'Singer Jane Orvell of Wrenna Wrenna signed autographs.', ['Jane Orvell/PERSON', 'Wrenna Wrenna/PERSON'], ['Jane Orvell/PERSON', 'Wrenna Wrenna/ORG']],
    ['person-of-person needs a full name first', 'Catherine of Aragon was queen.', ['Catherine/PERSON', 'Aragon/PERSON'], ['Catherine/PERSON', 'Aragon/PERSON']],
    ['person-of-person leaves a first name after "of" alone', 'A letter from Jane Orvell of Mara Wren arrived.', ['Jane Orvell/PERSON', 'Mara Wren/PERSON'],
      ['Jane Orvell/PERSON', 'Mara Wren/PERSON']],
    // one-type-per-name
    ['one-type-per-name (a place gives way to the majority)', 'Wren Union won. Later Wren Union split. Members left Wren Union.', ['Wren Union/ORG', 'Wren Union#2/ORG', 'Wren Union#3/GPE'],
      ['Wren Union/ORG', 'Wren Union/ORG', 'Wren Union/ORG']],
    ['one-type-per-name: a tie changes nothing', 'Wren Union won. Members left Wren Union.', ['Wren Union/ORG', 'Wren Union#2/GPE'], ['Wren Union/ORG', 'Wren Union/GPE']],
    ['one-type-per-name: an organization does not give way to places', 'Tarn Vale won. Tarn Vale grew. Tarn Vale hired.', ['Tarn Vale/GPE', 'Tarn Vale#2/GPE', 'Tarn Vale#3/ORG'],
      ['Tarn Vale/GPE', 'Tarn Vale/GPE', 'Tarn Vale/ORG']],
    ['one-type-per-name: one-word names are left alone', 'Orvex won. Orvex grew. We left Orvex.', ['Orvex/ORG', 'Orvex#2/ORG', 'Orvex#3/GPE'], ['Orvex/ORG', 'Orvex/ORG', 'Orvex/GPE']],
    // family-plural
    ['family-plural', 'Jane Orvell sued. The court heard that the Orvells refused.', ['Jane Orvell/PERSON', 'Orvells/GPE'], ['Jane Orvell/PERSON', 'Orvells/PERSON']],
    ['family-plural needs the surname of a person in the story', 'The court heard that the Orvells refused.', ['Orvells/GPE'], ['Orvells/GPE']],
    ['family-plural needs "the"', 'Jane Orvell sued. Orvells refused.', ['Jane Orvell/PERSON', 'Orvells/GPE'], ['Jane Orvell/PERSON', 'Orvells/GPE']],
    // team-country
    ['team-country', 'At the games Team Norway won the relay.', ['Norway/GPE'], ['Team Norway/ORG']],
    ['team-country needs a known country', 'At the games Team Orvex won the relay.', ['Orvex/GPE'], ['Orvex/GPE']],
    ['team-country needs the capitalized word', 'Our team Norway liked best.', ['Norway/GPE'], ['Norway/GPE']],
    // citation-list
    ['citation-list', 'Skills improve with practice (Orvell, Wren, & Tarn, 2010); others disagree.', ['Orvell/ORG', 'Wren/GPE'],
      ['Orvell/PERSON', 'Wren/PERSON', 'Tarn/PERSON']],
    ['citation-list (a name the tagger joined over "&")', 'Results vary (Orvell & Wren, 2009).', ['Orvell & Wren/GPE'], ['Orvell/PERSON', 'Wren/PERSON']],
    ['citation-list after a semicolon', 'Results vary (Tarn, 2001; Orvell and Wren, 2009).', ['Orvell/GPE'], ['Tarn/PERSON', 'Orvell/PERSON', 'Wren/PERSON']],
    ['citation-list: a known company in brackets is no author', 'Sales rose (Microsoft, 2010).', ['Microsoft/ORG'], ['Microsoft/ORG']],
    ['citation-list needs the year', 'Teams came (Orvex, Wren, and Tarn).', ['Orvex/ORG', 'Wren/GPE', 'Tarn/GPE'], ['Orvex/ORG', 'Wren/GPE', 'Tarn/GPE']],
    ['citation-list needs the opening bracket', 'He thanked Orvex, Wren, and Tarn, 2010 was good.', ['Orvex/ORG', 'Wren/GPE'], ['Orvex/ORG', 'Wren/GPE']],
    ['citation-list (one author in brackets)', 'Results vary (Orvell, 2012) in practice.', ['Orvell/GPE'], ['Orvell/PERSON']],
    ['citation-list (after "e.g.,")', 'Results vary (e.g., Orvell, 2014).', ['Orvell/ORG'], ['Orvell/PERSON']],
    ['citation-list: one known place in brackets dates it', 'The treaty (Norway, 1998) held.', ['Norway/GPE'], ['Norway/GPE']],
    ['citation-list: one author needs the bracket closed after the year', 'Sales rose (Orvex, 2010 and 2011).', ['Orvex/ORG'], ['Orvex/ORG']],
    // place-after-place
    ['place-after-place (region after a town)', 'He was born in Exbury, Tarnshire.', ['Exbury/GPE', 'Tarnshire/PERSON'], ['Exbury/GPE', 'Tarnshire/GPE']],
    ['place-after-place (campus after a university)', 'A curator at the University of Orvex, Tarnby, said so.', ['University of Orvex/ORG', 'Tarnby/PERSON'],
      ['University of Orvex/ORG', 'Tarnby/GPE']],
    ['place-after-place leaves a speaker alone', 'In Exbury, Tarnshire said nothing.', ['Exbury/GPE', 'Tarnshire/PERSON'], ['Exbury/GPE', 'Tarnshire/PERSON']],
    ['place-after-place leaves a known first name alone', 'He was born in Exbury, Jane.', ['Exbury/GPE', 'Jane/PERSON'], ['Exbury/GPE', 'Jane/PERSON']],
    ['place-after-place needs a place or a university before', 'He thanked Acme Corp, Tarnshire.', ['Acme Corp/ORG', 'Tarnshire/PERSON'], ['Acme Corp/ORG', 'Tarnshire/PERSON']],
  ])('%s', (_name, text, spans, expected) => {
    expect(refineSpans(gazetteer, text, spans)).toEqual(expected);
  });
});
