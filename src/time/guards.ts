/**
 * Guards: context checks that keep look-alikes out ("May" the modal, "2024 votes", "a spring in the
 * garden", "prices fall"). A guard sees the whole text and the match, and says whether to keep it.
 * They run before overlapping candidates are resolved, so a rejected long match lets a shorter one win.
 */

/** What a guard sees. */
export interface GuardInput {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly groups: Readonly<Record<string, string | undefined>>;
}

type Guard = (m: GuardInput) => boolean;

/** The word before `at` (lower case), skipping spaces, or '' at a sentence/text start. */
export function wordBefore(text: string, at: number): string {
  const m = /([A-Za-z][A-Za-z'.-]*)[ \t\n]*$/.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : '';
}

/** The word after `at`, case kept, or ''. */
export function wordAfter(text: string, at: number): string {
  const m = /^[ \t]*\n?[ \t]*([A-Za-z][A-Za-z'-]*)/.exec(text.slice(at, at + 40));
  return m ? m[1]! : '';
}

/** True when `at` starts a sentence (only spaces, quotes or brackets back to `.`, `!`, `?`, a line break or the start). */
export function sentenceInitial(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  return at === 0 || /(^|[.!?\n]["'”’)\]]?)[ \t"'“‘(\[]*$/.test(before) || /^[ \t"'“‘(\[]*$/.test(text.slice(0, at));
}

// Words after which a bare month, season or year is read as a date.
const TEMPORAL_PREP = new Set([
  'in', 'since', 'until', 'till', 'by', 'during', 'of', 'from', 'to', 'through', 'early', 'late', 'mid', 'last',
  'next', 'this', 'before', 'after', 'between', 'and', 'or', 'on', 'around', 'throughout', 'for', 'about', 'circa',
  'that', 'each', 'every', 'over', 'as', 'starting', 'beginning', 'ending', 'mid-', 'past', 'coming', 'than', 'at',
  'into', 'fiscal', 'year', 'calendar', 'summer', 'spring', 'winter', 'autumn', 'fall', 'the', 'against', 'within',
]);

// Counted nouns and units that show a 4-digit number is a quantity, not a year.
const COUNT_NOUNS = new Set([
  'people', 'men', 'women', 'children', 'persons', 'troops', 'soldiers', 'police', 'votes', 'km', 'kilometers',
  'kilometres', 'miles', 'meters', 'metres', 'feet', 'tons', 'tonnes', 'dollars', 'yuan', 'euros', 'pounds',
  'rubles', 'yen', 'barrels', 'acres', 'hectares', 'points', 'jobs', 'workers', 'employees', 'copies', 'units',
  'cars', 'homes', 'houses', 'deaths', 'cases', 'students', 'members', 'delegates', 'seats', 'kg', 'lbs', 'mph',
  'degrees', 'calories', 'words', 'pages', 'shares', 'refugees', 'residents', 'staff', 'percent', 'per', 'mw',
]);
// Lower-case words ending in -s that are not plural nouns.
const S_FUNCTION_WORDS = new Set([
  'was', 'is', 'has', 'as', 'its', 'his', 'this', 'us', 'thus', 'plus', 'always', 'perhaps', 'whereas', 'unless',
  'besides', 'does', 'towards', 'afterwards', 'across', 'numbers', 'levels', 'figures', 'elections', 'games',
  'olympics', 'results', 'earnings', 'sales', 'profits', 'losses', 'standards', 'prices', 'rates', 'talks',
]);

const NEWSPAPER_WORDS = /^(Times|Telegraph|Express|Mirror|Herald|Post|Independent|Observer|Tribune|Mail|Star|Sport|Business|Age|Sun|News|Journal|Morning|Edition|Magazine|Review|School|Service|Night)$/;

/** Every guard, by id. */
export const GUARDS = {
  /** "11/02/89" but not "1/2/3/4" or a fraction chain. */
  slashDate(m) {
    return !/^\/\d/.test(m.text.slice(m.end, m.end + 2));
  },

  /** A month alone: "May", "March" need a temporal preposition; abbreviations alone are refused. */
  monthAlone(m) {
    const mon = m.groups.mon ?? '';
    if (/^(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/i.test(mon)) return false;
    // "last May", "this March": the relative word inside the extent makes the month a date.
    if (m.groups.pre || m.groups.rel) return true;
    const prev = wordBefore(m.text, m.start);
    const next = wordAfter(m.text, m.end);
    const prepBefore = TEMPORAL_PREP.has(prev);
    if (/^(may|march)$/i.test(mon) && !prepBefore) return false;
    if (/^may$/i.test(mon) && /^(be|have|not|also|well|still|never|yet|soon|need|want|take|make|help|face|get|lose|go|come|seem|become)$/i.test(next)) return false;
    // "April Glaspie", "June Carter": a capitalized word right after the month is a name.
    if (/^[A-Z][a-z]/.test(next) && !prepBefore) return false;
    if (/^(Madness|Hare)$/.test(next)) return false;
    return true;
  },

  /** A bare 4-digit year: not an amount, a bill number, a count ("2024 votes") or a street number. */
  yearAlone(m) {
    const y = Number(m.groups.y);
    if (y < 1100 || y > 2099) return false;
    const before = m.text.slice(Math.max(0, m.start - 12), m.start);
    if (/(?:[$£€¥#№]|US\$|\bNo\.?|\bH\.\s?R\.|\bS\.|\bRule|\bRoom|\bFlight|\bflight|\bRoute|\bHighway|\bpage|\bp\.|\bpp\.|\bsection|\bSection|\bArticle|\bart\.|\bModel|\bmodel|\bnumber|\bVol\.|\bResolution|\bresolution|\bBill|\bbill)\s*$/.test(before)) return false;
    if (/\d[.,:]?\s*$/.test(before) && !/\d{4}\s*$/.test(before)) return false;
    const after = m.text.slice(m.end, m.end + 12);
    if (/^\s*(%|percent|per cent|[.,:/]\d)/.test(after)) return false;
    if (m.groups.pre) return true;
    const prev = wordBefore(m.text, m.start);
    const next = wordAfter(m.text, m.end);
    if (/^(in|since|until|till|during|before|after|circa|early|late|mid|fiscal|year|of|from|to|through|by|between|summer|spring|winter|autumn|fall)$/.test(prev)) {
      return !COUNT_NOUNS.has(next.toLowerCase()) || prev === 'in' || prev === 'since';
    }
    const nl = next.toLowerCase();
    if (COUNT_NOUNS.has(nl)) return false;
    if (next && next === nl && nl.endsWith('s') && nl.length > 3 && !S_FUNCTION_WORDS.has(nl)) return false;
    if (/^(about|some|nearly|almost|than|approximately|roughly|around|over|under|only|just|least|most)$/.test(prev)) return false;
    return true;
  },

  /** Seasons: "spring" the noun and "fall" the verb stay out. */
  season(m) {
    if (m.groups.y) return true;
    const rel = (m.groups.rel ?? '').toLowerCase();
    const season = m.groups.season ?? '';
    const after = m.text.slice(m.end, m.end + 12);
    // "the fall of the Berlin Wall", "the spring of discontent"
    if (/^\s+of\b/.test(after)) return false;
    // "Arab Spring", "Palm Springs": capitalized inside a sentence.
    if (/^[A-Z]/.test(season) && !rel && !m.groups.pre && !sentenceInitial(m.text, m.start)) return false;
    const prev = wordBefore(m.text, m.start);
    if (rel && rel !== 'the' && rel !== 'that') return true;
    if (m.groups.pre) return true;
    const next = wordAfter(m.text, m.end);
    // "the summer heat", "fall prices" — a following lower-case noun makes it an attribute or a verb.
    if (/^(of|and)$/.test(next)) return false;
    if (rel === 'the' || rel === 'that') return /^(in|during|since|until|till|by|through|throughout|over|for|before|after|until|into|from|of|at|this|that)$/.test(prev);
    return /^(in|during|since|until|till|by|through|throughout|over|before|after|this|early|late)$/.test(prev) && !/^[a-z]+s$/.test(next);
  },

  /** Quarters need an ordinal, a qualifier or a determiner ("a quarter of the people" stays out). */
  quarter(m) {
    const s = m.text.slice(m.start, m.end);
    const after = m.text.slice(m.end, m.end + 12);
    if (/^-(century|final|mile|inch|hour|to|point)/i.test(after) || /^\s+of\s/.test(after)) return false;
    if (/^\s*-?\s*point/.test(after)) return false;
    const period = (m.groups.qword ?? '').toLowerCase() === 'period';
    // "the 1988 period", "the year-earlier period", "the latest period": a financial period only.
    if (period) return !!(m.groups.y1 || /year-|latest|comparable|corresponding|same/i.test(m.groups.adj ?? '')) && !m.groups.ord;
    if (m.groups.ord || m.groups.adj || m.groups.y || m.groups.y1) return true;
    return /^(the|its|this|that|last year's|next year's|this year's)\s/i.test(s);
  },

  /** Halves need a year or the hyphenated adjective ("first-half profit"). */
  half(m) {
    if (m.groups.y || m.groups.rel) return true;
    return /-half$/i.test(m.text.slice(m.start, m.end));
  },

  /** Holidays must be capitalized. */
  capitalized(m) {
    return /^[A-Z]/.test(m.text.charAt(m.start));
  },

  /**
   * "Friday, Oct. 23": a weekday and the date after it make one timex, but not across a bare line
   * break (a headline ending in "until Friday" above the dateline "September 18, 2008").
   */
  weekdayDate(m) {
    const between = m.text.slice(m.start, m.end).replace(/^[A-Za-z]+/, '');
    return !/^[ \t]*\n/.test(between);
  },

  /** "last week", "this year": not a title inside a sentence ('ABC's "This Week"'). */
  relUnit(m) {
    const words = m.text.slice(m.start, m.end).split(/[\s-]+/);
    const titled = words.length > 1 && words.every((w) => /^[A-Z][a-z]/.test(w));
    return !titled || sentenceInitial(m.text, m.start);
  },

  /** Weekdays: not "Sunday Times", "Monday Night Football". */
  weekday(m) {
    return !NEWSPAPER_WORDS.test(wordAfter(m.text, m.end));
  },

  /** 24-hour clock "14:30": not a ratio, score or verse ("John 3:16"). */
  clock24(m) {
    const before = m.text.slice(Math.max(0, m.start - 12), m.start);
    if (/[:\d]\s*$/.test(before)) return false;
    if (/^:\d/.test(m.text.slice(m.end, m.end + 2)) && !/\d:\d\d:\d\d/.test(m.text.slice(m.start, m.end + 3))) return false;
    if (/[A-Z][a-z]+\s$/.test(before) && !/\b(at|At|About|By|Until|From)\s$/.test(before)) return false;
    if (/^\s*(-|to)\s*\d/.test(m.text.slice(m.end, m.end + 6)) && !m.groups.tz) return false; // "3:30 to 2:10" scores? keep strict
    return true;
  },

  /** "noon", "midnight": not "high noon" films or "Midnight Express". */
  noon(m) {
    return !/^[A-Z]/.test(m.text.charAt(m.start)) || sentenceInitial(m.text, m.start);
  },

  /** Durations: ages ("35-year-old") and ordinal "a second" stay out. */
  duration(m) {
    const after = m.text.slice(m.end, m.end + 8);
    if (/^-(old|olds)\b/i.test(after) || /^\s+old\b/.test(after)) return false;
    const n = (m.groups.n ?? '').toLowerCase();
    const unit = (m.groups.unit ?? '').toLowerCase();
    if ((n === 'a' || n === 'an' || n === 'one') && unit === 'second') return false;
    if (/^(an?|one)$/.test(n) && unit === 'quarter') return false;
    // "three-quarters of its food": a fraction, not three periods of three months.
    if (/^(?:one|two|three)[- ]quarters?$/i.test(m.text.slice(m.start, m.end))
      && /^\s+of\s+(?:the|its|their|his|her|our|all|an?|this|that|these|those)\s/i.test(m.text.slice(m.end, m.end + 24))) return false;
    if (unit.startsWith('quarter') && !/^(the|its|their)\b/i.test(m.text.slice(m.start, m.end)) && /^\d/.test(n)) return false;
    return true;
  },

  /** Bare plural units ("for years") only after a duration preposition or verb. */
  barePlural(m) {
    const prev = wordBefore(m.text, m.start);
    if (/-long$/.test(m.text.slice(m.start, m.end))) return true;
    if (/^(for|over|within|took|take|takes|taking|spent|spend|lasted|lasting|last|waited|wait|after)$/.test(prev)) return true;
    // "in minutes", "in days", "in just minutes": how soon; "in years" is left to counted forms ("in 20 years").
    const inBefore = prev === 'in' || (/^(just|only|mere)$/.test(prev) && /\bin\s+\S+\s+$/i.test(m.text.slice(Math.max(0, m.start - 16), m.start)));
    return inBefore && /^(minutes|hours|days|weeks|months)$/i.test(m.groups.unit ?? '');
  },

  /** daily/weekly...: not the name of a paper ("Daily Telegraph", "a weekly newspaper"). */
  setAdverb(m) {
    const word = m.text.slice(m.start, m.end);
    if (/^[A-Z]/.test(word) && !sentenceInitial(m.text, m.start)) return false;
    const next = wordAfter(m.text, m.end);
    // "the Communist Party daily Granma", "a weekly Der Spiegel": a paper's name follows.
    if (/^[A-Z]/.test(next) && !/^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(next)) return false;
    if (/^(newspaper|newspapers|paper|magazine|journal|tabloid|publication|news|newsletter|bulletin|show|program|programme)$/i.test(next)) return false;
    // Financial rates are amounts per period, not times (TE3 leaves them out): "its quarterly
    // dividend", "average daily volume", "rose 20% annually", "10,000 units annually".
    const adv = word.toLowerCase();
    if (adv === 'quarterly' && /^[a-z]/.test(next)) return false;
    if (/^(dividends?|volume|turnover|payouts?|payments?|results|loss|losses|profits?|sales|revenues?|rates?|flights|tally)$/i.test(next)) return false;
    if (wordBefore(m.text, m.start) === 'average') return false;
    if (/^(annually|yearly|monthly)$/.test(adv) && /(\d%|\bpercent|\bmillion|\bbillion|\bunits|\btons|\bbarrels)[^.;]{0,20}$/i.test(m.text.slice(Math.max(0, m.start - 40), m.start))) return false;
    return true;
  },

  /** PRESENT_REF words: "current" only as an attribute of time-like nouns; not "ocean current". */
  presentRef(m) {
    const ref = (m.groups.ref ?? '').toLowerCase();
    // "the now-cancelled deal", "the current-account gap": part of a compound adjective.
    if (m.text.charAt(m.end) === '-') return false;
    const next = wordAfter(m.text, m.end).toLowerCase();
    if (ref === 'current') {
      if (/^(account|accounts|affairs|events|electrical|density)$/.test(next)) return false;
      const prev = wordBefore(m.text, m.start);
      if (/^(electric|electrical|ocean|alternating|direct|strong|the)$/.test(prev) && !next) return false;
      return /^[a-z]/.test(wordAfter(m.text, m.end));
    }
    if (ref.startsWith('the present')) return !/^[a-z]/.test(next) || /^(and|or|to|in|of|is|was|day|time)$/.test(next);
    return true;
  },

  /**
   * "the year" as a period only after a temporal preposition ("for the year", "in the year ended"),
   * or after "of" following a part of it ("the first nine months of the year"); not "player of the
   * year", "the year 2030".
   */
  theYear(m) {
    const prev = wordBefore(m.text, m.start);
    if (/^(for|in|during|through|throughout|over|into|until|since|by)$/.test(prev)) return true;
    return prev === 'of' && /\b(months|weeks|days|half|quarter|part|rest|end|beginning|start|remainder|balance|middle)\s+of\s+$/i.test(m.text.slice(Math.max(0, m.start - 30), m.start));
  },

  /** "the past": not an attribute ("the past president"). */
  pastRef(m) {
    const ref = (m.groups.ref ?? '').toLowerCase();
    if (!ref.startsWith('the ')) return true;
    const next = wordAfter(m.text, m.end);
    return !/^[a-z]/.test(next) || /^(and|or|to|in|of|is|was|has|have|had|are|were|that|when|with|as|but|for|at|on)$/.test(next);
  },
} satisfies Record<string, Guard>;

/** Id of a guard. */
export type GuardId = keyof typeof GUARDS;
