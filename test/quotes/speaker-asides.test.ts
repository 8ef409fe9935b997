import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

describe('an aside between the speaker and the cue is not part of the speaker', () => {
  it.each([
    // [name, text, expected speaker]
    ['"when" clause', 'Novak, when asked about the dam, said it was safe.', 'Novak'],
    ['"while" clause', 'The mayor, while visiting the plant on Monday, said it would reopen in May.', 'The mayor'],
    ['"through" a spokesperson', 'Petrova, through a spokeswoman, said she would not run again.', 'Petrova'],
    ['"it turned out"', 'The ministry, it turned out, said the ferry would be sold.', 'The ministry'],
    ['reflexive with a predicate', 'Ruiz, herself a farmer, said the quota was unfair.', 'Ruiz'],
    // An appositive is no aside: it stays in the speaker.
    ['an appositive stays', 'Ana Ruiz, a nurse from Tulsa, said the clinic would close.', 'Ana Ruiz, a nurse from Tulsa,'],
    // appositive-keep: these openers start an appositive PolNeAR keeps, not an aside.
    ['"including" list stays', 'Several growers, including Ana Ruiz and Jan Novak, said the quota was unfair.', 'Several growers, including Ana Ruiz and Jan Novak,'],
    ['"like" phrase stays', 'Some ministers, like their colleagues abroad, said the levy was too high.', 'Some ministers, like their colleagues abroad,'],
    ['"of" affiliation stays', 'Mr. Novak, of the Tulsa Ledger, said the mill would close.', 'Mr. Novak, of the Tulsa Ledger,'],
    ['"now" appositive stays', 'Petrova, now a lobbyist for the growers, said the levy was unfair.', 'Petrova, now a lobbyist for the growers,'],
    ['"unlike" is still an aside', 'Novak, unlike his deputy, said the dam was safe.', 'Novak'],
  ] as const)('%s', (_n, text, speaker) => {
    const q = extractText(text).quotes.find((x) => x.cue?.text === 'said');
    expect(q?.speaker?.text).toBe(speaker);
  });
});
