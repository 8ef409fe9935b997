/**
 * GUM (the derived named-entity view of `shared/eval/ner/gum.dev.jsonl`) as *partially labelled* training
 * documents. Used by the training scripts only; nothing here is shipped data.
 *
 * GUM has no NER layer: the eval file keeps the nominal mentions headed by a proper noun, typed with GUM's
 * own entity types. Only `person`, `place` and `organization` map cleanly onto CoNLL's PER, LOC and ORG; the
 * other types (`abstract`, `event`, `object`, `time`, ...) are not a MISC layer, and words CoNLL tags MISC
 * without being a mention (nationality adjectives: `American` in `American troops`) are not annotated at
 * all. So a GUM document fixes the PER/ORG/LOC decision and leaves the MISC decision open: each token gets
 * a set of allowed tags, and training takes as gold the best path (under the current weights) inside
 * those sets (latent structured perceptron with partial labels). A token is
 *
 * - in a top-level `person`/`place`/`organization` span aligned with our tokens: exactly `B-X`/`I-X`
 *   (nested spans inside it are ignored: CoNLL tags the outermost name, `Udvar-Hazy Center`);
 * - in a top-level span of another type: `O` or MISC, or the tags of a PER/ORG/LOC span nested in it;
 * - outside every span: `O` (GUM annotates every referring proper noun), except the words GUM leaves
 *   unannotated where CoNLL has MISC — nationality, language and religion words (`miscOutside`) —, which may
 *   be `O` or MISC. (Leaving *every* outside token open taught the model MISC for capitalised common words —
 *   each PER/ORG/LOC error there was corrected towards the nearer of O and MISC — and cost eng.testa MISC
 *   0.016 F1.)
 * - in a span whose edges do not fall on our token edges, or that crosses a sentence break: anything.
 */
import type { Sentence, Token } from '../types/annotation.js';
import type { GoldRecord } from './conll.js';
import { COARSE_TYPES, N_TAGS, type CoarseType } from './tags.js';
import type { TrainDoc } from './train.js';

/** GUM entity types that map onto a CoNLL type; every other type is left to the model (`O` or MISC). */
export const GUM_TYPE_MAP: Readonly<Record<string, CoarseType>> = { person: 'PER', place: 'LOC', organization: 'ORG' };

/** Bit mask with every tag allowed. */
export const ANY_TAG = (1 << N_TAGS) - 1;

const bit = (tag: number) => 1 << tag;
const B = (t: CoarseType) => 1 + 2 * COARSE_TYPES.indexOf(t);
/** `O`, `B-MISC`, `I-MISC`. */
export const O_OR_MISC = bit(0) | bit(B('MISC')) | bit(B('MISC') + 1);

/** The split a GUM record belongs to (`split=train` / `split=dev` in its `source`), or null. */
export function gumSplit(rec: { source?: string }): string | null {
  return /\bsplit=(\w+)/.exec(rec.source ?? '')?.[1] ?? null;
}

/** The layers of one document the tagger reads: the segmenter's tokens and sentences. */
export interface Segmented {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

const contains = (a: Span, b: Span) => a.start <= b.start && b.end <= a.end && (a.start !== b.start || a.end !== b.end);

/**
 * Converts one GUM record (`miscOutside`: which words outside every span may be MISC; default all), segmented by the product's segmenter (so that training sees the tokens and
 * sentences the `entities` stage tags), to a training document with per-token allowed-tag masks.
 */
export function gumTrainDoc(rec: GoldRecord, seg: Segmented, miscOutside: (word: string) => boolean = () => true): TrainDoc & { readonly stats: GumDocStats } {
  const tokText = (t: Token) => t.norm ?? t.text;
  const stats: GumDocStats = { fixed: 0, nested: 0, open: 0, unaligned: 0 };
  const sentences = seg.sentences.map((s) => seg.tokens.slice(s.tokenStart, s.tokenEnd).map(tokText));
  const masks = sentences.map((words) => Uint16Array.from(words, (w) => (miscOutside(w) ? O_OR_MISC : bit(0))));
  // Global token index -> [sentence, position]; token start/end offsets -> global index.
  const sentOf = new Int32Array(seg.tokens.length);
  seg.sentences.forEach((s, k) => sentOf.fill(k, s.tokenStart, s.tokenEnd));
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  seg.tokens.forEach((t, i) => {
    byStart.set(t.start, i);
    byEnd.set(t.end, i);
  });
  /** Token range of a span, or null when its edges are not token edges of one sentence. */
  const align = (e: Span): [number, number] | null => {
    const a = byStart.get(e.start);
    const b = byEnd.get(e.end);
    return a !== undefined && b !== undefined && b >= a && sentOf[a] === sentOf[b] ? [a, b + 1] : null;
  };
  const set = (i: number, mask: number) => {
    const s = seg.sentences[sentOf[i]!]!;
    masks[sentOf[i]!]![i - s.tokenStart] = mask;
  };
  const or = (i: number, mask: number) => {
    const s = seg.sentences[sentOf[i]!]!;
    masks[sentOf[i]!]![i - s.tokenStart]! |= mask;
  };
  /** Tokens overlapping a character range (for spans that do not align). */
  const overlapping = (e: Span) => seg.tokens.flatMap((t, i) => (t.start < e.end && e.start < t.end ? [i] : []));
  const spans: Span[] = rec.entities.map((e) => ({ start: e.start, end: e.end, label: e.label }));
  const top = spans.filter((e) => !spans.some((o) => contains(o, e)));
  // Crossing top-level spans (neither contains the other) leave their tokens open.
  const crossing = (e: Span) => top.some((o) => o !== e && o.start < e.end && e.start < o.end);
  for (const e of top) {
    const r = crossing(e) ? null : align(e);
    if (!r) {
      stats.unaligned++;
      for (const i of overlapping(e)) set(i, ANY_TAG);
      continue;
    }
    const type = GUM_TYPE_MAP[e.label];
    if (type) {
      stats.fixed++;
      for (let i = r[0]; i < r[1]; i++) set(i, bit(i === r[0] ? B(type) : B(type) + 1));
      continue;
    }
    stats.open++;
    for (let i = r[0]; i < r[1]; i++) set(i, O_OR_MISC);
    for (const n of spans) {
      const nt = GUM_TYPE_MAP[n.label];
      const nr = nt && contains(e, n) ? align(n) : null;
      if (!nt || !nr) continue;
      stats.nested++;
      for (let i = nr[0]; i < nr[1]; i++) or(i, bit(i === nr[0] ? B(nt) : B(nt) + 1));
    }
  }
  // `tags` is only a placeholder where masks exist (training derives gold paths from the masks).
  const tags = masks.map((m) => Uint8Array.from(m, (x) => (x & (x - 1)) === 0 ? 31 - Math.clz32(x) : 0));
  return { sentences, tags, allowed: masks, stats };
}

/** Counts of top-level spans by how they constrain training (for the training log). */
export interface GumDocStats {
  /** PER/ORG/LOC spans fixed as gold. */
  fixed: number;
  /** PER/ORG/LOC spans nested in an open span, allowed but not required. */
  nested: number;
  /** Spans of other types (`O` or MISC). */
  open: number;
  /** Spans not on token edges (left open). */
  unaligned: number;
}
