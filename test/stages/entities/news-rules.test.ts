import { describe, expect, it } from 'vitest';
import type { EntityType, Token } from '../../../src/types/annotation.js';
import { GAZ_CLASSES, Gazetteer, ownGazetteerEntries } from '../../../src/ner/gazetteer.js';
import type { Candidate } from '../../../src/stages/entities/candidates.js';
import { NEWS_RULES } from '../../../src/stages/entities/news-rules.js';
import { REFINE_RULES, refineCandidates } from '../../../src/stages/entities/refine.js';
import { tokensOf } from '../../ner/helpers.js';

// The rules' gazetteer: factwire's own tables (countries, demonyms, companies, markets) plus a few first names.
const entries = ownGazetteerEntries();
for (const n of ['jane', 'jim', 'leigh']) entries[n] = (entries[n] ?? 0) | (1 << GAZ_CLASSES.first);
const gazetteer = new Gazetteer({ source: 'test', entries });

/**
 * Runs all post-rules over `text` with the tagger's spans given as `phrase/TYPE` or `phrase#k/TYPE` (the k-th
 * occurrence of the phrase, counting from 1; default the first).
 */
function refine(text: string, spans: readonly string[], tokens: Token[] = tokensOf(text)): string[] {
  const cands: Candidate[] = spans.map((s) => {
    const [ref, type] = s.split('/') as [string, EntityType];
    const [phrase, nth] = ref.split('#') as [string, string | undefined];
    let a = -1;
    for (let k = 0; k < Number(nth ?? 1); k++) a = text.indexOf(phrase, a + 1);
    if (a < 0) throw new Error(`no "${phrase}"`);
    const start = tokens.findIndex((t) => t.start === a);
    const end = tokens.findIndex((t) => t.end === a + phrase.length) + 1;
    if (start < 0 || end <= start) throw new Error(`"${phrase}" does not align with tokens`);
    return { start, end, type, rule: 'ner.test', title: null };
  });
  return refineCandidates(cands, { text, tokens, gazetteer }).map((c) => `${text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)}/${c.type}`);
}

/**
 * Tokens split at spaces only, as the segment stage splits a web address ("Orvexnews.com" is one token there; the
 * dev tokenizer of {@link tokensOf} splits it at the dots). Punctuation must stand apart in `text`.
 */
function spaceTokens(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], kind: /^\p{P}+$/u.test(m[0]) ? 'punct' : 'word' }));
}

describe('news post-rules', () => {
  it('every news rule has a unique id and a description, and runs after the other rules', () => {
    const ids = REFINE_RULES.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)]);
    expect(ids.slice(-NEWS_RULES.length)).toEqual(NEWS_RULES.map((r) => r.id));
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
    // demonym-org
    ['demonym-org', 'The Danish Rowing Association met on Sunday.', ['Danish/NORP', 'Rowing Association/ORG'], ['Danish Rowing Association/ORG']],
    ['demonym-org needs an organization head', 'Danish Orvex staff went on strike.', ['Danish/NORP', 'Orvex/ORG'], ['Danish/NORP', 'Orvex/ORG']],
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
  ])('%s', (_name, text, spans, expected) => {
    expect(refine(text, spans)).toEqual(expected);
  });

  it.each<[string, string, string[], string[]]>([
    ['web-domain', 'The story first ran on Orvexnews.com last week .', ['Orvexnews.com/GPE'], ['Orvexnews.com/ORG']],
    ['web-domain (country domain)', 'Readers of Kiosk.co.uk complained .', ['Kiosk.co.uk/MISC'], ['Kiosk.co.uk/ORG']],
    ['web-domain leaves initials alone', 'Troops from the U.S. arrived .', ['U.S./GPE'], ['U.S./GPE']],
    ['web-domain leaves other dotted names alone', 'She moved to St.Ives last year .', ['St.Ives/GPE'], ['St.Ives/GPE']],
  ])('%s (tokens split at spaces)', (_name, text, spans, expected) => {
    expect(refine(text, spans, spaceTokens(text))).toEqual(expected);
  });
});
