/**
 * A light tense detector: which way does the verb governing a temporal expression point? It reads the
 * words around the expression inside its sentence, nearest first (left, then right), and stops at the
 * first marker. Good enough to choose between the past and the next "Friday" or "June 18".
 */
import type { Tense } from './types.js';

const FUTURE = new Set([
  'will', "'ll", 'shall', 'next', 'upcoming', 'coming', 'expected', 'expects', 'expect', 'scheduled', 'plans',
  'plan', 'planning', 'due', 'intends', 'intend', 'tomorrow', 'until', 'till', 'starting',
  'begins', 'opens', 'ahead', 'wo', 'would',
]);
// Future markers that are nouns or prepositions unless a word follows: "plans to" (not "vacation
// plans"), "ahead" (not "ahead of the trip").
const NEEDS_TO = new Set(['plan', 'plans', 'intend', 'intends']);
const PAST = new Set([
  'was', 'were', 'did', 'had', 'has', 'have', 'ago', 'last', 'said', 'told', 'met', 'went', 'came', 'took',
  'made', 'began', 'held', 'left', 'saw', 'found', 'gave', 'got', 'won', 'lost', 'fell', 'rose', 'sold',
  'bought', 'paid', 'ran', 'spoke', 'wrote', 'became', 'struck', 'hit', 'shot', 'fled', 'led', 'put',
  'yesterday', 'earlier', 'since', 'previously', 'brought', 'thought', 'kept', 'sent', 'built', 'stood',
  'broke', 'chose', 'drove', 'flew', 'grew', 'knew', 'threw', 'wore', 'tore', 'sank', 'swore', 'stole', 'ended',
]);
const PRESENT = new Set(['is', 'are', 'am', 'says', 'say', 'now', 'today', 'currently']);
// Words ending in -ed that are not past participles.
const NOT_PAST_ED = new Set([
  'need', 'needed', 'speed', 'feed', 'seed', 'indeed', 'red', 'bed', 'shed', 'proceed', 'exceed', 'succeed',
  'breed', 'bleed', 'greed', 'weed', 'deed', 'creed', 'united', 'limited', 'based', 'related', 'hundred',
  'expected', 'scheduled', 'ted', 'fred', 'ned', 'ahmed', 'mohammed', 'muhammad', 'alfred',
]);
const PASSIVE_AUX = new Set(['be', 'been', 'being']);
const AUXILIARIES = new Set(['was', 'were', 'did', 'had', 'has', 'have']);
// Words after which an -ed form is an adjective in a noun phrase.
const ADJECTIVE_CONTEXT = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'still', 'newly', 'recently', 'previously', 'already']);

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;

/**
 * Classifies one lower-case word, or null when it says nothing about tense. `previous` and `next` are
 * the neighbouring words, `before` the one before `previous` (for "had been scheduled to").
 */
export function tenseOfWord(word: string, previous?: string, next?: string, before?: string): Tense {
  if (FUTURE.has(word) || word.endsWith("'ll") || word === "won't") {
    if (NEEDS_TO.has(word) && next !== 'to') return null;
    if (word === 'ahead' && next === 'of') return null;
    // A future seen from the past: "had been scheduled to expire Friday", "had been due to".
    if (previous === 'had' || (previous === 'been' && before === 'had')) return 'past';
    return 'future';
  }
  if (word === "didn't" || word === "wasn't" || word === "weren't" || word === "hadn't") return 'past';
  if (PAST.has(word)) {
    // "will be paid", "is being held": an irregular participle after be/been says nothing either.
    if (previous !== undefined && PASSIVE_AUX.has(previous) && !AUXILIARIES.has(word)) return null;
    return 'past';
  }
  if (PRESENT.has(word)) return 'present';
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word)) {
    // "will be signed": the participle after be/been says nothing; the auxiliary further left decides.
    if (previous !== undefined && PASSIVE_AUX.has(previous)) return null;
    // "a still unspecified date", "the planned merger", "an undisclosed sum": an adjective, not a verb.
    if (word.startsWith('un') || (previous !== undefined && ADJECTIVE_CONTEXT.has(previous))) return null;
    return 'past';
  }
  return null;
}

/**
 * Tense of the clause around `[start, end)`: scans up to `maxLeft` words to the left and then
 * `maxRight` words to the right, within `[lo, hi)` (the sentence), and returns the first marker found.
 */
export function detectTense(text: string, start: number, end: number, lo = 0, hi = text.length, maxLeft = 10, maxRight = 6): Tense {
  const left = text.slice(Math.max(lo, start - 120), start);
  // "as soon as Tuesday", "as early as Friday", "is to resume ... Tuesday": looking ahead.
  if (/\bas (?:soon|early) as\s+$/i.test(left) || /\b(?:is|are) to \w+(?: \w+){0,4}\s*$/i.test(left)) return 'future';
  // "planned to leave Nairobi on Thursday", "set to resume Monday": an infinitive of intent looks
  // ahead, unless a past perfect frames it ("had been set to expire").
  const intent = /(?:\b(had)(?: \w+)? )?\b(?:planned|plans?|planning|set|scheduled|due|expected|expects?|going|ready|hopes?|hoping|intends?|poised|prepared) to \w+(?: \w+){0,4}\s*$/i.exec(left);
  if (intent) return intent[1] ? 'past' : 'future';
  const leftWords = [...left.matchAll(WORD)].map((m) => m[0].toLowerCase().replace('’', "'"));
  // Stop at a clause boundary-ish punctuation only for the right side; the left side is usually the verb.
  for (let i = leftWords.length - 1, seen = 0; i >= 0 && seen < maxLeft; i--, seen++) {
    const t = tenseOfWord(leftWords[i]!, leftWords[i - 1], leftWords[i + 1], leftWords[i - 2]);
    if (t) return t;
  }
  const right = text.slice(end, Math.min(hi, end + 80));
  const cut = right.search(/[.;:!?]/);
  const rightWords = [...(cut >= 0 ? right.slice(0, cut) : right).matchAll(WORD)].map((m) => m[0].toLowerCase().replace('’', "'"));
  for (let i = 0; i < rightWords.length && i < maxRight; i++) {
    const t = tenseOfWord(rightWords[i]!, rightWords[i - 1], rightWords[i + 1], rightWords[i - 2]);
    if (t) return t;
  }
  return null;
}
