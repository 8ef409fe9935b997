import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateEvalRecord } from '../../src/eval/record.js';
import { runEval } from '../../src/eval/run.js';
import { exportEvalJsonl, toEvalRecord } from '../../src/export/eval-jsonl.js';
import type { AnnotationDocument, EntityType } from '../../src/types/annotation.js';

const dir = mkdtempSync(join(tmpdir(), 'factwire-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A span of `text` by needle, in UTF-16 units (what JavaScript counts). */
const u16 = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`${needle} not in text`);
  return { start, end: start + needle.length, text: needle };
};
/** The same span in code points. */
const cpSpan = (text: string, needle: string) => {
  const s = u16(text, needle);
  const start = Array.from(text.slice(0, s.start)).length;
  return { start, end: start + Array.from(needle).length, text: needle };
};

// Emoji before every span, so every code-point offset differs from its UTF-16 offset.
const TEXT = '🙂 OSLO, 1 Nov 2024 /TASS/. 👋 "Prices 📈 will rise," Ivan Petrov said in 🇳🇴 Norway.';

function makeDoc(offsets: 'utf16' | 'codepoint' = 'utf16'): AnnotationDocument {
  const sp = offsets === 'utf16' ? u16 : cpSpan;
  const mention = (needle: string, type: EntityType, id: string) => ({ id, ...sp(TEXT, needle), type, entity: null, by: 'test@1/hand' });
  const f1 = sp(TEXT, '"Prices 📈');
  const f2 = sp(TEXT, 'will rise,"');
  return {
    schema: 'https://factwire.dev/schemas/annotation/1.0.0',
    id: 'emoji-1',
    source: { path: null, sha256: '0'.repeat(64), format: 'stdin-text' },
    offsets,
    text: TEXT,
    meta: { dct: { value: '2024-11-01', source: 'dateline' }, dateline: null, agency: 'TASS', byline: null, title: null, header: [], body: { start: 0, end: 0, text: '' } },
    paragraphs: [],
    sentences: [],
    tokens: [],
    mentions: [mention('OSLO', 'GPE', 'm1'), mention('Ivan Petrov', 'PERSON', 'm2'), mention('Norway', 'GPE', 'm3'), mention('TASS', 'ORG', 'm4')],
    entities: [],
    timexes: [
      { id: 't1', ...sp(TEXT, '1 Nov 2024'), type: 'DATE', value: '2024-11-01', anchor: null, metadata: true, by: 'test@1/hand' },
    ],
    quotes: [
      {
        id: 'q1',
        kind: 'direct',
        content: { start: f1.start, end: f2.end, text: TEXT.slice(u16(TEXT, '"Prices').start, u16(TEXT, 'rise,"').end), fragments: [f1, f2] },
        speaker: { ...sp(TEXT, 'Ivan Petrov'), entity: null, name: null },
        cue: { ...sp(TEXT, 'said'), lemma: 'say' },
        sentences: [0],
        by: 'test@1/hand',
      },
      { id: 'q2', kind: 'indirect', content: sp(TEXT, 'Norway'), speaker: null, cue: null, sentences: [0], by: 'test@1/hand' },
    ],
    messages: [],
    provenance: { factwire: '0.1.0', pipeline: { name: 'test', hash: 'x' }, stages: [] },
  };
}

describe('toEvalRecord', () => {
  it('converts utf16 offsets to code points (emoji text) and every span still slices to its text', () => {
    const r = toEvalRecord(makeDoc('utf16'));
    expect(r.entities![0]).toEqual({ ...cpSpan(TEXT, 'OSLO'), label: 'GPE' });
    expect(r.entities![2]).toEqual({ ...cpSpan(TEXT, 'Norway'), label: 'GPE' });
    expect(r.quotes![0]!.quote.fragments).toEqual([cpSpan(TEXT, '"Prices 📈'), cpSpan(TEXT, 'will rise,"')]);
    expect(r.quotes![0]!.speaker).toEqual(cpSpan(TEXT, 'Ivan Petrov'));
    expect(r.quotes![0]!.cue).toEqual(cpSpan(TEXT, 'said'));
    // The scorer's validator slices by code points: no errors and no text mismatches.
    const check = validateEvalRecord(JSON.parse(JSON.stringify(r)));
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
  });

  it('gives the same record for a utf16 and a codepoint document', () => {
    expect(toEvalRecord(makeDoc('utf16'))).toEqual(toEvalRecord(makeDoc('codepoint')));
  });

  it('writes the documented shape and key order', () => {
    const r = toEvalRecord(makeDoc());
    expect(Object.keys(r)).toEqual(['id', 'text', 'dct', 'entities', 'timexes', 'quotes']);
    expect(r.dct).toBe('2024-11-01');
    expect(r.timexes).toEqual([{ ...cpSpan(TEXT, '1 Nov 2024'), type: 'DATE', value: '2024-11-01' }]); // metadata timexes are kept
    expect(r.quotes![1]).toEqual({ quote: cpSpan(TEXT, 'Norway'), speaker: null, cue: null, kind: 'indirect' });
    expect('fragments' in r.quotes![1]!.quote).toBe(false);
  });

  it.each([
    [undefined, ['GPE', 'PERSON', 'GPE', 'ORG']],
    ['ontonotes', ['GPE', 'PERSON', 'GPE', 'ORG']],
    ['conll', ['LOC', 'PER', 'LOC', 'ORG']],
  ] as const)('labels %s', (labels, expected) => {
    expect(toEvalRecord(makeDoc(), { labels }).entities!.map((e) => e.label)).toEqual(expected);
  });

  it.each([
    [undefined, ['OSLO', 'Ivan Petrov', 'Norway', 'TASS']],
    ['name', ['OSLO', 'Ivan Petrov', 'Norway', 'TASS']],
    ['extent', ['OSLO', 'Ivan Petrov', 'in 🇳🇴 Norway', 'TASS']],
  ] as const)('spans %s', (spans, expected) => {
    const d = makeDoc('utf16');
    // A mention with an extent (not a real noun phrase: any span containing the name shows which one is written).
    d.mentions[2] = { ...d.mentions[2]!, extent: u16(TEXT, 'in 🇳🇴 Norway') };
    const r = toEvalRecord(d, { spans });
    expect(r.entities!.map((e) => e.text)).toEqual(expected);
    // Offsets in code points either way, and the scorer's validator accepts them.
    expect(validateEvalRecord(JSON.parse(JSON.stringify(r))).errors).toEqual([]);
    if (spans === 'extent') expect(r.entities![2]).toMatchObject(cpSpan(TEXT, 'in 🇳🇴 Norway'));
  });

  it('rejects an unknown span kind', () => {
    expect(() => toEvalRecord(makeDoc(), { spans: 'np' as never })).toThrow(TypeError);
  });

  /** `makeDoc` with an inner name on `Ivan Petrov` (emoji before it: its code points differ from its UTF-16 units). */
  const withInner = (offsets: 'utf16' | 'codepoint') => {
    const d = makeDoc(offsets);
    const sp = offsets === 'utf16' ? u16 : cpSpan;
    d.mentions[1]!.inner = [{ ...sp(TEXT, 'Petrov'), type: 'PERSON', by: 'test@1/hand' }];
    return d;
  };

  it.each([
    ['no option', {}],
    ['nested: false', { nested: false }],
    ['labels conll', { labels: 'conll' }],
  ] as const)('without nested (%s), inner names change nothing: the same JSON as without them', (_what, options) => {
    expect(JSON.stringify(toEvalRecord(withInner('utf16'), options))).toBe(JSON.stringify(toEvalRecord(makeDoc('utf16'), options)));
  });

  it.each([
    ['utf16', undefined, ['GPE', 'PERSON', 'PERSON', 'GPE', 'ORG']],
    ['codepoint', undefined, ['GPE', 'PERSON', 'PERSON', 'GPE', 'ORG']],
    ['utf16', 'conll', ['LOC', 'PER', 'PER', 'LOC', 'ORG']],
  ] as const)('with nested (%s document, labels %s), each inner name follows its mention, in code points', (offsets, labels, expected) => {
    const r = toEvalRecord(withInner(offsets), { nested: true, labels });
    expect(r.entities!.map((e) => e.label)).toEqual(expected);
    expect(r.entities![2]).toEqual({ ...cpSpan(TEXT, 'Petrov'), label: expected[2] });
    expect(validateEvalRecord(JSON.parse(JSON.stringify(r))).errors).toEqual([]);
  });

  it('dct is null when the document has none', () => {
    const d = makeDoc();
    d.meta.dct = null;
    expect(toEvalRecord(d).dct).toBeNull();
  });

  it('rejects an unknown label set', () => {
    expect(() => toEvalRecord(makeDoc(), { labels: 'spacy' as never })).toThrow(TypeError);
  });
});

describe('exportEvalJsonl', () => {
  it('writes one line per document and the scorer reads it back at 1.0', async () => {
    const lines: string[] = [];
    async function* docs() {
      yield makeDoc('utf16');
      yield { ...makeDoc('codepoint'), id: 'emoji-2' };
    }
    expect(await exportEvalJsonl(docs(), (l) => lines.push(l))).toBe(2);
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    const p = join(dir, 'pred.jsonl');
    writeFileSync(p, lines.join(''));
    for (const task of ['ner', 'time', 'quotes'] as const) {
      const r = await runEval({ task, gold: p, pred: p });
      expect(r.issues).toEqual({ errors: 0, warnings: 0, items: [] });
      const f1 = r.task === 'ner' ? r.scores.strict.overall.f1 : r.task === 'time' ? r.scores.value.f1 : r.scores.attribution.f1;
      expect(f1).toBe(1);
    }
  });

  it('checks options before reading any document', async () => {
    let read = false;
    async function* docs() {
      read = true;
      yield makeDoc();
    }
    await expect(exportEvalJsonl(docs(), () => {}, { labels: 'x' as never })).rejects.toThrow(TypeError);
    expect(read).toBe(false);
  });
});
