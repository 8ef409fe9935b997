/**
 * Speakers chosen on the wrong side of a non-restrictive relative clause (`Novak, who …, said …`). PolNeAR marks
 * the local mention: the relative pronoun when the cue is the relative clause's own verb, the head noun when the
 * cue is the main verb after the clause closes. The linker's features see neither the commas nor the clause, so it
 * mixes the two up. Each repair is a typed rule with an id, run on the final speakers before their boundary repair:
 *
 * - `closed-relative-head`: the speaker is the pronoun of `X, who …,` and the cue follows the closing comma: the
 *   clause is over, the cue is the main verb, its subject is `X`.
 * - `relative-subject`: the speaker stands inside the clause `X, who VERB …` before a cue of that clause
 *   (`Novak, who has in the past described …`, `Ruiz, who through her office declined …`): a time phrase, an
 *   object or a quantifier between the pronoun and its verb is no subject; the pronoun is.
 */
import { subjectLeft, type Candidate } from './extract.js';
import type { TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Ids of the repairs. */
export type SpeakerRelinkId = 'closed-relative-head' | 'relative-subject';

/** Documentation row of a rule: a sentence, its cue, the speaker before and after. */
export interface SpeakerRelinkRule {
  readonly id: SpeakerRelinkId;
  readonly example: readonly [sentence: string, cue: string, before: string, after: string];
}

/** Every rule with an example (the tests use it as a checklist). */
export const SPEAKER_RELINK_RULES: readonly SpeakerRelinkRule[] = [
  { id: 'closed-relative-head', example: ['Novak, who chairs the port board, said the dredging would stall.', 'said', 'who', 'Novak'] },
  { id: 'relative-subject', example: ['Ruiz, who in two earlier rulings had made clear that she would object, stayed silent.', 'had made clear', 'two', 'who'] },
];

/** Relative pronouns of a non-restrictive clause about a source. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);
/** Adverbs that may stand between the closing comma and the cue (`…, also said`). */
const CUE_ADVERBS = /^(also|then|later|now|still|again|once|further|quickly|\w{3,}ly)$/;
/** Closing quotation marks. */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', "''", '’']);
/** Words that open another clause inside the relative clause: past them the cue may belong to that clause. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'who', 'which', 'whom', 'whose', 'when', 'as', 'after', 'and', 'but', 'or', 'because', 'if', 'while', 'where', 'since', 'though', 'although', 'before', 'until', 'unless', 'than', 'what', 'why', 'how']);

const isPunct = (v: View, i: number, p: string): boolean => v.tokens[i]!.text === p && v.regionOf[i] === -1;
/** Sentence-internal punctuation that ends a relative clause's reach (no quotation marks: their words count). */
const isStop = (v: View, i: number): boolean => /^[.;:!?()—–-]+$/.test(v.tokens[i]!.text);

/** `closed-relative-head`: the head NP before `, who`, or null. */
function closedRelativeHead(v: View, r: TokRange, cue: TokRange): TokRange | null {
  if (r.b - r.a !== 1 || !RELATIVES.has(v.lower[r.a]!) || r.a < 2 || !isPunct(v, r.a - 1, ',')) return null;
  if (cue.a <= r.b + 1 || v.sentOf[cue.a] !== v.sentOf[r.a]) return null;
  let k = cue.a - 1;
  // Adverbs and a closing quotation mark (`who calls it "a fantasy," said`) may stand after the comma.
  while (k > r.b && (CUE_ADVERBS.test(v.lower[k]!) || CLOSING_QUOTES.has(v.tokens[k]!.text))) k--;
  if (v.tokens[k]!.text !== ',' || k <= r.b) return null;
  for (let i = r.b; i < k; i++) if (isStop(v, i)) return null;
  const head = subjectLeft(v, r.a - 1);
  return head && head.b <= r.a - 1 ? head : null;
}

/** `relative-subject`: the pronoun of `X, who …` that the speaker stands in, or null. */
function relativeSubject(v: View, r: TokRange, cue: TokRange): TokRange | null {
  // `, which was projected by the networks`: a passive agent is the source.
  if (r.b > cue.a || v.lower[r.a - 1] === 'by') return null;
  for (let i = r.b; i < cue.a; i++) if (isPunct(v, i, ',') || isStop(v, i)) return null;
  for (let w = r.a - 1; w >= 1 && r.a - w <= 6; w--) {
    if (isPunct(v, w, ',') || isStop(v, w) || v.sentOf[w] !== v.sentOf[r.a]) return null;
    if (!RELATIVES.has(v.lower[w]!)) continue;
    // `, which he said …`: a subject right after the pronoun makes it the object of its clause.
    if (w + 1 >= r.a || !isPunct(v, w - 1, ',') || CLAUSE_SUBJECT.has(v.lower[w + 1]!) || /^[A-Z]/.test(v.tokens[w + 1]!.text)) return null;
    for (let i = w + 1; i < r.a; i++) if (CLAUSE_OPENERS.has(v.lower[i]!)) return null;
    return { a: w, b: w + 1 };
  }
  return null;
}

/** Words that open a subject NP right after a relative pronoun (`which the board`, `who even the critics`). */
const CLAUSE_SUBJECT: ReadonlySet<string> = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'even', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'many', 'most', 'this', 'these', 'those']);

/** The rule that moves the speaker of claim `c`, with the new speaker, or null. */
export function relinkMatch(v: View, c: Candidate): { id: SpeakerRelinkId; speaker: TokRange } | null {
  const { speaker: r, cue } = c;
  if (!r || !cue) return null;
  const head = closedRelativeHead(v, r, cue);
  if (head) return { id: 'closed-relative-head', speaker: head };
  const rel = relativeSubject(v, r, cue);
  if (rel) return { id: 'relative-subject', speaker: rel };
  return null;
}

/** Applies the rules to every claim, in place; `fired`, when given, collects the ids of the rules that fired. */
export function applySpeakerRelink(v: View, cands: readonly Candidate[], fired?: { push(id: SpeakerRelinkId): unknown }): void {
  for (const c of cands) {
    const m = relinkMatch(v, c);
    if (!m) continue;
    c.speaker = m.speaker;
    fired?.push(m.id);
  }
}
