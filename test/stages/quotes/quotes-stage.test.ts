import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc, withLayers, type Doc } from '../../../src/core/doc.js';
import type { Message } from '../../../src/types/annotation.js';
import { quotesStage } from '../../../src/stages/quotes/index.js';
import { layers, ner } from '../../quotes/helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SEED = readFileSync(path.join(ROOT, 'fixtures/articles/tass-2024-11-01-lavrov/article.txt'), 'utf8');

const transform = await quotesStage.init(quotesStage.defaults);

/** A Doc with the pipeline's segmentation plus the given (or the pipeline's) NER. */
function doc(text: string, rows?: Parameters<typeof ner>[1]): Doc {
  const l = layers(text);
  const n = rows ? ner(text, rows) : { mentions: l.mentions, entities: l.entities };
  const d = createDoc({ id: 't', text, source: { path: null, sha256: '0', format: 'stdin-text' } });
  return withLayers(d, { paragraphs: l.paragraphs, sentences: l.sentences, tokens: l.tokens, ...n });
}
function run(d: Doc): { quotes: NonNullable<Doc['quotes']>; messages: Message[] } {
  const messages: Message[] = [];
  const out = transform(d, { report: (m) => messages.push(m) });
  return { quotes: out.quotes ?? [], messages };
}

describe('quotes@1 stage contract', () => {
  it('declares its layers and version', () => {
    expect(quotesStage.name).toBe('quotes');
    expect(quotesStage.version).toBe('1.0.0');
    expect(quotesStage.requires).toEqual(['sentences', 'tokens', 'mentions', 'entities']);
    expect(quotesStage.assigns).toEqual(['quotes']);
  });
});

describe('seed: TASS 2024-11-01 Lavrov', () => {
  const seedNer: Parameters<typeof ner>[1] = [
    ['Vladimir Putin', 'PERSON', 'e1', 'Vladimir Putin', ['Russian President'], 'Russian President'],
    ['Kim Jong Un', 'PERSON', 'e2', 'Kim Jong Un', ['North Korean leader'], 'North Korean leader'],
    ['Sergey Lavrov', 'PERSON', 'e3', 'Sergey Lavrov', ['Russian Foreign Minister'], 'Russian Foreign Minister'],
    ['Putin', 'PERSON', 'e1', 'Vladimir Putin', []],
    ['Lavrov', 'PERSON', 'e3', 'Sergey Lavrov', []],
    ['Joseph Stalin', 'PERSON', 'e4', 'Joseph Stalin', ['Soviet leader'], 'Soviet leader'],
  ];
  const { quotes } = run(doc(SEED, seedNer));
  it('has exactly three claims', () => expect(quotes).toHaveLength(3));
  it.each([
    [0, 'indirect', 'The agreements between', 'as a whole', 'Russian Foreign Minister Sergey Lavrov', 'said', 'name'],
    [1, 'direct', '"After the historic summit', 'as a whole,"', 'the top diplomat', 'said', 'description'],
    [2, 'mixed', 'that today relations', 'concerned."', 'Lavrov', 'pointed out', 'name'],
  ] as const)('claim %i: %s', (i, kind, starts, ends, speaker, cue, by) => {
    const q = quotes[i]!;
    expect(q.kind).toBe(kind);
    expect(q.content.text.startsWith(starts)).toBe(true);
    expect(q.content.text.endsWith(ends)).toBe(true);
    expect(q.speaker).toMatchObject({ text: speaker, entity: 'e3', name: 'Sergey Lavrov', resolvedBy: by });
    expect(q.cue?.text).toBe(cue);
    expect(q.by.startsWith('quotes@1/')).toBe(true);
  });
});

describe('invariants', () => {
  const check = (text: string) => {
    const { quotes, messages } = run(doc(text));
    for (const q of quotes) {
      for (const s of [q.content, ...(q.content.fragments ?? []), q.speaker, q.cue]) {
        if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
      }
      expect(q.id).toMatch(/^q\d+$/);
    }
    for (const m of messages) expect(m.ruleId.startsWith('quotes:')).toBe(true);
  };
  it.each([
    ['seed', SEED],
    ['odd marks', '"a "b" c" d " e, he said. "'],
    ['only marks', '“”“”«»‘’\'\'""'],
    ['cue words only', 'said said, said: "said," said said according to'],
    ['empty', ''],
  ])('offsets slice to their text: %s', (_n, text) => check(text));

  it('never throws on random or adversarial strings', () => {
    const alphabet = fc.constantFrom(...'ab ,.:;-—"“”«»‘’\'\n'.split(''), ' said ', ' he ', ' that ', 'According to ', ' Lavrov ', ' told reporters ');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (text) => {
      check(text);
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => { check(text); }), { numRuns: 200 });
  });
});
