/**
 * Applying candidates (spaCy's `set_annotations` half): builds `Mention`s with UTF-16 offsets into
 * doc.text and clusters them into `Entity`s.
 */
import type { Doc } from '../../core/doc.js';
import type { Entity, Mention } from '../../types/annotation.js';
import { clusterMentions, type ClusterMention } from '../../ner/cluster.js';
import type { AliasRow } from '../../ner/data/lexicon.js';
import type { Candidate } from './candidates.js';

/** The `by` prefix of this stage. */
export const BY = 'entities@1';

/** Builds the mention and entity layers from candidates (sorted, non-overlapping). */
export function applyCandidates(doc: Doc, candidates: readonly Candidate[], aliases: readonly AliasRow[]): { mentions: Mention[]; entities: Entity[] } {
  const tokens = doc.tokens ?? [];
  // The offsets and text of tokens [a, b): a mention's, and its title's.
  const span = (a: number, b: number) => {
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    return { start, end, text: doc.text.slice(start, end) };
  };
  const mentions: Mention[] = candidates.map((c, i) => {
    const { start, end, text } = span(c.start, c.end);
    // Same keys in the same order as before (the JSON output depends on it): id, start, end, text, type, entity, by, title.
    const m: Mention = { id: `m${i + 1}`, start, end, text, type: c.type, entity: null, by: `${BY}/${c.rule}` };
    if (c.title) m.title = span(c.title.start, c.title.end);
    return m;
  });
  const { clusters, of } = clusterMentions(
    candidates.map((c, i) => {
      const names: string[] = new Array(c.end - c.start);
      for (let k = c.start; k < c.end; k++) names[k - c.start] = tokens[k]!.norm ?? tokens[k]!.text;
      const cm: { -readonly [K in keyof ClusterMention]: ClusterMention[K] } = { id: mentions[i]!.id, type: c.type, text: mentions[i]!.text, tokens: names };
      if (mentions[i]!.title) cm.title = mentions[i]!.title!.text;
      if (c.canonical) cm.canonical = c.canonical;
      return cm;
    }),
    aliases,
  );
  const entities: Entity[] = clusters.map((c, k) => ({
    id: `e${k + 1}`, type: c.type, name: c.name, mentions: [...c.mentions], roles: [...c.roles], by: `${BY}/cluster.${c.rule}`,
  }));
  for (const m of mentions) {
    const k = of.get(m.id);
    m.entity = k === undefined ? null : `e${k + 1}`;
  }
  return { mentions, entities };
}
