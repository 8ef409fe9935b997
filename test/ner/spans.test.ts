import { describe, expect, it } from 'vitest';
import { splitTitle, trimRange } from '../../src/ner/spans.js';
import { rangeOf, tokensOf } from './helpers.js';

const slice = (text: string, toks: ReturnType<typeof tokensOf>, r: { start: number; end: number } | null) =>
  r ? text.slice(toks[r.start]!.start, toks[r.end - 1]!.end) : null;

describe('trimRange', () => {
  it.each([
    ['possessive', "President Putin's visit", "Putin's", 'Putin'],
    ['trailing punctuation', 'We met Acme Corp, then left', 'Acme Corp,', 'Acme Corp'],
    ['leading the', 'the United Nations said', 'the United Nations', 'United Nations'],
    ['quotes around', 'a film called "Dune" opened', '"Dune"', 'Dune'],
    ['nothing to trim', 'Sergey Lavrov said', 'Sergey Lavrov', 'Sergey Lavrov'],
    ['only punctuation', 'Yes , he said', ',', null],
    ['bracket closed inside', 'Hajduk 2 Proleter ( Z ) 0', 'Proleter ( Z )', 'Proleter ( Z )'],
  ])('%s', (_label, text, phrase, expected) => {
    const toks = tokensOf(text);
    expect(slice(text, toks, trimRange(toks, rangeOf(toks, text, phrase)))).toBe(expected);
  });
});

describe('splitTitle', () => {
  it.each([
    ['title before the name', 'Russian President Vladimir Putin arrived', 'Vladimir Putin', 'Vladimir Putin', 'President'],
    ['two-word title', 'Russian Foreign Minister Sergey Lavrov said', 'Sergey Lavrov', 'Sergey Lavrov', 'Foreign Minister'],
    ['title tagged inside the span', 'President Putin spoke', 'President Putin', 'Putin', 'President'],
    ['lowercase role', 'North Korean leader Kim Jong Un met', 'Kim Jong Un', 'Kim Jong Un', 'leader'],
    ['honorific', 'Mr. Smith declined', 'Mr. Smith', 'Smith', 'Mr.'],
    ['no title', 'Lavrov pointed out', 'Lavrov', 'Lavrov', null],
  ])('%s', (_label, text, phrase, name, title) => {
    const toks = tokensOf(text);
    const r = splitTitle(toks, rangeOf(toks, text, phrase), 0);
    expect(slice(text, toks, r.name)).toBe(name);
    expect(slice(text, toks, r.title)).toBe(title);
  });
});
