import { describe, expect, it } from 'vitest';
import { endAtClosedQuotation } from '../../src/quotes/assemble.js';
import { rangeText, viewRange } from './helpers.js';

describe('a tagger content that opens with a closed quotation', () => {
  /** endAtClosedQuotation on the token range of `content` (a substring of `text`); returns the text kept. */
  function cut(text: string, content: string): string {
    const { v, range } = viewRange(text, content);
    return rangeText(v, endAtClosedQuotation(v, range));
  }
  it.each([
    // [name, text, content given, content kept]
    ['ends at a quotation closed by ! or ?', 'The crowd chanted "Open the gates!" until the guards left.', '"Open the gates!" until the guards left', '"Open the gates!"'],
    ['ends at a quotation closed by a period', 'She wrote "We are done." and the talks stopped.', '"We are done." and the talks stopped', '"We are done."'],
    ['keeps words after a quotation closed by a comma', 'He said "We are done," which surprised the board.', '"We are done," which surprised the board', '"We are done," which surprised the board'],
    ['keeps words after a quotation without punctuation', 'They urged voters to "stay home" on the day of the vote.', '"stay home" on the day of the vote', '"stay home" on the day of the vote'],
    ['keeps a content that opens before the quotation', 'They urged voters to "stay home." and left.', 'voters to "stay home." and left', 'voters to "stay home." and left'],
  ] as const)('%s', (_n, text, content, want) => {
    expect(cut(text, content)).toBe(want);
  });
});
