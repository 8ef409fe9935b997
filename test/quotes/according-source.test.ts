import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

describe('the source of an `according to` claim', () => {
  it.each([
    // [name, text, expected speaker]
    ['sentence-initial, the source ends at the comma before a capitalized clause', 'According to the county clerk, Turnout fell by a third in the northern wards.', 'the county clerk'],
    ['sentence-initial, a name after the comma', 'According to a survey of dairy farmers, Novak leads the race by six points.', 'a survey of dairy farmers'],
    ['sentence-final, a prepositional phrase stays in the source', 'The plant will close in March, according to a source on the board.', 'a source on the board'],
    ['sentence-final, a slash stays in the source', 'The senator trails by four points, according to a Gazette/Ipsos poll.', 'a Gazette/Ipsos poll'],
    ['sentence-final, a relative clause without a comma stays in the source', 'The mill will reopen in May, according to an official who asked not to be named.', 'an official who asked not to be named'],
    ['sentence-final, a spaced dash ends the source', 'Spending rose sharply, according to the budget office - about a tenth of the total.', 'the budget office'],
    ['mid-sentence, the source ends at the comma', 'The mayor, according to two aides, plans to resign on Friday.', 'two aides'],
    ['a parenthetical stays in the source', 'The ferry service will end in June, according to Sen. Ana Ruiz (D-Ore.).', 'Sen. Ana Ruiz (D-Ore.)'],
  ] as const)('%s', (_n, text, speaker) => {
    const q = extractText(text).quotes.find((x) => x.cue?.text.toLowerCase() === 'according to');
    expect(q?.speaker?.text).toBe(speaker);
    expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toBe(speaker);
  });
});
