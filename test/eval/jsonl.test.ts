import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { EvalInputError, readEvalJsonl, type EvalIssue } from '../../src/eval/jsonl.js';
import { validateEvalRecord } from '../../src/eval/record.js';

const dir = mkdtempSync(join(tmpdir(), 'factwire-eval-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const collect = async (path: string, issues: EvalIssue[] = []) => {
  const out = [];
  for await (const r of readEvalJsonl(path, { onIssue: (i) => issues.push(i) })) out.push(r.id);
  return out;
};

describe('validateEvalRecord', () => {
  it.each([
    ['a minimal record', { id: 'a', text: 'x' }, true, 0],
    ['not an object', [1], false, 0],
    ['no id', { text: 'x' }, false, 0],
    ['offsets out of range', { id: 'a', text: 'abc', entities: [{ start: 1, end: 9, text: 'bc', label: 'PER' }] }, false, 0],
    ['start after end', { id: 'a', text: 'abc', timexes: [{ start: 2, end: 1, text: '', type: 'DATE', value: 'X' }] }, false, 0],
    ['entity without label', { id: 'a', text: 'abc', entities: [{ start: 0, end: 1, text: 'a' }] }, false, 0],
    ['span text mismatch is a warning', { id: 'a', text: 'abc', entities: [{ start: 0, end: 1, text: 'b', label: 'PER' }] }, true, 1],
    ['quote with fragments and null roles', { id: 'a', text: 'ab cd', quotes: [{ quote: { start: 0, end: 5, text: 'ab cd', fragments: [{ start: 0, end: 2, text: 'ab' }, { start: 3, end: 5, text: 'cd' }] }, speaker: null, cue: null, kind: null }] }, true, 0],
    ['bad fragment', { id: 'a', text: 'ab', quotes: [{ quote: { start: 0, end: 2, text: 'ab', fragments: [{ start: 0, end: 7, text: 'ab' }] }, speaker: null, cue: null, kind: null }] }, false, 0],
    // Offsets are code points: 🙂 is one character, so "x" is at 1..2.
    ['code-point offsets with an emoji', { id: 'a', text: '🙂x', entities: [{ start: 1, end: 2, text: 'x', label: 'PER' }] }, true, 0],
  ])('%s', (_name, value, usable, warnings) => {
    const c = validateEvalRecord(value);
    expect(c.record !== null).toBe(usable);
    expect(c.warnings).toHaveLength(warnings);
  });
});

describe('readEvalJsonl', () => {
  it('reads records, skips blank lines, strips a BOM, handles CRLF', async () => {
    const p = file('ok.jsonl', '\uFEFF{"id":"a","text":"x"}\r\n\r\n{"id":"b","text":"y"}\n');
    expect(await collect(p)).toEqual(['a', 'b']);
  });

  it('reports bad lines with their line numbers and goes on', async () => {
    const p = file('bad.jsonl', ['{"id":"a","text":"x"}', '{not json', '', '{"id":5,"text":"x"}', '{"id":"d","text":"x"}'].join('\n'));
    const issues: EvalIssue[] = [];
    expect(await collect(p, issues)).toEqual(['a', 'd']);
    expect(issues.map((i) => [i.line, i.severity])).toEqual([[2, 'error'], [4, 'error']]);
    expect(issues[0]!.message).toMatch(/invalid JSON/);
  });

  it('throws EvalInputError with file and line when no handler is given', async () => {
    const p = file('throw.jsonl', '{"id":"a","text":"x"}\n[]\n');
    const run = async () => {
      for await (const _ of readEvalJsonl(p)) void _;
    };
    await expect(run()).rejects.toThrow(EvalInputError);
    await expect(run()).rejects.toThrow(/throw\.jsonl:2:/);
  });

  it('reads standard input for "-"', async () => {
    const stdin = Readable.from(['{"id":"s","text":"x"}\n']);
    const ids = [];
    for await (const r of readEvalJsonl('-', { stdin })) ids.push(r.id);
    expect(ids).toEqual(['s']);
  });
});
