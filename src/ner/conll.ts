/**
 * Reading gold JSONL (the `shared/eval/ner` shape) into tagger documents. Used by the training and dev
 * evaluation scripts only; nothing here is shipped data.
 */
import type { TagDoc } from './features.js';
import { COARSE_TYPES, spansToTags, type CoarseType, type TokenSpan } from './tags.js';
import type { TrainDoc } from './train.js';

/** One gold record. */
export interface GoldRecord {
  readonly id: string;
  readonly text: string;
  readonly entities: readonly { start: number; end: number; text: string; label: string }[];
}

/** A document split on single spaces and newlines (CoNLL/MEANTIME texts are token-joined), with offsets. */
export interface TokenizedDoc extends TagDoc {
  /** Character offsets `[start, end)` of every token, per sentence. */
  readonly offsets: readonly (readonly [number, number][])[];
}

/** Splits a token-joined text: sentences on `\n`, tokens on runs of spaces. */
export function tokenizeJoined(text: string): TokenizedDoc {
  const sentences: string[][] = [];
  const offsets: [number, number][][] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const toks: string[] = [];
    const offs: [number, number][] = [];
    const re = /\S+/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      toks.push(m[0]);
      offs.push([pos + m.index, pos + m.index + m[0].length]);
    }
    if (toks.length) {
      sentences.push(toks);
      offsets.push(offs);
    }
    pos += line.length + 1;
  }
  return { sentences, offsets };
}

/** Converts a CoNLL gold record to a training document (entities must align with tokens; others are dropped). */
export function conllTrainDoc(rec: GoldRecord): TrainDoc & TokenizedDoc {
  const doc = tokenizeJoined(rec.text);
  const tags = doc.offsets.map((offs) => {
    const spans: TokenSpan[] = [];
    for (const e of rec.entities) {
      const s = offs.findIndex(([a]) => a === e.start);
      const t = offs.findIndex(([, b]) => b === e.end);
      if (s >= 0 && t >= s && COARSE_TYPES.includes(e.label as CoarseType)) spans.push({ start: s, end: t + 1, type: e.label as CoarseType });
    }
    return spansToTags(offs.length, spans);
  });
  return { ...doc, tags };
}
