import { describe, expect, it } from 'vitest';
import { extractor, input, ner } from './helpers.js';

describe('speaker resolution', () => {
  it.each([
    // [name, text, NER rows, speaker text of the last claim, expected entity name or null, resolvedBy]
    ['name inside a titled span', 'Russian Foreign Minister Sergey Lavrov said the talks went well.',
      [['Sergey Lavrov', 'PERSON', 'e1', 'Sergey Lavrov', ['Russian Foreign Minister'], 'Russian Foreign Minister']], 'Russian Foreign Minister Sergey Lavrov', 'Sergey Lavrov', 'name'],
    ['pronoun, gender agreement', 'Hillary Clinton met Sergey Lavrov in Geneva. He said the talks went well.',
      [['Hillary Clinton', 'PERSON', 'e1', 'Hillary Clinton', []], ['Sergey Lavrov', 'PERSON', 'e2', 'Sergey Lavrov', []]], 'He', 'Sergey Lavrov', 'pronoun'],
    ['pronoun she skips a male antecedent', 'Hillary Clinton met Sergey Lavrov in Geneva. She said the talks went well.',
      [['Hillary Clinton', 'PERSON', 'e1', 'Hillary Clinton', []], ['Sergey Lavrov', 'PERSON', 'e2', 'Sergey Lavrov', []]], 'She', 'Hillary Clinton', 'pronoun'],
    ['pronoun prefers the earlier speaker', 'Lavrov said the talks went well. He met John Kerry on Monday. He said the deal was close.',
      [['Lavrov', 'PERSON', 'e1', 'Sergey Lavrov', []], ['John Kerry', 'PERSON', 'e2', 'John Kerry', []]], 'He', 'Sergey Lavrov', 'pronoun'],
    ['description via roles: the top diplomat', 'Foreign Minister Sergey Lavrov arrived. “We are ready to talk,” the top diplomat said.',
      [['Sergey Lavrov', 'PERSON', 'e1', 'Sergey Lavrov', ['Foreign Minister']]], 'the top diplomat', 'Sergey Lavrov', 'description'],
    ['description with modifier: the Soviet leader', 'Kim met Soviet leader Joseph Stalin in 1949. The Soviet leader said the war could be won.',
      [['Kim', 'PERSON', 'e1', 'Kim Il Sung', ['leader']], ['Joseph Stalin', 'PERSON', 'e2', 'Joseph Stalin', ['Soviet leader']]], 'The Soviet leader', 'Joseph Stalin', 'description'],
    ['relative pronoun', 'The plan was backed by Lavrov, who said the talks went well.',
      [['Lavrov', 'PERSON', 'e1', 'Sergey Lavrov', []]], 'who', 'Sergey Lavrov', 'relative'],
    ['indefinite description stays unresolved', 'Lavrov arrived. A Kremlin spokesman said the talks went well.',
      [['Lavrov', 'PERSON', 'e1', 'Sergey Lavrov', []], ['Kremlin', 'ORG', 'e2', 'Kremlin', []]], 'A Kremlin spokesman', 'Kremlin', 'name'],
    ['a possessor is not the speaker', 'Jan Novak arrived late. Novak\'s ministry said the talks went well.',
      [['Jan Novak', 'PERSON', 'e1', 'Jan Novak', []], ['Novak', 'PERSON', 'e1', 'Jan Novak', []]], 'Novak\'s ministry', null, undefined],
    ['a name after the possessed noun is the speaker', 'The Kremlin\'s spokesman Dmitry Peskov said the talks went well.',
      [['Kremlin', 'ORG', 'e1', 'Kremlin', []], ['Dmitry Peskov', 'PERSON', 'e2', 'Dmitry Peskov', []]], 'The Kremlin\'s spokesman Dmitry Peskov', 'Dmitry Peskov', 'name'],
    ['coordinated speakers: null, not one of them', 'Germany and the Netherlands said the talks went well.',
      [['Germany', 'GPE', 'e1', 'Germany', []], ['Netherlands', 'GPE', 'e2', 'Netherlands', []]], 'Germany and the Netherlands', null, undefined],
    ['"and" inside one name still resolves', 'The Department of Health and Human Services said the rule was final.',
      [['Department of Health and Human Services', 'ORG', 'e1', 'Department of Health and Human Services', []]], 'The Department of Health and Human Services', 'Department of Health and Human Services', 'name'],
    ['a title and its holder are no coordination', 'Kremlin spokesman Dmitry Peskov said the talks went well.',
      [['Kremlin', 'ORG', 'e1', 'Kremlin', []], ['Dmitry Peskov', 'PERSON', 'e2', 'Dmitry Peskov', []]], 'Kremlin spokesman Dmitry Peskov', 'Dmitry Peskov', 'name'],
    ['no antecedent: null, not a guess', 'He said the talks went well.', [], 'He', null, undefined],
  ] as const)('%s', (_n, text, rows, speaker, name, by) => {
    const { quotes } = extractor.extract(input(text, ner(text, rows.map((r) => [...r]) as never)));
    const q = quotes[quotes.length - 1]!;
    expect(q.speaker?.text).toBe(speaker);
    expect(q.speaker?.name ?? null).toBe(name);
    expect(q.speaker?.resolvedBy).toBe(by);
    if (name === null) expect(q.speaker?.entity).toBeNull();
  });
});
