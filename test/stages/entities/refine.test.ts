import { describe, expect, it } from 'vitest';
import { refineSpans, refineTokenSpans, testGazetteer } from './helpers.js';
import type { EntityType } from '../../../src/types/annotation.js';
import { REFINE_RULES } from '../../../src/stages/entities/refine.js';

const gazetteer = testGazetteer(['john', 'jane', 'elena', 'rick', 'maria'], ['harris']);

describe('entity post-rules', () => {
  it.each<[string, [number, number, EntityType][], string[]]>([
    // tokens: Acme(0) rose . Acme(3) fell . Acme(6) paid . Acme(9) hired . Acme(12) left .
    ['Acme rose. Acme fell. Acme paid. Acme hired. Acme left.', [[0, 1, 'ORG'], [3, 4, 'ORG'], [6, 7, 'PERSON'], [9, 10, 'ORG'], [12, 13, 'ORG']],
      ['Acme/ORG', 'Acme/ORG', 'Acme/ORG', 'Acme/ORG', 'Acme/ORG']],
    ['Acme rose. Acme fell. Acme paid.', [[0, 1, 'ORG'], [3, 4, 'ORG'], [6, 7, 'PERSON']], ['Acme/ORG', 'Acme/ORG', 'Acme/PERSON']],
  ])('doc-majority: %s', (text, spans, expected) => {
    expect(refineTokenSpans(gazetteer, text, spans)).toEqual(expected);
  });

  it('every rule has an id and a description', () => {
    expect(REFINE_RULES.map((r) => r.id)).toEqual([...new Set(REFINE_RULES.map((r) => r.id))]);
    for (const r of REFINE_RULES) expect(r.description.length).toBeGreaterThan(10);
  });

  it.each<[string, string, string[], string[]]>([
    ['drop-time-zone', 'Trading resumed at 14:00 UTC on Monday.', ['UTC/ORG'], []],
    ['drop-time-zone leaves MISC alone', 'Trading resumed at 14:00 GMT on Monday.', ['GMT/MISC'], ['GMT/MISC']],
    ['drop-role leaves titles alone', 'Rain stopped play at Lord\'s today.', ['Lord/GPE'], ['Lord/GPE']],
    ['first-name-person skips results tables', 'Hull 12 Maria Blues 3', ['Maria Blues/ORG'], ['Maria Blues/ORG']],
    ['drop-time-zone keeps names', 'Trading resumed at the Acme Exchange.', ['Acme Exchange/ORG'], ['Acme Exchange/ORG']],
    ['drop-discipline', 'She holds a degree in Linguistics from Leeds.', ['Linguistics/GPE', 'Leeds/GPE'], ['Leeds/GPE']],
    ['language', 'The signs are written in Hebrew and English.', ['Hebrew/GPE'], ['Hebrew/MISC']],
    ['drop-role', 'The company named a new CEO yesterday.', ['CEO/ORG'], []],
    ['org-trailing-word (role)', 'Toyota CEO Kenji Sato spoke.', ['Toyota CEO/ORG', 'Kenji Sato/PERSON'], ['Toyota/ORG', 'Kenji Sato/PERSON']],
    ['org-trailing-word (flight)', 'Lufthansa Flight 12 landed safely.', ['Lufthansa Flight/ORG'], ['Lufthansa/ORG']],
    ['org-person-split', 'said the chairman of Acme Corp. John Smith on Friday.', ['Acme Corp. John Smith/ORG'], ['Acme Corp./ORG', 'John Smith/PERSON']],
    ['org-person-split needs a first name', 'shares of Acme Corp. Steel Works rose.', ['Acme Corp. Steel Works/ORG'], ['Acme Corp. Steel Works/ORG']],
    ['title-person', 'Spokeswoman Jane Doe declined to comment.', ['Spokeswoman Jane Doe/ORG'], ['Jane Doe/PERSON']],
    ['title-person needs a role or first name', 'Major League Baseball said nothing.', ['Major League Baseball/ORG'], ['Major League Baseball/ORG']],
    ['known-company', 'Boeing said it would hire more engineers.', ['Boeing/PERSON'], ['Boeing/ORG']],
    ['known-company spares a named person', 'Gerald Ford visited. Ford said hello.', ['Gerald Ford/PERSON', 'Ford/PERSON'],
      // (the second "Ford" is added by the news rule repeated-name)
      ['Gerald Ford/PERSON', 'Ford/PERSON', 'Ford/PERSON']],
    ['company-model', 'The airline ordered a Boeing 787 last week.', ['Boeing/ORG'], ['Boeing 787/PRODUCT']],
    ['company-model skips results tables', 'Samsung 10 Hanwha 3', ['Samsung/ORG', 'Hanwha/ORG'], ['Samsung/ORG', 'Hanwha/ORG']],
    ['product (retyped)', 'She bought a MacBook Air on sale.', ['MacBook Air/ORG'], ['MacBook Air/PRODUCT']],
    ['product (added)', 'He still uses his old iPod every day.', [], ['iPod/PRODUCT']],
    ['product (single word left alone)', 'Windows were broken in the storm.', [], []],
    ['first-name-person', 'Analysts cited Elena Markova of the bank.', ['Elena Markova/ORG'], ['Elena Markova/PERSON']],
    ['first-name-person skips places', 'They met at Maria Park downtown.', ['Maria Park/LOC'], ['Maria Park/LOC']],
    ['first-name-person skips capitals', 'RICK VALLEY REPORTS', ['RICK VALLEY/GPE'], ['RICK VALLEY/GPE']],
    ['doc-person-name', 'Rick Santoro spoke first. Later Santoro left.', ['Rick Santoro/PERSON', 'Santoro/GPE'], ['Rick Santoro/PERSON', 'Santoro/PERSON']],
    ['doc-person-name skips countries', 'Michael Jordan played. Jordan won.', ['Michael Jordan/PERSON', 'Jordan/GPE'],
      ['Michael Jordan/PERSON', 'Jordan/GPE', 'Jordan/GPE']],
    ['person-of-org', 'The winner was Maria Lopez of the Green Party today.', ['Maria Lopez of the Green Party/ORG'], ['Maria Lopez/PERSON', 'Green Party/ORG']],
    ['person-of-org needs a person first', 'The Bank of Upper Canada opened.', ['Bank of Upper Canada/ORG'], ['Bank of Upper Canada/ORG']],
    ['initial-common-word', 'What is it? Sure. We are sure of it.', ['Sure/ORG'], []],
    ['initial-common-word keeps words capitalized mid-sentence', 'Hope won. We hope so. We met Hope later.', ['Hope/PERSON'], ['Hope/PERSON']],
  ])('%s: %s', (_id, text, spans, expected) => {
    expect(refineSpans(gazetteer, text, spans)).toEqual(expected);
  });

  it.each<[string, string, string[], string[]]>([
    ['person-evidence: person noun before', 'The award went to the sculptor Tavi Orsk last year.', ['Tavi Orsk/ORG'], ['Tavi Orsk/PERSON']],
    ['person-evidence: hyphenated person noun', 'A set by singer-songwriter Quillon closed the night.', ['Quillon/GPE'], ['Quillon/PERSON']],
    ['person-evidence: -ist suffix', 'The geneticist Oberwald disagreed.', ['Oberwald/ORG'], ['Oberwald/PERSON']],
    ['person-evidence: apposition with a comma', 'They mourned their daughter, Lunetta.', ['Lunetta/ORG'], ['Lunetta/PERSON']],
    ['person-evidence: who', 'The hearing heard from Brannick, who denied it.', ['Brannick/ORG'], ['Brannick/PERSON']],
    ['person-evidence: age', 'Police named the driver as Ostrova, 42, of Leeds.', ['Ostrova/GPE'], ['Ostrova/PERSON']],
    ['person-evidence: apposition after', 'Marlowe Tesk, a retired Scottish teacher, wrote in.', ['Marlowe Tesk/ORG'], ['Marlowe Tesk/PERSON']],
    ['person-evidence: kin', 'Prosk\'s wife was not at home.', ['Prosk/ORG'], ['Prosk/PERSON']],
    ['person-evidence: said she', 'Vendry said she would appeal.', ['Vendry/GPE'], ['Vendry/PERSON']],
    ['person-evidence: born', 'Halvik was born in a small town.', ['Halvik/GPE'], ['Halvik/PERSON']],
    ['person-evidence: a city name with evidence', 'Paris said she would stay.', ['Paris/GPE'], ['Paris/PERSON']],
    ['person-evidence: the city alone', 'Paris said it would stay.', ['Paris/GPE'], ['Paris/GPE']],
    ['person-evidence: no country', 'The envoy said France, who hosted it, agreed.', ['France/GPE'], ['France/GPE']],
    ['person-evidence: not after "the"', 'Goals came for the Falcons, who won again.', ['Falcons/ORG'], ['Falcons/ORG']],
    ['person-evidence: company maker', 'The deal went to chipmaker Qorvant Systems.', ['Qorvant Systems/ORG'], ['Qorvant Systems/ORG']],
    ['person-evidence: no company apposition', 'Shares of Veltra, a maker of pumps, fell.', ['Veltra/ORG'], ['Veltra/ORG']],
    ['person-evidence: said it', 'Veltra said it would appeal.', ['Veltra/ORG'], ['Veltra/ORG']],
    ['person-evidence: explained how she', 'Orlich explained how she built it.', ['Orlich/ORG'], ['Orlich/PERSON']],
    ['initials-person', 'Everyone followed the T.J. Varnum trial.', ['T.J. Varnum/ORG'], ['T.J. Varnum/PERSON']],
    ['initials-person skips places', 'Shares of U.S. Steel fell.', ['U.S. Steel/ORG'], ['U.S. Steel/ORG']],
    ['initials-person needs one surname', 'The U.N. Relief Force left.', ['U.N. Relief Force/ORG'], ['U.N. Relief Force/ORG']],
    ['person-list', 'Guests included Jo Bloggs and Rin Oda.', ['Jo Bloggs/PERSON', 'Rin Oda/ORG'], ['Jo Bloggs/PERSON', 'Rin Oda/PERSON']],
    ['person-list: not across a comma', 'Reporting by Jo Bloggs, Cairo Newsroom.', ['Jo Bloggs/PERSON', 'Cairo Newsroom/ORG'], ['Jo Bloggs/PERSON', 'Cairo Newsroom/ORG']],
    ['person-list: not a one-word name', 'Jo Bloggs and Acme signed.', ['Jo Bloggs/PERSON', 'Acme/ORG'], ['Jo Bloggs/PERSON', 'Acme/ORG']],
    ['plural-product', 'The shelf held old Polaroids and letters.', ['Polaroids/PERSON'], ['Polaroids/PRODUCT']],
    ['plural-product: only known companies', 'The Tavners moved away.', ['Tavners/PERSON'], ['Tavners/PERSON']],
    ['caption-word', 'The band on stage with Jo Bloggs Image: Sam Tate.', ['Jo Bloggs Image/PERSON', 'Sam Tate/PERSON'], ['Jo Bloggs/PERSON', 'Sam Tate/PERSON']],
    ['caption-word: a caption word alone', 'Fans at the gate. Photo: Sam Tate.', ['Photo/ORG', 'Sam Tate/PERSON'], ['Sam Tate/PERSON']],
    ['caption-word: not before other words', 'The Image Fund backed it.', ['Image Fund/ORG'], ['Image Fund/ORG']],
    ['leading-function-word: greeting', 'He said, "Hey Jo, come in."', ['Hey Jo/PERSON'], ['Jo/PERSON']],
    ['leading-function-word: preposition', 'Like Acme Media, we grew fast.', ['Like Acme Media/ORG'], ['Acme Media/ORG']],
    ['leading-function-word: not adjectives', 'Ships crossed the Great Lakes.', ['Great Lakes/LOC'], ['Great Lakes/LOC']],
    ['place-before-region', 'She grew up in Ashbury, Ohio, and left.', ['Ashbury/ORG', 'Ohio/GPE'], ['Ashbury/GPE', 'Ohio/GPE']],
    ['place-before-region: not companies', 'Plants run by Boeing, Ohio and others closed.', ['Boeing/ORG', 'Ohio/GPE'], ['Boeing/ORG', 'Ohio/GPE']],
    ['drop-common-acronym', 'The lab found no DNA on the glass.', ['DNA/ORG'], []],
    ['drop-common-acronym: post-nominal', 'Counsel Jo Bloggs, QC, objected.', ['Jo Bloggs/PERSON', 'QC/ORG'], ['Jo Bloggs/PERSON']],
    ['drop-genus', 'We kept Lasius flavus in jars. Lasius flavus bites.', ['Lasius/GPE'], []],
    ['drop-genus needs the pair twice', 'Then Anya gave Petra a ride.', ['Anya/GPE', 'Petra/GPE'], ['Anya/GPE', 'Petra/GPE']],
    ['drop-genus: the epithet alone is a word', 'In Rome area rents rose. Rome area schools shut. The area is big.', ['Rome/GPE'],
      ['Rome/GPE', 'Rome/GPE']],
    ['religious-group', 'Prayers were led for Sikhs and Hindus.', ['Sikhs/ORG', 'Hindus/GPE'], ['Sikhs/NORP', 'Hindus/NORP']],
    ['surname-person', 'The motion was backed by Talvin Harris on Monday.', ['Talvin Harris/ORG'], ['Talvin Harris/PERSON']],
    ['surname-person skips results tables', 'Ostrava 2 Talvin Harris 1', ['Talvin Harris/ORG'], ['Talvin Harris/ORG']],
    ['surname-person needs an unknown first word', 'Troops reached Ohio Harris late.', ['Ohio Harris/GPE'], ['Ohio Harris/GPE']],
    ['title-person: Professor', 'Professor Quell said it worked.', ['Professor Quell/ORG'], ['Quell/PERSON']],
    ['title-person: not Miss', 'Miss Lumen won the 3.30 race.', ['Miss Lumen/ORG'], ['Miss Lumen/ORG']],
    ['place-before-region: a person-typed town after "from"', 'A boy from Ashbury, Ohio, was hurt.', ['Ashbury/PERSON', 'Ohio/GPE'], ['Ashbury/GPE', 'Ohio/GPE']],
    ['place-before-region: a person before a state', 'Officials met Jo Bloggs, Ohio.', ['Jo Bloggs/PERSON', 'Ohio/GPE'], ['Jo Bloggs/PERSON', 'Ohio/GPE']],
    ['romanized-name', 'The seat went to Tam Siu-kei of the Civic Party.', ['Tam Siu-kei/MISC'], ['Tam Siu-kei/PERSON']],
    ['romanized-name: not a place with a suffix', 'A New York-based fund bought it.', ['New York-based/MISC'], ['New York-based/MISC']],
    ['romanized-name: not an English suffix', 'A Volvo Cars-owned plant shut.', ['Volvo Cars-owned/MISC'], ['Volvo Cars-owned/MISC']],
    ['title-person: honorific', 'She trained under Prof. Ilvana in Rome.', ['Prof. Ilvana/GPE'], ['Ilvana/PERSON']],
    ['drop-interjection', 'Was it fun? Absolutely. We loved it.', ['Absolutely/GPE'], []],
    ['drop-interjection keeps names', 'Hope, they said, was gone.', ['Hope/GPE'], ['Hope/GPE']],
    ['drop-common-acronym: computing term', 'Firms now sell AI to banks.', ['AI/ORG'], []],
    ['drop-common-acronym: currency code', 'A room costs DKK 450 a night.', ['DKK/ORG'], []],
    ['drop-interjection: filler of transcribed speech', 'So we drove north. Mhm. Then it rained.', ['Mhm/GPE'], []],
    ['drop-interjection: filler before a comma', 'Um, I think so.', ['Um/PERSON'], []],
    ['drop-interjection: sentence opener', 'Have you read it?', ['Have/PERSON'], []],
  ])('%s: %s', (_id, text, spans, expected) => {
    expect(refineSpans(gazetteer, text, spans)).toEqual(expected);
  });

  it.each<[string, [number, number, EntityType][], string[]]>([
    // tokens: Our(0) niece(1) ,(2) Odalys(3) ,(4) was(5) ill(6) .(7) Odalys(8) recovered(9) .(10)
    ['Our niece, Odalys, was ill. Odalys recovered.', [[3, 4, 'ORG'], [8, 9, 'ORG']], ['Odalys/PERSON', 'Odalys/PERSON']],
    // tokens: Teodora(0) Paris(1) ,(2) a(3) nurse(4) ,(5) spoke(6) .(7) Paris(8) left(9) .(10)
    ['Teodora Paris, a nurse, spoke. Paris left.', [[1, 2, 'GPE'], [8, 9, 'GPE']], ['Teodora Paris/PERSON', 'Paris/PERSON']],
    // tokens: Ilse(0) Prosk(1) spoke(2) .(3) Prosk(4) 's(5) wife(6) agreed(7) .(8)
    ['Ilse Prosk spoke. Prosk\'s wife agreed.', [[0, 2, 'ORG'], [4, 5, 'ORG']], ['Ilse Prosk/PERSON', 'Prosk/PERSON']],
    // tokens: Chief(0) Sean(1) O(2) '(3) Keefe(4) spoke(5) .(6)
    ['Chief Sean O\' Keefe spoke.', [[1, 3, 'PERSON']], ['Sean O\' Keefe/PERSON']],
    ['Chief Sean O\' Keefe spoke.', [[1, 3, 'PERSON'], [4, 5, 'PERSON']], ['Sean O\' Keefe/PERSON']],
    // tokens: Rock(0) '(1) n(2) '(3) Roll(4)
    ["Rock 'n' Roll", [[0, 1, 'MISC']], ['Rock/MISC']],
  ])('person-evidence spreads over the story; apostrophe-name: %s', (text, spans, expected) => {
    expect(refineTokenSpans(gazetteer, text, spans)).toEqual(expected);
  });
});
