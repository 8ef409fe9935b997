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
  ] as const)('%s', (_n, text, speaker) => {
    const q = extractText(text).quotes.find((x) => x.cue?.text === 'said');
    expect(q?.speaker?.text).toBe(speaker);
  });
});
