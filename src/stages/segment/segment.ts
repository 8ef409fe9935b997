/**
 * Segmentation of one text, independent of the stage plumbing: paragraphs, then per paragraph the
 * header spans and the body stretches between them. Each stretch is tokenized as a closed range (so
 * no token straddles a header boundary); a header stretch is one sentence with `header` set (one per
 * line unit when it spans line breaks, see lines.ts), a body stretch goes through the sentence splitter.
 */
import type { Message, Paragraph, Sentence, Token } from '../../types/annotation.js';
import { message } from '../../core/messages.js';
import type { HeaderRange } from './headers.js';
import type { CompiledLexicon } from './options.js';
import { hasLineBreak, lineBoundaries } from './lines.js';
import { findParagraphs } from './paragraphs.js';
import { splitRegion } from './sentences.js';
import { createTokenizer, type TokenSink } from './tokenize.js';

/** The three layers the stage assigns. */
export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

/**
 * Segments `text`. `headers` must be sanitized (sorted, disjoint, inside the text: see
 * `sanitizeHeaders`). A header span that crosses a paragraph break is cut at the break (each piece is
 * a header sentence of its paragraph) and reported.
 */
export function segmentText(text: string, headers: readonly HeaderRange[], lex: CompiledLexicon, report: (m: Message) => void = () => {}): Segmentation {
  const paragraphs = findParagraphs(text);
  const sink: TokenSink = { tokens: [], info: [] };
  const { tokens, info } = sink;
  const sentences: Sentence[] = [];
  const tokenize = createTokenizer(text, sink, lex);
  let paragraph = 0;
  const emit = (first: number, end: number): void => pushSentence(first, end, paragraph);

  const pushSentence = (first: number, end: number, paragraph: number, header?: HeaderRange['kind']): void => {
    const start = tokens[first]!.start;
    const stop = tokens[end - 1]!.end;
    // `header` always present (undefined on body sentences, omitted from JSON): one object layout for all sentences,
    // as a second layout met late made the quote tagger's sentence loop drop its optimised code.
    const s: Sentence = { start, end: stop, text: text.slice(start, stop), paragraph, tokenStart: first, tokenEnd: end, header: header || undefined };
    sentences.push(s);
  };

  let h = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    paragraph = p;
    const body = (from: number, to: number): void => {
      const t0 = tokens.length;
      tokenize(from, to);
      splitRegion(tokens, info, t0, tokens.length, lex, emit);
    };
    while (h < headers.length && headers[h]!.end <= para.start) h++;
    let cursor = para.start;
    while (h < headers.length && headers[h]!.start < para.end) {
      const hd = headers[h]!;
      const from = Math.max(hd.start, para.start);
      const to = Math.min(hd.end, para.end);
      if (cursor < from) body(cursor, from);
      const t0 = tokens.length;
      tokenize(from, to);
      // One sentence per header span, or per line of one written on several (`FARMINGTON HILLS, Mich.` / `1996-08-30`).
      let first = t0;
      if (tokens.length > t0 && hasLineBreak(info, t0, tokens.length)) {
        for (const b of lineBoundaries(tokens, info, t0, tokens.length)) { pushSentence(first, b, p, hd.kind); first = b; }
      }
      if (tokens.length > first) pushSentence(first, tokens.length, p, hd.kind);
      cursor = to;
      if (hd.end > para.end) {
        report(message('warning', 'segment:header-crosses-paragraph', `${hd.kind} header span crosses a paragraph break; cut at the break`, { start: hd.start, end: hd.end }));
        break; // the rest of this header continues in the next paragraph
      }
      h++;
    }
    if (cursor < para.end) body(cursor, para.end);
  }
  return { paragraphs, sentences, tokens };
}
