import type { EntityType, Token } from '../../../src/types/annotation.js';
import { GAZ_CLASSES, Gazetteer, ownGazetteerEntries } from '../../../src/ner/gazetteer.js';
import type { Candidate } from '../../../src/stages/entities/candidates.js';
import { refineCandidates } from '../../../src/stages/entities/refine.js';
import { rangeOf, tokensOf } from '../../ner/helpers.js';

/**
 * The post-rules' gazetteer for tests: factwire's own tables (countries, demonyms, companies, markets) plus the
 * given first names and surnames (lower case). The shipped gazetteer adds compromise's names.
 */
export function testGazetteer(firstNames: readonly string[], surnames: readonly string[] = []): Gazetteer {
  const entries = ownGazetteerEntries();
  for (const n of firstNames) entries[n] = (entries[n] ?? 0) | (1 << GAZ_CLASSES.first);
  for (const n of surnames) entries[n] = (entries[n] ?? 0) | (1 << GAZ_CLASSES.last);
  return new Gazetteer({ source: 'test', entries });
}

/** Runs all post-rules over `text` from the tagger's candidates; the result as `phrase/TYPE` rows. */
function run(text: string, tokens: Token[], cands: Candidate[], gazetteer: Gazetteer): string[] {
  return refineCandidates(cands, { text, tokens, gazetteer }).map((c) => `${text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)}/${c.type}`);
}

/**
 * Runs all post-rules over `text` with the tagger's spans given as `phrase/TYPE` or `phrase#k/TYPE` (the k-th
 * occurrence of the phrase, counting from 1; default the first).
 */
export function refineSpans(gazetteer: Gazetteer, text: string, spans: readonly string[], tokens: Token[] = tokensOf(text)): string[] {
  const cands: Candidate[] = spans.map((s) => {
    const [ref, type] = s.split('/') as [string, EntityType];
    const [phrase, nth] = ref.split('#') as [string, string | undefined];
    return { ...rangeOf(tokens, text, phrase, Number(nth ?? 1)), type, rule: 'ner.test', title: null };
  });
  return run(text, tokens, cands, gazetteer);
}

/** Like {@link refineSpans}, with the tagger's spans given as `[start token, end token, TYPE]`. */
export function refineTokenSpans(gazetteer: Gazetteer, text: string, spans: readonly [number, number, EntityType][]): string[] {
  const cands: Candidate[] = spans.map(([start, end, type]) => ({ start, end, type, rule: 'ner.test', title: null }));
  return run(text, tokensOf(text), cands, gazetteer);
}
