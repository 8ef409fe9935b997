/**
 * Record files: `.json` (one record object or an array of them) and `.jsonl` (one record per line).
 * A record is `{id: string, text: string, dct?: "YYYY-MM-DD" | null, meta?: object}` (the gold JSONL
 * shape); other fields are ignored. A bad record fails alone, with its line number: the rest go on.
 */
import { createHash } from 'node:crypto';
import { lineColumn } from '../core/messages.js';

/** A record that passed validation. */
export interface InputRecord {
  id: string;
  text: string;
  /** Dispatch date (`YYYY-MM-DD`), or null when the record has none. */
  dct: string | null;
  /** The record's own `meta` object, when it has one. */
  meta?: Record<string, unknown>;
}

/** One record's outcome. `index` is 0-based among the file's records (blank JSONL lines are not records); `line` is 1-based. */
export type RecordResult =
  | { ok: true; index: number; line: number; record: InputRecord }
  | { ok: false; index: number; line: number; column?: number; id?: string; ruleId: string; message: string };

/** Options shared by the record parsers. */
export interface RecordOptions {
  /** Largest accepted `text`, in UTF-16 code units; larger records fail with `read:too-large`. */
  maxChars?: number;
}

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC, so no time-zone surprises).
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * Checks a parsed value against the record shape. Returns the record, or the rule id and message of
 * the first problem. Does not check for duplicate ids (see {@link RecordSequence}).
 */
export function validateRecord(value: unknown, opts: RecordOptions = {}): { ok: true; record: InputRecord } | { ok: false; ruleId: string; message: string; id?: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, ruleId: 'read:not-a-record', message: `expected a record object {id, text}, got ${describe(value)}` };
  }
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id.trim() === '') {
    return { ok: false, ruleId: 'read:bad-id', message: r.id === undefined ? 'record has no "id"' : `record "id" must be a non-empty string, got ${describe(r.id)}` };
  }
  const id = r.id;
  if (typeof r.text !== 'string') {
    return { ok: false, id, ruleId: 'read:bad-text', message: r.text === undefined ? `record "${id}" has no "text"` : `record "${id}": "text" must be a string, got ${describe(r.text)}` };
  }
  if (r.text.trim() === '') return { ok: false, id, ruleId: 'read:empty', message: `record "${id}": "text" is empty or whitespace only` };
  const maxChars = opts.maxChars ?? Infinity;
  if (r.text.length > maxChars) return { ok: false, id, ruleId: 'read:too-large', message: `record "${id}": text has ${r.text.length} characters, over the limit of ${maxChars} (maxChars)` };
  let dct: string | null = null;
  if (r.dct !== undefined && r.dct !== null) {
    if (typeof r.dct !== 'string' || !isIsoDate(r.dct)) {
      return { ok: false, id, ruleId: 'read:bad-dct', message: `record "${id}": "dct" must be a date YYYY-MM-DD or null, got ${describe(r.dct)}` };
    }
    dct = r.dct;
  }
  const record: InputRecord = { id, text: r.text, dct };
  if (r.meta !== undefined && r.meta !== null) {
    if (typeof r.meta !== 'object' || Array.isArray(r.meta)) {
      return { ok: false, id, ruleId: 'read:bad-meta', message: `record "${id}": "meta" must be an object, got ${describe(r.meta)}` };
    }
    record.meta = r.meta as Record<string, unknown>;
  }
  return { ok: true, record };
}

/** Short description of a JSON value for messages (never the whole value: it may be an article). */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.length > 40 ? `"${v.slice(0, 40)}…"` : JSON.stringify(v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/**
 * Parses JSON, turning a syntax error into a message without the echoed input (V8 quotes the whole
 * text, which may be a full article) and with a column when V8 gives a position.
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string; position?: number } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const pos = /at position (\d+)/.exec(raw);
    const msg = raw.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)$/, '');
    return pos ? { ok: false, message: `invalid JSON: ${msg}`, position: Number(pos[1]) } : { ok: false, message: `invalid JSON: ${msg}` };
  }
}

/**
 * Validates records in file order and fails the later of two records with the same id. Keep one per
 * file (or per stdin stream).
 */
export class RecordSequence {
  private readonly seen = new Map<string, number>();
  private index = 0;
  constructor(private readonly opts: RecordOptions = {}) {}

  /** Checks one parsed value found at `line` (1-based). */
  accept(value: unknown, line: number): RecordResult {
    const index = this.index++;
    const v = validateRecord(value, this.opts);
    if (!v.ok) return { ok: false, index, line, ruleId: v.ruleId, message: v.message, ...(v.id !== undefined ? { id: v.id } : {}) };
    const id = v.record.id;
    const first = this.seen.get(id);
    if (first !== undefined) return { ok: false, index, line, id, ruleId: 'read:duplicate-id', message: `record id "${id}" already used on line ${first}` };
    this.seen.set(id, line);
    return { ok: true, index, line, record: v.record };
  }

  /** Records a line that failed before it could be parsed (by default: not valid JSON). */
  reject(line: number, message: string, column?: number, ruleId = 'read:invalid-json'): Extract<RecordResult, { ok: false }> {
    const index = this.index++;
    return { ok: false, index, line, ruleId, message, ...(column !== undefined ? { column } : {}) };
  }

  /** Parses and checks one JSONL line (`text` without its line break). Returns null for a blank line. */
  line(text: string, line: number): RecordResult | null {
    // A BOM can only start the file, but stripping it here keeps a stray one from failing a record.
    const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (t.trim() === '') return null;
    const parsed = parseJson(t);
    if (!parsed.ok) return this.reject(line, parsed.message, parsed.position !== undefined ? parsed.position + 1 : undefined);
    return this.accept(parsed.value, line);
  }
}

/** Parses a whole `.jsonl` text. Blank lines are skipped; `\r\n` endings are accepted. */
export function parseJsonl(text: string, opts: RecordOptions = {}): RecordResult[] {
  const seq = new RecordSequence(opts);
  const out: RecordResult[] = [];
  let lineNo = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNo++;
    const raw = text.slice(start, end);
    const r = seq.line(raw.endsWith('\r') ? raw.slice(0, -1) : raw, lineNo);
    if (r) out.push(r);
    start = end + 1;
  }
  return out;
}

/**
 * Parses a `.json` text: one record object or an array of records. Each array element is checked
 * alone and reported with the line it starts on. Invalid JSON fails the file as one record.
 */
export function parseJsonRecords(text: string, opts: RecordOptions = {}): RecordResult[] {
  const seq = new RecordSequence(opts);
  const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) {
    const at = parsed.position !== undefined ? lineColumn(text, parsed.position) : { line: 1, column: undefined };
    return [seq.reject(at.line, parsed.message, at.column)];
  }
  if (!Array.isArray(parsed.value)) return [seq.accept(parsed.value, firstContentLine(text))];
  const starts = arrayElementOffsets(text);
  return parsed.value.map((v, i) => seq.accept(v, lineColumn(text, starts[i] ?? 0).line));
}

function firstContentLine(text: string): number {
  const m = /\S/.exec(text);
  return m ? lineColumn(text, m.index).line : 1;
}


/**
 * Offsets where the elements of a top-level JSON array start. Only called on text that JSON.parse
 * accepted, so a small scanner tracking strings and nesting depth is exact.
 */
export function arrayElementOffsets(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') continue;
    if (expectElement && depth === 1 && c !== ']') {
      out.push(i);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1 && c === '[') expectElement = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return out;
}

/** Characters kept in a key segment made from a record id; everything else becomes `_`. */
const UNSAFE_KEY_CHAR = /[^A-Za-z0-9._-]/g;

/** Longest key segment made from an id; longer ids are cut and suffixed with a hash (file names max out at 255 bytes). */
const MAX_SEGMENT = 120;

function shortHash(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 8);
}

/**
 * Turns a record id into a safe file-name segment: keeps `[A-Za-z0-9._-]`, replaces others with `_`
 * (`polnear/test/x` → `polnear_test_x`), never starts with `.` (no hidden files, no `..`), and cuts
 * very long ids (adding a hash of the id so that cut ids stay distinct).
 */
export function sanitizeId(id: string): string {
  let s = id.replace(UNSAFE_KEY_CHAR, '_').replace(/^\./, '_');
  if (s === '') s = '_';
  if (s.length > MAX_SEGMENT) s = `${s.slice(0, MAX_SEGMENT - 9)}_${shortHash(id)}`;
  return s;
}

/**
 * Hands out unique key segments for ids within one file, deterministically in file order. Two ids
 * that sanitize alike (`a/b`, `a_b`), or differ only in case (they collide on macOS and Windows file
 * systems), get the later one suffixed with a hash of its id.
 */
export class KeyAllocator {
  private readonly used = new Set<string>();

  /** Returns the key segment for `id`. */
  allocate(id: string): string {
    let key = sanitizeId(id);
    if (this.used.has(key.toLowerCase())) {
      key = `${key}_${shortHash(id)}`;
      for (let n = 2; this.used.has(key.toLowerCase()); n++) key = `${sanitizeId(id)}_${shortHash(id)}-${n}`;
    }
    this.used.add(key.toLowerCase());
    return key;
  }
}
