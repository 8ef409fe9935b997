/** The stage contract: declaration, options validated by the pipeline builder, determinism. */
import { describe, expect, it } from 'vitest';
import { buildPipeline } from '../../../src/core/pipeline.js';
import { withLayers } from '../../../src/core/doc.js';
import type { Stage } from '../../../src/core/stage.js';
import type { Meta } from '../../../src/types/annotation.js';
import type { PipelineSpec } from '../../../src/types/pipeline.js';
import { segmentStage, isSpaceCode } from '../../../src/stages/segment/index.js';
import { segment } from './helpers.js';

/** A stand-in for the meta stage: no header, body = whole text. */
const fakeMeta: Stage<object> = {
  name: 'fakemeta', version: '1.0.0', description: 'test meta', requires: [], assigns: ['meta'],
  defaults: {}, optionsSchema: { type: 'object', additionalProperties: false },
  init: () => (doc) => {
    const meta: Meta = { dct: null, dateline: null, agency: null, byline: null, title: null, header: [], body: { start: 0, end: doc.text.length, text: doc.text } };
    return withLayers(doc, { meta });
  },
};
const registry: Stage<object>[] = [fakeMeta, segmentStage];
const spec = (options?: object): PipelineSpec => ({ name: 't', stages: [{ use: 'fakemeta@1' }, { use: 'segment@1', ...(options ? { options } : {}) }] });
const input = (text: string) => ({ id: 'x', text, source: { path: null, sha256: '0'.repeat(64), format: 'txt' as const } });

describe('segment stage', () => {
  it('declares its contract', () => {
    expect(segmentStage).toMatchObject({ name: 'segment', version: '1.0.0', requires: ['meta'], assigns: ['paragraphs', 'sentences', 'tokens'] });
    expect(segmentStage.defaults).toEqual({ extraAbbreviations: [], extraSentenceStarters: [] });
  });

  it('runs in a pipeline after a meta stage', async () => {
    const p = await buildPipeline(spec(), registry);
    const doc = p.run(input('He came. She left.'));
    expect(doc.sentences!.map((s) => s.text)).toEqual(['He came.', 'She left.']);
    expect(doc.messages).toEqual([]);
  });

  it.each([
    ['an unknown option', { nope: true }],
    ['a non-array', { extraAbbreviations: 'Approx' }],
    ['an entry with spaces', { extraAbbreviations: ['a b'] }],
    ['a starter with a period', { extraSentenceStarters: ['The.'] }],
  ])('rejects %s before any document runs', async (_name, options) => {
    await expect(buildPipeline(spec(options), registry)).rejects.toThrow(/E_STAGE_OPTIONS/);
  });

  it('accepts valid options', async () => {
    await expect(buildPipeline(spec({ extraAbbreviations: ['Approx.', 'Dept'], extraSentenceStarters: ['Washington'] }), registry)).resolves.toBeTruthy();
  });

  it('is requires-checked: segment without meta is refused', async () => {
    await expect(buildPipeline({ name: 't', stages: [{ use: 'segment@1' }] }, registry)).rejects.toThrow(/E_STAGE_REQUIRES/);
  });

  it('gives the same output for the same input and leaves the input doc untouched', () => {
    const a = segment('"We will win. They know it," he said. Mr. Smith left.');
    const b = segment('"We will win. They know it," he said. Mr. Smith left.');
    expect(a.doc).toEqual(b.doc);
    expect(JSON.parse(JSON.stringify(a.doc.tokens))).toEqual(a.doc.tokens); // no undefined fields
  });

  it('treats exactly the characters of /\\s/ as whitespace', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) throw new Error(`U+${c.toString(16)} disagrees`);
    }
  });
});
