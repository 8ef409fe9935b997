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
    ['nested single closed with the double', '“They told us, ‘Keep the lights on,’” the clerk said.', ['“They told us, ‘Keep the lights on,’”'], []],
    ['nested single ending a sentence', '“The sign read ‘closed for good.’”\n\nShe left.', ['“The sign read ‘closed for good.’”'], []],
    ['apostrophe of a year inside a quote', '“Winning in ‘08 was easier than in ‘12,” he said.', ['“Winning in ‘08 was easier than in ‘12,”'], []],
    ['opening glyph typed as closer', 'The mayor called the plan “reckless“ on Monday.', ['“reckless“'], []],
    ['opening glyph at paragraph end', '“We will see about that. “\n\nThe vote is Friday.', ['“We will see about that. “'], []],
    ['closing glyph typed as opener', 'She wanted aides to ”stay out of it” for now.', ['”stay out of it”'], []],
    ['split quote with curly marks', '“Not today,” she said, “maybe tomorrow.”', ['“Not today,”', '“maybe tomorrow.”'], []],
    ['doubled apostrophes as double marks', "''We are ready,'' the mayor said. ''Are you?''", ["''We are ready,''", "''Are you?''"], []],
    ['doubled apostrophes around a nested single', "''I would call it 'a stretch,''' she said.", ["''I would call it 'a stretch,'''"], []],
    ['markup attributes are not quotations', '<tweet author="someone" date="2016">Vote early</tweet> He said "soon" twice.', ['"soon"'], []],
    ['straight marks with nested single', '"He kept saying \'no comment,\'" the aide said.', ['"He kept saying \'no comment,\'"'], []],
  ] as const)('%s', (_name, text, expected, unbalanced) => {
    const r = regions(text);
    expect(r.texts).toEqual(expected);
    expect(r.unbalanced).toEqual(unbalanced);
  });
});
