import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

describe('quotation followed by a dash and a source name', () => {
  it.each([
    // [name, text, content, speaker, cue]
    ['horizontal bar after the quotation', '“The river has never been this high in my lifetime.” ― Ana Ruiz', '“The river has never been this high in my lifetime.”', 'Ana Ruiz', '―'],
    ['no space before the bar, initial in the name', '“Nobody listened to us for years.”― Olga P. Petrova', '“Nobody listened to us for years.”', 'Olga P. Petrova', '―'],
    ['dash opening the next paragraph, name ends at the comma', '"The whole town came out to help with sandbags."\n\n-Mayor Tom Reed, speaking on the radio.', '"The whole town came out to help with sandbags."', 'Mayor Tom Reed', '-'],
    ['em dash, name then a period', '“We will rebuild every single bridge.” — Jan Novak.', '“We will rebuild every single bridge.”', 'Jan Novak', '—'],
  ] as const)('%s', (_n, text, content, speaker, cue) => {
    const qs = extractText(text).quotes;
    expect(qs).toHaveLength(1);
    const q = qs[0]!;
    expect([q.content.text, q.speaker?.text, q.cue?.text, q.kind, q.by]).toEqual([content, speaker, cue, 'direct', 'quotes@1/quote-dash-speaker']);
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe(q.speaker!.text);
  });

  it.each([
    ['lower-case words after the dash', '“We will rebuild every single bridge” — and nobody in the hall disagreed.'],
    ['a verb after the name', '“We will rebuild every single bridge.” — Novak promised the crowd on Monday.'],
    ['a quoted title', 'They watched “Morning Edition” — Ana Ruiz, the host, was away.'],
    ['a short quoted phrase', 'It was “a disaster” - Novak Group, the builder, said nothing.'],
  ])('no dash claim: %s', (_n, text) => {
    for (const q of extractText(text).quotes) expect(q.by).not.toBe('quotes@1/quote-dash-speaker');
  });
});
