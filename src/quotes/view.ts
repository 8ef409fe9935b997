/**
 * A read-only index over the layers the quote extractor needs: lower-cased token forms, the sentence
 * and paragraph of every token, and the quote region (if any) each token sits in.
 */
import type { Paragraph, Sentence, Token } from '../types/annotation.js';
import { pairQuotes, type Pairing, type QuoteRegion } from './marks.js';

/** Token-level index used by the candidate finders. */
export interface View {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  /** Lower-cased normalized form of each token (`norm` when set, curly apostrophes made straight). */
  readonly lower: readonly string[];
  /** Sentence index of each token (-1 when outside every sentence). */
  readonly sentOf: Int32Array;
  /** Top-level quote region index of each token, marks included (-1 outside quotes). */
  readonly regionOf: Int32Array;
  readonly regions: readonly QuoteRegion[];
  readonly pairing: Pairing;
}

/** Paragraph spans derived from the sentences' `paragraph` index (the stage does not require `paragraphs`). */
export function paragraphsFromSentences(text: string, sentences: readonly Sentence[]): Paragraph[] {
  const out: Paragraph[] = [];
  let cur = -1;
  for (const s of sentences) {
    if (s.paragraph !== cur || out.length === 0) {
      out.push({ start: s.start, end: s.end, text: '' });
      cur = s.paragraph;
    } else out[out.length - 1]!.end = s.end;
  }
  for (const p of out) p.text = text.slice(p.start, p.end);
  return out;
}

/**
 * Paragraphs whose marks do not pair are paired again line by line, when they hold single line breaks (a
 * feed that separates paragraphs by one newline, where a quotation running on to the next line reopens with a
 * mark). The lines' regions replace the fallback only when every line pairs; other paragraphs are untouched.
 */
export function repairByLines(text: string, tokens: readonly Token[], paragraphs: readonly Paragraph[], pairing: Pairing): Pairing {
  if (pairing.unbalanced.length === 0) return pairing;
  const regions: QuoteRegion[] = [...pairing.regions];
  const unbalanced = pairing.unbalanced.filter((u) => {
    const p = paragraphs[u.paragraph];
    if (!p) return true;
    // From the line of the stray mark to the paragraph end; regions paired before the mark stay as they are.
    const from = Math.max(p.start, text.lastIndexOf('\n', u.start) + 1);
    const span = text.slice(from, p.end);
    if (span.indexOf('\n') < 0 || regions.some((r) => r.end > u.start && r.start < p.end)) return true;
    const lines: Paragraph[] = [];
    let at = from;
    for (const part of span.split('\n')) {
      const start = at;
      at += part.length + 1;
      if (part.trim()) lines.push({ start, end: start + part.length, text: part });
    }
    const sub = pairQuotes(text, tokens, lines);
    if (sub.unbalanced.length > 0 || sub.regions.length === 0) return true;
    // The same literal as pairQuotes' regions (a spread copy would get a hidden class of its own, and every reader of regions would deoptimize on it).
    for (const r of sub.regions) if (r.start >= u.start) regions.push({ start: r.start, end: r.end, openToken: r.openToken, closeToken: r.closeToken, paragraphs: [u.paragraph], words: r.words });
    return false;
  });
  if (unbalanced.length === pairing.unbalanced.length) return pairing;
  regions.sort((x, y) => x.start - y.start);
  return { regions, unbalanced };
}

/** Builds the view; pairs the quotation marks once. */
export function buildView(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): View {
  const paragraphs = paragraphsFromSentences(text, sentences);
  // A loop, not tokens.map(): once buildView is optimised an inlined map returns a HOLEY array, and every reader
  // of `lower` optimised on PACKED ones deopts ("wrong map"; models/ner/README.md, "Elements kinds").
  const lower: string[] = [];
  for (const t of tokens) {
    const l = (t.norm ?? t.text).toLowerCase();
    lower.push(l.indexOf('’') >= 0 ? l.replace(/’/g, "'") : l);
  }
  const sentOf = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd && i < tokens.length; i++) sentOf[i] = si;
  });
  const pairing = repairByLines(text, tokens, paragraphs, pairQuotes(text, tokens, paragraphs));
  const regionOf = new Int32Array(tokens.length).fill(-1);
  pairing.regions.forEach((r, ri) => {
    for (let i = r.openToken; i <= r.closeToken; i++) regionOf[i] = ri;
  });
  return { text, tokens, sentences, paragraphs, lower, sentOf, regionOf, regions: pairing.regions, pairing };
}
