/** The canonical seed dispatch: what the foundation must get right about it, stated explicitly. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/core/doc.js';
import { ROOT, shippedPipeline, textInput } from '../helpers.js';

const text = readFileSync(path.join(ROOT, 'fixtures/articles/tass-2024-11-01-lavrov/article.txt'), 'utf8');
let doc: Doc;
beforeAll(async () => { doc = (await shippedPipeline()).run(textInput(text, 'seed')); });

describe('seed: metadata', () => {
  it('reads the dispatch date from the metadata line', () => {
    expect(doc.meta?.dct).toMatchObject({ value: '2024-11-01', source: 'metadata-line' });
    expect(doc.meta?.dct?.span?.text).toBe('2024-11-01');
  });
  it('reads the dateline place and agency', () => {
    expect(doc.meta?.dateline?.place.text).toBe('MOSCOW');
    expect(doc.meta?.dateline?.text).toBe('MOSCOW, November 1. /TASS/.');
    expect(doc.meta?.agency).toBe('TASS');
  });
  it('starts the body at the first sentence, not at the header', () => {
    expect(doc.meta?.body.text.startsWith('The agreements between Russian President')).toBe(true);
    expect(doc.meta?.header.map((h) => h.kind)).toEqual(['metadata-line', 'dateline']);
  });
});

describe('seed: segmentation', () => {
  it('has six paragraphs', () => expect(doc.paragraphs).toHaveLength(6));
  it('puts header spans in sentences of their own, then eleven body sentences', () => {
    const sentences = doc.sentences ?? [];
    expect(sentences.filter((s) => s.header).map((s) => s.header)).toEqual(['metadata-line', 'dateline']);
    const body = sentences.filter((s) => !s.header);
    expect(body).toHaveLength(11);
    expect(body[0]!.text.endsWith('Sergey Lavrov said.')).toBe(true);
    // The direct quote holds two sentences but is one sentence with its attribution.
    expect(body[1]!.text.startsWith('"After the historic summit')).toBe(true);
    expect(body[1]!.text.endsWith('visit to the USSR in 1949.')).toBe(true);
    // "U.S. control." ends a sentence without splitting "U.S.".
    expect(body.some((s) => s.text.endsWith('which was under U.S. control.'))).toBe(true);
  });
  it.each([
    ['Putin', "'s", undefined],
    ['country', '’s', "'s"],
    ['Korea', '’s', "'s"],
  ])('splits the possessive of %s', (word, clitic, norm) => {
    const tokens = doc.tokens ?? [];
    const i = tokens.findIndex((t, k) => t.text === word && tokens[k + 1]?.text === clitic);
    expect(i).toBeGreaterThan(-1);
    expect(tokens[i + 1]!.kind).toBe('clitic');
    expect(tokens[i + 1]!.norm).toBe(norm);
  });
  it('makes quote marks tokens of their own', () => {
    expect((doc.tokens ?? []).filter((t) => t.kind === 'quote').map((t) => t.text)).toEqual(['"', '"', '"', '"']);
  });
  it('keeps U.S. and 18-19 intact enough to read', () => {
    const texts = (doc.tokens ?? []).map((t) => t.text);
    expect(texts).toContain('U.S.');
    expect(texts).toContain('18');
    expect(texts).toContain('19');
  });
});
