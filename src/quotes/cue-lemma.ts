/**
 * The lemma a claim reports for a cue that is no entry of the cue lexicon (a tagger cue of its own words, a verb
 * the quotation patterns accept unlisted). Lexicon cues carry their entry's lemma (`said` → `say`); these had their
 * words as written (`has been pushing for`, `gloated`), which splits one verb into several keys for anyone grouping
 * claims by cue. Here the auxiliaries, modals and adverbs before the verb go, and the verb becomes its lemma
 * (verb-lemmas.ts, generated from natural's and compromise's lexicons): `has been pushing for` → `push for`. Only the
 * first word is lemmatized, the rest stays as written (`spent time talking about` → `spend time talking about`), and
 * a form the table does not know stays as written (`tweeted`): no guessed lemma.
 */
import { VERB_LEMMAS } from './verb-lemmas.js';

/** Forms of be, have and do: dropped only as auxiliaries, before another verb (`has said`, not `has a message`). */
export const LEMMA_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'ve", "'d", "'re", "'m",
  'do', 'does', 'did',
]);

/** Modals, negation and adverbs of time or manner: dropped from the start of a cue's lemma wherever they stand. */
export const LEMMA_LEADING_WORDS: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', "n't",
  'also', 'still', 'already', 'again', 'later', 'then', 'often', 'never', 'recently', 'previously', 'repeatedly',
  'just', 'once', 'even', 'now', 'publicly', 'openly', 'privately', 'quickly', 'immediately',
]);

/** Verb lemmas the table knows (its values), so that a base form after an auxiliary reads as a verb (`did apologize`). */
const VERB_BASES: ReadonlySet<string> = new Set(VERB_LEMMAS.values());

const isVerb = (w: string | undefined): boolean => w !== undefined && (VERB_LEMMAS.has(w) || VERB_BASES.has(w));

/** Lemma of a cue given its lower-cased words: leading auxiliaries, modals and adverbs dropped, the verb lemmatized. */
export function cueLemma(words: readonly string[]): string {
  let i = 0;
  // At least one word stays: a cue of auxiliaries only (`did`) keeps its last word.
  for (; i < words.length - 1; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (LEMMA_LEADING_WORDS.has(w)) continue;
    if (LEMMA_AUXILIARIES.has(w) && (isVerb(next) || LEMMA_AUXILIARIES.has(next!) || LEMMA_LEADING_WORDS.has(next!))) continue;
    break;
  }
  const first = words[i]!;
  return [VERB_LEMMAS.get(first) ?? first, ...words.slice(i + 1)].join(' ');
}
