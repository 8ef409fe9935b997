import { describe, expect, it } from 'vitest';
import { currencyPhrases, EXTENT_VIEW_RULES, extentView, type ExtentViewRuleId } from '../../src/export/extent-view.js';
import { toEvalRecord } from '../../src/export/eval-jsonl.js';
import type { AnnotationDocument, EntityType, Mention } from '../../src/types/annotation.js';
import { segment } from '../stages/segment/helpers.js';

/** A span of `text` by needle (the first occurrence at or after `from`). */
const at = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`${needle} not in text`);
  return { start, end: start + needle.length, text: needle };
};

/**
 * A document of `text` with the segment stage's tokens and sentences and hand-made mentions: `name/TYPE` or
 * `name/TYPE/extent` (the extent a phrase containing the name).
 */
function makeDoc(text: string, mentions: readonly string[]): AnnotationDocument {
  const { doc } = segment(text);
  const ms: Mention[] = mentions.map((s, i) => {
    const [name, type, extent] = s.split('/') as [string, EntityType, string | undefined];
    const x = extent ? at(text, extent) : undefined;
    const span = at(text, name, x?.start ?? 0);
    return { id: `m${i + 1}`, ...span, type, entity: null, by: 'test@1/hand', ...(x ? { extent: x } : {}) };
  });
  return {
    schema: 'https://factwire.dev/schemas/annotation/1.0.0',
    id: 'view-1',
    source: { path: null, sha256: '0'.repeat(64), format: 'stdin-text' },
    offsets: 'utf16',
    text,
    meta: { dct: null, dateline: null, agency: null, byline: null, title: null, header: [], body: { start: 0, end: text.length, text } },
    paragraphs: [],
    sentences: [...doc.sentences!],
    tokens: [...doc.tokens!],
    mentions: ms,
    entities: [],
    timexes: [],
    quotes: [],
    messages: [],
    provenance: { factwire: '0.1.0', pipeline: { name: 'test', hash: 'x' }, stages: [] },
  };
}

/** The view of the first mention: `text/TYPE` of the written entity, and the rule that fired (if any). */
function view(text: string, mentions: readonly string[]): { rows: string[]; rules: ExtentViewRuleId[] } {
  const v = extentView(makeDoc(text, mentions))[0]!;
  return { rows: [`${v.text}/${v.type}`], rules: v.rule ? [v.rule] : [] };
}

// Every row's text is written for these tests (invented names; no evaluation text).
const ROWS: [string, string, string[], string[], ExtentViewRuleId[]][] = [
  // a person is written once, as its extent: one mention, one span (no second, name-only span to hedge the reading)
  ['a role before a person: the phrase alone', 'Kessler analyst Mara Voss expects a rebound.', ['Mara Voss/PERSON/Kessler analyst Mara Voss'],
    ['Kessler analyst Mara Voss/PERSON'], []],
  ['a title before a person', 'Senator Ada Brook voted against the bill.', ['Ada Brook/PERSON/Senator Ada Brook'],
    ['Senator Ada Brook/PERSON'], []],
  ['a possessor and a role', 'The company \'s finance chief Kai Lund resigned.', ['Kai Lund/PERSON/The company \'s finance chief Kai Lund'],
    ['The company \'s finance chief Kai Lund/PERSON'], []],
  ['no second span after a determiner alone', 'Fans cheered for the Mara Voss of old.', ['Mara Voss/PERSON/the Mara Voss'], ['the Mara Voss/PERSON'], []],
  ['no second span for a person without an extent', 'Mara Voss expects a rebound.', ['Mara Voss/PERSON'], ['Mara Voss/PERSON'], []],
  ['no second span for an organization after its descriptor', 'Carmaker Velta Motors cut jobs.', ['Velta Motors/ORG/Carmaker Velta Motors'],
    ['Carmaker Velta Motors/ORG'], []],
  ['no second span when the extent only grows to the right', 'Prices fell in Millbrook , Ohio on Monday.', ['Millbrook/PERSON/Millbrook , Ohio'],
    ['Millbrook , Ohio/PERSON'], []],
  // demonym-premodifier
  ['a nationality adjective before a noun is the place', 'The Norwegian carmaker cut jobs.', ['Norwegian/NORP'], ['Norwegian/GPE'], ['demonym-premodifier']],
  ['before a plural noun', 'Shares of Swedish manufacturers fell.', ['Swedish/NORP'], ['Swedish/GPE'], ['demonym-premodifier']],
  ['a region adjective', 'European regulators approved the deal.', ['European/NORP'], ['European/GPE'], ['demonym-premodifier']],
  ['before another name', 'The German magazine Tagblick reported it.', ['German/NORP'], ['German/GPE'], ['demonym-premodifier']],
  ['coordinated adjectives before one noun', 'Danish and Finnish lenders rallied.', ['Danish/NORP', 'Finnish/NORP'], ['Danish/GPE'], ['demonym-premodifier']],
  ['not a noun use at the end of a phrase', 'The winner was Norwegian .', ['Norwegian/NORP'], ['Norwegian/NORP'], []],
  ['not before a verb', 'The Japanese said they would wait.', ['Japanese/NORP'], ['Japanese/NORP'], []],
  ['not a plural demonym', 'Norwegians voted on Monday.', ['Norwegians/NORP'], ['Norwegians/NORP'], []],
  ['not a group that is no place', 'Republican senators blocked the bill.', ['Republican/NORP'], ['Republican/NORP'], []],
  // country-government
  ['a country and "Government" tagged as one name', 'The Norwegian Government approved the sale.', ['Norwegian Government/MISC/The Norwegian Government'],
    ['The Norwegian Government/GPE'], ['country-government']],
  ['the same as an organization', 'Officials of the US Government declined to comment.', ['US Government/ORG/the US Government'], ['the US Government/GPE'],
    ['country-government']],
  ['a country followed by "Government"', 'Ten percent went to the United States Government , the filing said.', ['United States/GPE'],
    ['the United States Government/GPE'], ['country-government']],
  ['not a lowercase government', 'Ten percent went to the United States government , the filing said.', ['United States/GPE'], ['United States/GPE'], []],
  ['not when the phrase goes on', 'Traders bought United States Government bonds .', ['United States/GPE'], ['United States/GPE'], []],
  ['not an organization named after the government', 'The Government Accountability Office reported it.', ['Government Accountability Office/ORG'],
    ['Government Accountability Office/ORG'], []],
  ['not a government of no place', 'The Student Government voted on Monday.', ['Student Government/ORG'], ['Student Government/ORG'], []],
];

// currency-as-market: `text`, its mentions, the phrases written.
const CURRENCY_ROWS: [string, string, string[], string[]][] = [
  ['a currency after "the" ending its phrase', 'The krone rose against the euro on Monday.', [], ['The krone/ORG', 'the euro/ORG']],
  ['a country between', 'The Norland dollar fell.', ['Norland/GPE'], ['The Norland dollar/ORG']],
  ['a demonym between', 'Traders sold the Swiss franc .', ['Swiss/NORP'], ['the Swiss franc/ORG']],
  ['not an amount', 'The deal is worth 40 billion dollars.', [], []],
  ['not a number and a unit', 'Each share cost 300 yen on Friday.', [], []],
  ['not a currency modifying a noun', 'The dollar amount was not disclosed.', [], []],
  ['not without "the"', 'A strong euro hurt exports.', [], []],
  ['not inside a mention', 'The Euro Stoxx index rose.', ['Euro Stoxx/ORG'], []],
];

describe('extentView', () => {
  it.each(CURRENCY_ROWS)('currency-as-market: %s', (_name, text, mentions, expected) => {
    const found = currencyPhrases(makeDoc(text, mentions));
    expect(found.map((e) => `${e.text}/${e.type}`)).toEqual(expected);
    for (const e of found) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.rule).toBe('currency-as-market');
    }
  });

  it.each(ROWS)('%s', (_name, text, mentions, rows, rules) => {
    const v = view(text, mentions);
    expect(v.rows).toEqual(rows);
    expect(v.rules).toEqual(rules);
  });

  it('every rule has a documented row, and the tables above exercise each one', () => {
    const ids = EXTENT_VIEW_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(ROWS.some((r) => r[4].includes(id)) || (id === 'currency-as-market' && CURRENCY_ROWS.some((r) => r[3].length > 0))).toBe(true);
  });

  it.each([
    ['extent', ['Kessler analyst Mara Voss/PERSON', 'Norwegian/GPE', 'the krone/ORG']],
    ['name', ['Mara Voss/PERSON', 'Norwegian/NORP']],
  ] as const)('toEvalRecord spans %s', (spans, expected) => {
    const text = 'Kessler analyst Mara Voss praised the Norwegian carmaker as the krone fell.';
    const r = toEvalRecord(makeDoc(text, ['Mara Voss/PERSON/Kessler analyst Mara Voss', 'Norwegian/NORP']), { spans });
    expect(r.entities!.map((e) => `${e.text}/${e.label}`)).toEqual(expected);
    for (const e of r.entities!) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
