/** `factwire validate` and `factwire export` on real outputs and on broken ones. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

let dir: string;
let good: string;
/** An output with nested names (`Kenya` in `Kenya Red Cross`). */
let nestedDoc: string;
beforeAll(async () => {
  dir = tempDir('factwire-ve-');
  const run = await runCli(['annotate', 'fixtures/articles', '--out', path.join(dir, 'out'), '--concurrency', '0']);
  expect(run.code).toBe(0);
  good = path.join(dir, 'out/tass-2024-11-01-lavrov/article.json');
  nestedDoc = path.join(dir, 'out/nairobi-rains/article.json');
});

describe('factwire validate', () => {
  it('accepts the outputs of annotate', async () => {
    const run = await runCli(['validate', path.join(dir, 'out')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/3 valid, 0 invalid/);
  });

  it.each([
    ['a span that does not slice', (d: any) => { d.tokens[0].end += 1; }, /tokens\/0.*does not match/],
    ['a missing layer', (d: any) => { delete d.sentences; }, /must have required property 'sentences'/],
    ['a bad offsets unit', (d: any) => { d.offsets = 'bytes'; }, /offsets/],
    ['a mention extent that does not slice', (d: any) => { d.mentions.find((m: any) => m.extent).extent.start -= 1; }, /mentions\/\d+\/extent.*does not match/],
  ])('rejects %s with a readable message and exit 1', async (_n, breakIt, pattern) => {
    const d = JSON.parse(readFileSync(good, 'utf8'));
    breakIt(d);
    const file = path.join(dir, `broken-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(d));
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(pattern);
  });

  it('prints one JSON result per document with --json', async () => {
    const run = await runCli(['validate', good, '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true, problems: [] });
  });
});

describe('factwire export --to eval-jsonl', () => {
  it('writes the eval record shape on stdout, one line per document', async () => {
    const run = await runCli(['export', '--to', 'eval-jsonl', path.join(dir, 'out')]);
    expect(run.code).toBe(0);
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(3);
    const seed = records.find((r: { id: string }) => r.id.startsWith('tass'));
    expect(seed.dct).toBe('2024-11-01');
    expect(seed.timexes.find((t: { text: string }) => t.text === 'last fall')).toMatchObject({ type: 'DATE', value: '2023-FA' });
    for (const t of seed.timexes) expect(Array.from(seed.text as string).slice(t.start, t.end).join('')).toBe(t.text);
  });

  it.each([
    ['without --nested: one entity per mention', [], false],
    ['with --nested: each mention followed by its inner names', ['--nested'], true],
  ] as const)('%s', async (_what, flag, nested) => {
    const run = await runCli(['export', '--to', 'eval-jsonl', ...flag, nestedDoc]);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout);
    const doc = JSON.parse(readFileSync(nestedDoc, 'utf8'));
    const expected = doc.mentions.flatMap((m: { start: number; end: number; text: string; type: string; inner?: { start: number; end: number; text: string; type: string }[] }) =>
      [m, ...(nested ? m.inner ?? [] : [])].map((e) => ({ start: e.start, end: e.end, text: e.text, label: e.type })));
    expect(record.entities).toEqual(expected);
    // The fixture has nested names, so the two rows differ.
    expect(doc.mentions.some((m: { inner?: unknown[] }) => m.inner)).toBe(true);
  });

  it('round-trips through eval: gold = its own export scores 1.0', async () => {
    const file = path.join(dir, 'pred.jsonl');
    await runCli(['export', '--to', 'eval-jsonl', path.join(dir, 'out'), '-o', file]);
    const run = await runCli(['eval', '--task', 'time', '--gold', file, '--pred', file, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.task).toBe('time');
    expect(JSON.stringify(report.scores)).toMatch(/"f1":1/);
  });

  it('--spans extent writes each mention\'s extent where it has one, its span elsewhere (and the view\'s rules)', async () => {
    const read = async (extra: string[]) => (await runCli(['export', '--to', 'eval-jsonl', ...extra, path.join(dir, 'out')])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const names = await read([]);
    expect(await read(['--spans', 'name'])).toEqual(names);
    const extents = await read(['--spans', 'extent']);
    let grown = 0;
    extents.forEach((r: any, k: number) => {
      // Per name, in order, one span containing it (same label; GPE for a premodifying demonym or a country's
      // "Government", `extent-view.ts`).
      let j = 0;
      for (const n of names[k].entities) {
        const e = r.entities[j++];
        expect(Array.from(r.text as string).slice(e.start, e.end).join('')).toBe(e.text);
        expect(e.start <= n.start && n.end <= e.end && (e.label === n.label || (e.label === 'GPE' && (n.label === 'NORP' || / Government$/u.test(e.text))))).toBe(true);
        if (e.start !== n.start || e.end !== n.end) grown++;
      }
      // After the mentions: currencies spoken of as traded things ("the dollar"), typed ORG.
      for (const e of r.entities.slice(j)) expect(e.label === 'ORG' && /^the /iu.test(e.text)).toBe(true);
    });
    expect(grown).toBeGreaterThan(0);
  });

  it.each([
    [['export', '--to', 'eval-jsonl', '--spans', 'np', 'x'], /np/],
    [['eval', '--task', 'ner', '--gold', 'nope.jsonl', '--pred', 'nope.jsonl'], /E_USAGE/],
    [['eval', '--task', 'ner', '--gold', 'x', '--pred', 'y', '--labels', 'PERSON'], /E_USAGE/],
    [['export', '--to', 'brat', 'x'], /brat/],
  ])('usage errors exit 2: %j', async (args, pattern) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(pattern);
  });
});
