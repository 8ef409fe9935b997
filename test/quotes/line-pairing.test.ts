import { describe, expect, it } from 'vitest';
import { buildView } from '../../src/quotes/view.js';
import { layers } from './helpers.js';

/** Quotation regions (their text) and the number of unbalanced paragraphs of a text. */
function pair(text: string): { regions: string[]; unbalanced: number } {
  const l = layers(text);
  const v = buildView(text, l.tokens, l.sentences);
  return { regions: v.regions.map((r) => text.slice(r.start, r.end)), unbalanced: v.pairing.unbalanced.length };
}

describe('pairing by lines inside a paragraph that does not pair', () => {
  it.each([
    // [name, text, regions, unbalanced paragraphs]
    ['a quotation reopened on the next line pairs line by line',
      'Harbor news.\n\n"The pier opens soon," the mayor said. "We start in May.\n"The boats come back in June," she added.\nThe council agreed.',
      ['"The pier opens soon,"', '"We start in May.\n"The boats come back in June,"'], 0],
    ['balanced lines are left alone',
      'Harbor news.\n\n"The pier opens soon," the mayor said.\n"The boats come back in June," she added.',
      ['"The pier opens soon,"', '"The boats come back in June,"'], 0],
    ['a stray mark that no line pairs stays unbalanced',
      'Harbor news.\n\nThe mayor said "the pier opens soon.\nThe council agreed.',
      [], 1],
  ] as const)('%s', (_n, text, regions, unbalanced) => {
    expect(pair(text)).toEqual({ regions, unbalanced });
  });
});
