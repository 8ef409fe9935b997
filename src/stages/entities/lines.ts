/**
 * Tagger sentences: the Doc's sentences, further split at line breaks that end a line of its own.
 *
 * The segmenter never splits a sentence at a single newline (hard-wrapped copy must stay whole), so a
 * headline, a dateline and the first sentence of a dispatch written one per line come out as one
 * sentence ("CRICKET - ... VICTORY .\nLONDON 1996-08-30\nWest Indian all-rounder ..."), as do the rows of a
 * results table. The tagger was trained on one line per sentence and reads headline casing per sentence, so
 * it sees such lines separately. A paragraph whose lines look hard-wrapped keeps its sentences whole.
 * The Doc's sentence layer itself is not changed.
 */
import type { Doc } from '../../core/doc.js';
import type { Token } from '../../types/annotation.js';

/**
 * A token range `[tokenStart, tokenEnd)` the tagger decodes as one sentence, with the words it sees:
 * `words[j]` stands for the Doc tokens `[starts[j], starts[j + 1] ?? tokenEnd)`.
 */
export interface TaggerSentence {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly words: readonly string[];
  readonly starts: readonly number[];
}

/**
 * Clitics written after a space (pre-tokenized text such as CoNLL, MEANTIME: `Boatmen 's Bancshares`,
 * `U.S. 's`, `they 're`). The segmenter reads the apostrophe as a quote mark and the clitic as a word; the
 * tagger was trained on Penn Treebank tokens, so it sees one `'s` token. Typed data: id and pattern.
 */
export const SPACED_CLITICS: readonly { readonly id: string; readonly pattern: RegExp }[] = [
  { id: 'possessive-s', pattern: /^[sS]$/ },
  { id: 'verb-clitic', pattern: /^(?:m|M|re|RE|ve|VE|ll|LL|d|D)$/ },
];

/** Hard-wrap detection thresholds (characters, shares). */
export const WRAP = {
  /** A wrapped paragraph's longest line is at most this long. */
  maxWidth: 100,
  /** Share of non-final lines that must look wrapped. */
  minWrappedLines: 0.8,
} as const;

/**
 * True when the lines of `text` look hard-wrapped at a fixed width: (nearly) every line but the last is
 * full, i.e. the next line's first word would not have fitted on it (greedy wrapping). Lists, tables and
 * one-sentence-per-line copy fail this test: their lines end early.
 */
export function isHardWrapped(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim());
  if (lines.length < 2) return false;
  const width = Math.max(...lines.map((l) => l.length));
  if (width > WRAP.maxWidth) return false;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1]!.split(/\s/, 1)[0]!.length;
    if (lines[i]!.length + 1 + next > width) full++;
  }
  return full >= WRAP.minWrappedLines * (lines.length - 1);
}

const APOSTROPHE = /^['’]$/;

/** True when tokens `i` (an apostrophe after a space) and `i + 1` (a bare clitic) form one spaced clitic. */
export function isSpacedClitic(tokens: readonly Token[], i: number, end: number): boolean {
  const q = tokens[i]!;
  const c = tokens[i + 1];
  if (!c || i + 1 >= end || q.kind !== 'quote' || !APOSTROPHE.test(q.norm ?? q.text) || c.start !== q.end || c.kind !== 'word') return false;
  const before = tokens[i - 1];
  if (!before || before.end === q.start) return false;
  const after = tokens[i + 2];
  if (after && after.start === c.end && after.kind === 'word') return false;
  return SPACED_CLITICS.some((r) => r.pattern.test(c.text));
}

/**
 * Other pieces the segmenter splits and the tagger's (Penn Treebank) tokens keep whole, as typed rows:
 * `pattern` is tested on the text of two adjacent Doc tokens with no space between them.
 */
export const JOINS: readonly { readonly id: string; readonly example: string; readonly test: (a: Token, b: Token, next: Token | undefined) => boolean }[] = [
  // "P. Simmons": an initial before a capitalized word.
  { id: 'initial', example: 'P. Simmons', test: (a, b, next) => /^\p{Lu}$/u.test(a.text) && b.text === '.' && next !== undefined && next.start > b.end && /^\p{Lu}/u.test(next.text) },
  // "C$ 0.45", "A$ 100 million": a currency prefix.
  { id: 'currency-prefix', example: 'C$ 101.15', test: (a, b) => /^\p{Lu}{1,2}$/u.test(a.text) && b.text === '$' },
];

/** The tagger's words over Doc tokens `[a, b)`: spaced clitics and {@link JOINS} joined. */
function view(tokens: readonly Token[], a: number, b: number): TaggerSentence {
  const words: string[] = [];
  const starts: number[] = [];
  for (let i = a; i < b; i++) {
    starts.push(i);
    const t = tokens[i]!;
    const u = tokens[i + 1];
    if (i > a && isSpacedClitic(tokens, i, b)) {
      words.push(`'${tokens[i + 1]!.text}`);
      i++;
    } else if (u !== undefined && i + 1 < b && u.start === t.end && JOINS.some((j) => j.test(t, u, i + 2 < b ? tokens[i + 2] : undefined))) {
      words.push(t.text + u.text);
      i++;
    } else {
      words.push(tokens[i]!.norm ?? tokens[i]!.text);
    }
  }
  return { tokenStart: a, tokenEnd: b, words, starts };
}

/**
 * The Doc's sentences, with a boundary after a capital initial undone when a capitalized word follows on the
 * same line (`( P. Simmons 4-38 )`): the segmenter may end a sentence there, a name is far likelier.
 */
function joinInitials(doc: Doc, tokens: readonly Token[]): { tokenStart: number; tokenEnd: number; paragraph: number; text: string }[] {
  const out: { tokenStart: number; tokenEnd: number; paragraph: number; text: string }[] = [];
  for (const s of doc.sentences ?? []) {
    const prev = out[out.length - 1];
    const e = prev?.tokenEnd ?? 0;
    if (prev && prev.tokenEnd === s.tokenStart && prev.paragraph === s.paragraph && e - 2 >= prev.tokenStart && s.tokenEnd > s.tokenStart) {
      const dot = tokens[e - 1]!;
      const init = tokens[e - 2]!;
      const next = tokens[e]!;
      const gap = doc.text.slice(dot.end, next.start);
      if (dot.text === '.' && init.end === dot.start && /^\p{Lu}$/u.test(init.text) && /^\p{Lu}/u.test(next.text) && next.kind === 'word' && !/[\n\r]/.test(gap)) {
        out[out.length - 1] = { ...prev, tokenEnd: s.tokenEnd, text: doc.text.slice(tokens[prev.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end) };
        continue;
      }
    }
    out.push({ tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, paragraph: s.paragraph, text: s.text });
  }
  return out;
}

/** The Doc's sentences split at line breaks of paragraphs that are not hard-wrapped. */
export function taggerSentences(doc: Doc): TaggerSentence[] {
  const tokens = doc.tokens ?? [];
  const paragraphs = doc.paragraphs ?? [];
  const wrapped = paragraphs.map((p) => p.text.includes('\n') && isHardWrapped(p.text));
  const out: TaggerSentence[] = [];
  for (const s of joinInitials(doc, tokens)) {
    if (s.tokenEnd <= s.tokenStart) continue;
    if (wrapped[s.paragraph] || !s.text.includes('\n')) {
      out.push(view(tokens, s.tokenStart, s.tokenEnd));
      continue;
    }
    let a = s.tokenStart;
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      const gap = doc.text.slice(tokens[i - 1]!.end, tokens[i]!.start);
      if (gap.includes('\n') || gap.includes('\r')) {
        out.push(view(tokens, a, i));
        a = i;
      }
    }
    out.push(view(tokens, a, s.tokenEnd));
  }
  return out;
}

/** Doc token range of the tagger span `[a, b)` of sentence `s`. */
export function docRange(s: TaggerSentence, a: number, b: number): { start: number; end: number } {
  return { start: s.starts[a]!, end: b < s.starts.length ? s.starts[b]! : s.tokenEnd };
}
