/**
 * Large adversarial inputs finish (linear time, no hang, no throw) and still satisfy the invariants.
 * Timeouts are generous on purpose: the point is "no hang", not speed (speed is measured by hand, see
 * speed.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { segment } from './helpers.js';
import { checkSegmentation } from './invariants.js';

const MB = 1 << 20;
const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** Deterministic pseudo-random UTF-16 units (xorshift), lone surrogates and controls included. */
function noise(size: number, seed = 42): string {
  const codes = new Array<number>(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    codes[i] = (x >>> 0) % 0x10000;
  }
  let out = '';
  for (let i = 0; i < size; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

describe('robustness on large adversarial inputs', () => {
  it.each([
    ['1 MB of straight double quotes', fill('"')],
    ['1 MB of periods', fill('.')],
    ['1 MB of letters without spaces', fill('abcdefghij')],
    ['1 MB of words joined by periods', fill('word.')],
    ['1 MB of acronym periods', fill('A.')],
    ['1 MB of alternating quote families', fill('"\'')],
    ['1 MB of curly quotes', fill('“‘”’')],
    ['1 MB of apostrophes after s', fill("s'")],
    ['1 MB of clitics', fill("n't's")],
    ['1 MB of hyphens', fill('-')],
    ['1 MB of hyphenated digits', fill('1-')],
    ['1 MB of thousands separators', fill('1,000')],
    ['1 MB of closing brackets after a stop', fill('.)')],
    ['1 MB of question marks and quotes', fill('?"')],
    ['1 MB of ellipses and quotes', fill('…"')],
    ['1 MB URL', `http://${fill('a/')}`],
    ['1 MB of at signs', fill('@a')],
    ['1 MB of ZWJ emoji chain', fill('😀\u200d')],
    ['1 MB of regional indicators', fill('🇷')],
    ['1 MB of lone high surrogates', fill('\ud800')],
    ['1 MB of control characters', fill('\u0000\u0001')],
    ['1 MB of combining marks', fill('\u0301')],
    ['1 MB of CR', fill('\r')],
    ['1 MB of blank lines', fill('a\n \n')],
    ['1 MB single line of sentences', fill('The U.S. said "We will win. They know it," he said. ')],
    ['1 MB of random UTF-16', noise(MB)],
  ])('%s', (_name, text) => {
    const { doc } = segment(text);
    checkSegmentation(doc);
    expect(doc.tokens!.length > 0).toBe(/\S/.test(text));
  }, 120_000);

  it('1 MB of quote marks inside one header span', () => {
    const text = fill('"', 64 * 1024);
    const { doc } = segment(text, [{ start: 10, end: 20_000, text: text.slice(10, 20_000), kind: 'byline' }]);
    checkSegmentation(doc);
    expect(doc.sentences!.filter((s) => s.header === 'byline')).toHaveLength(1);
  }, 120_000);
});

describe('the invariant checker', () => {
  it.each([
    ['a token that does not slice', (d: ReturnType<typeof segment>['doc']) => ({ ...d, tokens: d.tokens!.map((t, i) => (i === 0 ? { ...t, text: 'x' } : t)) })],
    ['a missing token', (d: ReturnType<typeof segment>['doc']) => ({ ...d, tokens: d.tokens!.slice(1) })],
    ['sentences that do not cover every token', (d: ReturnType<typeof segment>['doc']) => ({ ...d, sentences: d.sentences!.slice(0, 1) })],
  ])('rejects %s', (_name, breakIt) => {
    const { doc } = segment('He came. She left.');
    expect(() => checkSegmentation(doc)).not.toThrow();
    expect(() => checkSegmentation(breakIt(doc))).toThrow();
  });
});
