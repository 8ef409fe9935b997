/**
 * The tagger's file format as tools read and write it (`readModelFile` / `writeModelFile`, used by the tagger itself
 * and by scripts/soup-taggers.mjs): a file read raw and written back is the same bytes, and malformed input is refused
 * with a message instead of a silently wrong model.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readModelFile, TAGGER_PATH, writeModelFile, type ModelFile } from '../../src/quotes/tagger.js';

const committed = readFileSync(TAGGER_PATH);

describe('tagger model file', () => {
  it('reads the committed tagger raw and writes the same bytes back', () => {
    const f = readModelFile(committed);
    expect(f.keys.length).toBe(f.header.rows);
    expect(f.cueKeys.length).toBe(f.header.cueRows);
    expect(Buffer.compare(writeModelFile(f), committed)).toBe(0);
  });

  it.each<[string, (f: ModelFile) => Parameters<typeof writeModelFile>[0], RegExp]>([
    ['a header with more rows than given', (f) => ({ ...f, header: { ...f.header, rows: f.header.rows + 1 } }), /disagrees/],
    ['a header with fewer cue rows than given', (f) => ({ ...f, header: { ...f.header, cueRows: f.header.cueRows - 1 } }), /disagrees/],
    ['weights for one row too few', (f) => ({ ...f, q: f.q.subarray(1 * 7) }), /disagrees/],
  ])('refuses to write %s', (_name, change, message) => {
    expect(() => writeModelFile(change(readModelFile(committed)))).toThrow(message);
  });

  it.each([
    ['a file of another kind', Buffer.from('PK\u0003\u0004 not a tagger at all', 'latin1')],
    ['the committed file with its magic changed', Buffer.concat([Buffer.from('FWQTG02\0', 'latin1'), committed.subarray(8)])],
  ])('refuses to read %s', (_name, bytes) => {
    expect(() => readModelFile(bytes)).toThrow(/bad magic/);
  });
});
