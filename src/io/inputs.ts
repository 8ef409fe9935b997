/**
 * Reads the inputs of a batch: files, folders (walked recursively) and stdin, as a stream of
 * documents and failures in a deterministic order. Nothing here throws on bad content or unreadable
 * files: every problem becomes a failure item, so one bad file never stops a batch.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocInput } from '../core/doc.js';
import type { Message, Source } from '../types/annotation.js';
import { decodeBytes, detectLineEndings } from './decode.js';
import { KeyAllocator, parseJsonRecords, RecordSequence, type InputRecord, type RecordResult } from './records.js';

/** One item of the input stream: a document ready for the pipeline, or a failure to report. */
export type InputItem =
  | { kind: 'doc'; input: DocInput; key: string }
  | {
      kind: 'failure';
      /** Where the output would have gone (posix path stem); for a bad record, `<file stem>/line-<n>`. */
      key: string;
      /** Input path as given, or null for stdin. */
      path: string | null;
      /** 0-based record index in a JSON array / JSONL file. */
      record?: number;
      id?: string;
      ruleId: string;
      message: string;
      line?: number;
      column?: number;
    };

/** Options of {@link readInputs}. */
export interface ReadInputsOptions {
  /** Largest accepted document text, in UTF-16 code units. */
  maxChars: number;
  /** What `-` (stdin) holds: JSONL records (default) or one raw text document. */
  stdinFormat?: 'jsonl' | 'text';
  /** Stream to read for `-`; defaults to `process.stdin` (tests pass their own). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** Extensions taken when walking a folder (compared lower-cased). */
export const INPUT_EXTENSIONS: readonly string[] = ['.txt', '.json', '.jsonl'];

type FileFormat = 'txt' | 'json' | 'jsonl';

/** A file to read, with the stem its keys start from. */
interface FileTask {
  kind: 'file';
  /** Path as it will appear in `source.path`. */
  path: string;
  /** Key stem: relative path without extension, posix separators. */
  stem: string;
  format: FileFormat;
}

/** A path that could not be listed or found. */
interface ErrorTask {
  kind: 'error';
  path: string;
  stem: string;
  err: unknown;
}

/**
 * Yields one item per document (or failure) for `paths`, in argument order; folders are walked
 * recursively in code-unit order of their relative paths, skipping hidden entries and
 * `node_modules`. `-` reads stdin. Keys are unique across the whole call.
 */
export async function* readInputs(paths: string[], opts: ReadInputsOptions): AsyncGenerator<InputItem> {
  const keys = new UniqueKeys();
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin(opts, keys);
      continue;
    }
    for (const task of await expandPath(p)) {
      if (task.kind === 'error') yield ioFailure(task.stem, task.path, task.err);
      else if (task.format === 'txt') yield await readTextFile(task, opts, keys);
      else if (task.format === 'json') yield* readJsonFile(task, opts, keys);
      else yield* readJsonlFile(task, opts, keys);
    }
  }
}

const ANNOTATION_OUTPUT = /^\s*\{\s*"schema"\s*:\s*"https:\/\/factwire\.dev\/schemas\/annotation\//;

/** True when a .json file is a factwire annotation document (it starts with our schema id), not an input record. */
export function isAnnotationOutput(text: string): boolean {
  return ANNOTATION_OUTPUT.test(text.slice(0, 200));
}

/** Keeps keys unique across a call (case-insensitively: outputs may land on a case-insensitive file system). */
class UniqueKeys {
  private readonly used = new Set<string>();
  /** Returns `key`, or `key-2`, `key-3`, ... if it is taken. */
  claim(key: string): string {
    let k = key;
    for (let n = 2; this.used.has(k.toLowerCase()); n++) k = `${key}-${n}`;
    this.used.add(k.toLowerCase());
    return k;
  }
}

function formatOf(file: string): FileFormat {
  const ext = path.extname(file).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.jsonl' ? 'jsonl' : 'txt';
}

/** Relative path without extension, posix separators; a leading dot would make a hidden output file. */
function stemOf(rel: string): string {
  const ext = path.extname(rel);
  const noExt = ext && ext !== rel ? rel.slice(0, -ext.length) : rel;
  return noExt.split(path.sep).join('/').replace(/(^|\/)\./g, '$1_');
}

function isSkipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Resolves one argument into file tasks (a folder into its sorted files). */
async function expandPath(p: string): Promise<(FileTask | ErrorTask)[]> {
  let st;
  try {
    st = await stat(p);
  } catch (err) {
    return [{ kind: 'error', path: p, stem: stemOf(path.basename(p)), err }];
  }
  if (!st.isDirectory()) {
    // An explicitly named file is read whatever its extension (unknown ones as text).
    return [{ kind: 'file', path: p, stem: stemOf(path.basename(p)), format: formatOf(p) }];
  }
  const found: { rel: string; err?: unknown }[] = [];
  const visited = new Set<string>();
  await walk(p, '', found, visited);
  // Sort by the posix relative path so the order does not depend on the platform or on readdir.
  const posix = (rel: string) => rel.split(path.sep).join('/');
  found.sort((a, b) => (posix(a.rel) < posix(b.rel) ? -1 : posix(a.rel) > posix(b.rel) ? 1 : 0));
  return found.map(({ rel, err }) => {
    const full = path.join(p, rel);
    return err !== undefined
      ? { kind: 'error', path: full, stem: stemOf(rel === '' ? path.basename(path.resolve(p)) : rel), err }
      : { kind: 'file', path: full, stem: stemOf(rel), format: formatOf(rel) };
  });
}

async function walk(root: string, rel: string, out: { rel: string; err?: unknown }[], visited: Set<string>): Promise<void> {
  const dir = path.join(root, rel);
  try {
    // Symlinked folders are followed once: the real path guards against cycles.
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (isSkipped(e.name)) continue;
      const childRel = rel === '' ? e.name : path.join(rel, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const s = await stat(path.join(root, childRel));
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch {
          continue; // a dangling link is not an input
        }
      }
      if (isDir) await walk(root, childRel, out, visited);
      else if (isFile && INPUT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push({ rel: childRel });
    }
  } catch (err) {
    out.push({ rel, err });
  }
}

/** Failure item for a file-system error, with a rule id per error code. */
function ioFailure(key: string, p: string | null, err: unknown): InputItem {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const ruleId = code === 'ENOENT' ? 'read:not-found' : code === 'EACCES' || code === 'EPERM' ? 'read:permission-denied' : 'read:io-error';
  const detail = err instanceof Error ? err.message : String(err);
  return { kind: 'failure', key, path: p, ruleId, message: `cannot read ${p ?? 'stdin'}: ${detail}` };
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

async function readTextFile(task: FileTask, opts: ReadInputsOptions, keys: UniqueKeys): Promise<InputItem> {
  let bytes: Uint8Array;
  try {
    // Check the size first so that a huge file fails without being loaded (3 bytes per char at most, + BOM).
    const st = await stat(task.path);
    if (st.size > 3 * opts.maxChars + 3) {
      return { kind: 'failure', key: task.stem, path: task.path, ruleId: 'read:too-large', message: `input has ${st.size} bytes (at least ${Math.ceil((st.size - 3) / 3)} characters), over the limit of ${opts.maxChars} (maxChars)` };
    }
    bytes = await readFile(task.path);
  } catch (err) {
    return ioFailure(task.stem, task.path, err);
  }
  return textItem(bytes, task.stem, task.path, 'txt', opts, keys);
}

/** Builds the item for one raw text document (a .txt file or stdin text). */
function textItem(bytes: Uint8Array, stem: string, p: string | null, format: 'txt' | 'stdin-text', opts: ReadInputsOptions, keys: UniqueKeys): InputItem {
  const d = decodeBytes(bytes, { maxChars: opts.maxChars });
  if (!d.ok) {
    const pos = d.line !== undefined ? { line: d.line, column: d.column } : {};
    return { kind: 'failure', key: stem, path: p, ruleId: d.ruleId, message: d.message, ...pos };
  }
  const key = keys.claim(stem);
  const source: Source = { path: p, sha256: sha256(bytes), format, encoding: d.encoding, lineEndings: d.lineEndings };
  const input: DocInput = { id: format === 'stdin-text' ? 'stdin' : key, text: d.text, source };
  if (d.messages.length > 0) input.messages = d.messages;
  return { kind: 'doc', input, key };
}

/** Failure item for a bad record; its key names the line, since a bad record may have no usable id. */
function recordFailure(r: Extract<RecordResult, { ok: false }>, stem: string, p: string | null): InputItem {
  const f: InputItem = { kind: 'failure', key: `${stem === '' ? '' : `${stem}/`}line-${r.line}`, path: p, record: r.index, ruleId: r.ruleId, message: `line ${r.line}: ${r.message}`, line: r.line };
  if (r.column !== undefined) f.column = r.column;
  if (r.id !== undefined) f.id = r.id;
  return f;
}

/** Builds the item for one record result. */
function recordItem(
  r: RecordResult, stem: string, p: string | null, format: 'json' | 'jsonl' | 'stdin-jsonl',
  encoding: Source['encoding'], readMessages: readonly Message[], ids: KeyAllocator, keys: UniqueKeys,
): InputItem {
  const prefix = stem === '' ? '' : `${stem}/`;
  if (!r.ok) return recordFailure(r, stem, p);
  const rec: InputRecord = r.record;
  const key = keys.claim(prefix + ids.allocate(rec.id));
  const source: Source = { path: p, sha256: sha256(rec.text), format, record: r.index, lineEndings: detectLineEndings(rec.text) };
  if (encoding) source.encoding = encoding;
  const input: DocInput = { id: rec.id, text: rec.text, source };
  if (rec.dct !== null) input.dct = { value: rec.dct, source: 'record' };
  if (rec.meta) input.recordMeta = rec.meta;
  if (readMessages.length > 0) input.messages = readMessages;
  return { kind: 'doc', input, key };
}

async function* readJsonFile(task: FileTask, opts: ReadInputsOptions, keys: UniqueKeys): AsyncGenerator<InputItem> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(task.path);
  } catch (err) {
    yield ioFailure(task.stem, task.path, err);
    return;
  }
  // No maxChars on the file: it holds many documents; the limit applies to each record's text.
  const d = decodeBytes(bytes);
  if (!d.ok) {
    yield { kind: 'failure', key: task.stem, path: task.path, ruleId: d.ruleId, message: d.message, ...(d.line !== undefined ? { line: d.line, column: d.column } : {}) };
    return;
  }
  // Our own outputs (an --out folder inside the input tree, golden expected.json files) are not inputs.
  if (isAnnotationOutput(d.text)) return;
  const readMessages = d.messages.map(stripPosition);
  const ids = new KeyAllocator();
  for (const r of parseJsonRecords(d.text, { maxChars: opts.maxChars })) {
    yield recordItem(r, task.stem, task.path, 'json', d.encoding, readMessages, ids, keys);
  }
}

/**
 * Decoding messages point into the file, not into a record's text: keep the words, drop the offsets
 * (a record's own offsets would be wrong).
 */
function stripPosition(m: Message): Message {
  return { severity: m.severity, ruleId: m.ruleId, message: m.message };
}

async function* readJsonlFile(task: FileTask, opts: ReadInputsOptions, keys: UniqueKeys): AsyncGenerator<InputItem> {
  let opened: AsyncIterable<Uint8Array>;
  try {
    opened = createReadStream(task.path);
  } catch (err) {
    yield ioFailure(task.stem, task.path, err);
    return;
  }
  yield* jsonlItems(opened, task.stem, task.path, 'jsonl', opts, keys);
}

/** Streams JSONL records from a byte stream: one record in memory at a time. */
async function* jsonlItems(
  stream: AsyncIterable<Uint8Array | string>, stem: string, p: string | null, format: 'jsonl' | 'stdin-jsonl',
  opts: ReadInputsOptions, keys: UniqueKeys,
): AsyncGenerator<InputItem> {
  const seq = new RecordSequence({ maxChars: opts.maxChars });
  const ids = new KeyAllocator();
  try {
    for await (const { bytes, line, overflow } of splitLines(stream, maxLineBytes(opts.maxChars))) {
      if (overflow) {
        yield recordItem(seq.reject(line, `record has more than ${overflow} bytes, over what a text of ${opts.maxChars} characters (maxChars) can take`, undefined, 'read:too-large'), stem, p, format, undefined, [], ids, keys);
        continue;
      }
      if (isBlank(bytes)) continue;
      const d = decodeBytes(bytes);
      if (!d.ok) {
        yield recordItem(seq.reject(line, d.message, undefined, d.ruleId), stem, p, format, undefined, [], ids, keys);
        continue;
      }
      const r = seq.line(d.text, line);
      if (r) yield recordItem(r, stem, p, format, d.encoding, d.messages.map((m) => stripPosition({ ...m, message: `line ${line}: ${m.message}` })), ids, keys);
    }
  } catch (err) {
    // The stream broke mid-file (vanished file, permissions): report it; items already yielded stand.
    yield ioFailure(stem === '' ? 'stdin' : stem, p, err);
  }
}

/** Longest JSONL line worth reading: a text of maxChars units escaped as `\uXXXX` (6 bytes each), plus room for the other fields. */
function maxLineBytes(maxChars: number): number {
  return Number.isFinite(maxChars) ? 6 * maxChars + 65536 : Infinity;
}

function isBlank(b: Uint8Array): boolean {
  for (const c of b) if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  return true;
}

/**
 * Splits a byte stream on `\n` (a trailing `\r` is removed). Lines longer than `maxBytes` are skipped
 * up to their end and reported with `overflow` set, so one giant line cannot exhaust memory.
 */
export async function* splitLines(stream: AsyncIterable<Uint8Array | string>, maxBytes = Infinity): AsyncGenerator<{ bytes: Uint8Array; line: number; overflow?: number }> {
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let skipping = false;
  let line = 0;
  const finish = (tail: Uint8Array): Uint8Array => {
    const all = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    pending = [];
    pendingLength = 0;
    return all.length > 0 && all[all.length - 1] === 0x0d ? all.subarray(0, all.length - 1) : all;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let nl = buf.indexOf(0x0a); nl !== -1; nl = buf.indexOf(0x0a, start)) {
      line++;
      if (skipping) {
        skipping = false;
        pending = [];
        yield { bytes: new Uint8Array(0), line, overflow: maxBytes };
      } else {
        yield { bytes: finish(buf.subarray(start, nl)), line };
      }
      start = nl + 1;
    }
    if (start < buf.length && !skipping) {
      pending.push(buf.subarray(start));
      pendingLength += buf.length - start;
      if (pendingLength > maxBytes) {
        skipping = true;
        pending = [];
        pendingLength = 0;
      }
    }
  }
  if (skipping) yield { bytes: new Uint8Array(0), line: line + 1, overflow: maxBytes };
  else if (pendingLength > 0) yield { bytes: finish(new Uint8Array(0)), line: line + 1 };
}

async function* readStdin(opts: ReadInputsOptions, keys: UniqueKeys): AsyncGenerator<InputItem> {
  const stream = opts.stdin ?? process.stdin;
  if (opts.stdinFormat === 'text') {
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        chunks.push(buf);
        size += buf.length;
        if (size > 3 * opts.maxChars + 3) {
          yield { kind: 'failure', key: 'stdin', path: null, ruleId: 'read:too-large', message: `stdin has more than ${size} bytes, over what ${opts.maxChars} characters (maxChars) can take` };
          return;
        }
      }
    } catch (err) {
      yield ioFailure('stdin', null, err);
      return;
    }
    yield textItem(Buffer.concat(chunks), 'stdin', null, 'stdin-text', opts, keys);
    return;
  }
  yield* jsonlItems(stream, '', null, 'stdin-jsonl', opts, keys);
}
