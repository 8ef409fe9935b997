import { describe, expect, it } from 'vitest';
import { RANGE_CONNECTORS } from '../../../src/stages/timexes/ranges.js';
import { shippedPipeline, textInput } from '../../helpers.js';

async function timexes(text: string, dct: string | null = '2024-11-01') {
  return (await shippedPipeline()).run(textInput(text, 't', dct ?? undefined)).timexes!;
}

describe('two-timex ranges', () => {
  it.each([
    ['The war lasted from 1950 until 1953.', ['1950', '1953']],
    ['Talks ran between May and July, officials said.', ['2024-05', '2024-07']],
    ['Prices rose in 2009-2010.', ['2009', '2010']],
    ['It was open from March 3 to March 9, 2023.', ['2023-03-03', '2023-03-09']],
  ])('%s', async (text, [begin, end]) => {
    const [a, b] = (await timexes(text)).filter((t) => t.range?.timexes);
    expect(a!.range).toEqual({ begin, end, timexes: [a!.id, b!.id] });
    expect(b!.range).toEqual(a!.range);
  });

  it.each([
    ['two dates in a list', 'Meetings took place in 1950 and 1953.'],
    ['a reversed pair', 'He served from 1960 to 1955, the record wrongly says.'],
    ['a duration end', 'It ran from 1950 for three years.'],
  ])('no range for %s', async (_n, text) => {
    expect((await timexes(text)).some((t) => t.range?.timexes)).toBe(false);
  });

  it('links year-less ends without a DCT', async () => {
    const linked = (await timexes('Talks ran between May and July.', null)).filter((t) => t.range?.timexes);
    expect(linked.map((t) => t.value)).toEqual(['XXXX-05', 'XXXX-07']);
  });

  it.each(RANGE_CONNECTORS.map((c) => [c.id, c.example] as const))('connector %s: its example links', async (_id, example) => {
    expect((await timexes(`It happened ${example}.`)).filter((t) => t.range?.timexes)).toHaveLength(2);
  });
});
