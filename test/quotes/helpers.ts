/** Builds the quote extractor's input from raw text with the real pipeline stages (meta, segment, entities). */
import type { Entity, Mention } from '../../src/types/annotation.js';
import { createLayerRunner } from '../../src/quotes/layers.js';
import { loadTagger } from '../../src/quotes/tagger.js';
import { loadLinker } from '../../src/quotes/linker.js';
import { createExtractor, type QuoteInput } from '../../src/quotes/index.js';
import { loadCueModel } from '../../src/quotes/cue-model.js';
import { buildView, type View } from '../../src/quotes/view.js';
import type { TokRange } from '../../src/quotes/speaker-span.js';
import type { Candidate } from '../../src/quotes/extract.js';
import type { PatternId } from '../../src/quotes/patterns.js';

/** The real layers (segment + entities stages) of a text. */
export const layers = await createLayerRunner();

/** Input with the pipeline's layers; mentions/entities may be replaced by hand-built ones. */
export function input(text: string, ner?: { mentions: Mention[]; entities: Entity[] }): QuoteInput {
  const l = layers(text);
  return { text, sentences: l.sentences, tokens: l.tokens, mentions: ner?.mentions ?? l.mentions, entities: ner?.entities ?? l.entities };
}

/** The token range of the first occurrence of `span` in the view's text, which must sit on token boundaries. */
export function tokenRange(v: View, span: string): TokRange {
  const s = v.text.indexOf(span);
  if (s < 0) throw new Error(`span not in text: ${span}`);
  const a = v.tokens.findIndex((t) => t.start === s);
  const b = v.tokens.findIndex((t) => t.end === s + span.length) + 1;
  if (a < 0 || b <= a) throw new Error(`span is not on token boundaries: ${span}`);
  return { a, b };
}

/** The view of `text` and the token range of its first occurrence of `span` (see `tokenRange`). */
export function viewRange(text: string, span: string): { v: View; range: TokRange } {
  const v = viewOf(text);
  return { v, range: tokenRange(v, span) };
}

/** The quote view of `text` over its real layers. */
export function viewOf(text: string): View {
  const l = layers(text);
  return buildView(text, l.tokens, l.sentences);
}

/**
 * A claim as a finder would propose it, given by spans of `v`'s text: content pieces joined by ` | `, no speaker
 * when `speaker` is null.
 */
export function claimAt(v: View, pattern: PatternId, speaker: string | null, cue: string, content: string): Candidate {
  return { pattern, cue: tokenRange(v, cue), cueEntry: null, speaker: speaker === null ? null : tokenRange(v, speaker), content: content.split(' | ').map((p) => tokenRange(v, p)), score: 0.7 };
}

/** The text of token range `r` of view `v`. */
export const rangeText = (v: View, r: TokRange): string => v.text.slice(v.tokens[r.a]!.start, v.tokens[r.b - 1]!.end);

const model = loadCueModel();
/** The extractor as the stage configures it by default. */
export const extractor = createExtractor({ threshold: 0.5, floating: 'claim', tagger: loadTagger(), linker: loadLinker(), ...(model ? { scorer: model.scorer } : {}) });
/** What {@link extractor} finds in `text`, with the pipeline's layers built first. */
export const extractText = (text: string) => extractor.extract(input(text));

/** Hand-built NER: each entry is [surface, type, entity id, canonical name, roles, title?]. */
export function ner(text: string, rows: [string, Mention['type'], string, string, string[], string?][]): { mentions: Mention[]; entities: Entity[] } {
  const mentions: Mention[] = [];
  const ents = new Map<string, Entity>();
  let from = 0;
  rows.forEach(([surface, type, id, name, roles, title], i) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`mention ${surface} not found`);
    from = start + surface.length;
    const m: Mention = { id: `m${i + 1}`, start, end: start + surface.length, text: surface, type, entity: id, by: 'test' };
    if (title) {
      const ts = text.lastIndexOf(title, start);
      if (ts >= 0) m.title = { start: ts, end: ts + title.length, text: title };
    }
    mentions.push(m);
    if (!ents.has(id)) ents.set(id, { id, type, name, mentions: [], roles: [...roles], by: 'test' });
    ents.get(id)!.mentions.push(m.id);
  });
  return { mentions, entities: [...ents.values()] };
}
