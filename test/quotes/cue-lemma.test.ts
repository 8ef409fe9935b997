import { describe, expect, it } from 'vitest';
import { cueLemma, LEMMA_AUXILIARIES, LEMMA_LEADING_WORDS } from '../../src/quotes/cue-lemma.js';
import { extractText } from './helpers.js';

describe('cue lemma of a cue outside the lexicon', () => {
  it.each([
    // [cue words, lemma]
    [['criticized'], 'criticize'],
    [['has', 'been', 'pushing', 'for'], 'push for'],
    [['also', 'sought'], 'seek'],
    [['expressed', 'concern', 'about'], 'express concern about'],
    [['went', 'on'], 'go on'],
    [['did', 'apologize', 'to'], 'apologize to'],
    [['would', 'not', 'comment', 'on'], 'comment on'],
    // Only the first word is lemmatized; a main verb have/be stays (as its lemma).
    [['spent', 'time', 'talking', 'about'], 'spend time talking about'],
    [['have', 'a', 'message', 'for'], 'have a message for'],
    [['was', 'upfront', 'about'], 'be upfront about'],
    // Negative rows: a noun, a form the table does not know and a cue of a modal only keep their words.
    [['criticism', 'of'], 'criticism of'],
    [['tweeted'], 'tweeted'],
    [['will'], 'will'],
  ] as const)('%j → %s', (words, lemma) => {
    expect(cueLemma(words)).toBe(lemma);
  });

  it.each([['would', true], ['repeatedly', true], ['has', false], ['said', false], ['for', false]] as const)('leading word %s: %s', (w, dropped) => {
    expect(LEMMA_LEADING_WORDS.has(w)).toBe(dropped);
  });

  it.each([['has', true], ['been', true], ['did', true], ['would', false], ['said', false]] as const)('auxiliary %s: %s', (w, aux) => {
    expect(LEMMA_AUXILIARIES.has(w)).toBe(aux);
  });

  it.each([
    // [case, text, the cue lemma of the claim on `cue`]
    ['an unlisted verb before a colon', 'The senator gloated: "We won the vote."', 'gloated:', 'gloat'],
    ['a lexicon verb keeps its entry lemma', 'The senator said: "We won the vote."', 'said:', 'say'],
  ] as const)('through the extractor: %s', (_case, text, cue, lemma) => {
    const { quotes } = extractText(text);
    const q = quotes.find((x) => x.cue?.text === cue);
    expect(q?.cue?.lemma).toBe(lemma);
  });
});
