/**
 * Calendar arithmetic for TIMEX3 values, on proleptic Gregorian days counted from 1970-01-01.
 * Pure integer arithmetic: no Date object, so the wall clock can never leak in.
 */

/** A calendar day. `m` and `d` are 1-based. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Granularities a relative expression can be expressed at, finest last. */
export type Unit = 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'day';

/** Days since 1970-01-01 for a calendar day; months and days may overflow (month 13 = January next year). */
export function toEpochDay(ymd: Ymd): number {
  const mi = ymd.m - 1;
  const y0 = ymd.y + Math.floor(mi / 12);
  const m0 = mi - Math.floor(mi / 12) * 12 + 1;
  return civilToDays(y0, m0, 1) + (ymd.d - 1);
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for any year, no Date object involved.
function civilToDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Calendar day of an epoch day. */
export function fromEpochDay(n: number): Ymd {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return { y, m, d };
}

/** Adds days (may be negative). */
export function addDays(ymd: Ymd, n: number): Ymd {
  return fromEpochDay(toEpochDay(ymd) + n);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(ymd: Ymd, n: number): Ymd {
  const total = ymd.y * 12 + (ymd.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(ymd.d, daysInMonth(y, m)) };
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  return toEpochDay({ y, m: m + 1, d: 1 }) - toEpochDay({ y, m, d: 1 });
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function isoWeekday(ymd: Ymd): number {
  const wd = (((toEpochDay(ymd) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday (3 days after Monday).
  return wd + 1;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(ymd: Ymd): { year: number; week: number } {
  const thursday = addDays(ymd, 4 - isoWeekday(ymd));
  const jan1 = toEpochDay({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toEpochDay(thursday) - jan1) / 7) + 1 };
}

/** Zero-padded year (4 digits, BC as in TIMEX3 is out of scope here). */
export function pad4(y: number): string {
  return String(y).padStart(4, '0');
}

/** Zero-padded 2 digits. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD`. */
export function formatDay(ymd: Ymd): string {
  return `${pad4(ymd.y)}-${pad2(ymd.m)}-${pad2(ymd.d)}`;
}

/** Season code of a month (meteorological seasons; December belongs to the winter of its own year). */
export function seasonOfMonth(m: number): 'SP' | 'SU' | 'FA' | 'WI' {
  if (m >= 3 && m <= 5) return 'SP';
  if (m >= 6 && m <= 8) return 'SU';
  if (m >= 9 && m <= 11) return 'FA';
  return 'WI';
}

/** Order of seasons within a season-year: winter is last, since a winter takes the year of its December. */
export const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'] as const;

/**
 * The value of the period of `unit` that contains `ymd` (`1998-Q3`, `1998-W32`, `199X` ...), i.e. the
 * granularity at which TE3 annotates "last week", "a month ago", "this quarter".
 */
export function formatAt(ymd: Ymd, unit: Unit): string {
  switch (unit) {
    // TimeML writes a century as its first two digits (`19`) and a decade as its first three (`199`).
    case 'century':
      return pad4(ymd.y).slice(0, 2);
    case 'decade':
      return pad4(ymd.y).slice(0, 3);
    case 'year':
      return pad4(ymd.y);
    case 'half':
      return `${pad4(ymd.y)}-H${ymd.m <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${pad4(ymd.y)}-Q${Math.floor((ymd.m - 1) / 3) + 1}`;
    case 'season': {
      // January and February belong to the winter that started the previous December.
      const y = ymd.m <= 2 ? ymd.y - 1 : ymd.y;
      return `${pad4(y)}-${seasonOfMonth(ymd.m)}`;
    }
    case 'month':
      return `${pad4(ymd.y)}-${pad2(ymd.m)}`;
    case 'week': {
      const w = isoWeek(ymd);
      return `${pad4(w.year)}-W${pad2(w.week)}`;
    }
    case 'day':
      return formatDay(ymd);
  }
}

/** Moves `ymd` by `n` periods of `unit` (seasons are 3 months, decades 10 years ...). */
export function shift(ymd: Ymd, unit: Unit, n: number): Ymd {
  switch (unit) {
    case 'century':
      return addMonths(ymd, 1200 * n);
    case 'decade':
      return addMonths(ymd, 120 * n);
    case 'year':
      return addMonths(ymd, 12 * n);
    case 'half':
      return addMonths(ymd, 6 * n);
    case 'quarter':
    case 'season':
      return addMonths(ymd, 3 * n);
    case 'month':
      return addMonths(ymd, n);
    case 'week':
      return addDays(ymd, 7 * n);
    case 'day':
      return addDays(ymd, n);
  }
}

/** Parses a calendar day `YYYY-MM-DD`, or null. */
export function parseDay(value: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (ymd.m < 1 || ymd.m > 12 || ymd.d < 1 || ymd.d > daysInMonth(ymd.y, ymd.m)) return null;
  return ymd;
}

/** True when the day exists (Feb 30 does not). */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * A specified TIMEX3 date value parsed back into a representative day and its granularity, so it can be
 * shifted ("a year earlier" than `1989-Q3` is `1988-Q3`). Returns null for values that are not a
 * fully specified calendar period (PRESENT_REF, XXXX-06, durations).
 */
export function parseValue(value: string): { ymd: Ymd; unit: Unit; suffix: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value);
  if (m) return { ymd: { y: +m[1]!, m: +m[2]!, d: +m[3]! }, unit: 'day', suffix: m[4] ?? '' };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { ymd: { y: +m[1]!, m: +m[2]!, d: 1 }, unit: 'month', suffix: '' };
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    // Monday of ISO week: the week containing Jan 4 is week 1.
    const jan4 = { y: +m[1]!, m: 1, d: 4 };
    const monday1 = addDays(jan4, 1 - isoWeekday(jan4));
    return { ymd: addDays(monday1, 7 * (+m[2]! - 1)), unit: 'week', suffix: m[3] ?? '' };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { ymd: { y: +m[1]!, m: (+m[2]! - 1) * 3 + 1, d: 1 }, unit: 'quarter', suffix: '' };
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return { ymd: { y: +m[1]!, m: m[2] === '1' ? 1 : 7, d: 1 }, unit: 'half', suffix: '' };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const month = { SP: 4, SU: 7, FA: 10, WI: 12 }[m[2] as 'SP'];
    return { ymd: { y: +m[1]!, m: month, d: 1 }, unit: 'season', suffix: '' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { ymd: { y: +m[1]!, m: 1, d: 1 }, unit: 'year', suffix: '' };
  m = /^(\d{3})$/.exec(value);
  if (m) return { ymd: { y: +m[1]! * 10, m: 1, d: 1 }, unit: 'decade', suffix: '' };
  m = /^(\d{2})$/.exec(value);
  if (m) return { ymd: { y: +m[1]! * 100, m: 1, d: 1 }, unit: 'century', suffix: '' };
  return null;
}

/** Rank of a unit, coarse to fine, so callers can pick the finer of two granularities. */
export const UNIT_RANK: Record<Unit, number> = {
  century: 0, decade: 1, year: 2, half: 3, quarter: 4, season: 4, month: 5, week: 6, day: 7,
};
