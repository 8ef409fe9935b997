import { describe, expect, it } from 'vitest';
import { layers } from './helpers.js';
import { pairQuotes } from '../../src/quotes/marks.js';

const regions = (text: string) => {
  const l = layers(text);
  const p = pairQuotes(text, l.tokens, l.paragraphs);
  return { texts: p.regions.map((r) => text.slice(r.start, r.end)), unbalanced: p.unbalanced.map((u) => u.paragraph) };
};

describe('pairQuotes', () => {
  it.each([
    ['straight', 'He said "we are ready" today.', ['"we are ready"'], []],
    ['curly', 'He said “we are ready” today.', ['“we are ready”'], []],
    ['guillemets', 'He said «we are ready» today.', ['«we are ready»'], []],
    ['single quotes', "He said 'we are ready' today.", ["'we are ready'"], []],
    ['apostrophes are not quotes', 'Clinton’s aides and the Democrats’ plan don\'t matter.', [], []],
    ['nested single inside double', '“He called it ‘a farce’ yesterday,” she said.', ['“He called it ‘a farce’ yesterday,”'], []],
    ['multi-paragraph quotation', '“First part.\n\n“Second part.”\n\nAfter.', ['“First part.\n\n“Second part.”'], []],
    ['unbalanced paragraph falls back, others kept', '“Open but never closed.\n\nNext paragraph.\n\nShe said “fine” here.', ['“fine”'], [0]],
    ['stray closing mark', 'Closed” without opening.\n\nHe said “yes” again.', ['“yes”'], [0]],
  ] as const)('%s', (_name, text, expected, unbalanced) => {
    const r = regions(text);
    expect(r.texts).toEqual(expected);
    expect(r.unbalanced).toEqual(unbalanced);
  });
});
