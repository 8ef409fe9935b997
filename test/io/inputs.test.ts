import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAnnotationOutput, readInputs, splitLines, type InputItem, type ReadInputsOptions } from '../../src/io/inputs.js';

let dir: string;
const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');

async function collect(paths: string[], opts: Partial<ReadInputsOptions> = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths, { maxChars: 10_000, ...opts })) out.push(item);
  return out;
}

const summary = (items: InputItem[]) => items.map((i) => (i.kind === 'doc' ? `doc ${i.key}` : `failure ${i.key} ${i.ruleId}`));

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'factwire-inputs-'));
  const files: Record<string, string | Buffer> = {
    'root/a.txt': 'Alpha article.\n',
    'root/b/c.txt': 'Line one.\r\nLine two.\r\n',
    'root/b/d.jsonl': [
      '{"id": "polnear/dev/x", "text": "First record.", "dct": "2024-11-01", "meta": {"wire": "AP", "title": "T"}}',
      '',
      '{"id": "bad", "text": ',
      '{"id": "y", "text": "Second record.", "dct": "yesterday"}',
      '{"id": "z", "text": "Third record."}',
      '{"id": "z", "text": "Duplicate."}',
    ].join('\n') + '\n',
    'root/b/e.json': JSON.stringify([{ id: 'e1', text: 'Array one.' }, { id: 'e2', text: 'Array two.' }]),
    'root/b/.hidden.txt': 'hidden',
    'root/b/notes.md': 'not taken from a folder',
    'root/.git/x.txt': 'hidden folder',
    'root/node_modules/m.txt': 'skipped',
    'root/z/bin.txt': Buffer.from([0x41, 0x00, 0x42]),
    'root/z/empty.txt': '',
    'root/z/w1252.txt': Buffer.from([0x48, 0x65, 0x20, 0x93, 0x68, 0x69, 0x94]),
    'root/A.txt': 'Upper-case name sorts first.',
    'other/y.txt': 'Other y.',
    'more/y.txt': 'More y.',
    'more/readme.md': 'Markdown named explicitly.',
  };
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readInputs: folders', () => {
  it('walks recursively in code-unit order, skipping hidden entries, node_modules and other extensions', async () => {
    const items = await collect([path.join(dir, 'root')]);
    expect(summary(items)).toEqual([
      'doc A',
      'doc a-2', // `A` and `a` would collide on a case-insensitive file system
      'doc b/c',
      'doc b/d/polnear_dev_x',
      'failure b/d/line-3 read:invalid-json',
      'failure b/d/line-4 read:bad-dct',
      'doc b/d/z',
      'failure b/d/line-6 read:duplicate-id',
      'doc b/e/e1',
      'doc b/e/e2',
      'failure z/bin read:binary',
      'failure z/empty read:empty',
      'doc z/w1252',
    ]);
  });

  it('fills source, id, dct and record meta', async () => {
    const items = await collect([path.join(dir, 'root')]);
    const byKey = new Map(items.map((i) => [i.key, i]));
    const c = byKey.get('b/c');
    expect(c).toMatchObject({
      kind: 'doc',
      input: { id: 'b/c', text: 'Line one.\r\nLine two.\r\n', source: { path: path.join(dir, 'root/b/c.txt'), format: 'txt', encoding: 'utf-8', lineEndings: 'crlf', sha256: sha('Line one.\r\nLine two.\r\n') } },
    });
    const rec = byKey.get('b/d/polnear_dev_x');
    expect(rec).toMatchObject({
      kind: 'doc',
      input: { id: 'polnear/dev/x', text: 'First record.', dct: { value: '2024-11-01', source: 'record' }, recordMeta: { wire: 'AP', title: 'T' },
        source: { format: 'jsonl', record: 0, sha256: sha('First record.'), lineEndings: 'none', encoding: 'utf-8' } },
    });
    expect(byKey.get('b/d/z')).toMatchObject({ input: { id: 'z', source: { record: 3 } } });
    expect(byKey.get('b/d/line-6')).toMatchObject({ kind: 'failure', record: 4, line: 6, id: 'z', path: path.join(dir, 'root/b/d.jsonl') });
    const w = byKey.get('z/w1252');
    expect(w).toMatchObject({ kind: 'doc', input: { text: 'He “hi”', source: { encoding: 'windows-1252' }, messages: [{ ruleId: 'read:windows-1252' }] } });
  });

  it('gives the same items twice', async () => {
    expect(summary(await collect([path.join(dir, 'root')]))).toEqual(summary(await collect([path.join(dir, 'root')])));
  });
});

describe('readInputs: files and errors', () => {
  it.each([
    ['a single .txt file keys by its name', ['root/b/c.txt'], ['doc c']],
    ['an explicitly named .md file is read as text', ['more/readme.md'], ['doc readme']],
    ['a records file keys by file stem and id', ['root/b/e.json'], ['doc e/e1', 'doc e/e2']],
    ['colliding keys get a suffix', ['other/y.txt', 'more/y.txt'], ['doc y', 'doc y-2']],
    ['a missing path is a failure', ['nope/missing.txt'], ['failure missing read:not-found']],
    ['an explicitly named hidden file is read', ['root/b/.hidden.txt'], ['doc _hidden']],
  ])('%s', async (_name, rel, expected) => {
    expect(summary(await collect(rel.map((r) => path.join(dir, r))))).toEqual(expected);
  });

  it('reports too-large files without reading them', async () => {
    const items = await collect([path.join(dir, 'root/a.txt')], { maxChars: 3 });
    expect(items[0]).toMatchObject({ kind: 'failure', ruleId: 'read:too-large' });
  });

  it('reports a symlink loop as an I/O failure, never a throw', async () => {
    const p = path.join(dir, 'loop.txt');
    await symlink(p, p);
    expect(summary(await collect([p]))).toEqual(['failure loop read:io-error']);
  });

  // (Permission-denied cannot be provoked here: tests run as root. The rule id mapping is the same code path.)
  it('reports a path that does not exist as read:not-found', async () => {
    expect(summary(await collect([path.join(dir, 'vanished.txt')]))).toEqual(['failure vanished read:not-found']);
  });
});

describe('readInputs: stdin', () => {
  it('reads JSONL records by default', async () => {
    const stdin = Readable.from([Buffer.from('{"id": "s/1", "text": "One."}\n{"id": "s2", '), Buffer.from('"text": "Two."}\nnot json\n')]);
    const items = await collect(['-'], { stdin });
    expect(summary(items)).toEqual(['doc s_1', 'doc s2', 'failure line-3 read:invalid-json']);
    expect(items[0]).toMatchObject({ input: { id: 's/1', source: { path: null, format: 'stdin-jsonl', record: 0 } } });
  });

  it('reads raw text with stdinFormat text', async () => {
    const items = await collect(['-'], { stdin: Readable.from([Buffer.from('Raw text\n')]), stdinFormat: 'text' });
    expect(items).toMatchObject([{ kind: 'doc', key: 'stdin', input: { id: 'stdin', text: 'Raw text\n', source: { path: null, format: 'stdin-text', sha256: sha('Raw text\n') } } }]);
  });

  it('fails oversized stdin text', async () => {
    const items = await collect(['-'], { stdin: Readable.from([Buffer.from('x'.repeat(100))]), stdinFormat: 'text', maxChars: 10 });
    expect(items).toMatchObject([{ kind: 'failure', key: 'stdin', ruleId: 'read:too-large' }]);
  });
});

describe('splitLines', () => {
  async function lines(chunks: string[], maxBytes?: number) {
    const out: [number, string, number | undefined][] = [];
    for await (const l of splitLines(Readable.from(chunks.map((c) => Buffer.from(c))), maxBytes)) out.push([l.line, Buffer.from(l.bytes).toString(), l.overflow]);
    return out;
  }

  it.each([
    [['a\nb\n'], [[1, 'a', undefined], [2, 'b', undefined]]],
    [['a', 'b\r\n', 'c'], [[1, 'ab', undefined], [2, 'c', undefined]]],
    [['\n\n'], [[1, '', undefined], [2, '', undefined]]],
  ] as const)('%j', async (chunks, expected) => {
    expect(await lines([...chunks])).toEqual(expected);
  });

  it('skips over-long lines and reports them', async () => {
    expect(await lines(['short\n', 'x'.repeat(10), 'y'.repeat(10), '\nok\n'], 15)).toEqual([[1, 'short', undefined], [2, '', 15], [3, 'ok', undefined]]);
  });
});

describe('annotation outputs are not inputs', () => {
  it.each([
    ['compact output', '{"schema":"https://factwire.dev/schemas/annotation/1.0.0","id":"x","text":"a"}', true],
    ['pretty output', '{\n  "schema": "https://factwire.dev/schemas/annotation/1.0.0",\n  "id": "x"}', true],
    ['a record', '{"id":"x","text":"a"}', false],
    ['a record mentioning the schema later', '{"id":"x","text":"https://factwire.dev/schemas/annotation/"}', false],
  ])('%s', (_n, text, expected) => {
    expect(isAnnotationOutput(text)).toBe(expected);
  });
});
