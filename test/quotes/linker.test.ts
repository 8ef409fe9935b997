import { describe, expect, it } from 'vitest';
import { Linker, loadLinker, rankOf, type SourceCand } from '../../src/quotes/linker.js';
import { sourceCandidates } from '../../src/quotes/link.js';
import { buildView } from '../../src/quotes/view.js';
import type { Candidate } from '../../src/quotes/extract.js';
import { extractText, layers } from './helpers.js';

describe('speaker linker', () => {
  it('serializes and parses to the same weights (hashes only, no text)', () => {
    const l = new Linker(new Map([[12345, 0.5], [7, -1.25]]), new Map([[99, 2]]), 0.5, { note: 'test' });
    const s = l.serialize();
    const back = Linker.parse(s);
    expect([...back.link]).toEqual([[7, -1.25], [12345, 0.5]]);
    expect(back.keep?.get(99)).toBe(2);
    expect(back.keepBias).toBe(0.5);
    expect(s).not.toMatch(/said|speaker/);
  });

  it('the committed model loads and is small', () => {
    const l = loadLinker();
    expect(l).not.toBeNull();
    expect(l!.link.size).toBeGreaterThan(100);
  });

  it('offers NULL and the NP left of the cue as candidates', () => {
    const text = 'The board, its chairman noted on Friday, has approved the merger, said the company.';
    const l = layers(text);
    const v = buildView(text, l.tokens, l.sentences);
    const k = v.lower.indexOf('noted');
    expect(k).toBeGreaterThan(0);
    const c: Candidate = { pattern: 'tagger', cue: { a: k, b: k + 1 }, cueEntry: null, speaker: null, content: [{ a: 0, b: 2 }], score: 0.7 };
    const cands = sourceCandidates(v, c, []);
    expect(cands[0]!.r).toBeNull();
    const texts = cands.slice(1).map((s) => v.tokens.slice(s.r!.a, s.r!.b).map((t) => t.text).join(' '));
    expect(texts).toContain('chairman');
  });

  it('ranks candidates by distance on each side of the cue', () => {
    const c = { cue: { a: 10, b: 11 } } as Candidate;
    const cands: SourceCand[] = [{ r: null, from: 0 }, { r: { a: 2, b: 4 }, from: 1 }, { r: { a: 7, b: 9 }, from: 1 }, { r: { a: 12, b: 13 }, from: 1 }];
    expect([1, 2, 3].map((k) => rankOf(cands, k, c))).toEqual([1, 0, 0]);
  });

  it('links a reported belief to its holder in the same sentence', () => {
    const text = 'The finance minister believes the new tax will raise revenue next year.';
    const { quotes } = extractText(text);
    for (const q of quotes) if (q.speaker) expect(q.speaker.text).toMatch(/minister/);
  });

  it('attributes a relative-clause claim to "who"', () => {
    const text = 'Reporters spoke with Maria Lopez, who said the bridge would reopen in May.';
    const { quotes } = extractText(text);
    const q = quotes.find((x) => x.content.text.includes('bridge'));
    expect(q?.speaker?.text).toBe('who');
  });
});
