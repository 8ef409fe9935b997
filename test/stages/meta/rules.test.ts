/** Every rule's own examples and counterexamples, so the data rows stay true. */
import { describe, expect, it } from 'vitest';
import { BYLINE_RULES, matchBylineAt } from '../../../src/stages/meta/byline.js';
import { DATELINE_RULES, matchDatelineRule } from '../../../src/stages/meta/dateline.js';
import { METADATA_RULES, findMetadataLines } from '../../../src/stages/meta/metadata-line.js';
import { AGENCIES, lookupAgency, normalizeAgency } from '../../../src/stages/meta/agencies.js';
import { parseFullDate } from '../../../src/stages/meta/dates.js';

const datelineExamples = DATELINE_RULES.flatMap((r) => r.examples.map((e) => [r.id, e] as const));
const datelineCounter = DATELINE_RULES.flatMap((r) => r.counterexamples.map((e) => [r.id, e] as const));

describe('dateline rules', () => {
  it('have unique ids', () => expect(new Set(DATELINE_RULES.map((r) => r.id)).size).toBe(DATELINE_RULES.length));

  it.each(datelineExamples)('%s matches %j', (id, example) => {
    const [dateline, rest = ''] = example.split('|');
    const r = DATELINE_RULES.find((x) => x.id === id)!;
    const m = matchDatelineRule(r, dateline + rest, 0);
    expect(m?.span.text).toBe(dateline);
  });

  it.each(datelineCounter)('%s rejects %j', (id, example) => {
    const r = DATELINE_RULES.find((x) => x.id === id)!;
    expect(matchDatelineRule(r, example, 0)).toBeNull();
  });
});

describe('byline rules', () => {
  const examples = BYLINE_RULES.flatMap((r) => r.examples.map((e) => [r.id, e] as const));
  const counter = BYLINE_RULES.flatMap((r) => r.counterexamples.map((e) => [r.id, e] as const));
  it.each(examples)('%s matches %j', (_id, example) => {
    const [line, name] = example.split('|');
    const m = matchBylineAt(`${line}\nBody.`, 0);
    expect(m?.span.text).toBe(line);
    expect(m?.name.text).toBe(name);
  });
  it.each(counter)('%s rejects %j', (_id, example) => {
    expect(matchBylineAt(example, 0)).toBeNull();
  });
});

describe('metadata rules', () => {
  const examples = METADATA_RULES.flatMap((r) => r.examples.map((e) => [r.id, e] as const));
  const counter = METADATA_RULES.flatMap((r) => r.counterexamples.map((e) => [r.id, e] as const));
  it.each(examples)('%s matches %j', (id, example) => {
    expect(findMetadataLines(example, 400)[0]?.rule).toBe(id);
  });
  it.each(counter)('%s rejects %j', (_id, example) => {
    expect(findMetadataLines(example, 400)).toEqual([]);
  });
  it('reads consecutive key lines and stops at content', () => {
    const text = 'title: A title\nsource: TASS\ndate: 2024-11-01\nMOSCOW, Nov. 1 /TASS/ - Body.';
    expect(findMetadataLines(text, 400).map((m) => [m.field, m.value.text])).toEqual([
      ['title', 'A title'], ['agency', 'TASS'], ['dct', '2024-11-01'],
    ]);
  });
});

describe('agencies and dates', () => {
  it.each(AGENCIES.map((a) => [a.name, a.example] as const))('%s is found in its example %j', (name, example) => {
    const m = DATELINE_RULES.map((r) => matchDatelineRule(r, `${example} Body.`, 0)).find((x) => x);
    expect(m?.agencyName).toBe(name);
  });
  it.each([
    ['reuters', 'Reuters'], ['The Associated Press', 'AP'], ['ITAR-TASS', 'TASS'], ['None', null], ['NA', null], ['  ', null],
    ['Daily Planet', 'Daily Planet'], [42, null],
  ] as const)('normalizeAgency(%j) = %j', (value, expected) => expect(normalizeAgency(value)).toBe(expected));
  it('lookupAgency ignores unknown names', () => expect(lookupAgency('Daily Planet')).toBeNull());
  it.each([
    ['2024-11-01', '2024-11-01'], ['November 1, 2024', '2024-11-01'], ['Nov. 1 2024', '2024-11-01'], ['1 November 2024', '2024-11-01'],
    ['November 1', null], ['2024-02-30', null], ['Smarch 1, 2024', null],
  ])('parseFullDate(%j) = %j', (text, expected) => expect(parseFullDate(text)).toBe(expected));
});
