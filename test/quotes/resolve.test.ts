import { describe, expect, it } from 'vitest';
import { extractor, input, ner } from './helpers.js';

describe('speaker resolution', () => {
  it.each([
    // [name, text, NER rows, speaker text of the last claim, expected entity name or null, resolvedBy, affiliation name or null]
    ['name inside a titled span', 'Russian Foreign Minister Sergey Lavrov said the talks went well.',
      [['Sergey Lavrov', 'PERSON', 'e1', 'Sergey Lavrov', ['Russian Foreign Minister'], 'Russian Foreign Minister']], 'Russian Foreign Minister Sergey Lavrov', 'Sergey Lavrov', 'name', null],
    ['pronoun, gender agreement', 'Hillary Clinton met Sergey Lavrov in Geneva. He said the talks went well.',
      [['Hillary Clinton', 'PERSON', 'e1', 'Hillary Clinton', []], ['Sergey Lavrov', 'PERSON', 'e2', 'Sergey Lavrov', []]], 'He', 'Sergey Lavrov', 'pronoun', null],
    ['pronoun she skips a male antecedent', 'Hillary Clinton met Sergey Lavrov in Geneva. She said the talks went well.',
      [['Hillary Clinton', 'PERSON', 'e1', 'Hillary Clinton', []], ['Sergey Lavrov', 'PERSON', 'e2', 'Sergey Lavrov', []]], 'She', 'Hillary Clinton', 'pronoun', null],
    ['pronoun prefers the earlier speaker', 'Lavrov said the talks went well. He met John Kerry on Monday. He said the deal was close.',
      [['Lavrov', 'PERSON', 'e1', 'Sergey Lavrov', []], ['John Kerry', 'PERSON', 'e2', 'John Kerry', []]], 'He', 'Sergey Lavrov', 'pronoun', null],
    ['description via roles: the top diplomat', 'Foreign Minister Sergey Lavrov arrived. “We are ready to talk,” the top diplomat said.',
      [['Sergey Lavrov', 'PERSON', 'e1', 'Sergey Lavrov', ['Foreign Minister']]], 'the top diplomat', 'Sergey Lavrov', 'description', null],
    ['description with modifier: the Soviet leader', 'Kim met Soviet leader Joseph Stalin in 1949. The Soviet leader said the war could be won.',
      [['Kim', 'PERSON', 'e1', 'Kim Il Sung', ['leader']], ['Joseph Stalin', 'PERSON', 'e2', 'Joseph Stalin', ['Soviet leader']]], 'The Soviet leader', 'Joseph Stalin', 'description', null],
    ['relative pronoun', 'The plan was backed by Lavrov, who said the talks went well.',
      [['Lavrov', 'PERSON', 'e1', 'Sergey Lavrov', []]], 'who', 'Sergey Lavrov', 'relative', null],
    ['indefinite description stays unresolved; the organisation is its affiliation', 'Lavrov arrived. A Kremlin spokesman said the talks went well.',
      [['Lavrov', 'PERSON', 'e1', 'Sergey Lavrov', []], ['Kremlin', 'ORG', 'e2', 'Kremlin', []]], 'A Kremlin spokesman', null, undefined, 'Kremlin'],
    ['a person noun before "for": the organisation is the affiliation', 'Exxon posted results. A spokesman for Exxon said the plant would reopen.',
      [['Exxon', 'ORG', 'e1', 'Exxon', []], ['Exxon', 'ORG', 'e1', 'Exxon', []]], 'A spokesman for Exxon', null, undefined, 'Exxon'],
    ['a definite person description resolves by role and keeps the affiliation', 'Kremlin spokesman Dmitry Peskov arrived. “We are ready,” the Kremlin spokesman said.',
      [['Kremlin', 'ORG', 'e1', 'Kremlin', []], ['Dmitry Peskov', 'PERSON', 'e2', 'Dmitry Peskov', ['Kremlin spokesman']], ['Kremlin', 'ORG', 'e1', 'Kremlin', []]], 'the Kremlin spokesman', 'Dmitry Peskov', 'description', 'Kremlin'],
    ['a name in an appositive after the head is the speaker, whatever its type', 'The French environment minister, Jane Roe, said the plan was sound.',
      [['Jane Roe', 'ORG', 'e1', 'Jane Roe', []]], 'The French environment minister, Jane Roe,', 'Jane Roe', 'name', null],
    ['an unnamed person before the head: the organisation after it is the affiliation', 'Exxon posted results. Jane Roe, a spokeswoman for Exxon, said the plant would reopen.',
      [['Exxon', 'ORG', 'e1', 'Exxon', []], ['Exxon', 'ORG', 'e1', 'Exxon', []]], 'Jane Roe, a spokeswoman for Exxon,', null, undefined, 'Exxon'],
    ['a name before an appositive description is the speaker, whatever its type', 'Jane Roe, the party pollster at Exxon, said the plan was sound.',
      [['Jane Roe', 'ORG', 'e1', 'Jane Roe', []], ['Exxon', 'ORG', 'e2', 'Exxon', []]], 'Jane Roe, the party pollster at Exxon,', 'Jane Roe', 'name', null],
    ['the organisation nearest the head is the affiliation, not a place before it', 'Several Ohio Acme officials said the plant would reopen.',
      [['Ohio', 'GPE', 'e1', 'Ohio', []], ['Acme', 'ORG', 'e2', 'Acme', []]], 'Several Ohio Acme officials', null, undefined, 'Acme'],
    ['an organisation whose name ends in a person noun speaks as itself', 'Acme Insiders posted results. Acme Insiders said the plant would reopen.',
      [['Acme Insiders', 'ORG', 'e1', 'Acme Insiders', []], ['Acme Insiders', 'ORG', 'e1', 'Acme Insiders', []]], 'Acme Insiders', 'Acme Insiders', 'name', null],
    ['a role noun before "of": the company is the affiliation', 'Acme posted results. The former CEO of Acme said the plant would reopen.',
      [['Acme', 'ORG', 'e1', 'Acme', []], ['Acme', 'ORG', 'e1', 'Acme', []]], 'The former CEO of Acme', null, undefined, 'Acme'],
    ['an organisation noun head still speaks as the organisation', 'Exxon posted results. The Exxon board said the plant would reopen.',
      [['Exxon', 'ORG', 'e1', 'Exxon', []], ['Exxon', 'ORG', 'e1', 'Exxon', []]], 'The Exxon board', 'Exxon', 'name', null],
    ['a first name from compromise\'s lists genders the entity: she skips the nearer man', 'Ursula von der Leyen met Boris Johnson in Brussels. She said the deal was close.',
      [['Ursula von der Leyen', 'PERSON', 'e1', 'Ursula von der Leyen', []], ['Boris Johnson', 'PERSON', 'e2', 'Boris Johnson', []]], 'She', 'Ursula von der Leyen', 'pronoun', null],
    ['a first name from compromise\'s lists genders the entity: he skips the nearer woman', 'Boris Johnson met Ursula von der Leyen in Brussels. He said the deal was close.',
      [['Boris Johnson', 'PERSON', 'e1', 'Boris Johnson', []], ['Ursula von der Leyen', 'PERSON', 'e2', 'Ursula von der Leyen', []]], 'He', 'Boris Johnson', 'pronoun', null],
    ['a name news gives both genders is no evidence', 'Lindsey Graham spoke first. He said the deal was close.',
      [['Lindsey Graham', 'PERSON', 'e1', 'Lindsey Graham', []]], 'He', 'Lindsey Graham', 'pronoun', null],
    ['an earlier he genders the entity: a later she stays unresolved', 'Vyacheslav Molotov warned that talks could fail. He added: “Our patience has limits.” She said the talks were over.',
      [['Vyacheslav Molotov', 'PERSON', 'e1', 'Vyacheslav Molotov', []]], 'She', null, undefined, null],
    ['a Russian surname genders the entity: she skips the man with an unknown first name', 'Yaroslava Petrova met Vsevolod Molotov in Minsk. She said the talks went well.',
      [['Yaroslava Petrova', 'PERSON', 'e1', 'Yaroslava Petrova', []], ['Vsevolod Molotov', 'PERSON', 'e2', 'Vsevolod Molotov', []]], 'She', 'Yaroslava Petrova', 'pronoun', null],
    ['a Russian surname genders the entity: he skips the woman with an unknown first name', 'Vsevolod Molotov met Yaroslava Petrova in Minsk. He said the talks went well.',
      [['Vsevolod Molotov', 'PERSON', 'e1', 'Vsevolod Molotov', []], ['Yaroslava Petrova', 'PERSON', 'e2', 'Yaroslava Petrova', []]], 'He', 'Vsevolod Molotov', 'pronoun', null],
    ['a Russian surname alone: she finds no woman and stays unresolved', 'Vsevolod Molotov arrived in Minsk. She said the talks went well.',
      [['Vsevolod Molotov', 'PERSON', 'e1', 'Vsevolod Molotov', []]], 'She', null, undefined, null],
    ['a surname borne by both genders is no evidence', 'Xochitl Cordova arrived in Lima. He said the talks went well.',
      [['Xochitl Cordova', 'PERSON', 'e1', 'Xochitl Cordova', []]], 'He', 'Xochitl Cordova', 'pronoun', null],
    ['a possessor is not the speaker', 'Jan Novak arrived late. Novak\'s ministry said the talks went well.',
      [['Jan Novak', 'PERSON', 'e1', 'Jan Novak', []], ['Novak', 'PERSON', 'e1', 'Jan Novak', []]], 'Novak\'s ministry', null, undefined, null],
    ['a name after the possessed noun is the speaker', 'The Kremlin\'s spokesman Dmitry Peskov said the talks went well.',
      [['Kremlin', 'ORG', 'e1', 'Kremlin', []], ['Dmitry Peskov', 'PERSON', 'e2', 'Dmitry Peskov', []]], 'The Kremlin\'s spokesman Dmitry Peskov', 'Dmitry Peskov', 'name', null],
    ['coordinated speakers: null, not one of them', 'Germany and the Netherlands said the talks went well.',
      [['Germany', 'GPE', 'e1', 'Germany', []], ['Netherlands', 'GPE', 'e2', 'Netherlands', []]], 'Germany and the Netherlands', null, undefined, null],
    ['"and" inside one name still resolves', 'The Department of Health and Human Services said the rule was final.',
      [['Department of Health and Human Services', 'ORG', 'e1', 'Department of Health and Human Services', []]], 'The Department of Health and Human Services', 'Department of Health and Human Services', 'name', null],
    ['a title and its holder are no coordination', 'Kremlin spokesman Dmitry Peskov said the talks went well.',
      [['Kremlin', 'ORG', 'e1', 'Kremlin', []], ['Dmitry Peskov', 'PERSON', 'e2', 'Dmitry Peskov', []]], 'Kremlin spokesman Dmitry Peskov', 'Dmitry Peskov', 'name', null],
    ['no antecedent: null, not a guess', 'He said the talks went well.', [], 'He', null, undefined, null],
  ] as const)('%s', (_n, text, rows, speaker, name, by, affiliation) => {
    const { quotes } = extractor.extract(input(text, ner(text, rows.map((r) => [...r]) as never)));
    const q = quotes[quotes.length - 1]!;
    expect(q.speaker?.text).toBe(speaker);
    expect(q.speaker?.name ?? null).toBe(name);
    expect(q.speaker?.resolvedBy).toBe(by);
    if (name === null) expect(q.speaker?.entity).toBeNull();
    expect(q.speaker?.affiliation?.name ?? null).toBe(affiliation);
  });
});
