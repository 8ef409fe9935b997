import { describe, expect, it } from 'vitest';
import { findMarkup } from '../../../src/stages/meta/markup.js';

describe('findMarkup', () => {
  it.each([
    ['plain text', 'Lavrov said 3 < 5 and 7 > 2.', []],
    ['balanced markup', '<p>Lavrov said.</p>\n<p>More.</p>', ['meta:markup']],
    ['void elements need no close', 'Line one<br>Line two<img src="x.png">', ['meta:markup']],
    ['an unclosed tag', '<p>Lavrov said.\n<p>More.</p>', ['meta:markup', 'meta:unbalanced-markup']],
    ['a stray closing tag', 'Lavrov said.</div>', ['meta:markup', 'meta:unbalanced-markup']],
    ['self-closing tags', 'A<x/>B', ['meta:markup']],
  ])('%s', (_n, text, rules) => {
    const found = findMarkup(text);
    expect(found.map((m) => m.ruleId)).toEqual(rules);
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toMatch(/^<.*>$/);
      expect(m.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('positions the unclosed tag', () => {
    const [, unclosed] = findMarkup('<p>ok</p>\n<b>bold');
    expect(unclosed).toMatchObject({ line: 2, column: 1, start: 10, end: 13 });
  });

  it.each([
    ['a long run of "<"', '<'.repeat(1 << 20), 0],
    ['200k open tags then as many closes', '<p>'.repeat(200_000) + '</p>'.repeat(200_000), 1],
    ['200k unmatched closes', '</p>'.repeat(200_000), 2],
  ])('stays linear on %s', (_n, text, n) => {
    expect(findMarkup(text)).toHaveLength(n);
  });
});
