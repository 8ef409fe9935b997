/**
 * Month names and full-date parsing for header dates. Only a date with a year can be a document
 * creation time: `November 1` in a dateline names a day but not which year, so it never becomes a DCT.
 */

/** A month and the spellings a dateline may use for it (full name, abbreviations with or without a dot). */
export interface MonthRow {
  month: number;
  names: readonly string[];
}

/** Month spellings, as data. Longest first within a row so the regex prefers `Sept` over `Sep`. */
export const MONTHS: readonly MonthRow[] = [
  { month: 1, names: ['January', 'Jan'] },
  { month: 2, names: ['February', 'Feb'] },
  { month: 3, names: ['March', 'Mar'] },
  { month: 4, names: ['April', 'Apr'] },
  { month: 5, names: ['May'] },
  { month: 6, names: ['June', 'Jun'] },
  { month: 7, names: ['July', 'Jul'] },
  { month: 8, names: ['August', 'Aug'] },
  { month: 9, names: ['September', 'Sept', 'Sep'] },
  { month: 10, names: ['October', 'Oct'] },
  { month: 11, names: ['November', 'Nov'] },
  { month: 12, names: ['December', 'Dec'] },
];

const MONTH_BY_NAME = new Map<string, number>(
  MONTHS.flatMap((row) => row.names.map((n) => [n.toLowerCase(), row.month] as [string, number])),
);

/** Regex source matching a month name (Title case or upper case), with an optional dot after abbreviations. */
export const MONTH_SOURCE = `(?:${MONTHS.flatMap((r) => r.names.flatMap((n) => [n, n.toUpperCase()]))
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;

/** Month number of a name (`Nov.` → 11), or null. */
export function monthNumber(name: string): number | null {
  return MONTH_BY_NAME.get(name.replace(/\.$/, '').toLowerCase()) ?? null;
}

/** True when year-month-day is a real calendar date. */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999 || !isCalendarDate(y, m, d)) return null;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Parses a date that names its year: `2024-11-01`, `November 1, 2024`, `Nov. 1 2024`, `1 November 2024`.
 * Returns `YYYY-MM-DD`, or null for partial (`November 1`) or impossible (`2024-02-30`) dates.
 */
export function parseFullDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(t);
  if (m) {
    const month = monthNumber(m[1]!);
    return month === null ? null : iso(Number(m[3]), month, Number(m[2]));
  }
  m = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(t);
  if (m) {
    const month = monthNumber(m[2]!);
    return month === null ? null : iso(Number(m[3]), month, Number(m[1]));
  }
  return null;
}
