import { beforeAll, describe, expect, it } from 'vitest';
import type { Transformer } from '../../../src/core/stage.js';
import type { EntityType } from '../../../src/types/annotation.js';
import { Gazetteer, ownGazetteerEntries } from '../../../src/ner/gazetteer.js';
import type { Candidate } from '../../../src/stages/entities/candidates.js';
import { endsPhrase, EXTENT_RULES, findExtents, sentenceIndex, type ExtentRuleId } from '../../../src/stages/entities/extent.js';
import { entitiesStage } from '../../../src/stages/entities/index.js';
import { ENTITIES_DEFAULTS } from '../../../src/stages/entities/options.js';
import { segment } from '../segment/helpers.js';
import { rangeOf } from '../../ner/helpers.js';

// factwire's own tables: countries, states, cities, demonyms (no first names needed here).
const gazetteer = new Gazetteer({ source: 'test', entries: ownGazetteerEntries() });

/**
 * The extent of each candidate (`phrase/TYPE` or `phrase/TYPE/title`, the title a phrase right before the name, as
 * the entity stage splits it off) over the segment stage's tokens and sentences: its text, or `-` when none.
 */
function extents(text: string, spans: readonly string[]): { texts: string[]; rules: ExtentRuleId[] } {
  const { doc } = segment(text);
  const tokens = doc.tokens!;
  const cands: Candidate[] = spans.map((s) => {
    const [phrase, type, title] = s.split('/') as [string, EntityType, string | undefined];
    const r = rangeOf(tokens, text, phrase);
    return { start: r.start, end: r.end, type, rule: 'ner.test', title: title ? rangeOf(tokens, text, title) : null };
  }).sort((a, b) => a.start - b.start);
  const found = findExtents(cands, { text, tokens, sentenceOf: sentenceIndex(tokens.length, doc.sentences!), gazetteer });
  return {
    texts: found.map((x) => (x ? text.slice(tokens[x.start]!.start, tokens[x.end - 1]!.end) : '-')),
    rules: found.flatMap((x) => (x ? [...x.rules] : [])),
  };
}

// Every row's text is written for these tests (invented names; no evaluation text).
const ROWS: [string, string, string[], string[]][] = [
  // determiner
  ['determiner before a name that ends the phrase', 'Shares rose after the Bank of Norland cut rates.', ['Bank of Norland/ORG'], ['the Bank of Norland']],
  ['determiner before punctuation', 'Trading on the Tarvo, a regional bourse, halted.', ['Tarvo/ORG'], ['the Tarvo']],
  ['determiner at the sentence start', 'The Orvex Council met on Monday.', ['Orvex Council/ORG'], ['The Orvex Council']],
  ['no determiner when the name modifies a noun', 'Workers at the Velta plant went on strike.', ['Velta/ORG'], ['-']],
  ['no determiner when a model number follows', 'He flew on the Velta A300 last year.', ['Velta/ORG'], ['-']],
  ['no determiner before a possessive', 'He criticised the Velta\'s board on Friday.', ['Velta/ORG'], ['-']],
  ['no determiner before two coordinated premodifier names', 'This imperils the Velta and Norland Aero plan to build planes.', ['Velta/ORG', 'Norland Aero/ORG'], ['-', '-']],
  ['determiner before two coordinated names that end the phrase', 'Markets were shut, including the Tarvo and Kesk exchanges.', ['Tarvo/ORG', 'Kesk/ORG'], ['the Tarvo', 'Kesk exchanges']],
  ['determiner before two coordinated names, the second followed by a determiner', 'We can not afford it in the Norland or Ostvale a long crisis.',
    ['Norland/GPE', 'Ostvale/GPE'], ['the Norland', '-']],
  ['determiner before a present tense in -s', 'Then the Orvex Agency wants more.', ['Orvex Agency/ORG'], ['the Orvex Agency']],
  ['no determiner before a plural noun', 'Then the Orvex students left.', ['Orvex/ORG'], ['-']],
  ['determiner before a regular past tense', 'Later the Orvex Agency approved the deal.', ['Orvex Agency/ORG'], ['the Orvex Agency']],
  // trailing-head
  ['trailing head with a modifier', 'Later the Tarvo stock index fell 2 percent.', ['Tarvo/ORG'], ['the Tarvo stock index']],
  ['trailing head with a noun modifier', 'The best performer was the Kestrel Mutual insurance company, which rose.', ['Kestrel Mutual/ORG'], ['the Kestrel Mutual insurance company']],
  ['trailing head not before another noun', 'He runs the Tarvo index fund for clients.', ['Tarvo/ORG'], ['-']],
  ['no trailing head for a country before "government"', 'Officials of the Norland government met.', ['Norland/GPE'], ['-']],
  // city-region
  ['city, state', 'The plant in Millbrook, Ohio, closed.', ['Millbrook/GPE', 'Ohio/GPE'], ['Millbrook, Ohio', '-']],
  ['no city-region for a list of countries', 'Talks in France, Germany and Italy ended.', ['France/GPE', 'Germany/GPE', 'Italy/GPE'], ['-', '-', '-']],
  // government-of
  ['government of a country', 'Loans came from the government of Norland on Monday.', ['Norland/GPE'], ['the government of Norland']],
  ['government of a region, with a modifier', 'Funds came from the provincial government of Ostvale as well.', ['Ostvale/LOC'], ['the provincial government of Ostvale']],
  // title and descriptor (persons)
  ['title', 'Yesterday Senator Ada Brook voted no.', ['Ada Brook/PERSON/Senator'], ['Senator Ada Brook']],
  ['title after a country', 'He met Norland President Kai Lund on Monday.', ['Norland/GPE', 'Kai Lund/PERSON/President'], ['-', 'Norland President Kai Lund']],
  ['two titled persons coordinated', 'Swedish President Kai Lund and Danish leader Ada Brook met.', ['Swedish/NORP', 'Kai Lund/PERSON/President', 'Danish/NORP', 'Ada Brook/PERSON'],
    ['-', 'Swedish President Kai Lund', '-', 'Danish leader Ada Brook']],
  ['role noun after an organization', '"It is bad," said Kessler analyst Mara Voss on Friday.', ['Kessler/ORG', 'Mara Voss/PERSON'], ['-', 'Kessler analyst Mara Voss']],
  ['capitalized role at the sentence start', 'Chief executive Ada Brook said the plan works.', ['Ada Brook/PERSON'], ['Chief executive Ada Brook']],
  ['a participle after the name ends the phrase', 'He spoke to Kessler analyst Mara Voss commenting on the deal.', ['Kessler/ORG', 'Mara Voss/PERSON'],
    ['-', 'Kessler analyst Mara Voss']],
  ['no premodifiers when the name modifies a noun', 'He backed a major Velta donor program.', ['Velta/ORG'], ['-']],
  ['a counterpart', 'She met Swedish counterpart Kai Lund on Monday.', ['Kai Lund/PERSON'], ['Swedish counterpart Kai Lund']],
  ['a capitalized word that is no role stops the chain', 'On Monday analyst Mara Voss spoke.', ['Mara Voss/PERSON'], ['analyst Mara Voss']],
  ['a sentence-initial adverb "Then" is no premodifier', 'Then chief executive Ada Brook resigned.', ['Ada Brook/PERSON'], ['chief executive Ada Brook']],
  ['no chain across a sentence boundary', 'She is an analyst.\nMara Voss said so.', ['Mara Voss/PERSON'], ['-']],
  // descriptor (organizations)
  ['company noun with a modifier', 'Shares of engine maker Orvex rose.', ['Orvex/ORG'], ['engine maker Orvex']],
  ['demonym, modifiers, company noun and determiner', 'The German auto maker Velta said it would hire.', ['German/NORP', 'Velta/ORG'], ['-', 'The German auto maker Velta']],
  ['coordinated modifiers', 'They sued computer and electronics maker Orvex in court.', ['Orvex/ORG'], ['computer and electronics maker Orvex']],
  ['a verb-like head alone is no descriptor', 'They did not exchange Velta shares.', ['Velta/ORG'], ['-']],
  ['premodifiers before a name with a trailing head', 'The Swedish Tarvo index gained.', ['Tarvo/ORG'], ['The Swedish Tarvo index']],
  // possessor, place-based, adjectives
  ['possessor with a trailing head', 'Norland\'s Tarvo index fell sharply.', ['Norland/GPE', 'Tarvo/ORG'], ['-', 'Norland\'s Tarvo index']],
  ['place with "based"', 'Millbrook based Velta Motors won the bid.', ['Millbrook/GPE', 'Velta Motors/ORG'], ['-', 'Millbrook based Velta Motors']],
  ['adjective after the determiner', 'Then the embattled Velta said no.', ['Velta/ORG'], ['the embattled Velta']],
  ['adjective before a possessor, without the determiner', 'He joins the embattled Velta\'s board.', ['Velta/ORG'], ['embattled Velta']],
  ['an adjective needs the determiner', 'Investors like embattled Velta now.', ['Velta/ORG'], ['-']],
  ['determiner of a plural name before a bare apostrophe', 'Then the Pilots\' union struck.', ['Pilots/ORG'], ['the Pilots']],
  // country-prefix
  ['state before an institution, with the determiner', 'Judges of the Ohio Supreme Court ruled on Friday.', ['Ohio/GPE', 'Supreme Court/ORG'], ['-', 'the Ohio Supreme Court']],
  ['state before an institution that modifies a noun', 'Then Ohio Supreme Court judges ruled.', ['Ohio/GPE', 'Supreme Court/ORG'], ['-', 'Ohio Supreme Court']],
  ['no country prefix for a city', 'Fans of the Boston Harbor Club met.', ['Boston/GPE', 'Harbor Club/ORG'], ['-', '-']],
  ['no country prefix after a possessive', 'Velta\'s Ohio Airways grew.', ['Velta/ORG', 'Ohio/GPE', 'Airways/ORG'], ['-', '-', '-']],
  // role-of
  ['a role with an of-phrase before a person', 'The plan was backed by the chairman of Velta Motors Kai Lund on Friday.', ['Velta Motors/ORG', 'Kai Lund/PERSON'],
    ['-', 'the chairman of Velta Motors Kai Lund']],
  ['two coordinated roles of a determined organization', 'He met the president and chairman of the Orvex Council Ada Brook.', ['Orvex Council/ORG', 'Ada Brook/PERSON'],
    ['-', 'the president and chairman of the Orvex Council Ada Brook']],
  ['a capitalized role of a country', 'Later, President of Norland Kai Lund spoke.', ['Norland/GPE', 'Kai Lund/PERSON'], ['-', 'President of Norland Kai Lund']],
  ['no role-of without a role before "of"', 'He spoke of Velta Motors Kai Lund and others.', ['Velta Motors/ORG', 'Kai Lund/PERSON'], ['-', '-']],
  // chain-possessor
  ['a determiner and a noun as possessor before a descriptor', 'According to the company\'s vice president Ada Brook, costs rose.', ['Ada Brook/PERSON'],
    ['the company\'s vice president Ada Brook']],
  ['a possessor name before a title', 'Norland\'s President Kai Lund arrived.', ['Norland/GPE', 'Kai Lund/PERSON/President'], ['-', 'Norland\'s President Kai Lund']],
  ['no possessive pronoun', 'It said its chief executive Ada Brook resigned.', ['Ada Brook/PERSON'], ['chief executive Ada Brook']],
  // located-in
  ['a facility in a city and its state', 'The final was played at Velta Arena in Columbus, Ohio on Sunday.', ['Velta Arena/FAC', 'Columbus/GPE', 'Ohio/GPE'],
    ['Velta Arena in Columbus, Ohio', 'Columbus, Ohio', '-']],
  ['no located-in for an organization', 'Velta Motors in Columbus hired staff.', ['Velta Motors/ORG', 'Columbus/GPE'], ['-', '-']],
];

describe('extent rules', () => {
  it('every rule has a unique id, a description and an example', () => {
    const ids = EXTENT_RULES.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)]);
    for (const r of EXTENT_RULES) expect(r.description.length > 10 && r.example.length > 3).toBe(true);
  });

  it.each(ROWS)('%s', (_name, text, spans, expected) => {
    expect(extents(text, spans).texts).toEqual(expected);
  });

  it('the rows exercise every rule', () => {
    const used = new Set(ROWS.flatMap(([, text, spans]) => extents(text, spans).rules));
    expect([...used].sort()).toEqual(EXTENT_RULES.map((r) => r.id).sort());
  });
});

describe('extent rules: does the phrase end before a word', () => {
  // The word after a name, by shape: the cases pin the code-unit tests that replaced endsPhrase's regular expressions
  // (`[a-z]ed$`, `[a-z]ly$`, `[a-z]ing$`, `[a-z][^s]s$` less the noun endings, `^\p{Lu}`, `^\d`, `^['’]s?$`i).
  it.each<[string, boolean]>([
    ['approved', true], ['ed', false], ['Ted', false], ['quietly', true], ['ly', false], ['commenting', true], ['ing', false], ['building', false],
    ['wants', true], ['as', true], ['xs', false], ['ss', false], ['gas', true], ['bass', false], ['physics', false], ['darkness', false],
    ['ratings', false], ['nations', false], ['workers', false], ['actors', false], ['artists', false], ['shares', false], ['zebras', true],
    ['Ölands', false], ['élans', true], ['3s', false], ['çed', false], ['also', true], ['plant', false], ['.', true], ['\'s', false], ['’', false],
  ])('%s: %s', (word, ends) => {
    const text = `Then Orvex ${word} x`;
    const { doc } = segment(text);
    const tokens = doc.tokens!;
    const i = tokens.findIndex((t) => t.start === text.indexOf(word, 10));
    expect(tokens[i]!.text).toBe(word);
    expect(endsPhrase({ text, tokens, sentenceOf: sentenceIndex(tokens.length, doc.sentences!), gazetteer }, i)).toBe(ends);
  });
});

describe('entities stage: extent', () => {
  let run: Transformer;
  beforeAll(async () => {
    run = await entitiesStage.init(ENTITIES_DEFAULTS);
  });
  const mentions = (text: string) => run(segment(text).doc, { report: () => undefined }).mentions!;

  it.each<[string, string, string]>([
    ['the determiner of an organization', 'Shares fell after the Bank of England raised rates on Thursday.', 'the Bank of England'],
    ['a city and its state', 'The company will build the plant in Columbus, Ohio, next year.', 'Columbus, Ohio'],
    ['a title', 'Senator Maria Cantwell said on Tuesday the bill would pass.', 'Senator Maria Cantwell'],
  ])('%s', (_name, text, extent) => {
    const m = mentions(text).filter((x) => x.extent);
    expect(m.map((x) => x.extent!.text)).toContain(extent);
    for (const x of m) {
      expect(text.slice(x.extent!.start, x.extent!.end)).toBe(x.extent!.text);
      expect(x.extent!.start <= x.start && x.end <= x.extent!.end && (x.extent!.start < x.start || x.end < x.extent!.end)).toBe(true);
    }
  });
});
