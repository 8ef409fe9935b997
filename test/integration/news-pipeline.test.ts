/** Cross-stage behaviour of the shipped `news` pipeline, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { shippedPipeline, textInput } from '../helpers.js';

describe('dateline agencies are organizations', () => {
  it.each([
    ['NAIROBI, Kenya (AP) _ Heavy rains hit the west on Monday, officials said.', 'AP'],
    ['WASHINGTON (Reuters) - The Senate passed the bill, aides said.', 'Reuters'],
    ['MOSCOW, November 1. /TASS/. The talks went well, the minister said.', 'TASS'],
    ['PARIS (AFP) - Ministers met on Friday.', 'AFP'],
  ])('%s', async (text, agency) => {
    const doc = (await shippedPipeline()).run(textInput(text));
    const m = doc.mentions!.find((x) => x.text === agency);
    expect(m?.type).toBe('ORG');
  });
});

describe('speakers named only through a nationality stay unresolved', () => {
  it.each([
    ['A spokesman for the Dutch government said on Wednesday that talks would go on.', 'A spokesman for the Dutch government'],
    ['A French diplomat said the deal was close.', 'A French diplomat'],
  ])('%s', async (text, speaker) => {
    const doc = (await shippedPipeline()).run(textInput(text, 't', '2024-03-01'));
    const q = doc.quotes!.find((x) => x.speaker?.text === speaker);
    expect(q).toBeDefined();
    expect(q!.speaker!.entity).toBeNull();
  });
});
