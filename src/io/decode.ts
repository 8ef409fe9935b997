/**
 * Turns the bytes of one input into text. Runs on every file, so the common case (valid UTF-8) takes
 * one native pass for validation plus one byte scan; everything else is a positioned message or a
 * failure value. It never throws, whatever the bytes.
 */
import type { Message } from '../types/annotation.js';
import { message } from '../core/messages.js';

/** How the bytes were decoded (the values of `source.encoding` in the annotation schema). */
export type DecodedEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-8-lossy';

/** Line-ending style of the decoded text (the values of `source.lineEndings`). */
export type LineEndings = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** A successful decode. `messages` carry warnings with UTF-16 offsets into `text`. */
export interface DecodeSuccess {
  ok: true;
  text: string;
  encoding: DecodedEncoding;
  lineEndings: LineEndings;
  messages: Message[];
}

/**
 * A decode that produced no usable text. `offset` is a byte offset into the input; `line`/`column`
 * (1-based) are given when the problem has a position.
 */
export interface DecodeFailure {
  ok: false;
  ruleId: string;
  message: string;
  line?: number;
  column?: number;
  offset?: number;
}

/** Result of {@link decodeBytes}. */
export type DecodeResult = DecodeSuccess | DecodeFailure;

/** Options of {@link decodeBytes}. */
export interface DecodeOptions {
  /**
   * Largest accepted text, in UTF-16 code units (JavaScript string length). Larger inputs fail with
   * `read:too-large`. Default: no limit.
   */
  maxChars?: number;
}

/**
 * Share of control bytes (C0 controls other than tab, LF, FF and CR, plus DEL) above which an input
 * counts as binary. Real text files sometimes carry a stray control byte (a 0x1A EOF marker, a vertical tab from
 * a word processor), so one or two must not reject a file; a tenth of the bytes is not text.
 */
export const BINARY_CONTROL_SHARE = 0.1;

/** Bytes that Windows-1252 leaves undefined; their presence is evidence against that encoding. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

// Decoders are stateless when used with a whole buffer, so one instance of each is reused.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Windows-1252 bytes 0x80–0x9F (the rest equal Latin-1). Since Node 20.18.3 / 22.13.0,
 * `new TextDecoder('windows-1252')` decodes these as Latin-1 C1 controls (nodejs/node#56542,
 * #60888: 0x93 gives U+0093, not “), so the table is ours. The five bytes Windows-1252 leaves
 * undefined map to the same code point, as WHATWG specifies.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((c) => String.fromCharCode(c));

/** Decodes Windows-1252: Latin-1 (native, fast), then the 0x80–0x9F block remapped. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Decodes one input's bytes: UTF-8 (BOM stripped), else Windows-1252 when the invalid bytes look like
 * it, else lossy UTF-8; binary, empty, whitespace-only and oversized inputs fail. Line endings are
 * kept exactly, so offsets refer to the returned text.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodeResult {
  try {
    return decodeUnsafe(bytes, opts);
  } catch (err) {
    // Defensive only: nothing above is expected to throw, but a reader must never lose a batch.
    return { ok: false, ruleId: 'read:decode-failed', message: `could not decode input: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function decodeUnsafe(bytes: Uint8Array, opts: DecodeOptions): DecodeResult {
  const maxChars = opts.maxChars ?? Infinity;
  if (bytes.length === 0) return { ok: false, ruleId: 'read:empty', message: 'input is empty (0 bytes)' };

  // UTF-16 and UTF-32 files are recognizable by their BOM; without this check they would be
  // reported as "binary" because of their NUL bytes, which would be a confusing message.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, ruleId: 'read:unsupported-encoding', message: 'input starts with a UTF-16/UTF-32 byte-order mark; convert it to UTF-8 first', offset: 0 };
  }

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  // A UTF-8 string has at most one UTF-16 unit per byte and at least one per three bytes, so the
  // byte length bounds the text length without scanning or decoding a huge input.
  if (body.length > 3 * maxChars) return tooLarge(`at least ${Math.ceil(body.length / 3)}`, maxChars);

  const controls = scanControlBytes(bytes);
  const binary = binaryVerdict(bytes, controls);
  if (binary !== null) {
    const pos = bytePosition(bytes, binary.offset);
    return { ok: false, ruleId: 'read:binary', message: `input looks binary: ${binary.reason} at byte ${binary.offset} (line ${pos.line}, column ${pos.column})`, offset: binary.offset, ...pos };
  }

  let text: string;
  let encoding: DecodedEncoding;
  const messages: Message[] = [];
  try {
    text = strictUtf8.decode(body);
    encoding = hasBom ? 'utf-8-bom' : 'utf-8';
  } catch {
    const scan = scanUtf8(body);
    const bad = scan.firstInvalid;
    const prefix = lossyUtf8.decode(body.subarray(0, bad));
    const start = prefix.length;
    const pos = textPosition(prefix);
    if (scan.looksCp1252) {
      text = decodeWindows1252(body);
      encoding = 'windows-1252';
      messages.push(positioned(message('warning', 'read:windows-1252',
        `input is not valid UTF-8 (first bad byte 0x${hex(body[bad])} at line ${pos.line}, column ${pos.column}); decoded as Windows-1252`,
        { start, end: start + 1 }), pos));
    } else {
      text = lossyUtf8.decode(body);
      encoding = 'utf-8-lossy';
      messages.push(positioned(message('warning', 'read:invalid-utf8',
        `input has ${scan.invalidCount} invalid UTF-8 sequence(s), replaced by U+FFFD; the first (byte 0x${hex(body[bad])}) is at line ${pos.line}, column ${pos.column}`,
        { start, end: start + 1 }), pos));
    }
  }

  if (text.length > maxChars) return tooLarge(String(text.length), maxChars);
  if (!/\S/.test(text)) return { ok: false, ruleId: 'read:empty', message: `input has only whitespace (${text.length} characters)` };

  // Only look for the character when the byte scan saw a control byte (rare), to keep one text pass off the common path.
  const stray = controls.count > 0 ? firstStrayControl(text) : -1;
  if (stray !== -1) {
    const pos = textPosition(text.slice(0, stray));
    messages.push(positioned(message('warning', 'read:control-character',
      `input contains control character U+${text.charCodeAt(stray).toString(16).toUpperCase().padStart(4, '0')} at line ${pos.line}, column ${pos.column}`,
      { start: stray, end: stray + 1 }), pos));
  }
  return { ok: true, text, encoding, lineEndings: detectLineEndings(text), messages };
}

function tooLarge(size: string, maxChars: number): DecodeFailure {
  return { ok: false, ruleId: 'read:too-large', message: `input has ${size} characters, over the limit of ${maxChars} (maxChars)` };
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}

function positioned(m: Message, pos: { line: number; column: number }): Message {
  return { ...m, line: pos.line, column: pos.column };
}

/** True for C0 controls and DEL, except the whitespace that text legitimately holds (\t \n \f \r). */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

/** Where the control bytes are: the first one's offset (-1 if none) and how many. */
interface ControlScan {
  first: number;
  count: number;
}

function scanControlBytes(bytes: Uint8Array): ControlScan {
  let count = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    // Fast path: printable ASCII and high bytes are by far the most common.
    if (b >= 0x20 && b !== 0x7f) continue;
    if (isControlByte(b)) {
      if (first === -1) first = i;
      count++;
    }
  }
  return { first, count };
}

function binaryVerdict(bytes: Uint8Array, controls: ControlScan): { offset: number; reason: string } | null {
  const nul = controls.count > 0 ? bytes.indexOf(0) : -1;
  if (nul !== -1) return { offset: nul, reason: 'NUL byte' };
  if (controls.first !== -1 && controls.count > bytes.length * BINARY_CONTROL_SHARE) {
    return { offset: controls.first, reason: `${controls.count} control bytes out of ${bytes.length}, the first` };
  }
  return null;
}

/**
 * Finds why the bytes are not text: a NUL anywhere, or a share of control bytes over
 * {@link BINARY_CONTROL_SHARE}. Returns the offset of the first offending byte, or null for text.
 */
export function findBinary(bytes: Uint8Array): { offset: number; reason: string } | null {
  return binaryVerdict(bytes, scanControlBytes(bytes));
}

/** First stray control character in accepted text (a few are tolerated, but worth a warning). */
function firstStrayControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) return i;
  }
  return -1;
}

/** What a UTF-8 validation pass learned about invalid input. */
interface Utf8Scan {
  /** Byte offset of the first invalid sequence. */
  firstInvalid: number;
  invalidCount: number;
  /**
   * True when the bytes read better as Windows-1252: every invalid sequence is a lone high byte, no
   * valid multi-byte UTF-8 sequence occurs (real UTF-8 with one corrupt byte keeps its UTF-8), and
   * no byte is one that Windows-1252 leaves undefined.
   */
  looksCp1252: boolean;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 if it is invalid (WHATWG rules). */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0; // overlong
    if (c === 0xed) hi = 0x9f; // surrogates
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90; // overlong
    if (c === 0xf4) hi = 0x8f; // above U+10FFFF
  } else return 0;
  for (let k = 1; k <= need; k++) {
    const d = b[i + k];
    if (d === undefined) return 0;
    if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return 0;
  }
  return need + 1;
}

/** Validates UTF-8 by hand; only called once the native strict decoder has rejected the bytes. */
function scanUtf8(b: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let invalidCount = 0;
  let validMultibyte = 0;
  let cp1252Undefined = false;
  for (let i = 0; i < b.length;) {
    const n = utf8SequenceLength(b, i);
    if (n === 0) {
      if (firstInvalid === -1) firstInvalid = i;
      invalidCount++;
      if (CP1252_UNDEFINED.has(b[i]!)) cp1252Undefined = true;
      i++;
    } else {
      if (n > 1) validMultibyte++;
      i += n;
    }
  }
  return { firstInvalid: Math.max(firstInvalid, 0), invalidCount, looksCp1252: validMultibyte === 0 && !cp1252Undefined };
}

/** 1-based line/column of the end of `prefix` (the position right after it); \r\n, \n and \r end lines. */
function textPosition(prefix: string): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && prefix.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: prefix.length - lineStart + 1 };
}

/** 1-based line/column of byte `offset` (columns count bytes: the bytes may not be text). */
function bytePosition(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = b[i];
    if (c === 0x0a || (c === 0x0d && b[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Classifies the line endings of `text`: one style, `mixed`, or `none` for a single line. */
export function detectLineEndings(text: string): LineEndings {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 0x0a) crlf++;
    else cr++;
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lf++;
  lf -= crlf;
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}
