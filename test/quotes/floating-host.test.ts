import { describe, expect, it } from 'vitest';
import { speakerHost, type Candidate } from '../../src/quotes/extract.js';
import { extractText } from './helpers.js';

/** A claim with the given pattern and speaker token range (content and cue do not matter to the host search). */
const claim = (pattern: string, speaker: [number, number] | null): Candidate =>
  ({ pattern, cue: null, cueEntry: null, speaker: speaker ? { a: speaker[0], b: speaker[1] } : null, content: [{ a: 0, b: 1 }], score: 0.5 }) as Candidate;

describe('speakerHost: the claim a floating claim inherits its speaker from', () => {
  it.each([
    // [case, claims, index of the floating claim, expected host index]
    ['the nearest earlier claim with the same speaker span', [claim('speaker-cue-quote', [0, 1]), claim('tagger', [5, 6]), claim('floating', [5, 6])], 2, 1],
    ['skips a later-sorted claim of another speaker', [claim('tagger', [5, 6]), claim('speaker-cue-quote', [0, 1]), claim('floating', [5, 6])], 2, 0],
    ['not another floating claim', [claim('tagger', [5, 6]), claim('floating', [5, 6]), claim('floating', [5, 6])], 2, 0],
    ['none when the span was changed on every earlier claim', [claim('tagger', [4, 6]), claim('floating', [5, 6])], 1, -1],
    ['none without a speaker', [claim('tagger', [5, 6]), claim('floating', null)], 1, -1],
    ['none after it', [claim('floating', [5, 6]), claim('tagger', [5, 6])], 0, -1],
  ] as const)('%s', (_name, cands, i, want) => {
    expect(speakerHost(cands as readonly Candidate[], i)).toBe(want);
  });
});

describe('floating claims take the entity of their own host', () => {
  it.each([
    // [case, text, expected speaker name of the floating claim]
    ['second of two speakers', 'Anna Kowalski said the plant would close.\n\nMayor Tom Brennan said the town would survive it.\n\n“We have been through worse winters than this one, and we are still here.”', 'Tom Brennan'],
    ['first speaker, later claims elsewhere', 'Mayor Tom Brennan said the town would survive the closure.\n\n“We have been through worse winters than this one, and we are still here.”\n\nAnna Kowalski said the plant would close in May.', 'Tom Brennan'],
  ])('%s', (_name, text, name) => {
    const { quotes } = extractText(text);
    const floating = quotes.filter((q) => q.by.endsWith('/floating'));
    expect(floating).toHaveLength(1);
    expect(floating[0]!.speaker?.name).toBe(name);
    expect(floating[0]!.speaker?.resolvedBy).toBe('inherited');
  });
});
