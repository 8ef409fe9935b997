import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDoc, withLayers, type Doc } from '../../../src/core/doc.js';
import type { Message, Meta } from '../../../src/types/annotation.js';
import { timexesStage, TIMEXES_DEFAULTS } from '../../../src/stages/timexes/index.js';

// The seed's copy in fixtures/ (see its SOURCE.md): the test never depends on files outside the repo.
const SEED = fileURLToPath(new URL('../../../fixtures/articles/tass-2024-11-01-lavrov/article.txt', import.meta.url));

/** A Doc with a hand-built meta layer (the meta stage is tested on its own). */
function docWith(text: string, dct: Meta['dct']): Doc {
  const doc = createDoc({ id: 'd', text, source: { path: null, sha256: createHash('sha256').update(text).digest('hex'), format: 'stdin-text' } });
  const meta: Meta = { dct, dateline: null, agency: null, byline: null, title: null, header: [], body: { start: 0, end: text.length, text } };
  return withLayers(doc, { meta, sentences: [], tokens: [] });
}

async function run(doc: Doc): Promise<{ doc: Doc; messages: Message[] }> {
  const transform = await timexesStage.init(TIMEXES_DEFAULTS);
  const messages: Message[] = [];
  return { doc: transform(doc, { report: (m) => messages.push(m) }), messages };
}

describe('timexes stage declaration', () => {
  it('is timexes@1, needs meta/sentences/tokens, assigns timexes', () => {
    expect(timexesStage.name).toBe('timexes');
    expect(timexesStage.version).toBe('1.0.0');
    expect(timexesStage.requires).toEqual(['meta', 'sentences', 'tokens']);
    expect(timexesStage.assigns).toEqual(['timexes']);
  });
});

describe('the seed dispatch: all fourteen expressions', () => {
  const text = readFileSync(SEED, 'utf8');
  const at = text.indexOf('2024-11-01');
  const dct: Meta['dct'] = { value: '2024-11-01', source: 'metadata-line', span: { start: at, end: at + 10, text: '2024-11-01' } };
  const expected: [string, string, Record<string, unknown>?][] = [
    ['2024-11-01', '2024-11-01', { metadata: true, anchor: null }],
    ['November 1', '2024-11-01'],
    ['last fall', '2023-FA', { anchor: { kind: 'dct' } }],
    ['this year', '2024'],
    ['1949', '1949'],
    ['today', '2024-11-01'],
    ['June 18-19', '2024-06-18', { range: { begin: '2024-06-18', end: '2024-06-19' } }],
    ['March 3 to 25, 1949', '1949-03-03', { range: { begin: '1949-03-03', end: '1949-03-25' } }],
    ['April 1950', '1950-04'],
    ['1948', '1948'],
    ['June 1950', '1950-06'],
    ['1953', '1953'],
    ['now', 'PRESENT_REF'],
    ['this day', 'PRESENT_REF'],
  ];

  it.each(expected)('%s → %s', async (extent, value, extra) => {
    const { doc } = await run(docWith(text, dct));
    const hits = doc.timexes!.filter((t) => t.text === extent);
    expect(hits.length, JSON.stringify(doc.timexes)).toBeGreaterThan(0);
    const t = hits[0]!;
    expect(t.value).toBe(value);
    if (extra) expect(t).toMatchObject(extra);
  });

  it('finds exactly those fourteen, with ids t1..t14 in text order and spans that slice', async () => {
    const { doc, messages } = await run(docWith(text, dct));
    const timexes = doc.timexes!;
    expect(timexes.map((t) => t.text).sort()).toEqual(expected.map(([e]) => e).sort());
    expect(timexes.map((t) => t.id)).toEqual(timexes.map((_, i) => `t${i + 1}`));
    for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(timexes.every((t) => t.by.startsWith('timexes@1/'))).toBe(true);
    expect(messages).toEqual([]);
  });
});

describe('stage behaviour', () => {
  it('without a DCT leaves relative values underspecified', async () => {
    const { doc } = await run(docWith('The treaty was signed on June 18 and is now in force.', null));
    expect(doc.timexes!.map((t) => [t.text, t.value, t.anchor])).toEqual([
      ['June 18', 'XXXX-06-18', null],
      ['now', 'PRESENT_REF', null],
    ]);
  });

  it('re-points "a day later" at the id of the timex it was resolved against', async () => {
    const { doc } = await run(docWith('Talks began on March 3, 1949. A day later they ended.', { value: '2024-11-01', source: 'cli' }));
    const later = doc.timexes!.find((t) => t.text === 'A day later')!;
    expect(later.value).toBe('1949-03-04');
    expect(later.anchor).toEqual({ kind: 'timex', timex: 't1' });
  });

  it('warns about an unusable DCT and carries on without it', async () => {
    const { doc, messages } = await run(docWith('It happened yesterday.', { value: 'soon', source: 'record' }));
    expect(doc.timexes!.map((t) => t.value)).toEqual(['XXXX-XX-XX']);
    expect(messages.map((m) => m.ruleId)).toEqual(['timexes:dct-unusable']);
  });

  it('does not add a metadata timex when the DCT came from outside the text', async () => {
    const { doc } = await run(docWith('Markets rallied on Friday.', { value: '2024-11-04', source: 'cli' }));
    expect(doc.timexes!.some((t) => t.metadata)).toBe(false);
    expect(doc.timexes!.map((t) => t.value)).toEqual(['2024-11-01']);
  });
});

describe('timexes stage: provenance', () => {
  it.each([
    ['a clock time joined with the day after it', 'The vote closes at 9 a.m. Tuesday, officials said.', 'timexes@1/time-ampm/'],
    ['a clock time and a full date', 'Polls close at 10 p.m. Nov. 9, 2003.', 'timexes@1/time-ampm/'],
  ])('%s gets a `by` that matches the schema', async (_n, text, byPrefix) => {
    const { buildPipeline } = await import('../../../src/core/pipeline.js');
    const { loadPipelineSpec } = await import('../../../src/pipelines/load.js');
    const { registry } = await import('../../../src/stages/registry.js');
    const pipeline = await buildPipeline(loadPipelineSpec('news'), registry);
    const doc = pipeline.run({ id: 'x', text, source: { path: null, sha256: '0'.repeat(64), format: 'stdin-text' }, dct: { value: '2003-03-01', source: 'cli' } });
    expect(doc.timexes!.length).toBeGreaterThan(0);
    for (const t of doc.timexes!) expect(t.by).toMatch(/^[a-z][a-z0-9-]*@[0-9]+(\/[A-Za-z0-9._:-]+)*$/);
    // The joined timex names both rules.
    expect(doc.timexes!.some((t) => t.by.startsWith(byPrefix) && t.type === 'TIME')).toBe(true);
  });
});
