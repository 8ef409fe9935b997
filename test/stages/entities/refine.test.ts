import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/types/annotation.js';
import { GAZ_CLASSES, Gazetteer, ownGazetteerEntries } from '../../../src/ner/gazetteer.js';
import type { Candidate } from '../../../src/stages/entities/candidates.js';
import { REFINE_RULES, refineCandidates } from '../../../src/stages/entities/refine.js';
import { rangeOf, tokensOf } from '../../ner/helpers.js';

// The rules' gazetteer: factwire's own tables plus a few first names (the shipped one adds compromise's).
const entries = ownGazetteerEntries();
for (const n of ['john', 'jane', 'elena', 'rick', 'maria']) entries[n] = (entries[n] ?? 0) | (1 << GAZ_CLASSES.first);
const gazetteer = new Gazetteer({ source: 'test', entries });

/** Runs the rules over `text` with the tagger's spans given as `phrase/TYPE` (first occurrence of each phrase). */
function refine(text: string, spans: readonly string[]): string[] {
  const tokens = tokensOf(text);
  const cands: Candidate[] = spans.map((s) => {
    const [phrase, type] = s.split('/') as [string, EntityType];
    return { ...rangeOf(tokens, text, phrase), type, rule: 'ner.test', title: null };
  });
  return refineCandidates(cands, { text, tokens, gazetteer }).map((c) => `${text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)}/${c.type}`);
}

/** Like {@link refine}, with the tagger's spans given as `[start token, end token, TYPE]`. */
function refineAt(text: string, spans: readonly [number, number, EntityType][]): string[] {
  const tokens = tokensOf(text);
  const cands: Candidate[] = spans.map(([start, end, type]) => ({ start, end, type, rule: 'ner.test', title: null }));
  return refineCandidates(cands, { text, tokens, gazetteer }).map((c) => `${text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)}/${c.type}`);
}

describe('entity post-rules', () => {
  it.each<[string, [number, number, EntityType][], string[]]>([
    // tokens: Acme(0) rose . Acme(3) fell . Acme(6) paid . Acme(9) hired . Acme(12) left .
    ['Acme rose. Acme fell. Acme paid. Acme hired. Acme left.', [[0, 1, 'ORG'], [3, 4, 'ORG'], [6, 7, 'PERSON'], [9, 10, 'ORG'], [12, 13, 'ORG']],
      ['Acme/ORG', 'Acme/ORG', 'Acme/ORG', 'Acme/ORG', 'Acme/ORG']],
    ['Acme rose. Acme fell. Acme paid.', [[0, 1, 'ORG'], [3, 4, 'ORG'], [6, 7, 'PERSON']], ['Acme/ORG', 'Acme/ORG', 'Acme/PERSON']],
  ])('doc-majority: %s', (text, spans, expected) => {
    expect(refineAt(text, spans)).toEqual(expected);
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
    ['known-company spares a named person', 'Gerald Ford visited. Ford said hello.', ['Gerald Ford/PERSON', 'Ford/PERSON'], ['Gerald Ford/PERSON', 'Ford/PERSON']],
    ['company-model', 'The airline ordered a Boeing 787 last week.', ['Boeing/ORG'], ['Boeing 787/PRODUCT']],
    ['company-model skips results tables', 'Samsung 10 Hanwha 3', ['Samsung/ORG', 'Hanwha/ORG'], ['Samsung/ORG', 'Hanwha/ORG']],
    ['product (retyped)', 'She bought a MacBook Air on sale.', ['MacBook Air/ORG'], ['MacBook Air/PRODUCT']],
    ['product (added)', 'He still uses his old iPod every day.', [], ['iPod/PRODUCT']],
    ['product (single word left alone)', 'Windows were broken in the storm.', [], []],
    ['first-name-person', 'Analysts cited Elena Markova of the bank.', ['Elena Markova/ORG'], ['Elena Markova/PERSON']],
    ['first-name-person skips places', 'They met at Maria Park downtown.', ['Maria Park/LOC'], ['Maria Park/LOC']],
    ['first-name-person skips capitals', 'RICK VALLEY REPORTS', ['RICK VALLEY/GPE'], ['RICK VALLEY/GPE']],
    ['doc-person-name', 'Rick Santoro spoke first. Later Santoro left.', ['Rick Santoro/PERSON', 'Santoro/GPE'], ['Rick Santoro/PERSON', 'Santoro/PERSON']],
    ['doc-person-name skips countries', 'Michael Jordan played. Jordan won.', ['Michael Jordan/PERSON', 'Jordan/GPE'], ['Michael Jordan/PERSON', 'Jordan/GPE']],
    ['person-of-org', 'The winner was Maria Lopez of the Green Party today.', ['Maria Lopez of the Green Party/ORG'], ['Maria Lopez/PERSON', 'Green Party/ORG']],
    ['person-of-org needs a person first', 'The Bank of Upper Canada opened.', ['Bank of Upper Canada/ORG'], ['Bank of Upper Canada/ORG']],
    ['initial-common-word', 'What is it? Sure. We are sure of it.', ['Sure/ORG'], []],
    ['initial-common-word keeps words capitalized mid-sentence', 'Hope won. We hope so. We met Hope later.', ['Hope/PERSON'], ['Hope/PERSON']],
  ])('%s: %s', (_id, text, spans, expected) => {
    expect(refine(text, spans)).toEqual(expected);
  });
});
