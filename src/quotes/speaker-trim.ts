/**
 * Boundary repair of a chosen speaker span, whichever finder proposed it (the tagger's SOURCE run, the rule
 * NP walks, an inherited speaker). PolNeAR's source is the subject NP alone, but the proposals sometimes run
 * on into the predicate (`Novak quietly`, `Petrova posted three messages`) or take in a lead-in
 * (`by the mayor`, `With a week left, Olga Petrova`). Each repair is a typed rule with an id; the first
 * right rule that fires cuts the span, then the left rules trim its start.
 */
import { isCap, NP_STOP, PRONOUNS, type TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Ids of the speaker boundary rules. */
export type SpeakerTrimId =
  | 'right-adverb'
  | 'right-finite-verb'
  | 'right-time-phrase'
  | 'right-after-appositive'
  | 'right-appositive-comma'
  | 'right-lone-comma'
  | 'right-noun-pp'
  | 'right-nested-relative'
  | 'left-coordination'
  | 'left-passive-by'
  | 'left-focus-word'
  | 'left-lead-clause'
  | 'left-relative-before-name'
  | 'left-noun-before-relative'
  | 'left-demonstrative'
  | 'left-approximator'
  | 'left-new-np'
  | 'left-name-list';

/** Documentation row of a rule: what it cuts, with an example (a sentence, the proposed span in it, the repaired span). */
export interface SpeakerTrimRule {
  readonly id: SpeakerTrimId;
  readonly side: 'left' | 'right';
  readonly example: readonly [sentence: string, before: string, after: string];
}

/** Every rule with an example (the tests use it as a checklist). */
export const SPEAKER_TRIM_RULES: readonly SpeakerTrimRule[] = [
  { id: 'right-adverb', side: 'right', example: ['The farmers broadly welcomed the subsidy.', 'The farmers broadly', 'The farmers'] },
  { id: 'right-adverb', side: 'right', example: ['Novak never said the talks failed.', 'Novak never', 'Novak'] },
  { id: 'right-finite-verb', side: 'right', example: ['Petrova posted three messages saying the vote was rigged.', 'Petrova posted three messages', 'Petrova'] },
  { id: 'right-time-phrase', side: 'right', example: ['The union on Monday said the talks failed.', 'The union on Monday', 'The union'] },
  { id: 'right-time-phrase', side: 'right', example: ['Novak at the time said the mine would stay open.', 'Novak at the time', 'Novak'] },
  { id: 'right-after-appositive', side: 'right', example: ['Jan Novak, the minister, has doubled down on it, saying the plan will work.', 'Jan Novak, the minister, has doubled down on it,', 'Jan Novak, the minister,'] },
  { id: 'right-lone-comma', side: 'right', example: ['Novak, citing the report, said the talks failed.', 'Novak,', 'Novak'] },
  { id: 'right-appositive-comma', side: 'right', example: ['Ana Ruiz, a nurse from Tulsa, said the talks failed.', 'Ana Ruiz, a nurse from Tulsa', 'Ana Ruiz, a nurse from Tulsa,'] },
  { id: 'left-coordination', side: 'left', example: ['Farmers and local officials said the dam is unsafe.', 'local officials', 'Farmers and local officials'] },
  { id: 'left-passive-by', side: 'left', example: ['The leak was first noticed by the city council.', 'by the city council', 'the city council'] },
  { id: 'left-focus-word', side: 'left', example: ['Even Norway said the talks failed.', 'Even Norway', 'Norway'] },
  { id: 'left-lead-clause', side: 'left', example: ['Back in Prague, Mr. Novak said the talks failed.', 'Back in Prague, Mr. Novak', 'Mr. Novak'] },
  { id: 'left-relative-before-name', side: 'left', example: ['It was a rushed decision, which Novak said was a mistake.', 'which Novak', 'Novak'] },
  { id: 'left-noun-before-relative', side: 'left', example: ['As a driver who waited six hours, I know.', 'a driver who', 'who'] },
  { id: 'left-demonstrative', side: 'left', example: ['By a wide margin, those surveyed said the ferry is too slow.', 'surveyed', 'those surveyed'] },
  { id: 'left-approximator', side: 'left', example: ['About half of the growers said prices were too low.', 'half of the growers', 'About half of the growers'] },
  { id: 'left-new-np', side: 'left', example: ['Asked about the levy in March The Ledger said it was unfair.', 'the levy in March The Ledger', 'The Ledger'] },
  { id: 'left-approximator', side: 'left', example: ['Nearly four in 10 said prices were too low.', '10', 'Nearly four in 10'] },
  { id: 'left-name-list', side: 'left', example: ['Novak, Ruiz and Petrova said the talks failed.', 'Ruiz and Petrova', 'Novak, Ruiz and Petrova'] },
];

/** Lower-case words in -ly that are nouns or adjectives inside an NP, not adverbs (`a family`, `an early supporter`). */
export const LY_NOT_ADVERB: ReadonlySet<string> = new Set([
  'family', 'ally', 'rally', 'supply', 'assembly', 'anomaly', 'monopoly', 'bully', 'belly', 'reply', 'july', 'italy', 'only',
  'early', 'likely', 'unlikely', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'nightly', 'hourly', 'elderly', 'friendly',
  'costly', 'deadly', 'lonely', 'lovely', 'ugly', 'silly', 'orderly', 'scholarly', 'holy', 'jolly', 'burly', 'wily', 'curly',
  'homely', 'manly', 'womanly', 'kindly', 'lively', 'timely', 'worldly', 'comply', 'apply', 'imply', 'fly', 'sly', 'lily',
  'holly', 'molly', 'melancholy', 'panoply', 'multiply', 'gangly', 'beastly', 'ghostly', 'stately', 'cowardly', 'neighborly',
  'tally', 'motherly', 'fatherly', 'brotherly', 'sisterly', 'heavenly', 'earthly', 'portly', 'sickly', 'surly', 'measly',
  'wobbly', 'bubbly',
]);

/** Irregular past forms that end a subject NP when they follow its head (`Jan Novak spoke`). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'made', 'sent', 'gave', 'took', 'wrote', 'spoke', 'told', 'said', 'went', 'came', 'got', 'kept', 'held', 'brought', 'thought',
  'found', 'knew', 'saw', 'became', 'began', 'ran', 'won', 'lost', 'left', 'met', 'paid', 'put', 'set', 'struck', 'threw', 'drew',
  'took', 'stood', 'sat', 'swore', 'fought', 'sought', 'taught', 'bought', 'felt', 'heard', 'meant', 'led', 'built', 'spent', 'shook',
  'rose', 'fell', 'grew', 'broke', 'chose', 'drove', 'flew', 'hit', 'cut', 'let', 'quit', 'shut', 'spread', 'hurt', 'cost',
]);

/** Words that may follow a finite verb's object slot: the verb has an object or complement (`released a memo`, `insisted that`). */
const OBJECT_START: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'that', 'him', 'them', 'it', 'us', 'me', 'this', 'these', 'those',
  'no', 'some', 'several', 'out', 'up', 'back', 'down', 'off', 'about',
]);

/** Adverbs and auxiliaries that open the predicate right after the subject (`Novak never wavered`, `the mayor has`). */
const PREDICATE_OPENERS: ReadonlySet<string> = new Set([
  'never', 'also', 'already', 'always', 'often', 'still', 'repeatedly', 'again', 'has', 'have', 'had', 'will', 'would', 'did',
  'does', 'is', 'was', 'are', 'were', 'could', 'should', 'can', 'may', 'might', 'must', 'here',
]);

/** A time phrase after the subject (`The union on Monday`, `Petrova last week`): the cue's modifier, not the NP's. */
const TIME_AFTER = /^(on|last|this|earlier|late|early)$/;
/** Adverbials a subject may carry right before its cue (`at the time`, `in the past`, `soon`, `however`). */
const SPAN_FINAL_ADVERBIAL = /^(at the time|in the past|long ago|at that time|at one point|soon|however|once|previously|recently|initially|subsequently|reportedly|quickly)\b/;
const TIME_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend)$/;

/** Participles that follow the noun they modify (`farmers polled`, `residents surveyed`). */
const POST_NOMINAL_PARTICIPLES: ReadonlySet<string> = new Set(['polled', 'surveyed', 'interviewed', 'questioned', 'asked', 'contacted', 'sampled', 'involved', 'concerned', 'affected', 'quoted', 'cited', 'named']);

/** Words that open a lead-in clause before the subject (`With a week left, …`, `In a letter, …`). */
const LEAD_OPENERS: ReadonlySet<string> = new Set([
  'in', 'with', 'back', 'after', 'before', 'during', 'at', 'on', 'for', 'from', 'under', 'since', 'as', 'like', 'unlike', 'despite',
  'meanwhile', 'still', 'instead', 'earlier', 'later', 'now', 'today', 'yesterday', 'then', 'also', 'however', 'separately',
  'moreover', 'similarly', 'likewise', 'furthermore', 'additionally', 'indeed', 'nonetheless', 'nevertheless', 'last', 'across',
  'of', 'among', 'amid', 'following', 'throughout',
]);

/** Words after `by` that make it a lead-in (`By contrast, Novak said`), not the agent of a passive. */
const BY_LEADS: ReadonlySet<string> = new Set(['contrast', 'comparison', 'then', 'now', 'far']);

/** Longest lead-in clause the left rule cuts, in tokens. */
const MAX_LEAD = 24;

/** A participle opening the sentence before a lower-case word (`Alarmed by the unrest, …`, `Speaking to reporters, …`). */
function participleLead(v: View, a: number): boolean {
  const sent = v.sentences[v.sentOf[a]!];
  return sent !== undefined && sent.tokenStart === a && /^[A-Z][a-z]+(ing|ed)$/.test(v.tokens[a]!.text) && isLowerWord(v, a + 1);
}

/**
 * End (exclusive) of a lead-in clause opening at `a`: the first comma within {@link MAX_LEAD} tokens that a subject
 * follows (a capitalized word, a determiner, a number word); commas before other words (`At the club, where …,`) are
 * passed. -1 when there is none.
 */
function leadClauseEnd(v: View, a: number, b: number): number {
  for (let j = a + 1; j < b - 1 && j - a <= MAX_LEAD; j++) {
    if (v.tokens[j]!.text !== ',') continue;
    if (isCap(v, j + 1) || NOT_HEAD.has(v.lower[j + 1]!) || /^(one|two|three|four|five|officials|experts|critics)$/.test(v.lower[j + 1]!)) return j;
  }
  return -1;
}

/** Focus particles before the subject NP that PolNeAR leaves out (`Even Norway said`). */
const FOCUS_WORDS: ReadonlySet<string> = new Set(['even', 'but', 'and', 'so', 'yet', 'still', 'also', 'now', 'then', 'however', 'meanwhile', 'instead', 'or']);

const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'whom']);
/** Words that cannot be the head a predicate follows (determiners, auxiliaries, prepositions, relatives). */
const NOT_HEAD: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'many', 'most', 'several',
  'few', 'other', 'any', 'each', 'every', 'no', 'all', 'both', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'and', 'or',
]);

const isWord = (v: View, i: number) => v.tokens[i]?.kind === 'word';
const isLowerWord = (v: View, i: number) => isWord(v, i) && /^[a-z]+$/.test(v.tokens[i]!.text);

/** True when token i can be the head of the subject NP a predicate follows (`Novak`, `farmers`, `survey`). */
function headLike(v: View, i: number): boolean {
  const t = v.tokens[i];
  if (!t) return false;
  if (t.kind === 'number') return true;
  if (t.kind !== 'word' && t.kind !== 'clitic') return false;
  const w = v.lower[i]!;
  if (PRONOUNS.has(w)) return false; // `the farmers we met`: the verb belongs to a relative clause
  if (isCap(v, i)) return !NOT_HEAD.has(w);
  return !NP_STOP.has(w) && !NOT_HEAD.has(w) && !PRONOUNS.has(w) && !/ly$/.test(w);
}

/** A lower-case -ly adverb (`quietly`, `broadly`), not a listed noun or adjective. */
function isAdverb(v: View, i: number): boolean {
  if (!isLowerWord(v, i)) return false;
  const w = v.lower[i]!;
  return w.length >= 6 && w.endsWith('ly') && !LY_NOT_ADVERB.has(w);
}

/**
 * A finite verb by shape after the NP head: an irregular past, an `-ed` form after a name or with an object
 * (`Norway objected`, `ministers met`… `released a memo`), or an `-s` form with an object (`Novak rejects the plan`).
 * A bare `-ed` after a common noun stays (`A memo released Friday`): it is as often a participle inside the NP.
 */
function isFiniteVerb(v: View, i: number): boolean {
  if (!isLowerWord(v, i)) return false;
  const w = v.lower[i]!;
  const next = v.lower[i + 1] ?? '';
  const objectNext = OBJECT_START.has(next) || /^[a-z]+ing$/.test(v.tokens[i + 1]?.text ?? '');
  // `A panel of judges chaired by`: a passive participle modifying the NP.
  if (next === 'by' || POST_NOMINAL_PARTICIPLES.has(w)) return false;
  if (IRREGULAR_PAST.has(w)) return true;
  if (/[a-z]{2}ed$/.test(w) && !/(need|feed|seed|speed|breed|bed)$/.test(w)) return isCap(v, i - 1) || objectNext;
  // `-s` is as often a plural noun (`Senate aides hoping`): only with a name before and an object after.
  if (/[a-z]{3}[^su']s$/.test(w)) return OBJECT_START.has(next) && isCap(v, i - 1);
  return false;
}

/** True when a lower-case `-ed`/`-en` word lies in [a, b). */
function hasParticiple(v: View, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isLowerWord(v, i) && /[a-z]{2}(ed|en)$/.test(v.lower[i]!)) return true;
  return false;
}

/** Index where the right rules cut the span (exclusive end), or `r.b` when none fires. */
function rightCut(v: View, r: TokRange): { b: number; id: SpeakerTrimId | null } {
  let depth = 0;
  let appositive = false;
  for (let j = r.a + 1; j < r.b; j++) {
    const w = v.lower[j]!;
    if (w === '(') depth++;
    else if (w === ')') depth = Math.max(0, depth - 1);
    // Inside a relative clause or parenthesis the verb belongs there (`Novak, whose ministry … is expected`).
    // An appositive closed by a comma, then the predicate: the span ends with the comma, as PolNeAR's sources do.
    if (w === ',' && depth === 0 && j + 1 < r.b && isLowerWord(v, j + 1) && (PREDICATE_OPENERS.has(v.lower[j + 1]!) || isFiniteVerb(v, j + 1) && OBJECT_START.has(v.lower[j + 2] ?? ''))) {
      return { b: j + 1, id: 'right-after-appositive' };
    }
    if (RELATIVES.has(w) || depth > 0) return { b: r.b, id: null };
    // After a comma the span is an appositive, whose own clauses PolNeAR keeps (`Petrova, the mayor when the bridge was built`).
    if (w === ',') appositive = true;
    if (appositive) continue;
    // Only after a short subject with no participle (`A survey published last year` keeps its time phrase).
    if (TIME_AFTER.test(w) && TIME_WORD.test(v.lower[j + 1] ?? '') && headLike(v, j - 1) && j - r.a <= 4 && !hasParticiple(v, r.a, j)) return { b: j, id: 'right-time-phrase' };
    // `Novak at the time said`, `who in the past has said`, `Critics soon noted`: an adverbial closing the span right
    // before a word (the cue) is the cue's. Only at the span's end: inside (`The former first lady`, `officials
    // involved at the time.`) the same words belong to the NP.
    const tail = SPAN_FINAL_ADVERBIAL.exec(`${w} ${v.lower[j + 1] ?? ''} ${v.lower[j + 2] ?? ''}`);
    if (tail && j + tail[0].split(' ').length === r.b && isWord(v, r.b) && isLowerWord(v, j) && (headLike(v, j - 1) || RELATIVES.has(v.lower[j - 1]!))) return { b: j, id: 'right-time-phrase' };
    if (!headLike(v, j - 1) || v.regionOf[j] !== -1) continue;
    if (isAdverb(v, j) || PREDICATE_OPENERS.has(w) && isLowerWord(v, j)) return { b: j, id: 'right-adverb' };
    if (isFiniteVerb(v, j)) return { b: j, id: 'right-finite-verb' };
  }
  return { b: r.b, id: null };
}

/** The left rules, applied in order until none fires. */
function leftCut(v: View, r: TokRange, fired: SpeakerTrimId[]): number {
  let a = r.a;
  for (let guard = 0; guard < 4 && r.b - a > 1; guard++) {
    const w = v.lower[a]!;
    if (LEAD_OPENERS.has(w) || w === 'by' && BY_LEADS.has(v.lower[a + 1] ?? '') || participleLead(v, a)) {
      const j = leadClauseEnd(v, a, r.b);
      if (j >= 0) {
        a = j + 1;
        fired.push('left-lead-clause');
        continue;
      }
    }
    if (w === 'by' && r.b - a >= 2) { a++; fired.push('left-passive-by'); continue; }
    if (FOCUS_WORDS.has(w)) { a++; fired.push('left-focus-word'); continue; }
    if (RELATIVES.has(w) && r.b - a >= 2 && isCap(v, a + 1)) { a++; fired.push('left-relative-before-name'); continue; }
    // `someone who`, `a man who`: the relative alone stands for the speaker.
    if (RELATIVES.has(v.lower[r.b - 1]!) && r.b - a <= 3 && isWord(v, r.b - 2) && v.lower[r.b - 2] !== 'of') { a = r.b - 1; fired.push('left-noun-before-relative'); continue; }
    break;
  }
  return a;
}

/** Articles and possessives that open an object NP after a past-tense verb (`dropped her …`). */
const OBJECT_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * `… the regional offices The Ledger said`, `… and dropped her lawsuit`: a capitalized `The` after a word that is not
 * a determiner or preposition, or an article after a lower-case past form, starts a new NP inside a span the left
 * walk ran on too far; the speaker starts there. Not past a comma or a relative (appositives and relative clauses
 * hold verbs of their own), and not after `-ing` forms, which modify the noun as often as not (`a judge handling a
 * lawsuit`).
 */
function newNpStart(v: View, r: TokRange, fired: SpeakerTrimId[]): number {
  let a = r.a;
  for (let i = r.a + 1; i < r.b - 1; i++) {
    const w = v.lower[i]!;
    if (v.tokens[i]!.text === ',' || RELATIVES.has(w) || v.regionOf[i] !== -1) break;
    const prev = v.lower[i - 1]!;
    const capThe = v.tokens[i]!.text === 'The' && isWord(v, i - 1) && !NOT_HEAD.has(prev) && !NP_STOP.has(prev);
    const pastObject = OBJECT_ARTICLES.has(v.tokens[i]!.text) && isLowerWord(v, i - 1) && (/[a-z]{3}ed$/.test(prev) && !POST_NOMINAL_PARTICIPLES.has(prev) || IRREGULAR_PAST.has(prev));
    if (capThe || pastObject) a = i;
  }
  if (a !== r.a) fired.push('left-new-np');
  return a;
}

/** Conjunctions that open the clause of a coordinated subject (`But the union and its lawyers say`, `since the mayor and her aides said`). */
const CONJUNCT_CLAUSE_OPEN: ReadonlySet<string> = new Set(['but', 'since', 'because', 'while', 'when', 'if', 'although', 'though', 'so', 'yet', 'as']);

/** Longest run of names `left-name-list` joins on the left, in tokens. */
const MAX_NAME_LIST = 12;
/** Capitalized sentence adverbs that open a clause and are no list item (`However, Novak and Ruiz said`). */
const LIST_NOT_ITEM = /^(however|instead|together|also|indeed|meanwhile|still|now|then|yet|finally|separately|similarly|likewise|moreover|but|and|so|today|yesterday)$/;

/**
 * `left-name-list`: the last items of a list of names (`Novak, Ruiz and other growers said`) take in the names
 * before them, back to the sentence start, as PolNeAR marks the whole list. Every item left of the span is a run of
 * capitalized words, none a sentence adverb (`However, Novak and Ruiz`) or `-ly` word, and the list opens the sentence.
 */
function joinLeftNameList(v: View, r: TokRange, fired: SpeakerTrimId[]): TokRange {
  const comma = r.a - 1;
  if (!isCap(v, r.a) || v.tokens[comma]?.text !== ',' || v.regionOf[comma] !== -1) return r;
  let hasAnd = false;
  for (let i = r.a; i < r.b; i++) if (v.lower[i] === 'and') hasAnd = true;
  if (!hasAnd) return r;
  const sent = v.sentences[v.sentOf[r.a]!];
  const lo = sent ? sent.tokenStart : 0;
  let s = comma;
  let itemLen = 0;
  while (s - 1 >= lo && comma - s < MAX_NAME_LIST) {
    const j = s - 1;
    const t = v.tokens[j]!;
    if (v.regionOf[j] !== -1) return r;
    if (t.text === ',') {
      if (itemLen === 0) return r;
      itemLen = 0;
    } else if (isCap(v, j) || t.text === '.' && isCap(v, j - 1)) {
      const w = v.lower[j]!;
      if (LIST_NOT_ITEM.test(w) || /ly$/.test(w) || NOT_HEAD.has(w)) return r;
      itemLen++;
    } else return r;
    s = j;
  }
  if (s === comma || s !== lo || itemLen === 0) return r;
  fired.push('left-name-list');
  return { a: s, b: r.b };
}

/** Largest left conjunct joined to a speaker (`Federal and state officials`, `The family and its lawyers`). */
const MAX_CONJUNCT = 4;

/**
 * `Farmers and local officials said`: a speaker right after `and` whose left conjunct is a short NP opening its
 * clause (sentence start, or after a comma) is the whole coordination, as PolNeAR marks it. A conjunct with a
 * verb (`Prices rose and officials said`) is a clause of its own and stays out.
 */
function joinLeftConjunct(v: View, r: TokRange, fired: SpeakerTrimId[]): TokRange {
  // `Voters and even some officials say`: the focus word goes with the second conjunct.
  const and = v.lower[r.a - 1] === 'even' ? r.a - 2 : r.a - 1;
  if (v.lower[and] !== 'and' || v.regionOf[and] !== -1) return r;
  const sent = v.sentences[v.sentOf[r.a]!];
  const lo = sent ? sent.tokenStart : 0;
  let a = and;
  while (a - 1 >= lo && and - (a - 1) <= MAX_CONJUNCT) {
    const j = a - 1;
    const t = v.tokens[j]!;
    if (t.text === ',' || v.regionOf[j] !== -1) break;
    if (t.kind !== 'word' && t.kind !== 'clitic' && t.kind !== 'number') return r;
    const w = v.lower[j]!;
    if (CONJUNCT_CLAUSE_OPEN.has(w)) break;
    if (NP_STOP.has(w) && !NOT_HEAD.has(w) || IRREGULAR_PAST.has(w) || /^[a-z]+(ed|ing)$/.test(t.text) && j !== and - 1 || isAdverb(v, j)) return r;
    a = j;
  }
  if (a === and || a - 1 >= lo && v.tokens[a - 1]!.text !== ',' && !CONJUNCT_CLAUSE_OPEN.has(v.lower[a - 1]!)) return r;
  // An -ed/-ing word before `and` is an adjective only as the whole conjunct (`Elected and appointed officials`); after
  // other words it is the verb of a clause (`the board voted and officials said`).
  if (a < and - 1 && /^[a-z]+(ed|ing)$/.test(v.tokens[and - 1]!.text)) return r;
  // After a comma the conjunct must not be a lead-in (`At the school, Joseph and …` is fine; `In May, and …` is not).
  if (LEAD_OPENERS.has(v.lower[a]!) || NOT_HEAD.has(v.lower[a]!) && a + 1 === and) return r;
  fired.push('left-coordination');
  return { a, b: r.b };
}

/**
 * An appositive speaker ends with the comma that closes the appositive (`Ana Ruiz, a nurse from Tulsa, said`):
 * PolNeAR's sources keep it in about nine cases of ten, so a span with a comma inside takes the comma after it.
 */
function closeAppositive(v: View, r: TokRange, fired: SpeakerTrimId[]): TokRange {
  if (v.tokens[r.b]?.text !== ',' || v.regionOf[r.b] !== -1 || v.tokens[r.b - 1]!.text === ',') return r;
  let depth = 0;
  let inner = false;
  for (let j = r.a + 1; j < r.b; j++) {
    const w = v.tokens[j]!.text;
    if (w === '(') depth++;
    else if (w === ')') depth = Math.max(0, depth - 1);
    else if (w === ',' && depth === 0) inner = true;
  }
  if (!inner) return r;
  fired.push('right-appositive-comma');
  return { a: r.a, b: r.b + 1 };
}

/** Demonstratives that open the speaker NP (`those surveyed`, `These farmers`); `that` is left out, as it is as often a complementizer. */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'these', 'those']);

/** Words that name a quantity at the start of a speaker NP (`half of the growers`, `40 percent`, `a third`). */
const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'dozens', 'hundreds', 'thousands',
  'two-thirds', 'three-fourths', 'three-quarters', 'majority', 'third', 'quarter', 'dozen', 'fifth',
]);

/** Approximators before a quantity (`About half`, `at least 40`, `as many as three-fourths`), as word sequences. */
const APPROXIMATORS: readonly (readonly string[])[] = [
  ['as', 'many', 'as'], ['as', 'few', 'as'], ['at', 'least'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['about'],
  ['nearly'], ['almost'], ['roughly'], ['around'], ['approximately'], ['only'], ['some'], ['over'],
];

/** True when token i can be a word of the speaker's sentence just left of it (same sentence, no quotation mark). */
const leftOk = (v: View, i: number, r: TokRange): boolean => i >= 0 && v.sentOf[i] === v.sentOf[r.a] && v.regionOf[i] === v.regionOf[r.a];

/** A quantity opening the span: a number, a quantity word, or `a` before one (`a third`). */
function startsWithQuantity(v: View, r: TokRange): boolean {
  const t = v.tokens[r.a]!;
  if (t.kind === 'number') return true;
  const w = v.lower[r.a]!;
  if (w === 'a' || w === 'an') return r.b - r.a >= 2 && QUANTITY_WORDS.has(v.lower[r.a + 1]!);
  return QUANTITY_WORDS.has(w);
}

/**
 * PolNeAR's source NP keeps its determiner and the words that bound its quantity, which the NP walks stop at
 * (`those` and `at` are stop words for them): `those surveyed`, `About half of the growers`, `Nearly four in 10`.
 * Extends the span left over a demonstrative before a non-pronoun head, over a `N in|out of` fraction before a
 * number, and over an approximator before a quantity.
 */
function joinLeftDeterminer(v: View, r: TokRange, fired: SpeakerTrimId[]): TokRange {
  const first = v.lower[r.a]!;
  if (PRONOUNS.has(first) || RELATIVES.has(first)) return r;
  let a = r.a;
  if (leftOk(v, a - 1, r) && DEMONSTRATIVES.has(v.lower[a - 1]!)) {
    fired.push('left-demonstrative');
    return { a: a - 1, b: r.b };
  }
  if (!startsWithQuantity(v, r)) return r;
  // `four in 10`, `nine out of 10`: the span began at the denominator.
  if (v.tokens[a]!.kind === 'number') {
    const of = v.lower[a - 1] === 'of' && v.lower[a - 2] === 'out' ? 2 : v.lower[a - 1] === 'in' ? 1 : 0;
    const num = a - 1 - of;
    if (of > 0 && leftOk(v, num, r) && (v.tokens[num]!.kind === 'number' || QUANTITY_WORDS.has(v.lower[num]!))) a = num;
  }
  for (const seq of APPROXIMATORS) {
    const s = a - seq.length;
    if (s < 0 || !leftOk(v, s, r)) continue;
    if (seq.every((w, k) => v.lower[s + k] === w)) { a = s; break; }
  }
  if (a === r.a) return r;
  fired.push('left-approximator');
  return { a, b: r.b };
}

/**
 * Repairs the boundaries of a speaker span; returns the span unchanged when no rule fires. `fired` receives
 * the ids of the rules that did (for tests and debugging).
 */
export function trimSpeaker(v: View, r: TokRange, fired: SpeakerTrimId[] = []): TokRange {
  const out = dropLoneComma(v, trimEnds(v, r, fired), fired);
  // After the right rules: a verb they cut off (`Novak issued a statement`) is no new NP's start.
  return joinLeftNameList(v, out.b - out.a < 3 ? out : { a: newNpStart(v, out, fired), b: out.b }, fired);
}

/**
 * `right-lone-comma`: a trailing comma stays only when it closes an appositive. A span with no comma inside ends
 * before it (`Novak,` in `Novak, citing the report, said`): PolNeAR train sources with no inner comma end with one 3
 * times, and stop before the comma that follows them 748 times.
 */
function dropLoneComma(v: View, r: TokRange, fired: SpeakerTrimId[]): TokRange {
  if (r.b - r.a < 2 || v.tokens[r.b - 1]!.text !== ',') return r;
  for (let j = r.a; j < r.b - 1; j++) if (v.tokens[j]!.text === ',') return r;
  fired.push('right-lone-comma');
  return { a: r.a, b: r.b - 1 };
}

function trimEnds(v: View, r: TokRange, fired: SpeakerTrimId[]): TokRange {
  // A one-word speaker can be the second conjunct too (`Her aides and allies say`).
  if (r.b - r.a < 2) return joinLeftConjunct(v, joinLeftDeterminer(v, r, fired), fired);
  // Lead-ins first, so that the right rules see the subject at the start (`During the visit, Novak praised …`).
  const a0 = leftCut(v, r, fired);
  const right = rightCut(v, { a: a0, b: r.b });
  if (!right.id) return joinLeftConjunct(v, joinLeftDeterminer(v, closeAppositive(v, { a: a0, b: r.b }, fired), fired), fired);
  fired.push(right.id);
  let b = right.b;
  // Punctuation or a conjunction left dangling by the cut (`Petrova smiled and` → `Petrova`).
  while (right.id !== 'right-after-appositive' && b > a0 + 1 && (v.tokens[b - 1]!.kind === 'punct' || /^(and|or|but)$/.test(v.lower[b - 1]!))) b--;
  return joinLeftDeterminer(v, { a: leftCut(v, { a: a0, b }, fired), b }, fired);
}

/** Prepositions whose phrase PolNeAR keeps after a common-noun speaker that follows its cue (`said an aide to the mayor`). */
const NOUN_PP_PREPS: ReadonlySet<string> = new Set(['to', 'in', 'for', 'with']);
/** Objects that make the phrase the cue's (`said a spokesman in a statement`, `said an aide in Tulsa on Monday`). */
const CUE_PP_OBJECT = /^(statement|interview|email|e-mail|call|speech|phone|tweet|post|letter|conference|rally|briefing|release|remarks|response|message|video|op-ed|radio|television|testimony|court|private|public|person|writing|part|particular|recent|an?|front)$/;
/** Longest phrase `right-noun-pp` adds, in tokens. */
const MAX_NOUN_PP = 12;

/**
 * `right-noun-pp`: a speaker after its cue that ends in a lower-case noun before `to`, `in`, `for` or `with`
 * (`said a source close | to the campaign`, `said a longtime aide | to the governor`) runs on over that phrase to the
 * next comma or the sentence end, as PolNeAR's sources do; the NP walks stop at prepositions, which after a name
 * usually belong to the cue (`said Novak in Tulsa`). Not when the phrase names where or how it was said (`in a
 * statement`), holds a verb-like word or runs long. `cueEnd` is the cue's end token; returns the span unchanged
 * when the rule does not fire.
 */
export function extendNounPp(v: View, r: TokRange, cueEnd: number, fired: SpeakerTrimId[] = []): TokRange {
  const last = r.b - 1;
  if (r.a < cueEnd || !isLowerWord(v, last) || PRONOUNS.has(v.lower[last]!) || RELATIVES.has(v.lower[last]!) || NOT_HEAD.has(v.lower[last]!)) return r;
  if (!NOUN_PP_PREPS.has(v.lower[r.b] ?? '') || v.regionOf[r.b] !== -1 || CUE_PP_OBJECT.test(v.lower[r.b + 1] ?? '')) return r;
  const sent = v.sentences[v.sentOf[r.a]!];
  const hi = sent ? sent.tokenEnd : v.tokens.length;
  let b = r.b + 1;
  while (b < hi && b - r.b <= MAX_NOUN_PP) {
    const t = v.tokens[b]!;
    if (t.kind === 'quote' || v.regionOf[b] !== -1 || t.text === ',' || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '(' || t.text === '.' && b === hi - 1) break;
    const w = v.lower[b]!;
    if (RELATIVES.has(w) || TIME_WORD.test(w) || WEEKDAY.test(w) || isLowerWord(v, b) && /^[a-z]+(ed|ing)$/.test(w) && b > r.b + 1 && !LY_NOT_ADVERB.has(w)) return r;
    b++;
  }
  if (b - r.b > MAX_NOUN_PP || b <= r.b + 1 || v.tokens[b]?.text === '(') return r;
  fired.push('right-noun-pp');
  return { a: r.a, b };
}

/**
 * `right-nested-relative`: a speaker with a relative clause (`Novak, who said last week that …, told`) ends before
 * the clause when its relative pronoun is itself the speaker of another claim: PolNeAR then marks the relative as
 * that claim's source and leaves the clause out of the outer one (train sources before their cue: 47 of 47; a
 * relative clause without a claim is kept, 145 of 213; the rule runs on sources after the cue too, which measured
 * better than before the cue only). `speakers` holds the start tokens of the one-token speakers
 * of all claims. Returns the span unchanged when the rule does not fire.
 */
export function cutNestedRelative(v: View, r: TokRange, speakers: ReadonlySet<number>, fired: SpeakerTrimId[] = []): TokRange {
  for (let j = r.a + 1; j < r.b - 1; j++) {
    if (v.tokens[j]!.text === ',' && v.regionOf[j] === -1 && RELATIVES.has(v.lower[j + 1]!) && speakers.has(j + 1)) {
      fired.push('right-nested-relative');
      return { a: r.a, b: j };
    }
  }
  return r;
}

/**
 * Applies {@link cutNestedRelative} to the speaker of every claim in `cands` (in place), with the one-token speakers
 * of all of them as the relative pronouns that speak for another claim.
 */
export function cutNestedRelatives(v: View, cands: readonly { speaker: TokRange | null }[]): void {
  const oneWord = new Set<number>();
  for (const c of cands) if (c.speaker && c.speaker.b - c.speaker.a === 1) oneWord.add(c.speaker.a);
  if (oneWord.size > 0) for (const c of cands) if (c.speaker) c.speaker = cutNestedRelative(v, c.speaker, oneWord);
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/;

/**
 * Words that are never a speaker on their own: articles, auxiliaries, conjunctions, prepositions and adverbs
 * (`the`, `has`, `or`, `by`, `just`). The tagger's SOURCE run or the linker's choice sometimes lands on one
 * (`Ted Cruz, who won Texas, | is | calling for`).
 */
const LONE_NON_SPEAKERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', "'ve", "'s", "'re", "'d", "'ll", 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'not', "n't", 'and', 'or', 'but', 'nor', 'by',
  'with', 'of', 'in', 'on', 'for', 'to', 'at', 'from', 'including', 'just', 'also', 'even', 'still', 'well', 'more', 'less',
  'very', 'too', 'only', 'then', 'now', 'so', 'yet', 'if', 'as', 'than',
]);

/**
 * `lone-function-word`: a speaker that is one lower-case word of {@link LONE_NON_SPEAKERS}, or a lower-case -ly
 * adverb, is no noun phrase: returns null for it (the claim keeps no speaker), else the span. Taking the rule NP
 * finder's subject left of the cue instead was measured on the PolNeAR train documents: it never found the gold
 * source where this fires, and scored the same.
 */
export function dropLoneNonSpeaker(v: View, speaker: TokRange): TokRange | null {
  // Lower case only: `Will`, `From` and `A` open names and headlines.
  if (speaker.b - speaker.a !== 1 || !/^[a-z'’]/.test(v.tokens[speaker.a]!.text)) return speaker;
  return LONE_NON_SPEAKERS.has(v.lower[speaker.a]!) || isAdverb(v, speaker.a) ? null : speaker;
}
