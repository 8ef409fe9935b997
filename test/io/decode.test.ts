import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, detectLineEndings, type DecodeResult } from '../../src/io/decode.js';

const RULE_ID = /^[a-z][a-z0-9-]*:[a-z0-9-]+$/;
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));

function ok(r: DecodeResult) {
  if (!r.ok) throw new Error(`expected success, got ${r.ruleId}: ${r.message}`);
  return r;
}

describe('decodeBytes: successes', () => {
  it.each([
    ['plain UTF-8', utf8('Hello, world.\n'), 'Hello, world.\n', 'utf-8', 'lf'],
    ['BOM is stripped', bytes([0xef, 0xbb, 0xbf], 'Hi there'), 'Hi there', 'utf-8-bom', 'none'],
    ['CRLF is kept', utf8('a\r\nb\r\n'), 'a\r\nb\r\n', 'utf-8', 'crlf'],
    ['CR only', utf8('a\rb'), 'a\rb', 'utf-8', 'cr'],
    ['mixed endings', utf8('a\r\nb\nc'), 'a\r\nb\nc', 'utf-8', 'mixed'],
    ['emoji and accents', utf8('Café 🎉 naïve\n'), 'Café 🎉 naïve\n', 'utf-8', 'lf'],
    ['BOM with CRLF', bytes([0xef, 0xbb, 0xbf], 'x\r\ny'), 'x\r\ny', 'utf-8-bom', 'crlf'],
  ] as const)('%s', (_name, input, text, encoding, lineEndings) => {
    const r = ok(decodeBytes(input));
    expect(r).toMatchObject({ text, encoding, lineEndings, messages: [] });
  });
});

describe('decodeBytes: Windows-1252 and broken UTF-8', () => {
  it('decodes smart quotes and é as Windows-1252 with a positioned warning', () => {
    // "He said “café’s fine”" in Windows-1252, on the second line.
    const input = bytes('Line one\nHe said ', [0x93], 'caf', [0xe9, 0x92], 's fine', [0x94]);
    const r = ok(decodeBytes(input));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('Line one\nHe said “café’s fine”');
    expect(r.messages).toHaveLength(1);
    const m = r.messages[0]!;
    expect(m).toMatchObject({ severity: 'warning', ruleId: 'read:windows-1252', line: 2, column: 9, start: 17, end: 18 });
    expect(r.text[m.start!]).toBe('“');
    expect(m.message).toContain('0x93');
  });

  it.each([
    // A valid UTF-8 "é" elsewhere means the file is UTF-8 with a corrupt byte, not Windows-1252.
    ['corrupt byte in real UTF-8', bytes('caf', [0xc3, 0xa9], ' ok\nbad ', [0xff], ' byte'), 2, 5],
    ['truncated sequence after valid UTF-8', bytes([0xe2, 0x80, 0x94], ' dash ', [0xe2, 0x80]), 1, 8],
    ['byte undefined in Windows-1252', bytes('abc ', [0x81], ' def'), 1, 5],
  ])('%s is decoded lossily with a warning', (_name, input, line, column) => {
    const r = ok(decodeBytes(input));
    expect(r.encoding).toBe('utf-8-lossy');
    expect(r.text).toContain('\uFFFD');
    expect(r.messages[0]).toMatchObject({ ruleId: 'read:invalid-utf8', line, column });
    expect(r.text[r.messages[0]!.start!]).toBe('\uFFFD');
  });
});

describe('decodeBytes: failures', () => {
  it.each([
    ['empty', new Uint8Array(0), {}, 'read:empty'],
    ['whitespace only', utf8(' \n\t\r\n  '), {}, 'read:empty'],
    ['BOM only', bytes([0xef, 0xbb, 0xbf]), {}, 'read:empty'],
    ['NUL byte', bytes('abc', [0x00], 'def'), {}, 'read:binary'],
    ['many control bytes', bytes([0x01, 0x02, 0x03, 0x41, 0x04, 0x05]), {}, 'read:binary'],
    ['PNG header', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), {}, 'read:binary'],
    ['UTF-16 BOM', bytes([0xff, 0xfe, 0x41, 0x00]), {}, 'read:unsupported-encoding'],
    ['too large (exact count)', utf8('abcdefghijk'), { maxChars: 10 }, 'read:too-large'],
    ['too large (by byte count)', utf8('x'.repeat(100)), { maxChars: 10 }, 'read:too-large'],
  ] as const)('%s → %s', (_name, input, opts, ruleId) => {
    const r = decodeBytes(input, opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.ruleId).toBe(ruleId);
    expect(r.ruleId).toMatch(RULE_ID);
  });

  it('names the offset of the first binary byte', () => {
    const r = decodeBytes(bytes('ab\ncd', [0x00]));
    expect(r).toMatchObject({ ok: false, ruleId: 'read:binary', offset: 5, line: 2, column: 3 });
  });

  it('says the size and the limit when too large', () => {
    const r = decodeBytes(utf8('é'.repeat(11)), { maxChars: 10 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/11 characters.*limit of 10/);
  });

  it('accepts text exactly at the limit (emoji count as two UTF-16 units)', () => {
    expect(decodeBytes(utf8('🎉🎉'), { maxChars: 4 }).ok).toBe(true);
    expect(decodeBytes(utf8('🎉🎉a'), { maxChars: 4 }).ok).toBe(false);
  });

  it('tolerates a stray control character with a warning', () => {
    const r = ok(decodeBytes(utf8('Some text with a form\x0bfeed and more words to make it long')));
    expect(r.messages[0]).toMatchObject({ ruleId: 'read:control-character', start: 21 });
  });
});

describe('detectLineEndings', () => {
  it.each([['', 'none'], ['a', 'none'], ['a\n', 'lf'], ['a\r\n\r\n', 'crlf'], ['a\r', 'cr'], ['a\n\r', 'mixed']] as const)('%j → %s', (text, expected) => {
    expect(detectLineEndings(text)).toBe(expected);
  });
});

describe('decodeBytes: properties', () => {
  it('never throws, and successes keep valid UTF-8 text exactly', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
      const r = decodeBytes(b, { maxChars: 200 });
      if (r.ok) {
        expect(r.text.length).toBeLessThanOrEqual(200);
        for (const m of r.messages) expect(m.ruleId).toMatch(RULE_ID);
      } else expect(r.ruleId).toMatch(RULE_ID);
    }), { numRuns: 2000 });
  });

  it('round-trips any non-blank string without control characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (s) => {
      fc.pre(s.trim() !== '' && !/[\x00-\x08\x0b\x0e-\x1f\x7f]/.test(s) && s.charCodeAt(0) !== 0xfeff);
      const r = ok(decodeBytes(utf8(s)));
      expect(r.text).toBe(s);
      expect(r.encoding).toBe('utf-8');
    }));
  });
});
