import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

describe('continuation quotation after a quote-speaker-cue claim', () => {
  it.each([
    // [name, text, content of the first claim (fragments joined by ' | ')]
    ['a following quotation that ends the sentence is a second fragment',
      '"The harbor is full," the captain said. "We will anchor outside."',
      '"The harbor is full," | "We will anchor outside."'],
    ['a following quotation with its own cue is not',
      '"The harbor is full," the captain said. "We will anchor outside," she added.',
      '"The harbor is full,"'],
    ['a following quotation with words after it in its sentence is not',
      '"The harbor is full," the captain said. "Wait for the tide" to turn, she told the crew.',
      '"The harbor is full,"'],
  ] as const)('%s', (_n, text, want) => {
    const q = extractText(text).quotes[0]!;
    const pieces = q.content.fragments?.map((f) => f.text) ?? [q.content.text];
    expect(pieces.join(' | ')).toBe(want);
    for (const f of q.content.fragments ?? [q.content]) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('quoted title before a speaker and cue', () => {
  it.each([
    // [name, text, [speaker, cue, content] of the first claim]
    ['a title in a lead-in phrase leaves the cue its own content',
      'On Monday\'s episode of "Harbor Talk," the retired captain said she wanted the port to reopen.',
      ['the retired captain', 'said', 'she wanted the port to reopen']],
    ['a lower-case quotation before the speaker stays the content',
      'The port is "open for business," the retired captain said.',
      ['the retired captain', 'said', 'The port is "open for business,"']],
    ['a capitalized quotation that opens the sentence stays the content',
      '"Harbor Days Are Back," the retired captain said on Monday.',
      ['the retired captain', 'said', '"Harbor Days Are Back,"']],
  ] as const)('%s', (_n, text, want) => {
    // The claim's last content piece (the tagger may keep the lead-in title as an earlier piece).
    const q = extractText(text).quotes[0]!;
    const last = q.content.fragments?.at(-1)?.text ?? q.content.text;
    expect([q.speaker?.text, q.cue?.text?.split(' ')[0], last]).toEqual(want);
  });
});

describe('split quotation carried on by a conjunction', () => {
  it.each([
    // [name, text, content fragments of the first claim joined by ' | ']
    ['but + quotation is the second fragment',
      '"I like the mayor," he said, but "on harbor fees she has it wrong."',
      '"I like the mayor," | but "on harbor fees she has it wrong."'],
    ['and still + quotation is the second fragment',
      'The mayor "got a waiver," the clerk said, and still "kept her seat on the board."',
      'The mayor "got a waiver," | and still "kept her seat on the board."'],
    ['a conjunction without a quotation is not',
      '"I like the mayor," he said, but he did not vote for her.',
      '"I like the mayor,"'],
    ['a participle clause is not',
      '"I like the mayor," he said, adding that "she works hard."',
      '"I like the mayor,"'],
  ] as const)('%s', (_n, text, want) => {
    const q = extractText(text).quotes[0]!;
    const pieces = q.content.fragments?.map((f) => f.text) ?? [q.content.text];
    expect(pieces.join(' | ')).toBe(want);
    for (const f of q.content.fragments ?? [q.content]) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('continuation after a long remark on the cue', () => {
  it.each([
    // [name, text, content fragments of the first claim joined by ' | ']
    ['a long phrase after the cue still lets the next quotation continue the claim',
      '"The harbor is full," the captain said of the new schedule, which the port council approved on Monday after a long debate about fees, berths, night shifts and the dredging of the eastern channel. "We will anchor outside."',
      '"The harbor is full," | "We will anchor outside."'],
  ] as const)('%s', (_n, text, want) => {
    const q = extractText(text).quotes[0]!;
    expect((q.content.fragments?.map((f) => f.text) ?? [q.content.text]).join(' | ')).toBe(want);
  });
});
