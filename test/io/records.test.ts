import { describe, expect, it } from 'vitest';
import { arrayElementOffsets, isIsoDate, KeyAllocator, parseJsonl, parseJsonRecords, sanitizeId } from '../../src/io/records.js';

const RULE_ID = /^[a-z][a-z0-9-]*:[a-z0-9-]+$/;

describe('parseJsonl', () => {
  const text = [
    '{"id": "a", "text": "Alpha text.", "dct": "2024-11-01", "meta": {"wire": "AP"}, "entities": []}',
    '',
    '{"id": "b", "text": "Beta text."',
    '{"id": "c", "text": "Gamma.", "dct": null}',
    '{"id": "", "text": "no id"}',
    '{"text": "no id at all"}',
    '{"id": "d", "text": 42}',
    '{"id": "e"}',
    '{"id": "f", "text": "Bad date", "dct": "01/11/2024"}',
    '{"id": "g", "text": "Impossible date", "dct": "2024-02-30"}',
    '{"id": "a", "text": "Duplicate of a"}',
    '[1, 2]',
    '{"id": "h", "text": "   "}',
    '{"id": "i", "text": "Meta must be an object", "meta": [1]}',
    '{"id": "j", "text": "Last line, CRLF and no newline"}\r',
  ].join('\n');
  const results = parseJsonl(text);

  it.each([
    [1, 0, true, 'a'],
    [3, 1, false, 'read:invalid-json'],
    [4, 2, true, 'c'],
    [5, 3, false, 'read:bad-id'],
    [6, 4, false, 'read:bad-id'],
    [7, 5, false, 'read:bad-text'],
    [8, 6, false, 'read:bad-text'],
    [9, 7, false, 'read:bad-dct'],
    [10, 8, false, 'read:bad-dct'],
    [11, 9, false, 'read:duplicate-id'],
    [12, 10, false, 'read:not-a-record'],
    [13, 11, false, 'read:empty'],
    [14, 12, false, 'read:bad-meta'],
    [15, 13, true, 'j'],
  ])('line %i (record %i): ok=%s %s', (line, index, good, what) => {
    const r = results.find((x) => x.line === line);
    expect(r).toBeDefined();
    expect(r!.index).toBe(index);
    expect(r!.ok).toBe(good);
    if (r!.ok) expect(r!.record.id).toBe(what);
    else {
      expect(r!.ruleId).toBe(what);
      expect(r!.ruleId).toMatch(RULE_ID);
    }
  });

  it('skips the blank line and keeps record fields', () => {
    expect(results).toHaveLength(14);
    expect(results[0]).toMatchObject({ ok: true, record: { id: 'a', text: 'Alpha text.', dct: '2024-11-01', meta: { wire: 'AP' } } });
    expect(results[2]).toMatchObject({ ok: true, record: { id: 'c', dct: null } });
  });

  it('names the earlier line of a duplicate id', () => {
    const dup = results.find((r) => r.line === 11);
    expect(dup && !dup.ok && dup.message).toContain('line 1');
  });

  it('does not echo a long invalid line in the message', () => {
    const [r] = parseJsonl(`{"id": "x", "text": "${'long '.repeat(200)}`);
    expect(r && !r.ok && r.message.length).toBeLessThan(120);
  });

  it('applies maxChars to each record text', () => {
    const [r] = parseJsonl('{"id": "x", "text": "abcdef"}', { maxChars: 5 });
    expect(r).toMatchObject({ ok: false, ruleId: 'read:too-large', id: 'x' });
  });
});

describe('parseJsonRecords', () => {
  it('reads one record object', () => {
    expect(parseJsonRecords('\n{"id": "x", "text": "One."}\n')).toEqual([{ ok: true, index: 0, line: 2, record: { id: 'x', text: 'One.', dct: null } }]);
  });

  it('reads an array and reports bad elements with their lines', () => {
    const text = '[\n  {"id": "a", "text": "A [x], {y}"},\n  {"id": "b"},\n  {"id": "c",\n   "text": "C"},\n  {"id": "a", "text": "dup"}\n]';
    const rs = parseJsonRecords(text);
    expect(rs.map((r) => [r.line, r.ok, r.ok ? r.record.id : r.ruleId])).toEqual([
      [2, true, 'a'], [3, false, 'read:bad-text'], [4, true, 'c'], [6, false, 'read:duplicate-id'],
    ]);
  });

  it('fails the file once for invalid JSON', () => {
    const rs = parseJsonRecords('[{"id": "a", "text": "A"},\n {"id": }]');
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ ok: false, ruleId: 'read:invalid-json' });
  });

  it('accepts a BOM', () => {
    expect(parseJsonRecords('\uFEFF{"id": "x", "text": "One."}')[0]?.ok).toBe(true);
  });
});

describe('helpers', () => {
  it.each([
    ['2024-11-01', true], ['2024-02-29', true], ['2023-02-29', false], ['2024-13-01', false], ['2024-1-01', false], ['', false],
  ])('isIsoDate(%j) = %s', (s, expected) => expect(isIsoDate(s)).toBe(expected));

  it.each([
    ['polnear/test/x', 'polnear_test_x'], ['te3-APW19980807.0261', 'te3-APW19980807.0261'], ['..', '_.'], ['.hidden', '_hidden'],
    ['a b?c', 'a_b_c'], ['', '_'], ['café', 'caf_'],
  ])('sanitizeId(%j) = %j', (id, expected) => expect(sanitizeId(id)).toBe(expected));

  it('cuts very long ids but keeps them distinct', () => {
    const a = sanitizeId('x'.repeat(300) + 'a');
    const b = sanitizeId('x'.repeat(300) + 'b');
    expect(a.length).toBeLessThanOrEqual(120);
    expect(a).not.toBe(b);
  });

  it('allocates unique keys deterministically', () => {
    const run = () => {
      const k = new KeyAllocator();
      return ['a/b', 'a_b', 'A_B', 'c'].map((id) => k.allocate(id));
    };
    const keys = run();
    expect(keys[0]).toBe('a_b');
    expect(new Set(keys.map((x) => x.toLowerCase())).size).toBe(4);
    expect(run()).toEqual(keys);
  });

  it('finds array element offsets past strings with brackets and escapes', () => {
    const text = '[ {"a": "]\\"[,"}, 2 ,"x,y" ]';
    expect(arrayElementOffsets(text).map((o) => text[o])).toEqual(['{', '2', '"']);
  });
});
