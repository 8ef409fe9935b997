/**
 * Applying candidates (spaCy's `set_annotations` half): builds `Mention`s with UTF-16 offsets into
 * doc.text and clusters them into `Entity`s.
 */
import type { Doc } from '../../core/doc.js';
import type { Entity, Mention } from '../../types/annotation.js';
import { clusterMentions, type ClusterMention } from '../../ner/cluster.js';
import type { AliasRow } from '../../ner/data/lexicon.js';
import { tokTexts } from '../../ner/spans.js';
import type { Candidate } from './candidates.js';
import type { Extent } from './extent.js';
import type { InnerNames } from './nested.js';

/** The `by` prefix of this stage. */
export const BY = 'entities@1';

/**
 * Builds the mention and entity layers from candidates (sorted, non-overlapping). `extents` (one per candidate, null
 * when none; see `extent.ts`) become the mentions' `extent`; `inner`: each candidate's names inside it
 * (`findInnerNames`, same order), written as the mention's `inner`; absent when not given.
 */
export function applyCandidates(doc: Doc, candidates: readonly Candidate[], aliases: readonly AliasRow[], extents: readonly (Extent | null)[] = [],
  inner?: readonly (InnerNames | undefined)[]): { mentions: Mention[]; entities: Entity[] } {
  const tokens = doc.tokens ?? [];
  // The offsets and text of tokens [a, b): a mention's, and its title's.
  const span = (a: number, b: number) => {
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    return { start, end, text: doc.text.slice(start, end) };
  };
  // Spans first, then clusters, then the mentions with their `entity` already known: a mention built with
  // `entity: null` and its field set to a string later, or with `title` added later, changed its object layout
  // after creation, and the quote stage's readers of mentions (`tagInput`) dropped their optimised code for it.
  // Loops, not `map`: these arrays (the mention and entity layers among them, which the quote stage and the output
  // validator read) stay PACKED whether or not this function is optimised (an inlined `map` returns a HOLEY array).
  const n = candidates.length;
  const spans: { start: number; end: number; text: string }[] = [];
  const titles: ({ start: number; end: number; text: string } | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    spans.push(span(c.start, c.end));
    titles.push(c.title ? span(c.title.start, c.title.end) : undefined);
  }
  const forClustering: ClusterMention[] = [];
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    const title = titles[i];
    const cm: ClusterMention = { id: `m${i + 1}`, type: c.type, text: spans[i]!.text, tokens: tokTexts(tokens, c.start, c.end), title: title ? title.text : undefined, canonical: c.canonical ? c.canonical : undefined };
    forClustering.push(cm);
  }
  const { clusters, of } = clusterMentions(forClustering, aliases);
  const entities: Entity[] = [];
  for (let k = 0; k < clusters.length; k++) {
    const c = clusters[k]!;
    entities.push({ id: `e${k + 1}`, type: c.type, name: c.name, mentions: [...c.mentions], roles: [...c.roles], by: `${BY}/cluster.${c.rule}` });
  }
  const mentions: Mention[] = [];
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    const { start, end, text } = spans[i]!;
    const id = `m${i + 1}`;
    const k = of.get(id);
    // Same keys in the same order as before (the JSON output depends on it): id, start, end, text, type, entity, by, title,
    // extent, inner (`title`, `extent` and `inner` always present, undefined when none, which JSON omits: one object layout).
    const x = extents[i];
    mentions.push({ id, start, end, text, type: c.type, entity: k === undefined ? null : `e${k + 1}`, by: `${BY}/${c.rule}`, title: titles[i], extent: x ? span(x.start, x.end) : undefined, inner: inner?.[i] });
  }
  return { mentions, entities };
}
