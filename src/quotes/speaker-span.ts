/**
 * Finds the speaker noun phrase next to a cue, as token ranges. PolNeAR's source spans are whole noun
 * phrases: titles and appositives included (`Marley Anderson, 21, a junior from Las Vegas,`), a
 * relative pronoun stands for itself (`Trump, who said` -> `who`), and leading discourse words (`But`)
 * are left out.
 */
import type { View } from './view.js';

/** Half-open token range. */
export interface TokRange { a: number; b: number }

/** Words that cannot be inside a speaker NP; the left walk stops at them. */
export const NP_STOP = new Set([
  'that', 'which', 'and', 'but', 'or', 'because', 'when', 'while', 'as', 'if', 'so', 'after', 'before', 'since',
  'where', 'though', 'although', 'than', 'then', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have',
  'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'do', 'does', 'did', 'not', "n't", 'to', 'in',
  'on', 'at', 'by', 'with', 'from', 'about', 'into', 'over', 'under', 'during', 'also', 'said', 'says', 'say',
  'told', 'added', 'what', 'how', 'why', 'whether', 'yet', 'however', 'meanwhile', 'still', 'now', 'even', 'just',
  'once', 'until', 'unless', 'whom', 'whose', 'there', 'here', 'it', 'this', 'these', 'those', 'its', 'thus',
  'against', 'without', 'like', 'up', 'out', 'off', 'down',
]);

/** Pronouns and relatives that are a whole speaker on their own. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that']);

/** Discourse words dropped from the start of a speaker span. */
const LEADING_DROP = new Set(['but', 'and', 'so', 'yet', 'still', 'now', 'then', 'however', 'meanwhile', 'also', 'or', 'instead', 'later']);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'day']);
/** Words that join a weekday to a time phrase (`on Monday`, `late Tuesday`). */
const WEEKDAY_LEAD = new Set(['on', 'late', 'early', 'last']);
/** Words that make a time noun a time phrase (`last week`). */
const TIME_DETERMINERS = new Set(['last', 'this', 'next', 'that']);
/** Adverbs and auxiliaries that may sit between subject and cue (`Trump has also said`). */
export const CUE_ADVERBS = new Set([
  'also', 'has', 'have', 'had', 'later', 'previously', 'recently', 'then', 'repeatedly', 'once', 'publicly', 'privately',
  'reportedly', 'often', 'frequently', 'again', 'already', 'never', 'always', 'first', 'last', 'initially', 'subsequently',
  'further', 'quickly', 'simply', 'flatly', 'bluntly', 'openly', 'explicitly', 'famously', 'just', 'would', 'will',
  'did', 'does', 'do', 'had', 'long', 'since', 'even', 'specifically', 'separately', 'earlier', 'reiterated',
]);

const isWordLike = (v: View, i: number) => {
  const k = v.tokens[i]!.kind;
  return k === 'word' || k === 'number' || k === 'clitic' || (k === 'other' && /\w/.test(v.tokens[i]!.text));
};
/** True when token i exists and starts with a capital A–Z. */
export const isCap = (v: View, i: number): boolean => /^[A-Z]/.test(v.tokens[i]?.text ?? '');

/**
 * Skips a time adverbial ending at token `i` (`on Tuesday`, `last week`, `earlier this month`) and returns
 * the index left of it, or `i` when there is none.
 */
export function skipTimeLeft(v: View, i: number, lo: number): number {
  const w = v.lower[i];
  if (w === undefined || i < lo) return i;
  // The words before (within the limit) are read, compared and counted back on every call, the branches only pick
  // a result: an operation run only in a rare branch has no type feedback when the callers (which inline this) are
  // optimised, and meeting it later deoptimises them (subjectEnd, quoteBefore, speakerCueContent).
  const j1 = i - 1, j2 = i - 2, j3 = i - 3;
  const p1 = j1 >= lo ? v.lower[j1] : undefined;
  const earlier = (j2 >= lo ? v.lower[j2] : undefined) === 'earlier';
  if (WEEKDAYS.has(w)) return p1 !== undefined && WEEKDAY_LEAD.has(p1) ? j2 : j1;
  if (TIME_NOUNS.has(w) && p1 !== undefined && TIME_DETERMINERS.has(p1)) return earlier ? j3 : j2;
  return i;
}

/** Left-trims discourse words and stray punctuation from a range. */
function trimLeft(v: View, r: TokRange): TokRange {
  let a = r.a;
  while (a < r.b && (LEADING_DROP.has(v.lower[a]!) || v.tokens[a]!.kind === 'punct' || v.tokens[a]!.kind === 'quote')) a++;
  return { a, b: r.b };
}

/**
 * The speaker NP ending just before token `end` (exclusive), not reaching left of `lo`.
 * Returns null when no plausible NP is there.
 */
export function speakerLeft(v: View, end: number, lo: number): TokRange | null {
  let i = end - 1;
  if (i < lo) return null;
  const w = v.lower[i]!;
  if (w === 'who' || w === 'which' || (w === 'that' && i - 1 >= lo && !isWordLike(v, i - 1))) return { a: i, b: i + 1 };
  if (v.tokens[i]!.text === ',') {
    // Appositive speaker: `Marley Anderson, 21, a junior from Las Vegas, said`. Take the clause up to the comma.
    let j = i - 1;
    let commas = 0;
    while (j >= lo && j > i - 30) {
      const t = v.tokens[j]!;
      if (t.kind === 'quote' || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '--' || v.regionOf[j] !== -1) break;
      if (t.text === ',') commas++;
      if (t.kind === 'word' && (v.lower[j] === 'that' || v.lower[j] === 'said' || v.lower[j] === 'says')) break;
      j--;
    }
    if (commas === 0) return null;
    const r = trimLeft(v, { a: j + 1, b: i + 1 });
    if (r.b - r.a < 3 || !isCap(v, r.a) && !/^(a|an|the)$/.test(v.lower[r.a]!)) return null;
    return dropAsides(v, r);
  }
  if (!isWordLike(v, i)) return null;
  if (PRONOUNS.has(w)) return { a: i, b: i + 1 };
  if (NP_STOP.has(w) || v.regionOf[i] !== -1) return null;
  let a = i;
  let n = 0;
  while (a - 1 >= lo && n < 12) {
    const j = a - 1;
    const lw = v.lower[j]!;
    const t = v.tokens[j]!;
    if (t.kind === 'clitic') { a = j; n++; continue; }
    // `Reuters/Ipsos poll`, `Obama/Clinton`: a slash between two words stays inside the NP.
    if ((t.text === '/' || t.text === '-' && v.tokens[j - 1]?.end === t.start && v.tokens[j + 1]!.start === t.end) && j - 1 >= lo && isWordLike(v, j - 1) && v.regionOf[j - 1] === -1) { a = j; n++; continue; }
    if (!isWordLike(v, j) || v.regionOf[j] !== -1) break;
    // Coordinated names, the second one possibly with `the` (`Germany and the Netherlands`).
    if (lw === 'and' && j - 1 >= lo && isCap(v, j - 1) && (isCap(v, a) || v.lower[a] === 'the' && isCap(v, a + 1))) { a = j; n++; continue; }
    if ((lw === 'of' || lw === 'for') && j - 1 >= lo && isWordLike(v, j - 1) && !NP_STOP.has(v.lower[j - 1]!)) { a = j; n++; continue; }
    if (NP_STOP.has(lw) || PRONOUNS.has(lw) && lw !== 'i') break;
    // A lower-case verb-looking word before a capitalized name ends the NP (`asked Trump`).
    if (!isCap(v, j) && isCap(v, a) && /(ed|ing)$/.test(lw) && !WEEKDAYS.has(v.lower[a]!)) break;
    a = j;
    n++;
  }
  const r = trimLeft(v, { a, b: i + 1 });
  if (r.b <= r.a) return null;
  // `Dana Lee of Fresno, California says`: a comma inside a place name after `of`/`in`/`from`.
  const placeComma = v.tokens[a - 1]?.text === ',' && isCap(v, a) && a - 2 >= lo && isCap(v, a - 2) && /^(of|in|from)$/.test(a >= 3 ? v.lower[a - 3]! : '');
  return NP_PREPS.has(v.lower[a - 1] ?? '') || placeComma ? extendOverPreps(v, r, lo) ?? r : r;
}

/** Prepositions a subject NP may contain (`four in 10 voters`, `Aides to Clinton`, `The Council on …`). */
const NP_PREPS = new Set(['in', 'on', 'at', 'by', 'with', 'from', 'to', 'about', 'over', 'under', 'among', 'across', 'outside', 'inside', 'near', 'close']);
/** Words that open a clause: an extended NP may start right after them. */
const CLAUSE_OPEN = new Set(['and', 'but', 'while', 'whereas', 'or', 'yet']);

/**
 * The left walk stopped at a preposition. PolNeAR's subject NPs keep their prepositional modifiers
 * (`At least half of voters in each state say`), so when the words left of it run back to the sentence
 * start or a clause start (comma, `but`, `while`) without a finite verb, pronoun or subordinator, the whole
 * stretch is the speaker. Returns null when it does not.
 */
function extendOverPreps(v: View, r: TokRange, lo: number): TokRange | null {
  let a = r.a;
  for (let guard = 0; guard < 20; guard++) {
    const j = a - 1;
    if (j < lo) break;
    const t = v.tokens[j]!;
    const w = v.lower[j]!;
    if (v.regionOf[j] !== -1 || t.kind === 'quote') return null;
    // A comma between two capitalized words is part of a place name (`Columbia, South Carolina`); else it opens the clause.
    if (t.text === ',') {
      if (j - 1 >= lo && isCap(v, j - 1) && isCap(v, j + 1) && v.regionOf[j - 1] === -1) { a = j; continue; }
      break;
    }
    if (t.text === '/' || t.text === '-' || t.kind === 'clitic') { a = j; continue; }
    if (!isWordLike(v, j)) return null;
    if (CLAUSE_OPEN.has(w)) break;
    if (w === 'than' && /^(more|less|fewer|greater|higher)$/.test(v.lower[j - 1] ?? '')) { a = j; continue; }
    if (NP_PREPS.has(w) || w === 'of' || w === 'for') { a = j; continue; }
    if (NP_STOP.has(w) || PRONOUNS.has(w)) return null;
    a = j;
  }
  const out = trimLeft(v, { a, b: r.b });
  const first = v.lower[out.a]!;
  // A leading participle clause (`Speaking in Ohio, Smith`) is not a subject.
  if (out.b <= out.a || NP_PREPS.has(first) || first === 'of' || first === 'for' || /(ing|ed)$/.test(first) || out.b - out.a > 16) return null;
  return out;
}

/** First words of a parenthetical that is not part of the speaker NP (`Cruz, by contrast, said`, `X, in a statement, said`). */
const ASIDE_OPEN = /^(in|at|on|by|during|after|before|meanwhile|however|though|too|instead|for|speaking|writing|asked|unlike|as|with|from|also|then|later|still|once|again|through|when|while|it|himself|herself|themselves|itself)$/;

/**
 * `appositive-keep`: first words of a comma phrase that PolNeAR keeps inside a speaker before its cue, although they
 * look like an aside (a preposition, an adverb, an `-ing` form): `Six growers, including Ana Ruiz, said`, `Critics,
 * like the union, say`, `Jan Novak, of the Ledger, said`, `Petrova, now a lobbyist, said`. Counted on the PolNeAR
 * train sources before a cue: kept / left out 27 / 1 (`including`), 10 / 3 (`like`), 5 / 1 (`of`), 5 / 2 (`now`).
 */
export const APPOSITIVE_KEEP: ReadonlySet<string> = new Set(['including', 'like', 'of', 'now']);

/** First words of a phrase after the cue that no source starts with (a preposition, a time word, `that`, `to`). */
const NOT_A_SOURCE_START = /^(in|on|at|during|after|before|that|to|this|last|earlier|of)$/;

/**
 * Cuts an appositive speaker (`A, B, C,` before the cue) at the first aside: a prepositional or adverbial
 * parenthetical, or a participle clause, which PolNeAR leaves out of the source.
 */
function dropAsides(v: View, r: TokRange): TokRange {
  for (let j = r.a + 1; j < r.b - 1; j++) {
    if (v.tokens[j]!.text !== ',') continue;
    const w = v.lower[j + 1]!;
    if (APPOSITIVE_KEEP.has(w)) continue;
    if (ASIDE_OPEN.test(w) || /ly$/.test(w) && !isCap(v, j + 1) || /^[a-z]+ing$/.test(v.tokens[j + 1]!.text)) return j - r.a >= 1 ? { a: r.a, b: j } : r;
  }
  return r;
}

/**
 * The speaker NP starting at token `start` (after a cue: `said Lavrov`, `according to officials`), up to
 * the end of the clause (`hi` exclusive). Appositives and relative clauses are kept, as PolNeAR does.
 */
export function speakerRight(v: View, start: number, hi: number, opts: { appositive?: boolean } = {}): TokRange | null {
  let b = start;
  let inAppositive = false;
  while (b < hi && b - start < 30) {
    const t = v.tokens[b]!;
    if (t.kind === 'quote' || v.regionOf[b] !== -1) break;
    if (opts.appositive) {
      // After a quotation the speaker runs to the end of the sentence: `said Jane Roe (D-Ore.), chair of the panel.`
      // It stops at a second predicate (`, adding`), a coordinated clause or a trailing venue phrase after the name.
      if (t.text === '(' ) {
        let e = b + 1;
        while (e < hi && e - b < 10 && v.tokens[e]!.text !== ')' && v.tokens[e]!.kind !== 'quote') e++;
        if (e < hi && v.tokens[e]!.text === ')') { b = e + 1; continue; }
        break;
      }
      if (t.text === ',' && b + 1 < hi) {
        const n = v.lower[b + 1]!;
        if (v.tokens[b + 1]!.kind === 'quote' || v.regionOf[b + 1] !== -1 || /^(and|but|or|which|adding|saying|noting|according|as|in|on|at|during|after|before|when|while|because)$/.test(n) || /^[a-z]+ing$/.test(v.tokens[b + 1]!.text)) break;
        inAppositive = true;
        b++;
        continue;
      }
      if (inAppositive && t.kind === 'word') { b++; continue; }
    }
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '.' && t.text !== '-') break;
    if (t.text === '.' ) break;
    if (t.text === ',' && b + 1 < hi && (v.tokens[b + 1]!.kind === 'quote' || /^(and|but|who|which|adding|saying|noting)$/.test(v.lower[b + 1]!))) break;
    if (t.text === ',' && b + 1 < hi && v.lower[b + 1] !== undefined && !/^[A-Z0-9]/.test(v.tokens[b + 1]!.text) && !/^(a|an|the|who)$/.test(v.lower[b + 1]!)) break;
    if (b > start && /^(in|on|at|during|after|before|when|while|because|as|to|that)$/.test(v.lower[b]!)) break;
    b++;
  }
  // Trailing punctuation leaves the span. A do-while from b + 1, so that the decrement runs on every call, and
  // every test of dropsFromEnd runs on every token it sees: trailing punctuation is rare, and an operation the
  // optimiser had never seen run deopted the optimised walk when it first ran ("Insufficient type feedback").
  const appositive = opts.appositive === true;
  b++;
  do b--;
  while (b > start && dropsFromEnd(v.tokens[b - 1]!, appositive));
  if (b <= start || !isWordLike(v, start)) return null;
  if (NOT_A_SOURCE_START.test(v.lower[start]!)) return null;
  return { a: start, b };
}

/**
 * Whether punctuation token `t` leaves the end of a speaker span: any but a period, and but the closing parenthesis
 * of an appositive (`appositive`). Every comparison runs on each call (see speakerRight).
 */
function dropsFromEnd(t: View['tokens'][number], appositive: boolean): boolean {
  const punct = t.kind === 'punct';
  const period = t.text === '.';
  const paren = t.text === ')';
  return punct && !period && !(paren && appositive);
}

/** Longest `according to` source the walk takes, in tokens; a longer run is not a source (a clause ran on). */
const MAX_ACCORDING_SOURCE = 40;
/** Tokens that end an `according to` source: clause punctuation and dashes. */
const ACCORDING_STOP = new Set([',', ';', ':', '—', '–', '--', '.', '?', '!']);

/**
 * The source after `according to` (`start` = first token after the cue, `hi` = sentence end, exclusive).
 * PolNeAR's source here is everything up to the first comma, dash or the sentence end: prepositional phrases,
 * slashes and relative clauses inside it are kept (`a source on the call`, `a CNN/WMUR poll`, `an official who
 * spoke on condition of anonymity`), which `speakerRight` cuts; and a sentence-initial `According to X, CLAUSE`
 * ends at the comma, where `speakerRight` runs on into the clause when its first word is capitalized. A
 * parenthetical is kept whole. With `needComma` (nothing of the sentence before the cue, so the content must
 * follow), a walk that reaches the sentence end without a comma gives null: the caller falls back to
 * `speakerRight`.
 */
export function accordingSpeaker(v: View, start: number, hi: number, needComma: boolean): TokRange | null {
  let b = start;
  let comma = false;
  while (b < hi) {
    const t = v.tokens[b]!;
    if (t.kind === 'quote' || v.regionOf[b] !== -1) break;
    if (ACCORDING_STOP.has(t.text)) { comma = t.text !== '.' && t.text !== '?' && t.text !== '!'; break; }
    // A hyphen with spaces around it is a dash (`the Tax Policy Center - half a point`); inside a word it is not.
    if (t.text === '-' && (v.tokens[b - 1]?.end !== t.start || v.tokens[b + 1]?.start !== t.end)) { comma = true; break; }
    if (t.text === '(') {
      let e = b + 1;
      while (e < hi && e - b < 12 && v.tokens[e]!.text !== ')' && v.tokens[e]!.kind !== 'quote') e++;
      if (e < hi && v.tokens[e]!.text === ')') { b = e + 1; continue; }
      break;
    }
    b++;
    if (b - start > MAX_ACCORDING_SOURCE) return null;
  }
  if (needComma && !comma) return null;
  while (b > start && v.tokens[b - 1]!.kind === 'punct' && v.tokens[b - 1]!.text !== ')') b--;
  if (b <= start || !isWordLike(v, start)) return null;
  if (NOT_A_SOURCE_START.test(v.lower[start]!)) return null;
  return { a: start, b };
}
