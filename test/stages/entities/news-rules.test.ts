import { describe, expect, it } from 'vitest';
import { refineSpans, testGazetteer } from './helpers.js';
import type { Token } from '../../../src/types/annotation.js';
import { CONTEXT_RULES } from '../../../src/stages/entities/context-rules.js';
import { NEWS_RULES } from '../../../src/stages/entities/news-rules.js';
import { REFINE_RULES } from '../../../src/stages/entities/refine.js';
import { tokensOf } from '../../ner/helpers.js';
import { layers } from '../../quotes/helpers.js';

const gazetteer = testGazetteer(['jane', 'jim', 'leigh']);

/**
 * Tokens split at spaces only, as the segment stage splits a web address ("Orvexnews.com" is one token there; the
 * dev tokenizer of {@link tokensOf} splits it at the dots). Punctuation must stand apart in `text`.
 */
function spaceTokens(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], kind: /^\p{P}+$/u.test(m[0]) ? 'punct' : 'word' }));
}

describe('news post-rules', () => {
  it('every news rule has a unique id and a description, and runs after the other rules (only the context rules follow)', () => {
    const ids = REFINE_RULES.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)]);
    expect(ids.slice(-(NEWS_RULES.length + CONTEXT_RULES.length), -CONTEXT_RULES.length)).toEqual(NEWS_RULES.map((r) => r.id));
    for (const r of NEWS_RULES) expect(r.description.length).toBeGreaterThan(10);
  });

  it.each<[string, string, string[], string[]]>([
    // market-name
    ['market-name adds the number', 'The S&P 500 slipped in late trade.', ['S&P/ORG'], ['S&P 500/ORG']],
    ['market-name joins a split name', 'By noon the Dow Jones Industrial Average had gained.', ['Dow/ORG', 'Jones Industrial Average/ORG'],
      ['Dow Jones Industrial Average/ORG']],
    ['market-name leaves a lowercase descriptor out', 'Traders watched the Nikkei average dip on Monday.', ['Nikkei/ORG'], ['Nikkei/ORG']],
    ['market-name needs a market name', 'Staff left the Nasdaq Tower early.', ['Nasdaq/ORG'], ['Nasdaq/ORG']],
    // person-org-head
    ['person-org-head (organization)', 'She toured the Tara Holt Institute on Monday.', ['Tara Holt Institute/PERSON'], ['Tara Holt Institute/ORG']],
    ['person-org-head (facility)', 'The prints hang in the Leigh Holt Museum now.', ['Leigh Holt Museum/PERSON'], ['Leigh Holt Museum/FAC']],
    ['person-org-head keeps surnames that are also heads', 'Reporter Jim Press asked a question.', ['Jim Press/PERSON'], ['Jim Press/PERSON']],
    ['person-org-head (school)', 'He graduated from Kestrel Valley High School in 2006.', ['Kestrel Valley High School/PERSON'],
      ['Kestrel Valley High School/ORG']],
    ['person-org-head (lab)', 'Jim Dunn runs the Wren Lab at night.', ['Jim Dunn/PERSON', 'Wren Lab/PERSON'], ['Jim Dunn/PERSON', 'Wren Lab/ORG']],
    ['person-org-head leaves one word alone', 'School said nothing.', ['School/PERSON'], ['School/PERSON']],
    // demonym-org
    ['demonym-org', 'The Danish Rowing Association met on Sunday.', ['Danish/NORP', 'Rowing Association/ORG'], ['Danish Rowing Association/ORG']],
    ['demonym-org needs an organization head', 'Danish Orvex staff went on strike.', ['Danish/NORP', 'Orvex/ORG'], ['Danish/NORP', 'Orvex/ORG']],
    // demonym-body
    ['demonym-body', 'Visas are issued by the Cuban Consulate in London.', ['Cuban/NORP', 'London/GPE'], ['Cuban Consulate/ORG', 'London/GPE']],
    ['demonym-body (academy)', 'She spoke to the French Academy on Monday.', ['French/NORP'], ['French Academy/ORG']],
    ['demonym-body leaves a longer name alone', 'She won at the French Academy Awards.', ['French/NORP'], ['French/NORP']],
    ['demonym-body needs a capitalized head', 'Cuban army units moved.', ['Cuban/NORP'], ['Cuban/NORP']],
    ['demonym-body leaves "Government" alone', 'The Canadian Government agreed.', ['Canadian/NORP'], ['Canadian/NORP']],
    ['demonym-body needs a demonym', 'The Orvex Academy opened.', ['Orvex/NORP'], ['Orvex/NORP']],
    // tournament-group
    ['tournament-group', 'Orvex topped Group G after two wins.', ['Group G/PERSON'], ['Group G/ORG']],
    ['tournament-group (number)', 'Pool 3 was drawn on Friday.', ['Pool 3/GPE'], ['Pool 3/ORG']],
    ['tournament-group leaves a named group alone', 'Group Orvex said nothing.', ['Group Orvex/PERSON'], ['Group Orvex/PERSON']],
    ['tournament-group adds no name', 'Group F was drawn on Friday.', [], []],
    // honorific-surname
    ['honorific-surname', 'Orvex denies the claim. Later Ms. Orvex wrote a letter.', ['Orvex/ORG'], ['Orvex/PERSON']],
    ['honorific-surname needs the honorific', 'Orvex denies the claim. Later Orvex wrote a letter.', ['Orvex/ORG'], ['Orvex/ORG']],
    ['honorific-surname leaves known companies alone', 'Microsoft denies the claim. Mr. Microsoft is a nickname.', ['Microsoft/ORG'], ['Microsoft/ORG']],
    ['honorific-surname leaves longer names alone', 'Orvex Foods denies the claim. Ms. Orvex wrote.', ['Orvex Foods/ORG'], ['Orvex Foods/ORG']],
    // the-institution
    ['the-institution (person)', 'Counsel asked the Court to rule today.', ['Court/PERSON'], ['Court/ORG']],
    ['the-institution (misc)', 'He joined the Army at nineteen.', ['Army/MISC'], ['Army/ORG']],
    ['the-institution (place)', 'A report went to the Council on Friday.', ['Council/GPE'], ['Council/ORG']],
    ['the-institution needs "the"', 'Court won the final in two sets.', ['Court/PERSON'], ['Court/PERSON']],
    ['the-institution leaves other words alone', 'He thanked the Government again.', ['Government/GPE'], ['Government/GPE']],
    // inverted-name
    ['inverted-name', 'Good reads:\nOrvex, Jane. A Quiet Year', ['Jane/GPE'], ['Orvex/PERSON', 'Jane/PERSON']],
    ['inverted-name (two authors)', 'Good reads:\nOrvex, Jane and Wren, Jim. Letters Home', [], ['Orvex/PERSON', 'Jane/PERSON', 'Wren/PERSON', 'Jim/PERSON']],
    ['inverted-name leaves a list of names alone', 'Top scorers:\nThomas, Jim Dunn and Leigh Kestrel had two each.',
      ['Thomas/PERSON', 'Jim Dunn/PERSON', 'Leigh Kestrel/PERSON'], ['Thomas/PERSON', 'Jim Dunn/PERSON', 'Leigh Kestrel/PERSON']],
    ['inverted-name needs a line start', 'She thanked Orvex, Jane. Then she left.', ['Jane/PERSON'], ['Jane/PERSON']],
    ['inverted-name leaves a common word alone', 'Well, Jane. You did well.', ['Jane/PERSON'], ['Jane/PERSON']],
    ['inverted-name needs a known first name', 'Good reads:\nOrvex, Kestrel. A Quiet Year', [], []],
    // company-noun
    ['company-noun', 'Engine maker Orvex said it would appeal.', ['Orvex/GPE'], ['Orvex/ORG']],
    ['company-noun (outlet)', 'It was first reported by the magazine Der Blick on Friday.', ['Der Blick/PERSON'], ['Der Blick/ORG']],
    ['company-noun leaves a known first name alone', 'The company Jane Smith founded grew fast.', ['Jane Smith/PERSON'], ['Jane Smith/PERSON']],
    ['company-noun leaves ships alone', 'The aircraft carrier Intrepid sailed at dawn.', ['Intrepid/PERSON'], ['Intrepid/PERSON']],
    // airline-name
    ['airline-name ("Air" + place)', 'She flew Air Moldova to Rome.', ['Moldova/GPE', 'Rome/GPE'], ['Air Moldova/ORG', 'Rome/GPE']],
    ['airline-name (before a flight number)', 'The loss of Skyjet Air Flight 12 shocked the town.', ['Skyjet Air Flight/GPE'], ['Skyjet Air/ORG']],
    ['airline-name leaves a name before "Air" alone', 'The Hot Air Moldova tour ended.', ['Hot Air/ORG', 'Moldova/GPE'], ['Hot Air/ORG', 'Moldova/GPE']],
    // storm-event
    ['storm-event', 'Cyclone Oru made landfall on Friday.', ['Cyclone Oru/ORG'], ['Cyclone Oru/EVENT']],
    ['storm-event needs a name after the storm word', 'Storm said nothing.', ['Storm/ORG'], ['Storm/ORG']],
    // company-product
    ['company-product', 'He installed Google Quillpad on his laptop.', ['Google Quillpad/ORG'], ['Google Quillpad/PRODUCT']],
    ['company-product leaves the company alone', 'Apple Computer reported higher profits.', ['Apple Computer/ORG'], ['Apple Computer/ORG']],
    ['company-product leaves a line of business alone', 'Pirelli Cables hired staff.', ['Pirelli Cables/ORG'], ['Pirelli Cables/ORG']],
    ['company-product leaves a sponsored event alone', 'Fans watched the Nokia Cup final.', ['Nokia Cup/ORG'], ['Nokia Cup/ORG']],
    // acronym-in-brackets
    ['acronym-in-brackets adds the acronym', 'The Bank of Upper Volta (BUV) raised rates.', ['Bank of Upper Volta/ORG'], ['Bank of Upper Volta/ORG', 'BUV/ORG']],
    ['acronym-in-brackets retypes the acronym', 'The Bank of Upper Volta (BUV) raised rates.', ['Bank of Upper Volta/ORG', 'BUV/MISC'],
      ['Bank of Upper Volta/ORG', 'BUV/ORG']],
    ['acronym-in-brackets needs the initials', 'The Upper Volta Bank (XYZ) raised rates.', ['Upper Volta Bank/ORG'], ['Upper Volta Bank/ORG']],
    ['acronym-in-brackets skips two capitals', 'Staff of the Orvex Network (ON) met.', ['Orvex Network/ORG'], ['Orvex Network/ORG']],
    ['acronym-in-brackets takes an event\'s type', 'Growers met at the Global Orchard Summit (GOS) in May.', ['Global Orchard Summit/EVENT', 'GOS/ORG'],
      ['Global Orchard Summit/EVENT', 'GOS/EVENT']],
    ['acronym-in-brackets types the story\'s other mentions', 'GOS opens today\nGrowers met at the Global Orchard Summit (GOS) in May.',
      ['GOS/ORG', 'Global Orchard Summit/EVENT', 'GOS#2/ORG'], ['GOS/EVENT', 'Global Orchard Summit/EVENT', 'GOS/EVENT']],
    ['acronym-in-brackets leaves persons alone', 'We asked Jane Ann Smith (JAS) about it.', ['Jane Ann Smith/PERSON'], ['Jane Ann Smith/PERSON']],
    // demonym-org with a leading head
    ['demonym-org (head before "of")', 'The Danish Court of Appeal ruled.', ['Danish/NORP', 'Court of Appeal/ORG'], ['Danish Court of Appeal/ORG']],
    // product-case
    ['product-case', 'His old Powerbook still works.', ['Powerbook/PERSON'], ['Powerbook/PRODUCT']],
    ['product-case needs a listed product', 'The new Flexbook ships today.', ['Flexbook/PERSON'], ['Flexbook/PERSON']],
    // event-head
    ['event-head', 'Crowds filled the Riverton Lantern Festival last night.', ['Riverton Lantern Festival/GPE'], ['Riverton Lantern Festival/EVENT']],
    ['event-head leaves venues alone', 'They played at the Riverton Bowl last night.', ['Riverton Bowl/GPE'], ['Riverton Bowl/GPE']],
    // country-org
    ['country-org', 'The Moldova Rowing Association met.', ['Moldova/GPE', 'Rowing Association/ORG'], ['Moldova Rowing Association/ORG']],
    ['country-org needs an organization head', 'Moldova Orvex staff left.', ['Moldova/GPE', 'Orvex/ORG'], ['Moldova/GPE', 'Orvex/ORG']],
    // belief-or-festival
    ['belief-or-festival (religion)', 'She wrote about the early spread of Buddhism in Korea.', ['Buddhism/GPE', 'Korea/GPE'], ['Buddhism/NORP', 'Korea/GPE']],
    ['belief-or-festival (festival)', 'Pilgrims poured into the city ahead of the Hajj.', ['Hajj/GPE'], ['Hajj/EVENT']],
    ['belief-or-festival (holiday typed as a person)', 'Sales rose before Christmas this year.', ['Christmas/PERSON'], ['Christmas/EVENT']],
    ['belief-or-festival leaves longer names alone', 'They flew to Christmas Island on Monday.', ['Christmas Island/GPE'], ['Christmas Island/GPE']],
    ['belief-or-festival leaves organizations of a movement alone', 'Scientology sued the paper.', ['Scientology/ORG'], ['Scientology/ORG']],
    // work-title
    ['work-title', 'Her graphic novel Lantern Moth, with art by Jo Dunn, sold out.', ['Lantern Moth/PERSON', 'Jo Dunn/PERSON'],
      ['Lantern Moth/WORK_OF_ART', 'Jo Dunn/PERSON']],
    ['work-title joins the parts of a title', 'He starred in the film Dust and Gold (2009).', ['Dust/PERSON', 'Gold/GPE'], ['Dust and Gold/WORK_OF_ART']],
    ['work-title before a line end', 'Next up is the sitcom Harbor Lights\nIt airs weekly.', ['Harbor Lights/GPE'], ['Harbor Lights/WORK_OF_ART']],
    ['work-title leaves an author before a verb alone', 'It is the book Tom Vale wrote in prison.', ['Tom Vale/PERSON'], ['Tom Vale/PERSON']],
    ['work-title leaves a name after a comma alone', 'In the book, Tom Vale argues otherwise.', ['Tom Vale/PERSON'], ['Tom Vale/PERSON']],
    ['work-title needs a work noun', 'It is the ship Harbor Lights, a ferry.', ['Harbor Lights/GPE'], ['Harbor Lights/GPE']],
    ['work-title leaves a weekday alone', 'The final episode Monday was a hit.', ['Monday/PERSON'], ['Monday/PERSON']],
    // repeated-name
    ['repeated-name (headline start)', 'Orvex unveils a phone\nOrvex Computer said on Monday that Orvex would ship it.', ['Orvex Computer/ORG', 'Orvex#3/ORG'],
      ['Orvex/ORG', 'Orvex Computer/ORG', 'Orvex/ORG']],
    ['repeated-name (first word of a known company)', 'Apple Computer rose.\nApple fell sharply later.', ['Apple Computer/ORG'], ['Apple Computer/ORG', 'Apple/ORG']],
    ['repeated-name skips a word also written in lower case', 'Apple Computer rose.\nApple fell as apple prices rose.', ['Apple Computer/ORG'], ['Apple Computer/ORG']],
    ['repeated-name adds a longer name at a sentence start', 'Jo met Orvex Tate. Orvex Tate smiled.', ['Orvex Tate/PERSON'], ['Orvex Tate/PERSON', 'Orvex Tate/PERSON']],
    ['repeated-name adds nothing mid-sentence', 'Jo met Orvex Tate. Later Orvex Tate smiled.', ['Orvex Tate/PERSON'], ['Orvex Tate/PERSON']],
    ['repeated-name adds one word only at a sentence start', 'Jo met Orvex staff. They met Orvex again.', ['Orvex/ORG'], ['Orvex/ORG']],
    ['repeated-name skips a name typed two ways', 'Orvex rose. Orvex fell. Orvex Tate left.\nOrvex Tate is back', ['Orvex Tate/PERSON', 'Orvex Tate#2/ORG'],
      ['Orvex Tate/PERSON', 'Orvex Tate/ORG']],
    // deity-person
    ['deity-person', 'The temple was built for Odin long ago.', ['Odin/GPE'], ['Odin/PERSON']],
    ['deity-person leaves names that are also programmes alone', 'The Apollo program ended in 1972.', ['Apollo/ORG'], ['Apollo/ORG']],
    ['deity-person leaves longer names alone', 'They toured Athena Park on Sunday.', ['Athena Park/GPE'], ['Athena Park/GPE']],
    // storm-name
    ['storm-name', 'Cyclone Oru made landfall. Oru weakened by night.', ['Cyclone Oru/ORG', 'Oru#2/PERSON'], ['Cyclone Oru/EVENT', 'Oru/EVENT']],
    ['storm-name needs the storm in the story', 'Mayor Oru spoke. Oru left early.', ['Oru/PERSON', 'Oru#2/PERSON'], ['Oru/PERSON', 'Oru/PERSON']],
    // craft-name
    ['craft-name (before the noun, and elsewhere)', 'The Kestrel probe reached orbit. Engineers said Kestrel was healthy.', ['Kestrel/PERSON', 'Kestrel#2/ORG'],
      ['Kestrel/PRODUCT', 'Kestrel/PRODUCT']],
    ['craft-name (after the noun)', 'The lander Wren touched down.', ['Wren/PERSON'], ['Wren/PRODUCT']],
    ['craft-name (title)', 'Spacecraft Kestrel left orbit. Kestrel then fell silent.', ['Spacecraft Kestrel/GPE', 'Kestrel#2/PERSON'],
      ['Spacecraft Kestrel/PRODUCT', 'Kestrel/PRODUCT']],
    ['craft-name (two names)', 'The Kestrel and Wren probes carried cameras.', ['Kestrel/ORG', 'Wren/PERSON'], ['Kestrel/PRODUCT', 'Wren/PRODUCT']],
    ['craft-name leaves a people alone', 'A Russian satellite fell.', ['Russian/NORP'], ['Russian/NORP']],
    ['craft-name leaves a maker alone', 'A Boeing satellite failed.', ['Boeing/ORG'], ['Boeing/ORG']],
    ['craft-name needs the noun next to the name', 'Kestrel said the probe was lost.', ['Kestrel/PERSON'], ['Kestrel/PERSON']],
    // company-subject
    ['company-subject (headline and sentence start)', 'Apple unveils new laptop\nApple Computer announced on Tuesday a new line.', [],
      ['Apple/ORG', 'Apple Computer/ORG']],
    ['company-subject (before a possessive)', 'Chrysler \'s sales fell.', [], ['Chrysler/ORG']],
    ['company-subject needs a subject word after the name', 'Apple growers met on Monday.', [], []],
    ['company-subject skips names that are common words', 'Total sales rose in May.', [], []],
    ['company-subject skips a word the story writes in lower case', 'Apple has fallen. An apple a day helps.', [], []],
    ['company-subject skips a word in a person\'s name', 'Chrysler was hit. Walter Chrysler founded it.', ['Walter Chrysler/PERSON'], ['Walter Chrysler/PERSON']],
    ['company-subject adds nothing mid-sentence', 'Analysts said Chrysler was hit.', [], []],
    // paper-name
    ['paper-name', 'She told the Guardian on Monday.', ['Guardian/MISC'], ['Guardian/ORG']],
    ['paper-name needs "the"', 'Guardian angels flew over.', ['Guardian/MISC'], ['Guardian/MISC']],
    ['paper-name leaves longer names alone', 'They met in the Times Square crowd.', ['Times Square/GPE'], ['Times Square/GPE']],
    // product-prefix
    ['product-prefix', 'He upgraded to Mac OS X Tigress last week.', ['Mac OS X Tigress/ORG'], ['Mac OS X Tigress/PRODUCT']],
    ['product-prefix leaves an organization head alone', 'The Linux Foundation said so.', ['Linux Foundation/ORG'], ['Linux Foundation/ORG']],
    ['product-prefix leaves persons alone', 'Kindle Smith wrote back.', ['Kindle Smith/PERSON'], ['Kindle Smith/PERSON']],
    // product-list
    ['product-list', 'The Orvex Quill , Wren and Lark sold well.', ['Orvex Quill/PRODUCT', 'Wren/ORG', 'Lark/GPE'],
      ['Orvex Quill/PRODUCT', 'Wren/PRODUCT', 'Lark/PRODUCT']],
    ['product-list over an untagged item', 'The Orvex Quill , Nib and Lark sold well.', ['Orvex Quill/PRODUCT', 'Lark/GPE'], ['Orvex Quill/PRODUCT', 'Lark/PRODUCT']],
    ['product-list leaves a known maker alone', 'The Orvex Quill and Boeing shares rose.', ['Orvex Quill/PRODUCT', 'Boeing/ORG'], ['Orvex Quill/PRODUCT', 'Boeing/ORG']],
    ['product-list needs a list link', 'They used the Orvex Quill in Paris.', ['Orvex Quill/PRODUCT', 'Paris/GPE'], ['Orvex Quill/PRODUCT', 'Paris/GPE']],
    ['product-list leaves persons alone', 'The Orvex Quill and Jo Dunn won.', ['Orvex Quill/PRODUCT', 'Jo Dunn/PERSON'], ['Orvex Quill/PRODUCT', 'Jo Dunn/PERSON']],
    // east-asian-name
    ['east-asian-name', 'Voters backed Mei Leung on Sunday.', ['Mei Leung/ORG'], ['Mei Leung/PERSON']],
    ['east-asian-name (place)', 'Tomas Nguyen of the party won.', ['Tomas Nguyen/GPE'], ['Tomas Nguyen/PERSON']],
    ['east-asian-name leaves a known country alone', 'Exports to Vietnam Ho fell.', ['Vietnam Ho/GPE'], ['Vietnam Ho/GPE']],
    ['east-asian-name leaves a results line alone', 'Orvex Chan 2 Wren Wong 1', ['Orvex Chan/ORG', 'Wren Wong/ORG'], ['Orvex Chan/ORG', 'Wren Wong/ORG']],
    ['east-asian-name needs the family name second', 'Leung Mei won.', ['Leung Mei/ORG'], ['Leung Mei/ORG']],
    // famous-person
    ['famous-person', 'The line is often attributed to Einstein in speeches.', ['Einstein/GPE'], ['Einstein/PERSON']],
    ['famous-person (organization)', 'She reread Tolstoy last winter.', ['Tolstoy/ORG'], ['Tolstoy/PERSON']],
    ['famous-person leaves longer names alone', 'They met at the Einstein Forum in May.', ['Einstein Forum/ORG'], ['Einstein Forum/ORG']],
    ['famous-person leaves unlisted names alone', 'The ship docked at Darwin overnight.', ['Darwin/GPE'], ['Darwin/GPE']],
    ['famous-person leaves MISC alone', 'A Mozart festival opened.', ['Mozart/MISC'], ['Mozart/MISC']],
    // legal-form-person
    ['legal-form-person (a surname that is an organization head)', 'said the chairman of Orvex LLC Jim Press on Monday.', ['Orvex LLC Jim Press/ORG'],
      ['Orvex LLC/ORG', 'Jim Press/PERSON']],
    ['legal-form-person needs a given name after the legal form', 'shares of Orvex Inc Kestrel Holdings rose.', ['Orvex Inc Kestrel Holdings/ORG'],
      ['Orvex Inc Kestrel Holdings/ORG']],
    ['legal-form-person leaves a name ending in its legal form alone', 'Jim Dunn Holdings LLC filed.', ['Jim Dunn Holdings LLC/ORG'], ['Jim Dunn Holdings LLC/ORG']],
    ['legal-form-person leaves persons alone', 'Orvex LLC Jim Dunn spoke.', ['Orvex LLC Jim Dunn/PERSON'], ['Orvex LLC Jim Dunn/PERSON']],
    // misc-org-head
    ['misc-org-head (company word)', 'He founded Kestrel Wren Gaming in 2009.', ['Kestrel Wren Gaming/MISC'], ['Kestrel Wren Gaming/ORG']],
    ['misc-org-head (organization head)', 'Funds came from the Orvex Foundation last year.', ['Orvex Foundation/MISC'], ['Orvex Foundation/ORG']],
    ['misc-org-head leaves heads that are surnames alone', 'They read the Orvex Press weekly.', ['Orvex Press/MISC'], ['Orvex Press/MISC']],
    ['misc-org-head leaves one word alone', 'He plays Gaming online.', ['Gaming/MISC'], ['Gaming/MISC']],
    ['misc-org-head leaves other types alone', 'Orvex Gaming Arena opened.', ['Orvex Gaming Arena/FAC'], ['Orvex Gaming Arena/FAC']],
    ['misc-org-head (lab)', 'Samples sit in the Cosmic Orvex Lab today.', ['Cosmic Orvex Lab/MISC'], ['Cosmic Orvex Lab/ORG']],
    // the-crown
    ['the-crown', 'It was asserted by the Crown that both knew.', ['Crown/MISC'], ['Crown/ORG']],
    ['the-crown (place)', 'The case for the Crown was weak.', ['Crown/GPE'], ['Crown/ORG']],
    ['the-crown leaves a title alone', 'He met the Crown Prince on Monday.', ['Crown/MISC'], ['Crown/MISC']],
    ['the-crown needs "the"', 'Crown lawyers left.', ['Crown/MISC'], ['Crown/MISC']],
    // et-al
    ['et-al (untagged)', 'The map is from Orvex et al. and shows the shelf.', [], ['Orvex/PERSON']],
    ['et-al (typed ORG)', 'Image: Kestrel et al.', ['Kestrel/ORG'], ['Kestrel/PERSON']],
    ['et-al leaves a longer name alone', 'Data from the Orvex Institute et al. were used.', ['Orvex Institute/ORG'], ['Orvex Institute/ORG']],
    ['et-al needs "et al."', 'Orvex et cetera stayed.', [], []],
    // facility-head-word
    ['facility-head-word', 'Fans met at the Wren Valley Convention Centre this weekend.', ['Wren Valley Convention/ORG'], ['Wren Valley Convention Centre/FAC']],
    ['facility-head-word leaves persons alone', 'Jim Dunn Hall said no.', ['Jim Dunn/PERSON'], ['Jim Dunn/PERSON']],
    ['facility-head-word needs the head next to the name', 'The Orvex team left the Centre early.', ['Orvex/ORG'], ['Orvex/ORG']],
    ['facility-head-word leaves a head that opens another name alone', 'Orvex Hall Kestrel sang.', ['Orvex/ORG', 'Hall Kestrel/PERSON'],
      ['Orvex/ORG', 'Hall Kestrel/PERSON']],
    // company-list
    ['company-list', 'Ubisoft, Microsoft and Sony all had booths.', ['Microsoft/ORG', 'Sony/ORG'], ['Ubisoft/ORG', 'Microsoft/ORG', 'Sony/ORG']],
    ['company-list needs an organization next to it', 'Ubisoft, Paris and Lyon were named.', ['Paris/GPE', 'Lyon/GPE'], ['Paris/GPE', 'Lyon/GPE']],
    ['company-list skips company names that are common words', 'Target, Microsoft and Sony rose.', ['Microsoft/ORG', 'Sony/ORG'], ['Microsoft/ORG', 'Sony/ORG']],
    // market-possessive
    ['market-possessive', 'By noon the Standard & Poor \'s 500 had slipped.', ['Standard & Poor/ORG'], ['Standard & Poor \'s 500/ORG']],
    ['market-possessive needs a market name', 'The Orvex & Wren \'s 500 staff left.', ['Orvex & Wren/ORG'], ['Orvex & Wren/ORG']],
    ['market-possessive leaves a plain possessive alone', 'The Standard & Poor \'s analysts spoke.', ['Standard & Poor/ORG'], ['Standard & Poor/ORG']],
    // geo-lead
    ['geo-lead', 'Pilgrims crossed the Plains of Orvex at dawn.', ['Plains of Orvex/ORG'], ['Plains of Orvex/LOC']],
    ['geo-lead needs "of"', 'The Bay Orvex Trust paid.', ['Bay Orvex Trust/ORG'], ['Bay Orvex Trust/ORG']],
    ['geo-lead leaves other types alone', 'He sailed the Gulf of Orvex.', ['Gulf of Orvex/GPE'], ['Gulf of Orvex/GPE']],
    // section-heading
    ['section-heading (numbered)', 'Notes on tides\n1. Introduction\nTides rise twice a day.', ['Introduction/ORG'], []],
    ['section-heading (alone, two words)', 'Related Work\nEarlier studies measured tides.', ['Related Work/ORG'], []],
    ['section-heading (with a colon)', 'Methods:\nWe counted boats.', ['Methods/ORG'], []],
    ['section-heading leaves a heading word inside a sentence', 'The Discussion Club met on Friday.', ['Discussion/ORG'], ['Discussion/ORG']],
    ['section-heading leaves other lines alone', 'Introduction Partners\nThey met.', ['Introduction Partners/ORG'], ['Introduction Partners/ORG']],
    // title-modifier
    ['title-modifier (one word)', 'On Monday, Home Secretary Jane Doe spoke.', ['Home/ORG', 'Jane Doe/PERSON'], ['Jane Doe/PERSON']],
    ['title-modifier (two words)', "Labour's Shadow Home Secretary Jim Press replied.", ['Labour/ORG', 'Shadow Home/GPE', 'Jim Press/PERSON'],
      ['Labour/ORG', 'Jim Press/PERSON']],
    ['title-modifier needs a title after it', 'The Home Office replied.', ['Home Office/ORG'], ['Home Office/ORG']],
    ['title-modifier leaves other names before a title alone', 'Orvex President Jane Doe spoke.', ['Orvex/ORG', 'Jane Doe/PERSON'],
      ['Orvex/ORG', 'Jane Doe/PERSON']],
    // numbered-reference
    ['numbered-reference (figure)', 'The tide peaks at noon (Figure 3.2).', ['Figure/PERSON'], []],
    ['numbered-reference (method)', 'Method 2 of 3: Baking the rolls', ['Method/ORG'], []],
    ['numbered-reference needs a number', 'The Figure Skating Club met.', ['Figure Skating Club/ORG'], ['Figure Skating Club/ORG']],
    ['numbered-reference leaves a one-word name without a number alone', 'Table said so.', ['Table/PERSON'], ['Table/PERSON']],
    // kin-word
    ['kin-word', 'Dear Mom, the trip went well.', ['Mom/PERSON'], []],
    ['kin-word keeps longer names', "They watched Dad's Army again.", ["Dad's Army/MISC"], ["Dad's Army/MISC"]],
    // celestial-place
    ['celestial-place', 'The probe left Earth in May.', ['Earth/ORG'], ['Earth/LOC']],
    ['celestial-place keeps longer names', 'Earth First protested.', ['Earth First/ORG'], ['Earth First/ORG']],
    // citation-authors
    ['citation-authors (in brackets)', 'Tides matter (Orwin & Platt, 2011).', ['Orwin & Platt/ORG'], ['Orwin/PERSON', 'Platt/PERSON']],
    ['citation-authors (year in brackets)', 'As Orwin & Platt (1998a) found, tides matter.', ['Orwin & Platt/ORG'], ['Orwin/PERSON', 'Platt/PERSON']],
    ['citation-authors (three authors)', 'Tides matter (Orwin, Platt, & Doyle, 2011).', ['Orwin, Platt, & Doyle/ORG'],
      ['Orwin/PERSON', 'Platt/PERSON', 'Doyle/PERSON']],
    ['citation-authors needs a year', 'Orwin & Platt paid the fine.', ['Orwin & Platt/ORG'], ['Orwin & Platt/ORG']],
    ['citation-authors leaves a firm with a long name alone', 'Orwin Platt Doyle & Sons (2011) paid.', ['Orwin Platt Doyle & Sons/ORG'],
      ['Orwin Platt Doyle & Sons/ORG']],
    // place-prefix
    ['place-prefix (town)', 'We drove on to Fort Brenley after lunch.', ['Fort Brenley/PERSON'], ['Fort Brenley/GPE']],
    ['place-prefix (lake)', 'The boats crossed Lake Tamsin at dawn.', ['Lake Tamsin/PERSON'], ['Lake Tamsin/LOC']],
    ['place-prefix (mosque)', 'Pilgrims gathered near the Masjid Orvan at noon.', ['Masjid Orvan/PERSON'], ['Masjid Orvan/FAC']],
    ['place-prefix needs a second word', 'Fort said nothing.', ['Fort/PERSON'], ['Fort/PERSON']],
    ['place-prefix leaves organizations alone', 'Port Orvex Holdings paid a dividend.', ['Port Orvex Holdings/ORG'], ['Port Orvex Holdings/ORG']],
    ['place-prefix and east-asian-name: a surname after "Fort" stays a place', 'Fort Lee hosts a market.', ['Fort Lee/GPE'], ['Fort Lee/GPE']],
    // defined-place
    ['defined-place (every mention)', 'Brenmouth is a small fishing town on the coast. Visitors reach Brenmouth by ferry.',
      ['Brenmouth/ORG', 'Brenmouth#2/PERSON'], ['Brenmouth/GPE', 'Brenmouth/GPE']],
    ['defined-place (island)', 'Tavira Minor is the largest island of the group.', ['Tavira Minor/PERSON'], ['Tavira Minor/LOC']],
    ['defined-place (possessive article)', 'Orvia is Norland\'s third biggest city.', ['Orvia/ORG'], ['Orvia/GPE']],
    ['defined-place (bracketed aside)', 'Kelsby (pronounced Kelby) is a market town in the north.', ['Kelsby/ORG'], ['Kelsby/GPE']],
    ['defined-place (the town of)', 'They met in the town of Pellow last spring.', ['Pellow/PERSON'], ['Pellow/GPE']],
    ['defined-place (located, persons only)', 'Dunmere is located on a hill.', ['Dunmere/PERSON'], ['Dunmere/GPE']],
    ['defined-place: located does not make an organization a place', 'Brixco is located in an old mill.', ['Brixco/ORG'], ['Brixco/ORG']],
    ['defined-place: the noun must head the phrase', 'Brenmouth is a city council member.', ['Brenmouth/PERSON'], ['Brenmouth/PERSON']],
    ['defined-place: a known company stays a company', 'Microsoft is a town of its own.', ['Microsoft/ORG'], ['Microsoft/ORG']],
    ['defined-place: other nouns define nothing', 'Brenmouth is a small fishing company.', ['Brenmouth/ORG'], ['Brenmouth/ORG']],
    ['defined-place at an untagged mention, and untagged mentions that stand alone', 'Brenmouth\nBrenmouth is a port town. Brenmouth grew. Ships left Brenmouth Harbour.',
      ['Brenmouth#3/ORG'], ['Brenmouth/GPE', 'Brenmouth/GPE', 'Brenmouth/GPE']],
    ['defined-place outweighs the document vote', 'Brenmouth is a town. Brenmouth grew. Brenmouth thrived. We left Brenmouth.',
      ['Brenmouth/PERSON', 'Brenmouth#2/PERSON', 'Brenmouth#3/PERSON', 'Brenmouth#4/GPE'],
      ['Brenmouth/GPE', 'Brenmouth/GPE', 'Brenmouth/GPE', 'Brenmouth/GPE']],
    // famous-person
    ['famous-person: Santa alone', 'The children wrote to Santa every year.', ['Santa/GPE'], ['Santa/PERSON']],
    ['famous-person leaves a longer place name alone', 'They flew to Santa Clara.', ['Santa Clara/GPE'], ['Santa Clara/GPE']],
    ['defined-place keeps the type of a place', 'Brenmouth is a resort island. Brenmouth hosts a fair.', ['Brenmouth/GPE', 'Brenmouth#2/ORG'],
      ['Brenmouth/GPE', 'Brenmouth/GPE']],
  ])('%s', (_name, text, spans, expected) => {
    expect(refineSpans(gazetteer, text, spans)).toEqual(expected);
  });

  it.each<[string, string, string[], string[]]>([
    ['web-domain', 'The story first ran on Orvexnews.com last week .', ['Orvexnews.com/GPE'], ['Orvexnews.com/ORG']],
    ['web-domain (country domain)', 'Readers of Kiosk.co.uk complained .', ['Kiosk.co.uk/MISC'], ['Kiosk.co.uk/ORG']],
    ['web-domain leaves initials alone', 'Troops from the U.S. arrived .', ['U.S./GPE'], ['U.S./GPE']],
    ['web-domain leaves other dotted names alone', 'She moved to St.Ives last year .', ['St.Ives/GPE'], ['St.Ives/GPE']],
  ])('%s (tokens split at spaces)', (_name, text, spans, expected) => {
    expect(refineSpans(gazetteer, text, spans, spaceTokens(text))).toEqual(expected);
  });

  // The segment stage keeps a word whole across a Unicode hyphen and gives it a normalized text (`start-up`), which the
  // rules' word lists are written in; the dev tokenizer above splits it.
  it.each<[string, string, string[], string[]]>([
    ['company-noun (U+2010 hyphen in the noun)', 'The Leeds start\u2010up Orvex hired ten people.', ['Orvex/GPE'], ['Orvex/ORG']],
    ['company-noun (U+2011 hyphen in the noun)', 'The Leeds start\u2011up Orvex hired ten people.', ['Orvex/GPE'], ['Orvex/ORG']],
    ['company-noun (ASCII hyphen)', 'The Leeds start-up Orvex hired ten people.', ['Orvex/GPE'], ['Orvex/ORG']],
  ])('%s (segment-stage tokens)', (_name, text, spans, expected) => {
    expect(refineSpans(gazetteer, text, spans, [...layers(text).tokens])).toEqual(expected);
  });
});
