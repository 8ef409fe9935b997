import { describe, expect, it } from 'vitest';
import { extractor, input } from './helpers.js';

const run = (text: string) => extractor.extract(input(text)).quotes;

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
    const q = run(text)[0]!;
    const pieces = q.content.fragments?.map((f) => f.text) ?? [q.content.text];
    expect(pieces.join(' | ')).toBe(want);
    for (const f of q.content.fragments ?? [q.content]) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
