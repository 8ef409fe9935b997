/**
 * The in-memory document that stages transform. It has the same shape as the emitted
 * {@link AnnotationDocument} minus the envelope (schema, offsets unit, provenance), with every offset
 * in UTF-16 code units (JavaScript string indices). `text` is never mutated; stages return a new Doc
 * with the layers they assign (see {@link withLayers}).
 */
import type {
  AnnotationDocument, Entity, Message, Meta, Mention, Paragraph, Quote, Sentence, Source, Timex, Token,
} from '../types/annotation.js';

/** Names of the layers a stage may require or assign. `text` and `source` always exist. */
export type LayerName = 'meta' | 'paragraphs' | 'sentences' | 'tokens' | 'mentions' | 'entities' | 'timexes' | 'quotes';

/** Every layer name, in pipeline order; used to validate stage declarations. */
export const LAYER_NAMES: readonly LayerName[] = [
  'meta', 'paragraphs', 'sentences', 'tokens', 'mentions', 'entities', 'timexes', 'quotes',
];

/** The layers by name. A layer that no stage assigned is absent from a Doc and emitted as `[]`/defaults. */
export interface Layers {
  meta: Meta;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  mentions: readonly Mention[];
  entities: readonly Entity[];
  timexes: readonly Timex[];
  quotes: readonly Quote[];
}

/** What the reader knows about a document before any stage runs. */
export interface DocInput {
  /** Document id (record id, or relative path without extension). */
  id: string;
  /** Decoded article text (BOM removed, line endings kept). */
  text: string;
  source: Source;
  /** A dispatch date given from outside the text: `--dct` (source `cli`) or the record's `dct` (`record`). */
  dct?: { value: string; source: 'cli' | 'record' };
  /** The input record's own `meta` object, passed through. */
  recordMeta?: Record<string, unknown>;
  /** Messages found while reading (decoding problems). */
  messages?: readonly Message[];
}

/** One article with the layers assigned so far. Treat as immutable. */
export interface Doc extends Partial<Layers> {
  readonly id: string;
  readonly text: string;
  readonly source: Source;
  readonly input: Omit<DocInput, 'text' | 'messages'>;
  readonly messages: readonly Message[];
}

/** Creates the initial Doc from reader output. */
export function createDoc(input: DocInput): Doc {
  const { text, messages, ...rest } = input;
  return { id: input.id, text, source: input.source, input: rest, messages: messages ?? [] };
}

/** Returns a copy of `doc` with the given layers set (the original is left untouched). */
export function withLayers(doc: Doc, layers: Partial<Layers>): Doc {
  return { ...doc, ...layers };
}

/** Returns a copy of `doc` with `messages` appended. */
export function withMessages(doc: Doc, messages: readonly Message[]): Doc {
  return messages.length === 0 ? doc : { ...doc, messages: [...doc.messages, ...messages] };
}

export type { AnnotationDocument };
