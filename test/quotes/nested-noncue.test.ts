import { describe, expect, it } from 'vitest';
import { NON_CUES, nonCueOf } from '../../src/quotes/non-cues.js';
import { speechVerbTest } from '../../src/quotes/nested.js';
import { compileLexicon } from '../../src/quotes/lexicon.js';
import { extractText, viewRange } from './helpers.js';

/** nonCueOf on the cue span `cue` (a substring of `text`). */
function nonCue(text: string, cue: string): string | null {
  const { v, range } = viewRange(text, cue);
  return nonCueOf(v, range, speechVerbTest(compileLexicon()))?.id ?? null;
}

describe('non-cue verbs', () => {
  it.each(NON_CUES.map((n) => [n.id, n.example] as const))('%s: the verb of its example is recognized', (id, text) => {
    const n = NON_CUES.find((x) => x.id === id)!;
    const verb = text.split(/\s+/).find((w) => n.forms.includes(w.toLowerCase()))!;
    expect(nonCue(text, `${verb} to`)).toBe(id);
  });

  it.each([
    // [sentence, cue span, non-cue id or null]
    ['The ministers failed to agree on a cap.', 'failed to', 'noncue:fail'],
    ['The crew has twice attempted to land.', 'has twice attempted to', 'noncue:attempt'],
    ['She tried to argue that the vote was fair.', 'tried to argue', null],
    ['He failed to mention the deficit.', 'failed to mention', null],
    ['The ministers failed to agree on a cap.', 'failed to agree on', 'noncue:fail'],
    ['Officials said the plan failed.', 'said', null],
  ] as const)('%s [%s]', (text, cue, want) => {
    expect(nonCue(text, cue)).toBe(want);
  });

  it('keeps a speech claim next to an event verb', () => {
    const qs = extractText('The ministers failed to agree on a cap, and Novak said talks would resume next week.').quotes;
    expect(qs.map((q) => q.cue?.text)).toEqual(['said']);
  });
});

describe('nested claims', () => {
  it.each([
    // [name, text, [speaker, cue, content] of each claim in text order]
    ['speech claim inside an according-to claim',
      'A spokesman for the city said on Monday that it remained "ready to talk," according to the local radio station.',
      [['the local radio station', 'according to', 'A spokesman for the city said on Monday that it remained "ready to talk,"'],
        ['A spokesman for the city', 'said on Monday', 'that it remained "ready to talk,"']]],
    ['indirect speech claim inside an according-to claim',
      'The mayor told reporters the bridge would reopen in May, according to the council minutes.',
      [['the council minutes', 'according to', 'The mayor told reporters the bridge would reopen in May'],
        ['The mayor', 'told', 'the bridge would reopen in May']]],
  ] as const)('%s', (_n, text, want) => {
    const qs = extractText(text).quotes;
    expect(qs.map((q) => [q.speaker?.text, q.cue?.text, q.content.text])).toEqual(want);
    for (const q of qs) expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
  });

  it.each([
    ['a stance verb is not nested', 'Residents believe the water is safe, according to a survey by the council.'],
    ['no inner claim', 'The bridge will reopen in May, according to the council.'],
  ])('%s: one claim', (_n, text) => {
    expect(extractText(text).quotes).toHaveLength(1);
  });
});
