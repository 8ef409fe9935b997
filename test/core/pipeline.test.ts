import { describe, expect, it } from 'vitest';
import { buildPipeline, checkLayerOrder, parsePipelineSpec, stableStringify } from '../../src/core/pipeline.js';
import { withLayers, type LayerName } from '../../src/core/doc.js';
import type { Stage } from '../../src/core/stage.js';
import { message } from '../../src/core/messages.js';

const fakeStage = (name: string, requires: LayerName[], assigns: LayerName[], extra: Partial<Stage<object>> = {}): Stage<object> => ({
  name, version: '1.2.0', description: name, requires, assigns,
  defaults: { n: 1 },
  optionsSchema: { type: 'object', additionalProperties: false, properties: { n: { type: 'integer' } } },
  init: () => (doc) => withLayers(doc, { paragraphs: [{ start: 0, end: doc.text.length, text: doc.text }] }),
  ...extra,
});
const input = { id: 'd', text: 'Hello.', source: { path: null, sha256: '0'.repeat(64), format: 'stdin-text' as const } };

describe('pipeline builder', () => {
  const a = fakeStage('a', [], ['paragraphs']);
  const b = fakeStage('b', ['paragraphs'], ['sentences']);

  it.each([
    ['in order', [a, b], null],
    ['requires a layer assigned later', [b, a], /E_STAGE_REQUIRES.*"b@1" requires layer "paragraphs".*assigned later by "a@1"/],
    ['requires a layer nobody assigns', [b], /no stage in this pipeline assigns it/],
  ] as const)('checkLayerOrder: %s', (_n, stages, error) => {
    if (error) expect(() => checkLayerOrder([...stages])).toThrow(error);
    else expect(() => checkLayerOrder([...stages])).not.toThrow();
  });

  it.each([
    ['unknown stage', { name: 'x', stages: [{ use: 'nope@1' }] }, /E_STAGE_UNKNOWN.*nope@1/],
    ['wrong major version', { name: 'x', stages: [{ use: 'a@2' }] }, /E_STAGE_UNKNOWN/],
    ['bad option type', { name: 'x', stages: [{ use: 'a@1', options: { n: 'three' } }] }, /E_STAGE_OPTIONS[^]*a@1[^]*\/n: must be integer/],
    ['unknown option', { name: 'x', stages: [{ use: 'a@1', options: { m: 1 } }] }, /E_STAGE_OPTIONS[^]*additional properties \(m\)/],
    ['duplicate stage', { name: 'x', stages: [{ use: 'a@1' }, { use: 'a@1' }] }, /E_STAGE_DUPLICATE/],
    ['spec without stages', { name: 'x', stages: [] }, /E_PIPELINE_SCHEMA/],
    ['bad stage reference', { name: 'x', stages: [{ use: 'a' }] }, /E_PIPELINE_SCHEMA/],
  ])('rejects %s before any document runs', async (_n, spec, error) => {
    await expect(buildPipeline(spec as never, [a, b])).rejects.toThrow(error);
  });

  it('runs stages in order and hashes options independently of key order', async () => {
    const p1 = await buildPipeline({ name: 'x', stages: [{ use: 'a@1', options: { n: 2 } }, { use: 'b@1' }] }, [a, b]);
    const p2 = await buildPipeline({ name: 'x', stages: [{ use: 'a@1', options: { n: 3 } }, { use: 'b@1' }] }, [a, b]);
    expect(p1.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(p1.hash).not.toBe(p2.hash);
    expect(p1.run(input).paragraphs).toEqual([{ start: 0, end: 6, text: 'Hello.' }]);
    expect(stableStringify({ b: 1, a: [{ d: 1, c: 2 }] })).toBe(stableStringify({ a: [{ c: 2, d: 1 }], b: 1 }));
  });

  // A stage that spins until the process has used 20 ms of CPU: its CPU figure must count them when asked for.
  const busy = fakeStage('a', [], ['paragraphs'], {
    init: () => (doc) => {
      const c0 = process.cpuUsage();
      for (let c = process.cpuUsage(c0); c.user + c.system < 20_000; c = process.cpuUsage(c0));
      return doc;
    },
  });
  it.each([
    { measureCpu: true, atLeast: 20 },
    { measureCpu: false, atMost: 0 },
  ])('records per-stage CPU time beside wall time only when asked (measureCpu: $measureCpu)', async ({ measureCpu, atLeast, atMost }) => {
    const p = await buildPipeline({ name: 'x', stages: [{ use: 'a@1' }, { use: 'b@1' }] }, [busy, b], { measureCpu });
    p.run(input);
    expect([...p.cpuTimings.keys()]).toEqual([...p.timings.keys()]);
    if (atLeast !== undefined) expect(p.cpuTimings.get('a')).toBeGreaterThanOrEqual(atLeast);
    if (atMost !== undefined) expect(p.cpuTimings.get('a')).toBeLessThanOrEqual(atMost);
    expect(p.cpuTimings.get('b')).toBeGreaterThanOrEqual(0);
  });

  it('turns a crashing stage into a fatal message and skips stages that need its layers', async () => {
    const boom = fakeStage('a', [], ['paragraphs'], { init: () => () => { throw new Error('kaboom'); } });
    const reporter = fakeStage('c', [], ['tokens'], { init: () => (doc, ctx) => { ctx.report(message('warning', 'c:note', 'hi', { start: 0 })); return doc; } });
    const p = await buildPipeline({ name: 'x', stages: [{ use: 'a@1' }, { use: 'b@1' }, { use: 'c@1' }] }, [boom, b, reporter]);
    const doc = p.run(input);
    expect(doc.messages.map((m) => [m.severity, m.ruleId])).toEqual([
      ['fatal', 'pipeline:stage-crashed'], ['error', 'pipeline:stage-skipped'], ['warning', 'c:note'],
    ]);
  });

  it('parsePipelineSpec names the file and the problem', () => {
    expect(() => parsePipelineSpec({ name: 'Bad Name', stages: [{ use: 'a@1' }] }, 'my.json')).toThrow(/my.json.*\/name/s);
  });
});
