/** Test helpers: hand-built token lists and Docs (tokenized by the dev tokenizer). */
import { createDoc, type Doc } from '../../src/core/doc.js';
import { devTokenize } from '../../src/ner/dev-eval.js';
import type { Token } from '../../src/types/annotation.js';

/** Tokens of `text` (one sentence per line). */
export function tokensOf(text: string): Token[] {
  return devTokenize(text).tokens;
}

/** A Doc with sentences and tokens, as the segment stage would produce them. */
export function docOf(text: string, id = 'test'): Doc {
  const { sentences, tokens } = devTokenize(text);
  return { ...createDoc({ id, text, source: { path: null, sha256: '0'.repeat(64), format: 'txt' } }), sentences, tokens, paragraphs: [{ start: 0, end: text.length, text }] };
}

/** Token index range of the `nth` occurrence (counting from 1, default the first) of `phrase` in `text`. */
export function rangeOf(tokens: readonly Token[], text: string, phrase: string, nth = 1): { start: number; end: number } {
  let a = -1;
  for (let k = 0; k < nth; k++) a = text.indexOf(phrase, a + 1);
  if (a < 0) throw new Error(`no "${phrase}"`);
  const start = tokens.findIndex((t) => t.start === a);
  const end = tokens.findIndex((t) => t.end === a + phrase.length) + 1;
  if (start < 0 || end <= start) throw new Error(`"${phrase}" does not align with tokens`);
  return { start, end };
}
