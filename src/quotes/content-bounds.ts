/**
 * Boundary repair of a claim's content once its cue and speaker are final (after linking and speaker
 * trimming), whichever finder proposed it. Each repair is a typed rule with an id:
 *
 * - `interrupted-clause`: the attribution interrupts the reported clause (`The plant, Novak said, will close`).
 *   The finders take the words after the attribution only; the clause's opening words are content too, as a
 *   first piece before the speaker.
 * - `title-before-attribution`: a quoted title or name in a lead-in before the attribution (`On "Morning Desk,"
 *   Novak said the plant will close`) is no piece of the content the tagger found after the cue.
 * - `lead-clause-before-attribution`: an unquoted piece the tagger put before the attribution, apart from it by
 *   more than a comma, while the content goes on after the cue (`Prices rose in May; Novak says the mill will
 *   close`), is a clause of the narration: only an attribution set off right after the words it interrupts
 *   (`The mill, Novak says, will close`) splits one content.
 * - `trailing-piece`: an unquoted piece the tagger found after a gap behind its first piece after the cue
 *   (`Novak praised the plan to cut fees, whose cost, | analysts say, | is high`) belongs elsewhere in the
 *   sentence; the content ends with the first piece, unless that piece is a short recipient or object
 *   (`urged | voters | … | to stay home`).
 * - `quotation-continues`: a fully quoted paragraph after a quotation attributed after its end (`"…," Novak
 *   said.` then `"…"`) is a further piece of that claim, not a claim of its own (the `floating` pattern).
 * - `quotation-continues-in-paragraph`: so are the fully quoted sentences right after such an attribution in its
 *   own paragraph (`"…," Novak said. "…."`) that no claim holds.
 * - `floating-title`: a fully quoted paragraph whose words are all capitalized (`"A Long Way Home."`) is a
 *   heading, not speech: its `floating` claim is dropped.
 * - `fronted-clause`: an attribution inside a fronted adverbial clause (`While Novak says the mill will close, the
 *   town hopes …`) has a content that ends where the main clause starts.
 * - `leading-preposition`: a preposition that opens the content after the cue (`asked about | the loan`) is part
 *   of the cue's frame, not of the content.
 * - `recipient-before-content`: the addressee of a cue that takes one (`told reporters | that …`, `assured them | they
 *   were …`, `asked Novak | whether …`) is no part of the content, which starts after it (but `urged voters to …`
 *   keeps it: PolNeAR's content of an object-control verb holds the addressee).
 * - `cue-adjunct-before-content`: a noun phrase after a cue that ends in a preposition, before a `that` clause
 *   (`said at | the hearing | that …`, `wrote in | The Atlantic | that …`), is no part of the content either.
 * - `according-to-clause-start`, `clause-start-before-attribution`: a content before `, according to X` or `, X
 *   said` that starts inside a clause (`Fewer ships docked than in | April, according to …`) starts with that clause.
 * - `clause-continues-after-attribution`: a content before `, X said,` whose clause goes on after the attribution
 *   (`Most of the cranes, Novak said, | had failed the test.`) takes that rest as a second piece.
 * - `adjunct-after-final-attribution`: when the only content after a sentence-final attribution is a time or
 *   occasion adjunct of the cue (`The mill will close, Novak said | Thursday.`), the content is the clause before
 *   the attribution.
 *
 * - `subject-before-appositive`: a content `that|whether|if` + a short subject noun phrase that stops at a comma
 *   (`that Novak, the mayor, | will resign`) stops inside its clause; it runs on past the appositive.
 * - `name-list-continues`: a content that stops at the comma before a list of names (`praised Lisbon | , Porto and
 *   Braga`) stops inside the list; it runs on to the list's end and the phrase after it.
 * - `dangling-function-word`: a content whose last word is an article, a possessive determiner or a preposition
 *   that cannot end a phrase (`posted | the`, `a slew of`) stops mid-phrase; it runs on to the next punctuation.
 * - `open-parenthesis`: a content that ends inside a parenthesis it opened (`Sen. Ruiz (D-Maine`) ends after its
 *   closing parenthesis.
 *
 * The last ten run after the learned content end (content-end.ts, {@link repairContentStarts}), so the ranker
 * sees the claims it was trained on.
 */
import { capitalizedTitle, speakerHost, SUBJECT_PRONOUN, trimContent, type Candidate } from './extract.js';
import { selectsTo } from './cue-bounds.js';
import { applyNoSource, type NoSourceId } from './no-source.js';
import { QUOTATION_MARK_PATTERNS } from './patterns.js';
import type { TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Ids of the content boundary rules. */
export type ContentBoundId =
  | 'interrupted-clause'
  | 'title-before-attribution'
  | 'lead-clause-before-attribution'
  | 'trailing-piece'
  | 'quotation-continues'
  | 'quotation-continues-in-paragraph'
  | 'floating-title'
  | 'fronted-clause'
  | 'leading-preposition'
  | 'recipient-before-content'
  | 'cue-adjunct-before-content'
  | 'adjunct-after-final-attribution'
  | 'according-to-clause-start'
  | 'clause-start-before-attribution'
  | 'clause-continues-after-attribution'
  | 'subject-before-appositive'
  | 'name-list-continues'
  | 'dangling-function-word'
  | 'open-parenthesis'
  | NoSourceId;

/** Documentation row of a rule, with an example (sentence, content before, content after; ` | ` joins pieces). */
export interface ContentBoundRule {
  readonly id: ContentBoundId;
  readonly example: readonly [sentence: string, before: string, after: string];
}

/** Every rule with an example (the tests use it as a checklist). */
export const CONTENT_BOUND_RULES: readonly ContentBoundRule[] = [
  { id: 'interrupted-clause', example: ['The new plant, Novak said, will close by June.', 'will close by June', 'The new plant | will close by June'] },
  { id: 'title-before-attribution', example: ['On "Morning Desk," Novak said the plant will close.', '"Morning Desk," | the plant will close', 'the plant will close'] },
  { id: 'lead-clause-before-attribution', example: ['Prices rose in May, but Novak said the mill will close.', 'Prices rose in May | the mill will close', 'the mill will close'] },
  { id: 'quotation-continues', example: ['"The mill is done," Novak said.\n\n"We tried everything."', '"The mill is done," (and a floating claim "We tried everything.")', '"The mill is done," | "We tried everything."'] },
  { id: 'quotation-continues-in-paragraph', example: ['"The mill is done," Novak said. "We tried everything."', '"The mill is done,"', '"The mill is done," | "We tried everything."'] },
  { id: 'floating-title', example: ['"The mill is done," Novak said.\n\n"A Long Way Home."', '(a floating claim "A Long Way Home.")', '(no claim)'] },
  { id: 'trailing-piece', example: ['Novak said the mill will close soon, and workers fear the worst.', 'the mill will close soon | workers fear the worst', 'the mill will close soon'] },
  { id: 'fronted-clause', example: ['While Novak said the mill will close, the town hopes for a buyer.', 'the mill will close, the town hopes for a buyer', 'the mill will close'] },
  { id: 'leading-preposition', example: ['Asked about the port, Novak said of the mill that it will close.', 'of the mill that it will close', 'the mill that it will close'] },
];

/**
 * Documentation row of a rule that runs after the learned content end ({@link repairContentStarts}): its cue is
 * given, and its speaker (the sentence's first word when not given).
 */
export interface ContentStartRule extends ContentBoundRule {
  readonly cue: string;
  readonly speaker?: string;
}

/** Every start rule with an example (the tests use it as a checklist). */
export const CONTENT_START_RULES: readonly ContentStartRule[] = [
  { id: 'recipient-before-content', cue: 'told', example: ['Novak told reporters on Monday that the mill will close.', 'reporters on Monday that the mill will close', 'that the mill will close'] },
  { id: 'cue-adjunct-before-content', cue: 'said at', example: ['Novak said at the hearing that the mill will close.', 'the hearing that the mill will close', 'that the mill will close'] },
  { id: 'according-to-clause-start', cue: 'according to', speaker: 'the port', example: ['Fewer ships docked in May than in April, according to the port.', 'April', 'Fewer ships docked in May than in April'] },
  { id: 'clause-start-before-attribution', cue: 'said', speaker: 'Novak', example: ['The port lost money on the new cranes, Novak said.', 'the new cranes', 'The port lost money on the new cranes'] },
  { id: 'clause-continues-after-attribution', cue: 'said', speaker: 'Novak', example: ['The older piers, Novak said, will close in May.', 'The older piers', 'The older piers | will close in May'] },
  { id: 'adjunct-after-final-attribution', cue: 'said', speaker: 'Novak', example: ['The mill will close in May, Novak said on Thursday.', 'on Thursday', 'The mill will close in May'] },
  { id: 'subject-before-appositive', cue: 'said', speaker: 'Ruiz', example: ['Ruiz said that Novak, the harbor master, will resign in May.', 'that Novak', 'that Novak, the harbor master, will resign in May'] },
  { id: 'name-list-continues', cue: 'praised', speaker: 'Ruiz', example: ['Ruiz praised Lisbon, Porto and Braga for their new ferries.', 'Lisbon', 'Lisbon, Porto and Braga for their new ferries'] },
  { id: 'dangling-function-word', cue: 'posted', speaker: 'Ruiz', example: ['Ruiz posted the new ferry timetable on Monday.', 'the', 'the new ferry timetable on Monday'] },
  { id: 'open-parenthesis', cue: 'praised', speaker: 'Novak', example: ['Novak praised Sen. Ruiz (D-Maine) on Monday.', 'Sen. Ruiz (D-Maine', 'Sen. Ruiz (D-Maine)'] },
];

/** Tokens that open a clause inside a sentence: the interrupted clause starts after the last of them. */
const CLAUSE_BREAK = /^(—|–|―|-|--|;|:|\()$/;
/** Relative words: an interrupted relative clause starts at its relative phrase (`…, all of whom, he said, were`). */
const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);
/** Connectives before the clause proper, not part of it (`But the plant, he said, …`). */
const LEAD_CONNECTIVE = new Set(['and', 'but', 'or', 'so', 'yet', 'still', 'then', 'also', 'now']);
/**
 * Fixed discourse connectives shaped like a prepositional phrase (`In the end, Novak said, …`): they link the
 * sentence to the one before and are no part of the reported clause. Other short prepositional lead-ins (`In his
 * state`, `Over the years`, `At one point`) frame the claim and are content (PolNeAR train: taking every such
 * lead-in gained 17 exact contents and lost 7, 5 of them to phrases of this list).
 */
const CONNECTIVE_LEAD: ReadonlySet<string> = new Set([
  'in the end', 'in addition', 'in particular', 'in contrast', 'by contrast', 'at the same time', 'in fact', 'in short',
  'in general', 'in other words', 'in any case', 'in the meantime', 'in turn', 'on the other hand', 'on top of that',
  'for example', 'for instance', 'of course', 'as a result', 'after all', 'above all', 'at least', 'in sum', 'at first',
]);
/** Coordinators that leave a clause unfinished when they end the opening words (`… and, he said, …`). */
const TRAILING_COORDINATOR = new Set(['and', 'or', 'but']);

/** Whether token `i` is a word, a number or a clitic (not punctuation, a quotation mark or a symbol). */
export const isWordToken = (v: View, i: number): boolean => /^(word|number|clitic)$/.test(v.tokens[i]!.kind);

/**
 * `interrupted-clause`: the first content piece starts right after `, SPEAKER CUE,` (either order) and goes on
 * in lower case (`…, he said, will close`); the words from the clause start up to the comma before the
 * attribution become a first piece. Two variants (h/cend3): the attribution opens with `as` (`The pier, as Novak
 * noted, is old`), and the piece starts one lower-case word late, a connective or preposition that the tagger or
 * `leading-preposition` left out (`The mill was busy, Novak said, | until | it burned`): the word is taken back
 * into the piece, since the reported clause runs on through it. The clause start is the sentence start, or the token after the last dash,
 * semicolon, colon or parenthesis, or the relative phrase of an interrupted relative clause; leading
 * connectives are skipped. Opening words that are only a fixed connective (`In the end`, {@link CONNECTIVE_LEAD}) or
 * that end in a coordinator stay out, and nothing is done inside quotation marks.
 */
function interruptedClause(v: View, c: Candidate): TokRange[] | null {
  const first = c.content[0];
  if (!c.cue || !c.speaker || !first) return null;
  const lo = Math.min(c.cue.a, c.speaker.a);
  const hi = Math.max(c.cue.b, c.speaker.b);
  // `, as Novak noted,`: the comma stands before `as`.
  const comma = v.lower[lo - 1] === 'as' ? lo - 2 : lo - 1;
  if (comma < 1 || v.tokens[comma]!.text !== ',' || v.tokens[hi]?.text !== ',') return null;
  // The piece starts right after the attribution, or one lower-case word later (`, Novak said, until | it …`).
  const skipped = first.a === hi + 2 && v.tokens[hi + 1]!.kind === 'word' && /^[a-z]/.test(v.tokens[hi + 1]!.text) && v.regionOf[hi + 1] === -1;
  if (first.a !== hi + 1 && !skipped) return null;
  if (v.sentOf[comma] !== v.sentOf[first.a]) return null;
  let w = skipped ? hi + 1 : first.a;
  while (w < first.b && v.tokens[w]!.kind === 'quote') w++;
  if (w >= first.b || !/^[a-z]/.test(v.tokens[w]!.text)) return null;
  const sent = v.sentences[v.sentOf[comma]!];
  if (!sent) return null;
  let a = sent.tokenStart;
  for (let k = comma - 1; k >= a; k--) if (CLAUSE_BREAK.test(v.tokens[k]!.text)) { a = k + 1; break; }
  for (let k = comma - 1; k >= a; k--) {
    if (!RELATIVE.has(v.lower[k]!)) continue;
    for (let m = k - 1; m >= a; m--) if (v.tokens[m]!.text === ',') { a = m + 1; break; }
    break;
  }
  while (a < comma && LEAD_CONNECTIVE.has(v.lower[a]!)) a++;
  for (let k = a; k < hi; k++) if (v.regionOf[k] !== -1) return null;
  const words: string[] = [];
  for (let k = a; k < comma; k++) if (isWordToken(v, k)) words.push(v.lower[k]!);
  if (words.length < 2 || TRAILING_COORDINATOR.has(words[words.length - 1]!)) return null;
  if (CONNECTIVE_LEAD.has(words.join(' '))) return null;
  const r = trimContent(v, { a, b: comma });
  if (r.b <= r.a) return null;
  return [r, skipped ? { a: hi + 1, b: first.b } : first, ...c.content.slice(1)];
}

/**
 * `title-before-attribution`: the tagger's content pieces that are a capitalized quotation (`"Morning Desk,"`,
 * see `capitalizedTitle`) ending before the cue and the speaker, when the other pieces all follow the cue; null
 * when there is none (or nothing would be left). The quotation-mark rules are left alone: their short first
 * quotation (`"Judge," he said, "I …"`) is speech.
 */
function titlesBeforeAttribution(v: View, c: Candidate): TokRange[] | null {
  if (c.pattern !== 'tagger' || !c.cue || c.content.length < 2) return null;
  const before = Math.min(c.cue.a, c.speaker?.a ?? c.cue.a);
  const isTitle = (r: TokRange): boolean => {
    const ri = v.regionOf[r.b - 1]!;
    return r.b <= before && ri !== -1 && capitalizedTitle(v, ri);
  };
  const kept = c.content.filter((r) => !isTitle(r));
  if (kept.length === c.content.length || kept.length === 0 || kept[0]!.a < c.cue.b) return null;
  return kept;
}

/** True when piece `r` holds or touches a quotation mark (a quotation is speech, wherever it stands). */
function quoted(v: View, r: TokRange): boolean {
  // `r.a > 0` first: reading index -1 deopts the optimised function ("out of bounds").
  if (r.a > 0 && v.tokens[r.a - 1]!.kind === 'quote') return true;
  for (let i = r.a; i < r.b; i++) if (v.tokens[i]!.kind === 'quote' || v.regionOf[i] !== -1) return true;
  return false;
}

/**
 * `lead-clause-before-attribution`: the tagger's pieces that end before the cue and the speaker with more than
 * commas between them and the attribution, and neither hold nor touch a quotation mark (a quotation is
 * speech, whatever stands between it and the cue), when some piece follows the cue; null when there is none.
 */
function leadClausesBeforeAttribution(v: View, c: Candidate): TokRange[] | null {
  if (c.pattern !== 'tagger' || !c.cue || c.content.length < 2 || !c.content.some((r) => r.a >= c.cue!.b)) return null;
  const before = Math.min(c.cue.a, c.speaker?.a ?? c.cue.a);
  const isLead = (r: TokRange): boolean => {
    if (r.b > before || v.tokens[r.b]?.kind === 'quote' || quoted(v, r)) return false;
    for (let i = r.b; i < before; i++) if (v.tokens[i]!.text !== ',') return true;
    return false;
  };
  const kept = c.content.filter((r) => !isLead(r));
  return kept.length === c.content.length ? null : kept;
}

/** Most words of a first piece that may be a recipient or object before the content proper (`urged voters`). */
const MAX_SHORT_PIECE_WORDS = 2;

/**
 * `trailing-piece`: the tagger's unquoted pieces after its first piece following the cue, when that first piece
 * has more than {@link MAX_SHORT_PIECE_WORDS} words; null when there is none.
 */
function trailingPieces(v: View, c: Candidate): TokRange[] | null {
  if (c.pattern !== 'tagger' || !c.cue || c.content.length < 2) return null;
  const cueEnd = c.cue.b;
  const first = c.content.find((r) => r.a >= cueEnd);
  if (!first) return null;
  let words = 0;
  for (let i = first.a; i < first.b; i++) if (isWordToken(v, i)) words++;
  if (words <= MAX_SHORT_PIECE_WORDS) return null;
  const kept = c.content.filter((r) => r.a <= first.a || quoted(v, r));
  return kept.length === c.content.length ? null : kept;
}

/** Quotation-mark patterns whose attribution follows the quotation (`"…," Novak said.`). */
const QUOTE_FIRST: ReadonlySet<string> = new Set(['quote-speaker-cue', 'quote-cue-speaker', 'quote-speaker-verb']);

/**
 * `floating-title` and `quotation-continues` over the claim list: drops the `floating` claims of capitalized
 * paragraphs and appends the others to the claim they continue, when that is their speaker host (the nearest
 * earlier claim with the same speaker span, {@link speakerHost}) and a quotation-before-attribution one.
 * Returns the claims kept, in order.
 */
function mergeContinuations(v: View, cands: readonly Candidate[], fired?: ContentBoundId[]): Candidate[] {
  const out: Candidate[] = [];
  const kept = new Uint8Array(cands.length);
  cands.forEach((c, i) => {
    const first = c.content[0];
    if (c.pattern === 'floating' && first) {
      const ri = v.regionOf[first.a]!;
      if (ri !== -1 && capitalizedTitle(v, ri)) {
        fired?.push('floating-title');
        return;
      }
      const k = speakerHost(cands, i);
      const h = k >= 0 ? cands[k]! : undefined;
      if (h && QUOTE_FIRST.has(h.pattern) && kept[k]) {
        h.content = [...h.content, ...c.content];
        fired?.push('quotation-continues');
        return;
      }
    }
    kept[i] = 1;
    out.push(c);
  });
  return out;
}

/**
 * `quotation-continues-in-paragraph`: for a quotation-before-attribution claim whose attribution ends its
 * sentence, the quotations that follow in the same paragraph, each a whole sentence (or run of sentences) from
 * its opening to its closing mark and held by no claim, in order up to the first sentence that is not one.
 */
function paragraphContinuations(v: View, cands: readonly Candidate[], fired?: ContentBoundId[]): void {
  const held = new Uint8Array(v.tokens.length);
  for (const c of cands) for (const r of c.content) held.fill(1, r.a, r.b);
  for (const c of cands) {
    const last = c.content[c.content.length - 1];
    if (!c.cue || !last || !QUOTE_FIRST.has(c.pattern)) continue;
    const hi = Math.max(c.cue.b, c.speaker?.b ?? 0);
    const si = v.sentOf[hi - 1]!;
    const sent = v.sentences[si];
    if (last.b > hi || !sent) continue;
    let ok = true;
    for (let i = hi; i < sent.tokenEnd; i++) if (v.tokens[i]!.kind !== 'punct') ok = false;
    if (!ok) continue;
    let next = sent.tokenEnd;
    while (next < v.tokens.length && v.sentences[v.sentOf[next]!]?.paragraph === sent.paragraph && v.sentences[v.sentOf[next]!]?.tokenStart === next) {
      const ri = v.regionOf[next]!;
      const R = ri === -1 ? undefined : v.regions[ri];
      if (!R || R.openToken !== next) break;
      const end = v.sentences[v.sentOf[R.closeToken]!]?.tokenEnd ?? -1;
      if (end !== R.closeToken + 1 || held.subarray(next, end).some((h) => h === 1)) break;
      c.content = [...c.content, { a: next, b: end }];
      held.fill(1, next, end);
      fired?.push('quotation-continues-in-paragraph');
      next = end;
    }
  }
}

/** Index of the claim's first content piece after its cue (-1 when there is none). */
const pieceAfterCue = (c: Candidate): number => (c.cue ? c.content.findIndex((r) => r.a >= c.cue!.b) : -1);

/**
 * Subordinators that open a fronted adverbial clause (`While Novak says …, the town …`), as the sentence's first
 * word after quotation marks and connectives. `even` stands for `even as|though|if`.
 */
const FRONTED_SUBORDINATOR: ReadonlySet<string> = new Set(['while', 'although', 'though', 'as', 'after', 'since', 'when', 'because', 'if', 'whereas', 'before', 'once', 'until', 'unless', 'even']);

/**
 * `fronted-clause`: the attribution stands in a fronted adverbial clause (`While Novak says the mill will close,
 * the town hopes for a buyer`), so its content ends where the main clause starts: at the first comma, outside
 * quotation marks, of its first piece after the cue. Not when a comma separates the cue from that piece (`As
 * Novak said, the mill will close`: the content is the main clause), nor for the quotation-mark patterns.
 */
function frontedClause(v: View, c: Candidate): TokRange[] | null {
  const k = pieceAfterCue(c);
  if (k < 0 || !c.cue || QUOTATION_MARK_PATTERNS.has(c.pattern)) return null;
  const sent = v.sentences[v.sentOf[c.cue.a]!];
  if (!sent) return null;
  let s = sent.tokenStart;
  while (s < c.cue.a && (v.tokens[s]!.kind === 'quote' || LEAD_CONNECTIVE.has(v.lower[s]!))) s++;
  if (!FRONTED_SUBORDINATOR.has(v.lower[s]!)) return null;
  const r = c.content[k]!;
  for (let i = c.cue.b; i < r.a; i++) if (v.tokens[i]!.text === ',') return null;
  for (let i = r.a + 1; i < r.b - 1; i++) {
    if (v.tokens[i]!.text !== ',' || v.regionOf[i] !== -1 || v.sentOf[i] !== v.sentOf[c.cue.a]) continue;
    const cut = trimContent(v, { a: r.a, b: i });
    return cut.b > cut.a ? [...c.content.slice(0, k), cut] : null;
  }
  return null;
}

/**
 * Prepositions that belong to the cue when they open its content (`asked about | the loan`, `praised X for |
 * …`, `said of | the plan`): PolNeAR's contents start after them. Chosen on the train documents (`to`, which
 * opens infinitive contents, lowered exact content F1; `at`, `from`, `in`, `by`, `into`, `toward` changed nothing
 * that mattered).
 */
const CUE_PREPOSITION: ReadonlySet<string> = new Set(['about', 'for', 'against', 'on', 'of', 'with', 'over']);

/**
 * `leading-preposition`: the first content piece after the cue opens with one of {@link CUE_PREPOSITION}
 * outside quotation marks, or with `to` right after a cue word that selects it (`pointed | to …`); the piece starts
 * after it (when anything is left).
 */
function leadingPreposition(v: View, c: Candidate): TokRange[] | null {
  const k = pieceAfterCue(c);
  if (k < 0 || QUOTATION_MARK_PATTERNS.has(c.pattern)) return null;
  const r = c.content[k]!;
  const w = v.lower[r.a]!;
  // `to` only right after a word that selects it (`referring | to …`, cue-bounds.ts `selected-to`).
  const particle = CUE_PREPOSITION.has(w) || (w === 'to' && c.cue !== null && c.cue.b === r.a && selectsTo(v.lower[r.a - 1]));
  if (v.regionOf[r.a] !== -1 || !particle || r.b - r.a < 2) return null;
  const cut = trimContent(v, { a: r.a + 1, b: r.b });
  return cut.b > cut.a ? [...c.content.slice(0, k), cut, ...c.content.slice(k + 1)] : null;
}

/**
 * The two start rules were chosen on the train documents tagged by the fold taggers (models/quotes/README.md): in
 * 427 of the 712 gold train claims whose cue ends in a form below, words lie between cue and content (mostly the
 * addressee); a first version that also skipped an addressee before `to` (`urged voters | to …`) turned 13 matched
 * contents into misses against 2 gains, so the infinitive keeps it.
 *
 * Word forms of the cues that take an addressee before their content (`told reporters that …`): PolNeAR mostly
 * leaves the addressee out of both cue and content. Read at the cue's last word.
 */
const RECIPIENT_CUE: ReadonlySet<string> = new Set([
  'tell', 'tells', 'told', 'telling', 'assure', 'assures', 'assured', 'assuring', 'reassure', 'reassures', 'reassured', 'reassuring',
  'remind', 'reminds', 'reminded', 'reminding', 'inform', 'informs', 'informed', 'informing', 'warn', 'warns', 'warned', 'warning',
  'urge', 'urges', 'urged', 'urging', 'ask', 'asks', 'asked', 'asking', 'convince', 'convinces', 'convinced', 'convincing',
  'persuade', 'persuades', 'persuaded', 'persuading', 'notify', 'notifies', 'notified', 'advise', 'advises', 'advised', 'advising',
  'caution', 'cautions', 'cautioned', 'cautioning',
]);
/**
 * Words that open the content after an addressee (`that`, an indirect question, `about`). Not an infinitive: PolNeAR
 * keeps the addressee of `urged voters to …`, `asked them to …` in the content (object control), as it does not for
 * `told voters that …`.
 */
const AFTER_RECIPIENT: ReadonlySet<string> = new Set(['that', 'if', 'whether', 'about', 'how', 'why', 'what', 'which', 'when', 'where', 'who', 'whom']);
/** Of those, the ones that open a relative clause after a comma (`told Novak, who …`): no content starts there. */
const RELATIVE_AFTER_COMMA: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'where', 'when']);
/** Words that end the search for an addressee (`urged him to resign`, `asked them not to`: the content keeps it). */
const CONTROL: ReadonlySet<string> = new Set(['to', 'not']);
/**
 * Object pronouns that are an addressee on their own (`assured them they were safe`; only the next word is tried);
 * `her` and `you` are left out (`told her story`).
 */
const OBJECT_PRONOUN: ReadonlySet<string> = new Set(['him', 'them', 'us', 'me']);
/** Determiners: one inside a would-be addressee starts a second noun phrase (`told reporters the plan that …`). */
const DETERMINER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** An addressee opening with one of these is kept (`asked a direct question about …`, `assured a crowd of … that …`). */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** Whether token `i` can open the subject of a clause (`that the …`, `that he …`, `that Novak …`), not a relative clause's verb. */
function clauseSubjectAt(v: View, i: number): boolean {
  const t = v.tokens[i];
  if (!t) return false;
  const w = v.lower[i]!;
  if (DETERMINER.has(w) || SUBJECT_PRONOUN.has(w) || w === 'it' || w === 'there') return true;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
/** Prepositions a cue may end with before an adjunct noun phrase (`said at | the time that …`). */
const CUE_END_PREPOSITION: ReadonlySet<string> = new Set(['at', 'in', 'on', 'to', 'with', 'following', 'during']);
/** Longest addressee skipped (`The Associated Press on Monday`). */
const MAX_RECIPIENT_TOKENS = 8;

/**
 * Shared by `recipient-before-content` and `cue-adjunct-before-content`: the first content piece after the cue starts
 * right at the cue, outside quotation marks, with a definite noun phrase (an object pronoun; or up to
 * {@link MAX_RECIPIENT_TOKENS} words and commas with no determiner but the first word) that ends before a word where
 * the content starts; the piece then starts there. `adjunct`: that word is `that` before a clause subject
 * ({@link clauseSubjectAt}); else a word of {@link AFTER_RECIPIENT}, a subject pronoun or an opening quotation mark.
 */
function startAfterNounPhrase(v: View, c: Candidate, adjunct: boolean): TokRange[] | null {
  const k = pieceAfterCue(c);
  if (k < 0 || !c.cue || QUOTATION_MARK_PATTERNS.has(c.pattern)) return null;
  const r = c.content[k]!;
  // An indefinite noun phrase (`asked a direct question about …`, `assured a crowd of … that`) is kept: PolNeAR's
  // contents hold it more often than not.
  if (r.a !== c.cue.b || v.regionOf[r.a] !== -1 || r.b - r.a < 3 || AFTER_RECIPIENT.has(v.lower[r.a]!) || INDEFINITE.has(v.lower[r.a]!) || !isWordToken(v, r.a)) return null;
  let start = -1;
  const lim = Math.min(r.b - 1, r.a + (OBJECT_PRONOUN.has(v.lower[r.a]!) ? 1 : MAX_RECIPIENT_TOKENS) + 1);
  for (let j = r.a + 1; j < lim; j++) {
    const t = v.tokens[j]!, w = v.lower[j]!;
    if (t.kind === 'quote') { if (v.regionOf[j] !== -1 && !adjunct) start = j; break; }
    if (RELATIVE_AFTER_COMMA.has(w) && v.tokens[j - 1]!.text === ',') break;
    if (adjunct ? w === 'that' && clauseSubjectAt(v, j + 1) : AFTER_RECIPIENT.has(w) || SUBJECT_PRONOUN.has(w)) { start = j; break; }
    if (w === 'that' || CONTROL.has(w) || DETERMINER.has(w) || (!isWordToken(v, j) && t.text !== ',')) break;
  }
  if (start < 0) return null;
  const cut = trimContent(v, { a: start, b: r.b });
  return cut.b > cut.a ? [...c.content.slice(0, k), cut, ...c.content.slice(k + 1)] : null;
}

/**
 * `recipient-before-content`: the cue's last word is one of {@link RECIPIENT_CUE} (`told reporters | that …`,
 * `assured them | they were …`, `asked Novak | whether …`): the addressee is left out of the content.
 */
function recipientBeforeContent(v: View, c: Candidate): TokRange[] | null {
  return c.cue && RECIPIENT_CUE.has(v.lower[c.cue.b - 1]!) ? startAfterNounPhrase(v, c, false) : null;
}

/**
 * `cue-adjunct-before-content`: the cue ends with one of {@link CUE_END_PREPOSITION} and its noun phrase comes before
 * a `that` clause (`said at | the time | that …`, `wrote in | The Atlantic | that …`): the content is the clause.
 */
function cueAdjunctBeforeContent(v: View, c: Candidate): TokRange[] | null {
  return c.cue && CUE_END_PREPOSITION.has(v.lower[c.cue.b - 1]!) ? startAfterNounPhrase(v, c, true) : null;
}

/**
 * First words of a time or occasion adjunct of the cue (`said Thursday`, `announced last week`, `wrote in a
 * letter`, `said at the hearing`). Chosen on the train documents tagged by the fold taggers (models/quotes/README.md):
 * with a content that is any short phrase ending the sentence, the rule lost more matches than it gained.
 */
const ADJUNCT_START: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'last', 'this', 'earlier', 'later', 'today', 'yesterday', 'recently', 'tonight', 'in', 'on', 'at', 'during',
]);
/** Longest adjunct replaced (`in a letter to the harbor board`). */
const MAX_ADJUNCT_TOKENS = 8;
/** Shortest clause before the attribution taken as the content. */
const MIN_LEAD_TOKENS = 3;

/**
 * `adjunct-after-final-attribution`: the claim's one content piece follows its cue, opens with a word of
 * {@link ADJUNCT_START} outside quotation marks, is at most {@link MAX_ADJUNCT_TOKENS} tokens long and ends its
 * sentence (only closing punctuation and quotation marks follow), and the attribution (speaker and cue, either
 * order) is set off by a comma after the sentence's opening words: those words are the content (`The mill will
 * close in May, | Novak said | on Thursday.`). The tagger sometimes reads such an adjunct as the content, and the
 * learned end has no site before the cue.
 */
function adjunctAfterFinalAttribution(v: View, c: Candidate): TokRange[] | null {
  if (!c.cue || !c.speaker || QUOTATION_MARK_PATTERNS.has(c.pattern) || c.content.length !== 1) return null;
  const r = c.content[0]!;
  if (r.a < c.cue.b || r.b - r.a > MAX_ADJUNCT_TOKENS || v.regionOf[r.a] !== -1 || !ADJUNCT_START.has(v.lower[r.a]!)) return null;
  const s = v.sentOf[c.cue.a]!;
  const sent = v.sentences[s];
  if (!sent || v.sentOf[r.b - 1] !== s) return null;
  for (let i = r.b; i < sent.tokenEnd; i++) {
    const t = v.tokens[i]!;
    if (t.kind !== 'quote' && !/^[.!?]$/.test(t.text)) return null;
  }
  const front = Math.min(c.speaker.a, c.cue.a);
  if (front - 1 <= sent.tokenStart || v.tokens[front - 1]!.text !== ',') return null;
  const lead = trimContent(v, { a: sent.tokenStart, b: front - 1 });
  return lead.b - lead.a >= MIN_LEAD_TOKENS ? [lead] : null;
}

/**
 * Shared by `according-to-clause-start` and `clause-start-before-attribution`: the claim's one content piece ends
 * before token `front` (where the attribution starts) with only commas, at least one, between, outside quotation
 * marks, and starts after a word of the same clause (not after punctuation or a leading connective: `However, |
 * the port …` is right as it is): the piece starts at the clause start instead (the sentence start, or after its
 * last dash, semicolon, colon or parenthesis before the piece; a relative or `, but|and` clause still open at the
 * piece at its relative word or after the coordinator; leading connectives skipped), unless quotation marks lie
 * between. The tagger often starts such a content at a capitalized word or a noun inside the clause.
 */
function clauseStartBefore(v: View, c: Candidate, front: number): TokRange[] | null {
  if (QUOTATION_MARK_PATTERNS.has(c.pattern) || c.content.length !== 1) return null;
  const r = c.content[0]!;
  if (r.b >= front || r.a < 1) return null;
  for (let i = r.b; i < front; i++) if (v.tokens[i]!.text !== ',') return null;
  const before = r.a - 1;
  if (!isWordToken(v, before) || LEAD_CONNECTIVE.has(v.lower[before]!) || v.regionOf[before] !== -1 || v.sentOf[before] !== v.sentOf[r.a]) return null;
  const sent = v.sentences[v.sentOf[r.a]!];
  if (!sent) return null;
  let a = sent.tokenStart;
  for (let k = before; k >= a; k--) if (CLAUSE_BREAK.test(v.tokens[k]!.text)) { a = k + 1; break; }
  // A relative clause or a second coordinated clause that is still open at the piece (no comma between) starts at
  // its relative word or after its coordinator.
  for (let k = before; k > a; k--) {
    if (v.tokens[k - 1]!.text !== ',') continue;
    if (RELATIVE.has(v.lower[k]!)) a = k;
    else if (TRAILING_COORDINATOR.has(v.lower[k]!)) a = k + 1;
    break;
  }
  while (a < before && LEAD_CONNECTIVE.has(v.lower[a]!)) a++;
  for (let k = a; k < r.a; k++) if (v.tokens[k]!.kind === 'quote' || v.regionOf[k] !== -1) return null;
  const lead = trimContent(v, { a, b: r.b });
  return lead.a < r.a && lead.b > lead.a ? [lead] : null;
}

/**
 * `according-to-clause-start`: the content before `, according to X` (the cue) starts inside its clause
 * ({@link clauseStartBefore}). Chosen on the train documents tagged by the fold taggers (models/quotes/README.md).
 */
function accordingToClauseStart(v: View, c: Candidate): TokRange[] | null {
  if (!c.cue || c.cue.b - c.cue.a !== 2 || v.lower[c.cue.a] !== 'according' || v.lower[c.cue.a + 1] !== 'to') return null;
  return clauseStartBefore(v, c, c.cue.a);
}

/**
 * `clause-start-before-attribution`: the content before `, SPEAKER CUE` (speaker first: `…, Novak said.`) starts
 * inside its clause ({@link clauseStartBefore}). Not when the cue comes first (`…, said Novak`): there the
 * tagger's start was right as often as not on the train documents.
 */
function clauseStartBeforeAttribution(v: View, c: Candidate): TokRange[] | null {
  if (!c.cue || !c.speaker || c.speaker.b > c.cue.a) return null;
  return clauseStartBefore(v, c, c.speaker.a);
}

/**
 * Words that open no continuation of a content after `…, X said,`: an aside on the speaker or the act (`, who …`,
 * `, adding …`, `, according to …`), a new clause (`, and`, `, while`), an adjunct of the cue (`, in …`), or a noun
 * phrase in apposition (`, a …`); `-ing` forms are excluded apart.
 */
const NOT_CONTINUATION: ReadonlySet<string> = new Set([
  'who', 'which', 'whom', 'whose', 'where', 'when', 'as', 'according', 'while', 'and', 'but', 'in', 'at', 'on', 'after',
  'before', 'a', 'an', 'the', 'his', 'her', 'their', 'its',
]);

/**
 * `clause-continues-after-attribution`: the claim's one content piece, not ending inside a quotation, ends before its
 * attribution (speaker and cue, either order) with only commas between, and the attribution is followed by a comma
 * and a lower-case word that goes on with the reported clause (`Most of the cranes, Novak said, | had failed the
 * test.`) to the sentence end, outside quotation marks: that rest is a second piece. Not when the word is one of
 * {@link NOT_CONTINUATION} or an `-ing` form (`, adding …`, `, laughing`). After a quotation (`"…," he said, …`) the
 * rest was as often an aside as a continuation on the train documents (exact contents 9 gained, 12 lost), so those
 * are left alone.
 */
function clauseContinuesAfterAttribution(v: View, c: Candidate): TokRange[] | null {
  if (!c.cue || !c.speaker || c.content.length !== 1) return null;
  const r = c.content[0]!;
  const lo = Math.min(c.cue.a, c.speaker.a), hi = Math.max(c.cue.b, c.speaker.b);
  if (r.b > lo || lo - r.b > 3) return null;
  if (v.regionOf[r.b - 1] !== -1) return null;
  for (let i = r.b; i < lo; i++) if (v.tokens[i]!.text !== ',') return null;
  if (v.tokens[hi]?.text !== ',' || hi + 1 >= v.tokens.length) return null;
  const first = hi + 1, w = v.lower[first]!;
  const sent = v.sentences[v.sentOf[hi]!];
  if (!sent || v.sentOf[first] !== v.sentOf[hi] || !isWordToken(v, first) || !/^[a-z]/.test(v.tokens[first]!.text)) return null;
  if (NOT_CONTINUATION.has(w) || w.endsWith('ing')) return null;
  let end = sent.tokenEnd;
  while (end > first && (v.tokens[end - 1]!.kind === 'quote' || /^[.!?]$/.test(v.tokens[end - 1]!.text))) end--;
  for (let i = first; i < end; i++) if (v.regionOf[i] !== -1 || v.tokens[i]!.kind === 'quote') return null;
  const rest = trimContent(v, { a: first, b: end });
  return rest.b > rest.a ? [r, rest] : null;
}

/**
 * The last content piece of claim `c` and its index, when it lies after the cue and `c` is no quotation-mark
 * pattern: the piece whose end the extension rules below may move.
 */
function lastPieceAfterCue(c: Candidate): { k: number; r: TokRange } | null {
  if (!c.cue || QUOTATION_MARK_PATTERNS.has(c.pattern)) return null;
  const k = c.content.length - 1;
  const r = c.content[k];
  return r && r.a >= c.cue.b ? { k, r } : null;
}

/** Claim `c`'s pieces with piece `k` replaced by `r`. */
const withPiece = (c: Candidate, k: number, r: TokRange): TokRange[] => [...c.content.slice(0, k), r];

/** Words that open a reported clause whose subject follows (`that|whether|if Novak, the mayor, will …`). */
const SUBJECT_COMPLEMENTIZER: ReadonlySet<string> = new Set(['that', 'whether', 'if']);
/** Determiners that may open the short subject of `subject-before-appositive` (`that the harbor master, …`). */
const SUBJECT_DETERMINER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 'its', 'your', 'this', 'these', 'those', 'some', 'many', 'most', 'all']);
/** Pronoun subjects, which take one `-ly` adverb before the comma (`that he really, really wants …`). */
const SUBJECT_PRONOUN_WORD: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
/** Words that show a verb has started, so the words before the comma are a clause, not a bare subject. */
const VERB_SIGN: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', 'do', 'does', 'did', 'am', "'s", "n't", 'wo', 'ca', 'not', 'to',
]);
/** Dashes that set off an aside (`that Novak -- the mayor -- will resign`). */
const DASH = /^(—|–|-|--)$/;
/** Longest subject (in tokens, after the complementizer) `subject-before-appositive` reads. */
const MAX_BARE_SUBJECT = 4;

const capitalizedWord = (v: View, i: number): boolean => v.tokens[i]!.kind === 'word' && /^\p{Lu}/u.test(v.tokens[i]!.text);

/**
 * True when tokens `[a, b)` are a bare subject noun phrase with no verb yet: a determiner and one or two words
 * (`the harbor master`), a pronoun and an `-ly` adverb (`he really`), or a run of capitalized words with an optional
 * possessive and up to two lower-case words (`Mr. Novak`, `Novak's plan`).
 */
function bareSubject(v: View, a: number, b: number): boolean {
  const n = b - a;
  if (n < 1 || n > MAX_BARE_SUBJECT) return false;
  for (let i = a; i < b; i++) {
    const w = v.lower[i]!;
    if (VERB_SIGN.has(w) || v.tokens[i]!.kind === 'quote' || (/ed$/.test(w) && /^[a-z]/.test(v.tokens[i]!.text))) return false;
  }
  const w0 = v.lower[a]!;
  if (SUBJECT_DETERMINER.has(w0)) {
    for (let i = a + 1; i < b; i++) if (v.tokens[i]!.kind !== 'word') return false;
    return n >= 2 && n <= 3;
  }
  if (SUBJECT_PRONOUN_WORD.has(w0)) return n === 2 && /ly$/.test(v.lower[a + 1]!);
  if (!capitalizedWord(v, a)) return false;
  let k = a + 1;
  while (k < b && (capitalizedWord(v, k) || v.tokens[k]!.text === '.')) k++;
  if (k === b) return true;
  if (v.lower[k] !== "'s") return false;
  for (let i = k + 1; i < b; i++) if (!/^[a-z]/.test(v.tokens[i]!.text)) return false;
  return b - k - 1 <= 2;
}

/** End of the sentence of token `i` without its closing punctuation and quotation marks (at least `min`). */
function sentenceBodyEnd(v: View, i: number, min: number): number {
  let k = v.sentences[v.sentOf[i]!]!.tokenEnd;
  while (k > min && (v.tokens[k - 1]!.kind === 'quote' || /^[.!?]$/.test(v.tokens[k - 1]!.text))) k--;
  return k;
}

/**
 * `subject-before-appositive`: the last content piece after the cue is `that|whether|if` + a bare subject
 * ({@link bareSubject}) and stops at a comma, a dash or `and`, outside quotation marks (`said that Novak, the harbor
 * master, will resign`, `that Novak and the board agreed`): the piece stops before its verb, in the subject's
 * appositive, aside or coordination. It runs on past the appositive (to its closing comma or dash) to the next comma,
 * semicolon or colon, or to the sentence end when nothing closes it. Without the bare-subject test (any short words
 * after `that`, which takes in `that comment, …` and `that the videos exist, …`) it lost as many matches as it gained.
 */
function subjectBeforeAppositive(v: View, c: Candidate): TokRange[] | null {
  const last = lastPieceAfterCue(c);
  if (!last) return null;
  const { k, r } = last;
  if (r.b >= v.tokens.length || !SUBJECT_COMPLEMENTIZER.has(v.lower[r.a]!)) return null;
  const stop = v.tokens[r.b]!.text;
  const dash = DASH.test(stop);
  if (stop !== ',' && !dash && v.lower[r.b] !== 'and') return null;
  if (v.regionOf[r.b] !== -1 || v.sentOf[r.b] !== v.sentOf[r.a] || !bareSubject(v, r.a + 1, r.b)) return null;
  const end = sentenceBodyEnd(v, r.b, r.b + 1);
  if (end <= r.b + 1) return null;
  // The appositive (or dashed aside) closes at the next comma (dash); a coordinated subject (`and`) has no close.
  let n = r.b + 1;
  if (stop === ',' || dash) while (n < end && (dash ? !DASH.test(v.tokens[n]!.text) : v.tokens[n]!.text !== ',')) n++;
  let b = end;
  if (n < end) {
    b = n + 1;
    while (b < end && !/^[,;:]$/.test(v.tokens[b]!.text)) b++;
  }
  const grown = trimContent(v, { a: r.a, b });
  return grown.b > r.b ? withPiece(c, k, grown) : null;
}

/** Longest list item `name-list-continues` reads (capitalized words, abbreviations). */
const MAX_NAME_ITEM = 4;
/** Tokens that end the phrase after a list of names. */
const PHRASE_BREAK = /^([,;:.(]|—|–|―|-|--)$/;

/**
 * `name-list-continues`: the last content piece after the cue stops at a comma that opens a list of capitalized
 * names (each 1–4 words) ending in `and|or NAME`, with at least two names after the comma (`praised Lisbon | ,
 * Porto and Braga for …`): the piece stops inside the list (a list item the tagger read as the end of the object).
 * It runs on to the list's end and the phrase after it, up to the next punctuation or quotation mark. PolNeAR
 * train: 8 claims changed, 6 content matches gained, none lost (`, and NAME` alone, one name, starts a new clause
 * more often than not and is left alone).
 */
function nameListContinues(v: View, c: Candidate): TokRange[] | null {
  const last = lastPieceAfterCue(c);
  if (!last) return null;
  const { k, r } = last;
  if (v.tokens[r.b]?.text !== ',' || v.regionOf[r.b] !== -1) return null;
  const s = v.sentOf[r.b]!;
  if (v.sentOf[r.a] !== s) return null;
  const end = v.sentences[s]!.tokenEnd;
  let n = r.b, names = 0;
  for (;;) {
    if (n < end && v.tokens[n]!.text === ',') n++;
    const conj = n < end && (v.lower[n] === 'and' || v.lower[n] === 'or');
    if (conj) n++;
    let m = n;
    while (m < end && (capitalizedWord(v, m) || (m > n && (v.tokens[m]!.text === '.' || v.lower[m] === "'s")))) m++;
    if (m === n || m - n > MAX_NAME_ITEM) return null;
    names++;
    n = m;
    if (conj) break;
    if (n >= end || (v.tokens[n]!.text !== ',' && v.lower[n] !== 'and' && v.lower[n] !== 'or')) return null;
  }
  if (names < 2) return null;
  let b = n;
  while (b < end && !PHRASE_BREAK.test(v.tokens[b]!.text) && v.tokens[b]!.kind !== 'quote') b++;
  const grown = trimContent(v, { a: r.a, b });
  return grown.b > r.b ? withPiece(c, k, grown) : null;
}

/**
 * Words that cannot end a noun or prepositional phrase or a clause: articles, possessive determiners (not `her`, `this`, `that`,
 * which end phrases as pronouns) and prepositions that are no verb particles (not `in`, `on`, `at`, `to`, `about`,
 * `up`: `weighed in`, `held on`). PolNeAR train: a content ending in one of these words was extended by the rule
 * in 17 claims, 5 content matches gained and none lost; with the pronoun-like and particle words too, 46 claims,
 * 12 gained and 8 lost (`this` 0 / 4, `her` 0 / 2).
 */
const DANGLING_WORD: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'their', 'its', 'my', 'our', 'your', 'his', 'than', 'with', 'from', 'for', 'by', 'into',
  // Question words open a clause (`worried about | how`: 2 train and 2 dev matches gained, none lost); not the
  // relative `which`, `whom`, `whose` (`a view | which | I share` ends right there in the gold).
  'how', 'what', 'why', 'whether', 'where',
]);
/** Tokens where `dangling-function-word` stops: punctuation of a phrase or clause boundary. */
const DANGLING_STOP = /^([,;:.!?()]|—|–|―|-|--)$/;

/**
 * `dangling-function-word`: the last content piece after the cue ends in a {@link DANGLING_WORD} outside quotation
 * marks (`Ruiz posted | the`, `to release a slew of`): the tagger or the ranker stopped inside the phrase. It runs
 * on to the next punctuation or quotation mark in the sentence.
 */
function danglingFunctionWord(v: View, c: Candidate): TokRange[] | null {
  const last = lastPieceAfterCue(c);
  if (!last) return null;
  const { k, r } = last;
  if (r.b <= r.a || v.regionOf[r.b - 1] !== -1 || !DANGLING_WORD.has(v.lower[r.b - 1]!)) return null;
  const end = v.sentences[v.sentOf[r.b - 1]!]!.tokenEnd;
  let b = r.b;
  while (b < end && !DANGLING_STOP.test(v.tokens[b]!.text) && v.tokens[b]!.kind !== 'quote') b++;
  return b > r.b ? withPiece(c, k, { a: r.a, b }) : null;
}

/** Most tokens `open-parenthesis` reads after the content's end for the closing parenthesis. */
const MAX_TO_CLOSE = 8;

/**
 * `open-parenthesis`: the last content piece of a claim (no quotation-mark pattern) holds more opening than closing
 * parentheses (`praised Sen. Ruiz (D-Maine`): it ends after the next closing parenthesis, when that lies within
 * {@link MAX_TO_CLOSE} tokens in the same sentence. PolNeAR train: 21 claims changed, 7 more exact contents and no
 * match changed (with no bound on the distance, one dev match was lost to a long aside).
 */
function openParenthesis(v: View, c: Candidate): TokRange[] | null {
  if (QUOTATION_MARK_PATTERNS.has(c.pattern)) return null;
  const k = c.content.length - 1;
  const r = c.content[k];
  if (!r) return null;
  let open = 0;
  for (let i = r.a; i < r.b; i++) {
    const w = v.tokens[i]!.text;
    if (w === '(') open++;
    else if (w === ')') open--;
  }
  if (open <= 0) return null;
  const s = v.sentOf[r.b - 1]!;
  const end = Math.min(v.sentences[s]!.tokenEnd, r.b + MAX_TO_CLOSE + 1);
  for (let b = r.b; b < end; b++) if (v.tokens[b]!.text === ')') return withPiece(c, k, { a: r.a, b: b + 1 });
  return null;
}

/** A rule that replaces a claim's content pieces (null: it does not apply), with its id. */
type PieceRule = readonly [ContentBoundId, (v: View, c: Candidate) => TokRange[] | null];

/**
 * The rules that run after the learned content end (content-end.ts) has chosen its end: the first four move only a
 * piece's start (the last two that of a content before its cue, which the ranker does not see), the fifth replaces a
 * content the ranker does not see (one word) or would only cut, the sixth adds a piece after the attribution to a
 * content before it, and the last four extend an end the tagger or the ranker left inside a phrase; running them
 * later leaves the ranker's sites and features as it was trained on.
 */
const START_RULES: readonly PieceRule[] = [
  ['recipient-before-content', recipientBeforeContent],
  ['cue-adjunct-before-content', cueAdjunctBeforeContent],
  ['according-to-clause-start', accordingToClauseStart],
  ['clause-start-before-attribution', clauseStartBeforeAttribution],
  ['adjunct-after-final-attribution', adjunctAfterFinalAttribution],
  ['clause-continues-after-attribution', clauseContinuesAfterAttribution],
  ['subject-before-appositive', subjectBeforeAppositive],
  ['name-list-continues', nameListContinues],
  ['dangling-function-word', danglingFunctionWord],
  ['open-parenthesis', openParenthesis],
];

/**
 * Moves the start of every claim's content past a noun phrase that is no part of it (in place): `recipient-before-content`
 * and `cue-adjunct-before-content`; back to the start of its clause before a final attribution
 * (`according-to-clause-start`, `clause-start-before-attribution`); continues it after an interrupting attribution
 * (`clause-continues-after-attribution`); and makes the clause before a sentence-final attribution the content when only an
 * adjunct of the cue follows it (`adjunct-after-final-attribution`); and runs an end left inside a phrase on to the
 * phrase's end (`subject-before-appositive`, `name-list-continues`, `dangling-function-word`, `open-parenthesis`). `fired`, when given,
 * collects the ids of the rules that fired.
 */
export function repairContentStarts(v: View, cands: readonly Candidate[], fired?: ContentBoundId[]): void {
  for (const c of cands) applyPieceRules(v, c, START_RULES, fired);
}

/** Runs `rules` in order on claim `c`, each on the previous one's result; `fired` collects the ids of those that fired. */
function applyPieceRules(v: View, c: Candidate, rules: readonly PieceRule[], fired?: ContentBoundId[]): void {
  for (const [id, rule] of rules) {
    const pieces = rule(v, c);
    if (pieces) {
      c.content = pieces;
      fired?.push(id);
    }
  }
}

/** The rules that replace a claim's content pieces, in the order they run (each sees the previous one's result). */
const PIECE_RULES: readonly PieceRule[] = [
  ['title-before-attribution', titlesBeforeAttribution],
  ['lead-clause-before-attribution', leadClausesBeforeAttribution],
  ['trailing-piece', trailingPieces],
  ['fronted-clause', frontedClause],
  ['leading-preposition', leadingPreposition],
];

/**
 * Repairs the content of every claim (in place) and returns the claims to keep (`floating` claims may be merged
 * into the claim they continue or dropped). `fired`, when given, collects the ids of the rules that fired (one
 * per repair). Call after the speakers are final: the rules read the speaker's position.
 */
export function repairContents(v: View, cands: readonly Candidate[], fired?: ContentBoundId[]): Candidate[] {
  // Claims whose cue names no source (no-source.ts) first: their subject joins the content.
  applyNoSource(v, cands, fired);
  const kept = mergeContinuations(v, cands, fired);
  paragraphContinuations(v, kept, fired);
  for (const c of kept) {
    applyPieceRules(v, c, PIECE_RULES, fired);
    const pieces = interruptedClause(v, c);
    if (pieces) {
      c.content = pieces;
      fired?.push('interrupted-clause');
    }
  }
  return kept;
}
