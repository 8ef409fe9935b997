import { fileURLToPath } from 'node:url';
/** Header spans (metadata line, dateline, byline) become sentences of their own; body sentences never cross them. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerSpan, segment } from './helpers.js';

/** The whole seed article (shared input, read when present); its first line is inlined below. */
// The seed's copy in fixtures/ (see its SOURCE.md), so the test never depends on files outside the repo.
const SEED = fileURLToPath(new URL('../../../fixtures/articles/tass-2024-11-01-lavrov/article.txt', import.meta.url));
/** First line of the seed (TASS, 2024-11-01): metadata line, dateline and body share one line. */
const SEED_FIRST_LINE = ' date 2024-11-01 MOSCOW, November 1. /TASS/. The agreements between Russian President Vladimir Putin and North Korean leader Kim Jong Un are already being implemented for the benefit of the peoples of the countries and the Eurasian continent as a whole, Russian Foreign Minister Sergey Lavrov said.';

describe('headers', () => {
  it.each([
    ['the seed first line', SEED_FIRST_LINE],
    ['the seed first line followed by a paragraph', `${SEED_FIRST_LINE}

"We will win. They know it," he said.`],
  ])('splits %s into metadata line, dateline, then body', (_name, text) => {
    const header = [headerSpan(text, ' date 2024-11-01', 'metadata-line'), headerSpan(text, 'MOSCOW, November 1. /TASS/.', 'dateline')];
    expect(header[0]!.start).toBe(0);
    const { doc, messages } = segment(text, header);
    expect(messages).toEqual([]);
    const first = doc.sentences!.filter((s) => s.paragraph === 0);
    expect(first.map((s) => [s.header ?? 'body', s.text])).toEqual([
      ['metadata-line', 'date 2024-11-01'],
      ['dateline', 'MOSCOW, November 1. /TASS/.'],
      ['body', 'The agreements between Russian President Vladimir Putin and North Korean leader Kim Jong Un are already being implemented for the benefit of the peoples of the countries and the Eurasian continent as a whole, Russian Foreign Minister Sergey Lavrov said.'],
    ]);
    expect(doc.tokens!.slice(first[0]!.tokenStart, first[1]!.tokenEnd).map((t) => t.text)).toEqual(['date', '2024-11-01', 'MOSCOW', ',', 'November', '1', '.', '/', 'TASS', '/', '.']);
    expect(doc.sentences!.filter((s) => s.paragraph === 1).length).toBeLessThanOrEqual(1);
  });

  it('segments the whole seed article', () => {
    const text = readFileSync(SEED, 'utf8');
    const header = [headerSpan(text, ' date 2024-11-01', 'metadata-line'), headerSpan(text, 'MOSCOW, November 1. /TASS/.', 'dateline')];
    const { doc } = segment(text, header);
    expect(doc.sentences!.slice(0, 2).map((s) => s.header)).toEqual(['metadata-line', 'dateline']);
    // The multi-sentence quote with attribution (paragraph 1) is one sentence.
    expect(doc.sentences!.filter((s) => s.paragraph === 1)).toHaveLength(1);
    expect(doc.paragraphs).toHaveLength(6);
    expect(doc.sentences!.filter((s) => s.header === undefined)).toHaveLength(11);
  });

  it.each([
    ['a byline line', 'By John Smith\n\nMOSCOW (Reuters) - Talks began. They ended.', [['By John Smith', 'byline'], ['MOSCOW (Reuters) -', 'dateline']],
      [['byline', 'By John Smith'], ['dateline', 'MOSCOW (Reuters) -'], ['body', 'Talks began.'], ['body', 'They ended.']]],
    ['a dateline whose period would not end a sentence', 'WASHINGTON, Nov. 1. The U.S. said.', [['WASHINGTON, Nov. 1.', 'dateline']],
      [['dateline', 'WASHINGTON, Nov. 1.'], ['body', 'The U.S. said.']]],
    ['a header glued to the body (token forced to split)', 'MOSCOW/TASS/The talks began.', [['MOSCOW/TASS/', 'dateline']],
      [['dateline', 'MOSCOW/TASS/'], ['body', 'The talks began.']]],
    ['a header in the middle of a line', 'Talks began MOSCOW, Nov. 1 /TASS/ and ended.', [['MOSCOW, Nov. 1 /TASS/', 'dateline']],
      [['body', 'Talks began'], ['dateline', 'MOSCOW, Nov. 1 /TASS/'], ['body', 'and ended.']]],
    ['a whitespace-padded header span', 'x\n\n  date 2024-01-01  \nText.', [['  date 2024-01-01  ', 'metadata-line']],
      [['body', 'x'], ['metadata-line', 'date 2024-01-01'], ['body', 'Text.']]],
  ] as const)('handles %s', (_name, text, spans, expected) => {
    const { doc } = segment(text, spans.map(([needle, kind]) => headerSpan(text, needle, kind)));
    expect(doc.sentences!.map((s) => [s.header ?? 'body', s.text])).toEqual(expected);
  });

  it('cuts a header that crosses a paragraph break, with a warning', () => {
    const text = 'By John\n\nSmith. Talks began.';
    const { doc, messages } = segment(text, [{ start: 0, end: 15, text: 'By John\n\nSmith.', kind: 'byline' }]);
    expect(doc.sentences!.map((s) => [s.paragraph, s.header ?? 'body', s.text])).toEqual([
      [0, 'byline', 'By John'], [1, 'byline', 'Smith.'], [1, 'body', 'Talks began.'],
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual(['segment:header-crosses-paragraph']);
  });

  it.each([
    ['out of range', [{ start: 50, end: 60, text: '', kind: 'byline' as const }], ['segment:header-empty']],
    ['overlapping', [{ start: 0, end: 5, text: 'Hello', kind: 'byline' as const }, { start: 2, end: 8, text: 'llo wo', kind: 'dateline' as const }], ['segment:header-overlap']],
    ['text mismatch', [{ start: 0, end: 5, text: 'Howdy', kind: 'byline' as const }], ['segment:header-text-mismatch']],
    ['not an integer', [{ start: 0.5, end: 5, text: 'Hello', kind: 'byline' as const }], ['segment:header-invalid']],
  ])('reports a malformed header span (%s) and never throws', (_name, spans, rules) => {
    const { doc, messages } = segment('Hello world. Bye.', spans);
    expect(messages.map((m) => m.ruleId)).toEqual(rules);
    expect(doc.tokens!.map((t) => t.text).join(' ')).toBe('Hello world . Bye .');
  });

  it('widens a header boundary that would split a surrogate pair', () => {
    const text = 'A😀B. Next.';
    const { doc } = segment(text, [{ start: 0, end: 2, text: 'A\ud83d', kind: 'byline' }]);
    expect(doc.sentences![0]).toMatchObject({ header: 'byline', text: 'A😀' });
    for (const t of doc.tokens!) expect(t.text).toBe(text.slice(t.start, t.end));
  });
});
