/**
 * Second predicates of a claim's speaker inside its content: `The mayor praised the plan and warned that costs
 * would rise.` The tagger labels one cue per clause and lets the first content run on over `and warned …`, while
 * PolNeAR marks two claims of the same source (cues `praised` and `warned`). A coordinated cue splits the content:
 * the first claim ends before the conjunction, and the words after the second cue become a claim of the same
 * speaker. A coordinated clause with a subject of its own (`…, and the governor warned that …`) splits the same way,
 * the second claim taking that subject as its speaker.
 *
 * Only lexicon cues (lexicon.ts) the cue scorer accepts count, so an event verb (`and flew home`) leaves the
 * content whole. Chosen on the PolNeAR train documents, tagged by cross-fitted taggers (fold taggers trained
 * on the other two thirds of train, as `train-quote-cues.mjs` builds them), so the tagger's errors were those of
 * unseen text: the same-speaker forms' claims matched a gold content 80 % of the time (attribution 64 %, 70 claims),
 * the clause form's 65 % (17 claims).
 */
import { matchCue, subjectEnd, trimContent, withParts, type Candidate, type CueScorer } from './extract.js';
import type { CompiledLexicon, CueEntry } from './lexicon.js';
import { speakerLeft, type TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** What joins the second cue to the first content (`clause`: a comma, a conjunction and a subject of its own). */
export type CoordinationForm = 'and' | 'but' | 'participle' | 'clause';

/** One coordination form. */
export interface CoordinatedCueRule {
  /** Stable id (`coordinated:and`). */
  readonly id: string;
  readonly form: CoordinationForm;
  /** A sentence holding two claims of one speaker in this form, for documentation and tests. */
  readonly example: string;
}

/** The forms, in the order they are tried at each token. */
export const COORDINATED_CUE_RULES: readonly CoordinatedCueRule[] = [
  { id: 'coordinated:and', form: 'and', example: 'The mayor praised the new budget and warned that costs would rise next year.' },
  { id: 'coordinated:but', form: 'but', example: 'The mayor backed the new budget but insisted that the museum stay open.' },
  { id: 'coordinated:participle', form: 'participle', example: 'The mayor backed the new budget, adding that the museum would stay open.' },
  { id: 'coordinated:clause', form: 'clause', example: 'The mayor backed the new budget, but the governor warned that costs would rise.' },
];

/** Conjunctions that open a coordinated clause after a comma. */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas']);
/** Largest number of tokens from the clause's first word to its cue (subject and auxiliaries). */
const MAX_SUBJECT = 8;

/** Auxiliaries and adverbs between the conjunction and the second cue (`and has also warned`, `but did not say`). */
const BETWEEN = new Set(['also', 'then', 'later', 'repeatedly', 'again', 'has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'not', "n't", 'even', 'still', 'now', 'quickly', 'publicly', 'privately', 'further', 'is', 'was', 'are', 'were']);

/** Lowest cue score of a second cue (the stage's default threshold for a cue to start a claim). */
const MIN_SCORE = 0.5;

/** Fewest tokens each of the two contents keeps. */
const MIN_PART = 2;

/** A coordinated cue found in a content piece: where the first content ends and the second claim. */
interface Split { cut: number; claim: Candidate }

/** A second cue at token `k` and its content up to `b`: the lexicon entry, its score, cue span and content. */
export interface SecondCue { e: CueEntry; score: number; cue: TokRange; content: TokRange }

/**
 * The lexicon cue at token `k` the scorer accepts (not an `according to` frame), with its content: the rest of
 * the piece up to `b`, after `that` when it follows the cue. Null when there is no such cue.
 */
export function secondCueAt(v: View, k: number, b: number, lex: CompiledLexicon, scorer: CueScorer): SecondCue | null {
  const e = matchCue(v, lex, k);
  if (!e || e.frame === 'according') return null;
  const score = scorer(v, k, e);
  if (score < MIN_SCORE) return null;
  const cueEnd = e.particle && v.lower[k + 1] === e.particle ? k + 2 : k + 1;
  const content = trimContent(v, { a: v.lower[cueEnd] === 'that' ? cueEnd + 1 : cueEnd, b });
  return { e, score, cue: { a: k, b: cueEnd }, content };
}

/** The first coordinated cue in content piece `[a, b)` of a claim with speaker `c.speaker`, or null. */
function findSplit(v: View, c: Candidate, a: number, b: number, lex: CompiledLexicon, scorer: CueScorer, forms: ReadonlySet<CoordinationForm>): Split | null {
  for (let j = a + MIN_PART; j < b - MIN_PART; j++) {
    if (v.regionOf[j] !== -1) continue;
    const w = v.lower[j]!;
    let form: CoordinationForm;
    let k = j + 1;
    if (w === 'and' || w === 'but') {
      form = w;
      while (k < b && BETWEEN.has(v.lower[k]!)) k++;
    } else if (w === ',' && (v.lower[k] ?? '').endsWith('ing')) form = 'participle';
    else continue;
    // Lower-case words only: a capitalized match inside a sentence is a name (`and Chase`).
    if (!forms.has(form) || k >= b - 1 || v.regionOf[k] !== -1 || !/^[a-z]+$/.test(v.tokens[k]!.text)) continue;
    const m = secondCueAt(v, k, b, lex, scorer);
    if (!m) continue;
    // `, and warned` ends the first content at the comma.
    const cut = form !== 'participle' && v.lower[j - 1] === ',' ? j - 1 : j;
    if (m.content.b - m.content.a < MIN_PART || cut - a < MIN_PART) continue;
    return { cut, claim: { pattern: 'coordinated-cue', cue: m.cue, cueEntry: m.e, speaker: c.speaker, content: [m.content], score: m.score } };
  }
  return null;
}

/** The first `, and|but|while|whereas SUBJECT CUE …` in content piece `[a, b)`, or null. */
function findClauseSplit(v: View, a: number, b: number, lex: CompiledLexicon, scorer: CueScorer): Split | null {
  for (let j = a + MIN_PART; j < b - 3; j++) {
    if (v.regionOf[j] !== -1 || v.lower[j] !== ',' || !CLAUSE_CONJUNCTIONS.has(v.lower[j + 1]!)) continue;
    const lo = j + 2;
    for (let k = lo + 1; k < Math.min(b - 1, lo + MAX_SUBJECT); k++) {
      if (v.regionOf[k] !== -1 || !/^[a-z]+$/.test(v.tokens[k]!.text)) continue;
      const m = secondCueAt(v, k, b, lex, scorer);
      if (!m) continue;
      // The first likely cue decides: its subject must be the whole clause opening.
      const speaker = speakerLeft(v, subjectEnd(v, k, lo), lo);
      if (!speaker || speaker.a !== lo || m.content.b - m.content.a < MIN_PART) break;
      return { cut: j, claim: { pattern: 'coordinated-cue', cue: m.cue, cueEntry: m.e, speaker, content: [m.content], score: m.score } };
    }
  }
  return null;
}

/** One split per claim with a cue and a speaker, at the first piece where `find` finds one. */
function splitPass(v: View, cands: readonly Candidate[], find: (c: Candidate, a: number, b: number) => Split | null): Candidate[] {
  const out: Candidate[] = [];
  let split = false;
  for (const c of cands) {
    let done = false;
    for (let p = 0; c.cue && c.speaker && p < c.content.length && !done; p++) {
      const r = c.content[p]!;
      const s = find(c, r.a, r.b);
      if (!s) continue;
      const head = trimContent(v, { a: r.a, b: s.cut });
      out.push(withParts(c, c.speaker, [...c.content.slice(0, p), head, ...c.content.slice(p + 1)]), s.claim);
      done = split = true;
    }
    if (!done) out.push(c);
  }
  return split ? out.sort((x, y) => x.content[0]!.a - y.content[0]!.a) : out;
}

/**
 * Splits the contents of `cands` at coordinated cues ({@link COORDINATED_CUE_RULES}): a claim with a cue and a
 * speaker whose content (outside quotation marks) holds `and|but CUE …` or `, CUEing …` keeps the words before the
 * conjunction, and a claim of the same speaker with the second cue takes the rest of that piece (other pieces
 * stay with the first claim); then `, and|but|while|whereas SUBJECT CUE …` splits a content the same way, the
 * subject being the second claim's speaker. At most one split of each kind per claim. Returns the claims in text
 * order of their contents; `cands` and its claims are not changed.
 */
export function splitCoordinatedCues(v: View, cands: readonly Candidate[], lex: CompiledLexicon, scorer: CueScorer, table: readonly CoordinatedCueRule[] = COORDINATED_CUE_RULES): Candidate[] {
  const forms = new Set(table.map((r) => r.form));
  // Second predicates of the same speaker first, then clauses with their own subject (in the pieces left).
  const out = splitPass(v, cands, (c, a, b) => findSplit(v, c, a, b, lex, scorer, forms));
  return forms.has('clause') ? splitPass(v, out, (_c, a, b) => findClauseSplit(v, a, b, lex, scorer)) : out;
}
