import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EvalRecord } from '../../src/eval/record.js';
import { formatReport, runEval } from '../../src/eval/run.js';
import { doc, ent, quote, tx } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'factwire-eval-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const jsonl = (records: EvalRecord[], extra = ''): string => {
  const p = join(dir, `f${n++}.jsonl`);
  writeFileSync(p, records.map((r) => JSON.stringify(r)).join('\n') + '\n' + extra);
  return p;
};

const A = 'Kim met Lee in Oslo.';
const B = 'Ann flew to Rome on Monday.';
const goldA = doc('news-a', A, { entities: [ent(A, 'Kim', 'PER'), ent(A, 'Lee', 'PER'), ent(A, 'Oslo', 'LOC')] });
const goldB = doc('blog-b', B, { entities: [ent(B, 'Ann', 'PER'), ent(B, 'Rome', 'LOC')], timexes: [tx(B, 'Monday', 'DATE', '2024-11-04')] });

describe('runEval', () => {
  it('gold against itself scores 1.0', async () => {
    const g = jsonl([goldA, goldB]);
    const r = await runEval({ task: 'ner', gold: g, pred: g });
    expect(r.task).toBe('ner');
    if (r.task !== 'ner') return;
    expect(r.scores.strict.overall).toMatchObject({ tp: 5, fp: 0, fn: 0, f1: 1 });
    expect(r.docs).toMatchObject({ gold: 2, scored: 2, missingPred: 0, extraPred: 0 });
  });

  it('a gold document with no prediction counts as all misses; extra predictions are ignored and counted', async () => {
    const g = jsonl([goldA, goldB]);
    const p = jsonl([goldA, doc('other', 'zzz', { entities: [{ start: 0, end: 3, text: 'zzz', label: 'PER' }] })]);
    const r = await runEval({ task: 'ner', gold: g, pred: p });
    if (r.task !== 'ner') throw new Error('task');
    expect(r.docs).toMatchObject({ scored: 2, missingPred: 1, extraPred: 1 });
    expect(r.scores.strict.overall).toMatchObject({ tp: 3, fp: 0, fn: 2 });
    expect(r.notes.join(' ')).toMatch(/1 gold document\(s\) had no prediction/);
  });

  it('--ids restricts gold (and the predictions follow); a /g flag does not skip documents', async () => {
    const g = jsonl([goldA, goldB, doc('news-c', A, { entities: goldA.entities })]);
    const r = await runEval({ task: 'ner', gold: g, pred: jsonl([goldA, goldB]), ids: /^news-/g });
    expect(r.docs).toMatchObject({ gold: 3, filteredOut: 1, scored: 2, missingPred: 1, extraPred: 0 });
    expect(r.filters.ids).toBe('/^news-/');
  });

  it('--compartment selects by meta.compartment', async () => {
    const q = 'Lee said it rained.';
    const rec = (id: string, compartment: string) => doc(id, q, { quotes: [quote(q, 'it rained', 'Lee', 'said')], meta: { compartment } });
    const g = jsonl([rec('d1', 'dev'), rec('t1', 'train'), rec('t2', 'train')]);
    const r = await runEval({ task: 'quotes', gold: g, pred: jsonl([rec('d1', 'dev')]), compartment: 'dev' });
    if (r.task !== 'quotes') throw new Error('task');
    expect(r.docs).toMatchObject({ scored: 1, filteredOut: 2, missingPred: 0 });
    expect(r.scores.content.f1).toBe(1);
  });

  it('collects bad lines, duplicate ids and text mismatches as issues instead of throwing', async () => {
    const g = jsonl([goldA, goldA], '{broken\n');
    const p = jsonl([{ ...goldA, text: A.toUpperCase(), entities: [] }]);
    const r = await runEval({ task: 'ner', gold: g, pred: p });
    expect(r.docs).toMatchObject({ duplicateGold: 1, textMismatch: 1 });
    expect(r.issues.errors).toBe(1);
    expect(r.issues.items.find((i) => i.severity === 'error')).toMatchObject({ line: 3 });
  });

  it('time: flags a non-exhaustive gold and hints at it for GUM ids', async () => {
    const gum = doc('GUM_news_x', B, { timexes: goldB.timexes });
    const g = jsonl([gum]);
    const hinted = await runEval({ task: 'time', gold: g, pred: g });
    expect(hinted.notes.join(' ')).toMatch(/GUM/);
    const flagged = await runEval({ task: 'time', gold: g, pred: g, goldExhaustive: false });
    if (flagged.task !== 'time') throw new Error('task');
    expect(flagged.scores.goldExhaustive).toBe(false);
    expect(formatReport(flagged)).toMatch(/n\/a/);
  });

  it.each([
    ['unknown task', { task: 'pos' }],
    ['labels outside ner', { task: 'time', labels: ['PER'] }],
    ['bad label', { task: 'ner', labels: ['PERSON'] }],
    ['ids not a RegExp', { task: 'ner', ids: '^x' }],
    ['gold on stdin', { task: 'ner', gold: '-' }],
  ])('rejects %s with a TypeError before reading', async (_name, bad) => {
    const options = Object.assign({ task: 'ner', gold: '/nonexistent', pred: '/nonexistent' }, bad);
    await expect(runEval(options as never)).rejects.toThrow(TypeError);
  });

  it('JSON output has a stable key order', async () => {
    const g = jsonl([goldA]);
    const r = await runEval({ task: 'ner', gold: g, pred: g, labels: ['LOC', 'PER'] });
    expect(Object.keys(r)).toEqual(['task', 'gold', 'pred', 'filters', 'docs', 'scores', 'notes', 'issues']);
    if (r.task !== 'ner') throw new Error('task');
    expect(Object.keys(r.scores)).toEqual(['labels', 'mentions', 'strict', 'overlap', 'labelMapping']);
    expect(Object.keys(r.scores.strict.perLabel)).toEqual(['PER', 'LOC']);
    expect(JSON.stringify(await runEval({ task: 'ner', gold: g, pred: g, labels: ['LOC', 'PER'] }))).toBe(JSON.stringify(r));
  });

  it.each(['ner', 'time', 'quotes'] as const)('formatReport renders a %s table with 4-decimal ratios', async (task) => {
    const g = jsonl([goldA, goldB]);
    const text = formatReport(await runEval({ task, gold: g, pred: jsonl([goldA]) }));
    expect(text).toMatch(new RegExp(`^factwire eval: ${task}`));
    expect(text).toMatch(/\d\.\d{4}/);
    expect(text).toMatch(/tp\s+fp\s+fn/);
  });
});
