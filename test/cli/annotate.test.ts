/** The CLI as a user runs it (compiled, in a child process), on a temp folder of good and bad inputs. */
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';
import { verifyAnnotation } from '../../src/emit/validate.js';

const GOOD = 'WASHINGTON (Reuters) - The U.S. Senate passed the bill on Tuesday, Senator Jane Roe said.\n\n"It is a good day," she told reporters.\n';

function makeBatch(): string {
  const dir = tempDir('factwire-cli-');
  const input = path.join(dir, 'in');
  mkdirSync(path.join(input, 'nested'), { recursive: true });
  writeFileSync(path.join(input, 'good.txt'), GOOD);
  writeFileSync(path.join(input, 'empty.txt'), '');
  writeFileSync(path.join(input, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x00, 0x13, 0x37]));
  writeFileSync(path.join(input, 'nested', 'crlf.txt'), GOOD.replace(/\n/g, '\r\n'));
  // "The minister’s “plan”" in Windows-1252: 0x92 apostrophe, 0x93/0x94 curly quotes, 0xE9 é.
  writeFileSync(path.join(input, 'nested', 'cp1252.txt'), Buffer.concat([
    Buffer.from('PARIS (AFP) - The minister'), Buffer.from([0x92]), Buffer.from('s '), Buffer.from([0x93]),
    Buffer.from('plan'), Buffer.from([0x94]), Buffer.from(' was praised by Ren'), Buffer.from([0xe9]), Buffer.from(' Dupont.\n'),
  ]));
  writeFileSync(path.join(input, '.hidden.txt'), GOOD);
  return dir;
}

describe('factwire annotate --out', () => {
  it('writes every good document, lists the bad ones in errors.jsonl and exits 1', async () => {
    const dir = makeBatch();
    const out = path.join(dir, 'out');
    const run = await runCli(['annotate', path.join(dir, 'in'), '--out', out, '--concurrency', '2']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/3 ok, 2 failed, 0 skipped/);
    const written = ['good.json', 'nested/crlf.json', 'nested/cp1252.json'];
    for (const f of written) {
      const doc = JSON.parse(readFileSync(path.join(out, f), 'utf8'));
      expect(verifyAnnotation(doc)).toEqual([]);
    }
    expect(existsSync(path.join(out, '.hidden.json'))).toBe(false);
    const cp1252 = JSON.parse(readFileSync(path.join(out, 'nested/cp1252.json'), 'utf8'));
    expect(cp1252.text).toContain('The minister’s “plan” was praised by René Dupont.');
    expect(cp1252.source.encoding).toBe('windows-1252');
    expect(cp1252.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('read:windows-1252');
    const crlf = JSON.parse(readFileSync(path.join(out, 'nested/crlf.json'), 'utf8'));
    expect(crlf.source.lineEndings).toBe('crlf');
    expect(crlf.paragraphs).toHaveLength(2);
    const errors = readFileSync(path.join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors.map((e: { key: string; problems: { ruleId: string }[] }) => [e.key, e.problems[0]!.ruleId]).sort()).toEqual([
      ['binary', 'read:binary'], ['empty', 'read:empty'],
    ]);
  });

  it('skips current outputs on a rerun and redoes them with --force', async () => {
    const dir = makeBatch();
    const out = path.join(dir, 'out');
    await runCli(['annotate', path.join(dir, 'in'), '--out', out, '--concurrency', '1']);
    const again = await runCli(['annotate', path.join(dir, 'in'), '--out', out, '--concurrency', '1']);
    expect(again.stderr).toMatch(/0 ok, 2 failed, 3 skipped/);
    const forced = await runCli(['annotate', path.join(dir, 'in'), '--out', out, '--force', '--concurrency', '0']);
    expect(forced.stderr).toMatch(/3 ok, 2 failed, 0 skipped/);
  });
});

describe('factwire annotate --jsonl -', () => {
  it('writes data only on stdout, one JSON document per line, in input order', async () => {
    const dir = makeBatch();
    const run = await runCli(['annotate', path.join(dir, 'in'), '--jsonl', '-', '--concurrency', '2', '--errors', path.join(dir, 'errors.jsonl')]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n').filter(Boolean);
    const docs = lines.map((l) => JSON.parse(l));
    expect(docs.map((d: { id: string }) => d.id)).toEqual(['good', 'nested/cp1252', 'nested/crlf']);
  });

  it('writes a JSONL file in input order, with no temp file left and errors.jsonl beside it', async () => {
    const dir = makeBatch();
    const file = path.join(dir, 'res', 'all.jsonl');
    const run = await runCli(['annotate', path.join(dir, 'in'), '--jsonl', file, '--concurrency', '2']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const ids = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['good', 'nested/cp1252', 'nested/crlf']);
    expect(readdirSync(path.join(dir, 'res')).sort()).toEqual(['all.jsonl', 'errors.jsonl']);
  });

  it.each([
    ['text', ['--stdin-format', 'text'], GOOD, ['stdin']],
    ['jsonl records', [], `${JSON.stringify({ id: 'a', text: GOOD, dct: '2024-01-02' })}\n${JSON.stringify({ id: 'b', text: 'Short one.' })}\n`, ['a', 'b']],
  ])('reads stdin as %s', async (_n, flags, stdin, ids) => {
    const run = await runCli(['annotate', '-', '--jsonl', '-', '--concurrency', '0', ...flags], { stdin });
    expect(run.code).toBe(0);
    const docs = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d: { id: string }) => d.id)).toEqual(ids);
  });

  it('takes --dct over the record date and records where it came from', async () => {
    const stdin = `${JSON.stringify({ id: 'a', text: GOOD, dct: '2024-01-02' })}\n`;
    const byRecord = JSON.parse((await runCli(['annotate', '-', '--jsonl', '-', '--concurrency', '0'], { stdin })).stdout);
    expect(byRecord.meta.dct).toEqual({ value: '2024-01-02', source: 'record' });
    const byCli = JSON.parse((await runCli(['annotate', '-', '--jsonl', '-', '--concurrency', '0', '--dct', '2020-02-29'], { stdin })).stdout);
    expect(byCli.meta.dct).toEqual({ value: '2020-02-29', source: 'cli' });
  });

  it.each([
    ['codepoint', 'Kim 😀 said "yes."', 'codepoint'],
    ['utf16', 'Kim 😀 said "yes."', 'utf16'],
  ])('emits %s offsets that slice in that unit', async (_n, text, unit) => {
    const run = await runCli(['annotate', '-', '--jsonl', '-', '--stdin-format', 'text', '--concurrency', '0', '--offsets', unit], { stdin: text });
    const doc = JSON.parse(run.stdout);
    expect(doc.offsets).toBe(unit);
    const said = doc.tokens.find((t: { text: string }) => t.text === 'said');
    expect(said.start).toBe(unit === 'codepoint' ? 6 : 7);
    const slice = unit === 'codepoint' ? Array.from(doc.text).slice(said.start, said.end).join('') : doc.text.slice(said.start, said.end);
    expect(slice).toBe('said');
  });
});

describe('usage errors exit 2 with a message', () => {
  it.each([
    ['no output given', ['annotate', 'fixtures/articles'], /exactly one of --out/],
    ['unknown pipeline', ['annotate', 'fixtures/articles', '--jsonl', '-', '--pipeline', 'nope'], /E_PIPELINE_NOT_FOUND/],
    ['bad --dct', ['annotate', '-', '--jsonl', '-', '--dct', '2024-02-30'], /not a calendar date/],
    ['bad --offsets', ['annotate', '-', '--jsonl', '-', '--offsets', 'bytes'], /offsets/],
    ['unknown command', ['frobnicate'], /unknown command/],
  ])('%s', async (_n, args, pattern) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(pattern);
  });

  it('prints help with exit 0', async () => {
    const run = await runCli(['annotate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--concurrency/);
  });
});

describe('factwire annotate --lexicon', () => {
  it('adds the user names to the entities stage and changes the pipeline hash', async () => {
    const dir = tempDir('factwire-lex-');
    const lexicon = path.join(dir, 'names.json');
    writeFileSync(lexicon, JSON.stringify([{ text: 'Zorblatt Dynamics', type: 'ORG', canonical: 'Zorblatt Dynamics Inc.' }]));
    const text = 'Shares of Zorblatt Dynamics rose on Monday, the company said.';
    const plain = JSON.parse((await runCli(['annotate', '-', '--jsonl', '-', '--stdin-format', 'text', '--concurrency', '0'], { stdin: text })).stdout);
    const run = await runCli(['annotate', '-', '--jsonl', '-', '--stdin-format', 'text', '--concurrency', '0', '--lexicon', lexicon], { stdin: text });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    const mention = doc.mentions.find((m: { text: string }) => m.text === 'Zorblatt Dynamics');
    expect(mention).toMatchObject({ type: 'ORG' });
    expect(doc.entities.find((e: { id: string }) => e.id === mention.entity).name).toBe('Zorblatt Dynamics Inc.');
    expect(doc.provenance.pipeline.hash).not.toBe(plain.provenance.pipeline.hash);
  });

  it('is a usage error when the file is missing', async () => {
    const run = await runCli(['annotate', '-', '--jsonl', '-', '--lexicon', 'no/such/file.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--lexicon no\/such\/file.json: no such file/);
  });
});
