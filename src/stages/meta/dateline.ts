/**
 * Wire datelines (`MOSCOW, November 1. /TASS/.`, `NAIROBI, Kenya (AP) _`, `LONDON 1996-08-30`) as
 * typed rules. Every rule needs an all-caps place *and* something only a dateline has after it (an
 * agency, a date, or a dash that a capitalized body follows), so `WASHINGTON is a city.` or a
 * headline like `SOCCER - JAPAN GET LUCKY WIN` never fires.
 */
import type { PlainSpan } from '../../types/annotation.js';
import { looksLikeAgency, lookupAgency } from './agencies.js';
import { MONTH_SOURCE, monthNumber, parseFullDate } from './dates.js';

// Building blocks. Rules are compiled with the `duy` flags: `d` for span indices, `u` for \p{..},
// `y` (sticky) because a rule is tried at a position (a line start), never searched for.

/** An all-caps word: `SALT`, `ST.`, `N'DJAMENA`, `WINSTON-SALEM`. */
const CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.\\-]*";
/** One to five all-caps words: `UNITED NATIONS`, `DAR ES SALAAM`. */
const PLACE = `(?<place>${CAPS_WORD}(?: ${CAPS_WORD}){0,4})`;
/**
 * A capitalized state or country after the place: `Kenya`, `N.Y.`, `Mo.`, `South Africa`, `MO.`, and
 * CoNLL's tokenized abbreviations (`Mich .`).
 */
const REGION = "(?<region>\\p{Lu}[\\p{L}'’.\\-]*(?: \\p{Lu}[\\p{L}'’.\\-]*){0,2}(?: \\.)?)";
/** A comma, spaced as in CoNLL (`MILWAUKEE , Wisconsin`) or not. */
const COMMA = ' ?, ';
/** An optional `, Region`. */
const OPT_REGION = `(?:${COMMA}${REGION})?`;
/** A month-day date, maybe with a year: `November 1`, `Nov. 3`, `Aug 7, 1998`, `1 November 2024`. */
const DATE_MD = `(?<date>${MONTH_SOURCE} \\d{1,2}(?:,? \\d{4})?|\\d{1,2} ${MONTH_SOURCE}(?: \\d{4})?)`;
/** An ISO date, as in CoNLL datelines. */
const DATE_ISO = '(?<date>\\d{4}-\\d{2}-\\d{2})';
/** Agency name words: `AP`, `Reuters`, `Associated Press`, `ITAR-TASS`, `dpa`. */
const AGENCY_WORDS = "(?<agency>\\p{L}[\\p{L}&.'\\-]*(?: \\p{L}[\\p{L}&.'\\-]*){0,3})";
/** `(AP)`, `(AP )`, `( Reuters )`. */
const AGENCY_PAREN = `\\( ?${AGENCY_WORDS} ?\\)`;
/** TASS style: `/TASS/`. */
const AGENCY_SLASH = `\\/ ?${AGENCY_WORDS} ?\\/`;
/** Any dateline separator, the hyphen included (only used where an agency or date already makes it a dateline). */
const DASH = '(?:--|—|–|-|_|:)';
/** After a dateline: blank or end, or (right after a dash or bracket) the body's first capital or quote. */
const AFTER = "(?=\\s|$|[\\p{Lu}\"“'‘])";
/** The first character of a body: a capital, digit or quote. */
const BODY_START = "[\\p{Lu}\\d\"“'‘]";
/**
 * A bare dash and what may follow it: the end of the line or a body. An em/en dash may touch the body
 * (`BOSTON —Standing`), but `--` and `_` need a blank (`SIEGEL--Jerome Arthur, 98,` starts an obituary).
 */
const BARE_DASH = `(?: ?[—–](?=[ \\t]*(?:\\r\\n|\\n|\\r|$)|[ \\t]*${BODY_START})| ?(?:--|_)(?=[ \\t]*(?:\\r\\n|\\n|\\r|$)|[ \\t]+${BODY_START}))`;
/** End of the line. */
const EOL = '(?=[ \\t]*(?:\\r\\n|\\n|\\r|$))';

/** A dateline rule as data: id, pattern, and examples that tests check it on. */
export interface DatelineRule {
  id: string;
  description: string;
  /** Sticky pattern with named groups `place` and optionally `region`, `date`, `agency`. */
  pattern: RegExp;
  /**
   * `weak` rules (a bare place and dash) can be headline slugs (`IPO FILING -- Homegate Inc .`): a
   * `strong` dateline further down the header window wins over them.
   */
  strength: 'strong' | 'weak';
  /**
   * For weak rules: when the line goes on after the dateline, it must read as prose, with a
   * lower-case letter and at least this many characters (`CONGRESSIONAL RECORD — SENATE S65` is a
   * running head; `CRICKET - PAKISTAN 229-1 V ENGLAND - close .` a headline). Null: no check.
   */
  proseAfter: number | null;
  /** Each must match at offset 0, covering exactly the dateline (the part before `|`). */
  examples: readonly string[];
  /** Each must not match at offset 0. */
  counterexamples: readonly string[];
}

function rule(id: string, description: string, source: string, examples: string[], counterexamples: string[] = [], proseAfter: number | null = null): DatelineRule {
  return { id, description, pattern: new RegExp(source, 'duy'), strength: proseAfter === null ? 'strong' : 'weak', proseAfter, examples, counterexamples };
}

/** Dateline rules, tried in order at each candidate position; the first match wins. */
export const DATELINE_RULES: readonly DatelineRule[] = [
  rule('place-date-slash-agency', 'TASS style: place, date, agency between slashes',
    `${PLACE}, ${DATE_MD}\\.? ?${AGENCY_SLASH}\\.?${AFTER}`,
    ['MOSCOW, November 1. /TASS/.| The agreements', 'MOSCOW, Nov. 1 /ITAR-TASS/|\n']),
  rule('place-agency', 'AP/Reuters style: place, optional region, agency in brackets, optional dash',
    `${PLACE}${OPT_REGION} ?${AGENCY_PAREN}(?: ?${DASH})?${AFTER}`,
    ['NAIROBI, Kenya (AP) _|\n\nSuspected', 'WASHINGTON (Reuters) -| The', 'PARIS (AFP) -| France',
      'UNITED NATIONS (AP) —| The', 'CANBERRA, Australia (AP)_| Turning', 'INDEPENDENCE, MO. (AP)--|\n', 'HAVANA (AP ) --|\n'],
    ['WASHINGTON (the capital) is', 'NATO (Updated) - text']),
  rule('place-date-agency', 'Xinhua style: place, date, agency in brackets, optional dash',
    `${PLACE}${OPT_REGION}${COMMA}${DATE_MD} ?${AGENCY_PAREN}(?: ?${DASH})?${AFTER}`,
    ['BEIJING, Nov. 3 (Xinhua) --| The', 'JOHANNESBURG, August 7 (Xinhua) --|\n']),
  rule('place-date-dash', 'newspaper style: place, date, dash',
    `${PLACE}${OPT_REGION}${COMMA}${DATE_MD} ?${DASH}${AFTER}`,
    ['WASHINGTON, Nov. 3 —| The', 'LONDON, 5 October 2024 -| Shares', 'PRETORIA , Aug 25 -| Captain'],
    ['WASHINGTON, Nov. 3 was a day']),
  rule('place-iso-date', 'CoNLL style: place, optional region, ISO date ending its line (CoNLL sometimes breaks the line before the date)',
    `${PLACE}${OPT_REGION}(?: |[ \\t]*(?:\\r\\n|\\n|\\r))${DATE_ISO}${EOL}`,
    ['LONDON 1996-08-30|\nWest Indian', 'MILWAUKEE , Wisconsin 1996-08-29|\n', 'NEW YORK 1996-08-30', 'KANSAS CITY , Mo .\n1996-08-29|\nWheat'],
    ['LONDON 1996-08-30 was a Friday']),
  rule('place-dash', 'bare place and a strong dash (em dash, double hyphen, AP underscore) before a capitalized body',
    `${PLACE}${OPT_REGION}${BARE_DASH}`,
    ['SALT LAKE CITY —| The', 'WASHINGTON _|\n\nThe', 'INDEPENDENCE, Mo. _| The', 'MIAMI --| Officials', 'BOSTON —|Standing in front'],
    ['SOCCER - JAPAN GET LUCKY WIN', 'NATO — the alliance said', 'WASHINGTON is a city.', 'SIEGEL--Jerome Arthur, 98,',
      'CONGRESSIONAL RECORD — SENATE S65'],
    0),
  rule('place-hyphen', 'bare place and a single hyphen, only before a long line of prose (headlines use `SPORT - ...`)',
    `${PLACE}${OPT_REGION} -(?=[ \\t]+${BODY_START})`,
    ['DES MOINES -| The terrorist attacks in Paris renewed the debate over how the military should respond to them.',
      'NASHUA, N.H. -| At the moment Chris Christie learned he had lost, he was in a hotel ballroom with his staff.'],
    ['SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .', 'CRICKET - PAKISTAN 229-1 V ENGLAND - close .',
      'RESEARCH ALERT - Lehman starts SNET .'],
    80),
];

/**
 * All-caps words that start lines but are not places (Reuters/AP slugs and labels), and would
 * otherwise pass for one before a dash: `UPDATE 2 -`, `BREAKING —`, `EXCLUSIVE —`.
 */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  'UPDATE', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'ANALYSIS', 'FACTBOX', 'REFILE', 'CORRECTED', 'CORRECTION',
  'URGENT', 'FLASH', 'BULLETIN', 'OPINION', 'EDITORIAL', 'COMMENTARY', 'COMMENT', 'NOTE', "EDITOR'S NOTE", 'EDITORS NOTE',
  'WRAPUP', 'PHOTOS', 'PHOTO', 'VIDEO', 'WATCH', 'ADVISORY', 'ADVANCE', 'INSIGHT', 'REVIEW', 'INTERVIEW', 'LIVE', 'UPDATED',
  'RESULTS', 'SPORTS', 'SOCCER', 'NEWS', 'ALERT', 'TEXT', 'FULL TEXT', 'SUMMARY', 'FEATURE', 'PROFILE', 'Q&A', 'FAQ',
]);

/** A dateline found in a text. Spans are UTF-16 offsets into the text. */
export interface DatelineMatch {
  rule: string;
  strength: 'strong' | 'weak';
  span: PlainSpan;
  place: PlainSpan;
  region?: PlainSpan;
  date?: PlainSpan;
  /** The date as `YYYY-MM-DD` when it names its year (only then can it be a DCT). */
  dateValue?: string;
  agency?: PlainSpan;
  /** Canonical agency name (`AP`), or the agency text as written when it is not a known one. */
  agencyName?: string;
}

function spanOf(text: string, at: [number, number] | undefined): PlainSpan | undefined {
  return at ? { start: at[0], end: at[1], text: text.slice(at[0], at[1]) } : undefined;
}

/** True when `place` can be a dateline place: two or more capitals, not a slug, not an agency name. */
function isPlace(place: string): boolean {
  if ((place.match(/\p{Lu}/gu)?.length ?? 0) < 2) return false;
  const bare = place.replace(/[.'’]+$/u, '');
  return !NOT_PLACES.has(bare) && lookupAgency(bare) === null && monthNumber(bare) === null;
}

/**
 * True when the rest of the line after `pos` is empty (only when `minChars` is 0) or is prose: a
 * lower-case letter and at least `minChars` characters.
 */
function proseFollows(text: string, pos: number, minChars: number): boolean {
  let eol = text.slice(pos, pos + 1000).search(/[\r\n]/);
  if (eol === -1) eol = Math.min(1000, text.length - pos);
  const rest = text.slice(pos, pos + eol).trim();
  if (rest === '') return minChars === 0;
  return rest.length >= minChars && /\p{Ll}/u.test(rest);
}

/** Runs one rule at `pos` and checks its parts; returns the dateline or null. */
export function matchDatelineRule(r: DatelineRule, text: string, pos: number): DatelineMatch | null {
  r.pattern.lastIndex = pos;
  const m = r.pattern.exec(text);
  const g = m?.indices?.groups;
  if (!m || !g || !m.indices) return null;
  const place = spanOf(text, g.place);
  if (!place || !isPlace(place.text)) return null;
  const region = spanOf(text, g.region);
  // `BEIJING, Nov. 3` must not read `Nov.` as a region (the date rules get their turn).
  if (region && monthNumber(region.text.split(' ')[0] ?? '') !== null) return null;
  const agency = spanOf(text, g.agency);
  if (agency && !looksLikeAgency(agency.text)) return null;
  const [start, end] = m.indices[0]!;
  if (r.proseAfter !== null && !proseFollows(text, end, r.proseAfter)) return null;
  const out: DatelineMatch = { rule: r.id, strength: r.strength, span: { start, end, text: text.slice(start, end) }, place };
  if (region) out.region = region;
  const date = spanOf(text, g.date);
  if (date) {
    out.date = date;
    const value = parseFullDate(date.text);
    if (value) out.dateValue = value;
  }
  if (agency) {
    out.agency = agency;
    out.agencyName = lookupAgency(agency.text) ?? agency.text;
  }
  return out;
}

/** Tries every rule at `pos` (which should be a line start or the end of a metadata line); first match wins. */
export function matchDatelineAt(text: string, pos: number): DatelineMatch | null {
  for (const r of DATELINE_RULES) {
    const m = matchDatelineRule(r, text, pos);
    if (m) return m;
  }
  return null;
}
