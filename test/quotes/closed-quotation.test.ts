import { describe, expect, it } from 'vitest';
import { endAtClosedQuotation } from '../../src/quotes/assemble.js';
import { buildView } from '../../src/quotes/view.js';
import { layers } from './helpers.js';

describe('a tagger content that opens with a closed quotation', () => {
  /** endAtClosedQuotation on the token range of `content` (a substring of `text`); returns the text kept. */
  function cut(text: string, content: string): string {
    const l = layers(text);
    const v = buildView(text, l.tokens, l.sentences);
    const s = text.indexOf(content);
    const a = v.tokens.findIndex((t) => t.start === s);
    const b = v.tokens.findIndex((t) => t.end === s + content.length) + 1;
    const r = endAtClosedQuotation(v, { a, b });
    return text.slice(v.tokens[r.a]!.start, v.tokens[r.b - 1]!.end);
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
