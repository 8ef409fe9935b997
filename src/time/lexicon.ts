/**
 * Word lists behind the TIMEX3 rules, both as lookup tables (for normalizers) and as regex source
 * fragments (for patterns). Fragments are non-capturing so rules can name their own groups.
 */
import type { Unit } from './calendar.js';

/** Month name or abbreviation (lower case, no dot) to month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** Weekday name or abbreviation to ISO weekday (Monday = 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};

/** Cardinal number words. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1, single: 1, couple: 2, dozen: 12,
};

/** Ordinal words and suffixed ordinals up to 31 (for "the third quarter", "June 1st"). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, last: 4, final: 4,
};

/** Unit words (singular, lower case) to calendar units and ISO duration letters. */
export const UNITS: Readonly<Record<string, { unit: Unit | 'hour' | 'minute' | 'second'; letter: string; time: boolean }>> = {
  second: { unit: 'second', letter: 'S', time: true },
  minute: { unit: 'minute', letter: 'M', time: true },
  hour: { unit: 'hour', letter: 'H', time: true },
  day: { unit: 'day', letter: 'D', time: false },
  night: { unit: 'day', letter: 'D', time: false },
  week: { unit: 'week', letter: 'W', time: false },
  weekend: { unit: 'day', letter: 'WE', time: false },
  fortnight: { unit: 'week', letter: 'W', time: false },
  month: { unit: 'month', letter: 'M', time: false },
  quarter: { unit: 'quarter', letter: 'Q', time: false },
  season: { unit: 'season', letter: 'M', time: false },
  year: { unit: 'year', letter: 'Y', time: false },
  decade: { unit: 'decade', letter: 'E', time: false },
  century: { unit: 'century', letter: 'C', time: false },
  centurie: { unit: 'century', letter: 'C', time: false },
  millennium: { unit: 'century', letter: 'L', time: false },
};

/** Singular form of a unit word ("centuries" → "century"). */
export function unitKey(word: string): string {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  if (w === 'millennia') return 'millennium';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Parses a number written in digits or words ("12", "twenty-four", "a couple of", "1 1/2"), else null. */
export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+of$/, '').replace(/,/g, '').trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const frac = /^(\d+)\s+(\d)\/(\d)$/.exec(t);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (t === 'a couple' || t === 'couple' || t === 'a pair') return 2;
  if (t === 'half a' || t === 'a half') return 0.5;
  let total = 0;
  let current = 0;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and' || w === '') continue;
    const n = NUMBER_WORDS[w];
    if (n === undefined) return null;
    if (n === 100) current = (current || 1) * 100;
    else current += n;
  }
  total += current;
  return total;
}

// ---------------------------------------------------------------------------------------------
// Regex fragments. Rules compile case-insensitively; capitalization of month and weekday names is
// checked after matching (see scanner), which keeps "may" the modal verb out.

const alt = (words: readonly string[]): string => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;

/** Month names; abbreviations take an optional dot. "May" has no abbreviation. */
export const MONTH = `(?:${alt(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])}|${alt(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'])}\\.?)`;

/** Full weekday names (abbreviations like "Sun" collide with names and newspapers). */
export const WEEKDAY = alt(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Cardinal number words including compounds like "twenty-four". */
const TENS = alt(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const ONES = alt(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
const TEENS = alt(['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']);
export const NUMWORD = `(?:${TENS}(?:[- ]${ONES})?|${TEENS}|${ONES}|(?:a |one )?hundred|a dozen|dozen)`;

/** A count: digits, words, "a"/"an", "a couple of", "1 1/2". */
export const COUNT = `(?:\\d+(?:\\.\\d+)?(?: \\d/\\d)?|${NUMWORD}|an?|a couple of|a couple|couple of)`;

/** Vague counts that make an unspecified duration (`PXY`). */
export const VAGUE = alt(['several', 'a few', 'few', 'many', 'some', 'a number of', 'recent', 'coming', 'past', 'last', 'next', 'the last few', 'the past few', 'the next few', 'the coming', 'the past', 'the last', 'the next', 'the next several', 'the past several', 'the last several']);

/** Duration unit words, singular or plural. */
export const UNIT_WORD = `(?:${alt(['seconds', 'second', 'minutes', 'minute', 'hours', 'hour', 'days', 'day', 'nights', 'weeks', 'week', 'fortnight', 'months', 'month', 'quarters', 'quarter', 'years', 'year', 'decades', 'decade', 'centuries', 'century', 'millennia', 'millennium', 'weekends'])})`;

/** Calendar units that "last/next/this" can pick out. */
export const CAL_UNIT = alt(['week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century']);

/** Day of month, 1-31, with an optional ordinal suffix. */
export const DAYNUM = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;

/** A 4-digit year 1000-2099 (older ones are rare in news and mostly numbers). */
export const YEAR4 = `(?:1\\d{3}|20\\d{2})`;

/** Ordinal words for quarters and halves. */
export const ORD = alt(['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th', 'final', 'last']);

/** Seasons. */
export const SEASON = alt(['spring', 'summer', 'autumn', 'fall', 'winter']);

/** Parts of the day. */
export const PART_OF_DAY = alt(['morning', 'afternoon', 'evening', 'night', 'overnight']);

/** Season code for a season word. */
export const SEASON_CODE: Readonly<Record<string, 'SP' | 'SU' | 'FA' | 'WI'>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

/** TIMEX3 part-of-day code. */
export const PART_OF_DAY_CODE: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI',
};

/** Spelled-out years ("nineteen ninety-six", "two thousand and one"). */
export const SPELLED_YEAR = `(?:(?:nineteen|eighteen|twenty) (?:${TENS}(?:[- ]${ONES})?|${TEENS}|hundred)|two thousand(?: and)?(?: (?:${TEENS}|${ONES}|${TENS}(?:[- ]${ONES})?))?)`;

/** Value of a spelled-out year, or null. */
export function parseSpelledYear(text: string): number | null {
  const t = text.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  const two = /^two thousand(?: and)?(?: (.+))?$/.exec(t);
  if (two) {
    const rest = two[1] ? parseNumber(two[1]) : 0;
    return rest === null ? null : 2000 + rest;
  }
  const m = /^(nineteen|eighteen|twenty) (.+)$/.exec(t);
  if (!m) return null;
  const century = NUMBER_WORDS[m[1]!]!;
  const rest = m[2] === 'hundred' ? 0 : parseNumber(m[2]!);
  return rest === null || rest > 99 ? null : century * 100 + rest;
}
