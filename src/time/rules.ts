/**
 * The TIMEX3 rules as data: each row has an id, the regex parts that recognize it (joined in order),
 * the TIMEX3 type, the normalizer id, an optional guard id, and examples that a test runs. Patterns
 * are matched case-insensitively; month and weekday names must still be capitalized (scanner.ts).
 * Extents follow TimeML as annotated in TempEval-3: prepositions outside, determiners and "ago" inside.
 */
import {
  CAL_UNIT, COUNT, DAYNUM, MONTH, MONTHS, NUMWORD, ORD, PART_OF_DAY, SEASON, SEASON_CODE, SPELLED_YEAR, UNIT_WORD, VAGUE, WEEKDAY,
  WEEKDAYS, YEAR4,
} from './lexicon.js';
import type { NormalizerId } from './normalizers.js';
import type { GuardId } from './guards.js';
import type { TimexMod, TimexType } from './types.js';

/** One worked example of a rule: the text, the DCT it is read against, and what must come out. */
export interface RuleExample {
  text: string;
  dct?: string | null;
  /** The expected extent (defaults to the whole `text`). */
  extent?: string;
  value: string;
  type?: TimexType;
  mod?: TimexMod;
  range?: { begin: string; end: string };
}

/** A recognition + normalization rule. */
export interface TimexRule {
  /** Stable id; appears in `by` as `timexes@1/<id>`. */
  id: string;
  /** Regex source parts, concatenated. Use named groups for what the normalizer reads. */
  parts: readonly string[];
  /** Default type (a normalizer may override, e.g. a weekday with "morning" is a TIME). */
  type: TimexType;
  normalizer: NormalizerId;
  guard?: GuardId;
  /**
   * Anchor words: every match of the rule contains at least one of them as a whole word (lower case;
   * `#digit` = any run of digits, `#digit4` = a run of exactly four, `#digit0` = a run of two or four
   * ending in 0). The scanner tries the rule only next to these words, which is what
   * keeps the stage fast; `rules.test.ts` checks every example against them.
   */
  triggers: readonly string[];
  /**
   * How many words (runs of letters or digits) before its trigger a match can start: 0 when the
   * trigger starts the match ("1949", "every week"), 4 for "the end of the" + month, and so on.
   */
  lead: number;
  examples: readonly RuleExample[];
}

// Whitespace inside an expression: spaces, or a single line break (never a blank line).
const S = '(?:[ \\t\\u00a0]+\\n?[ \\t\\u00a0]*|\\n[ \\t\\u00a0]*)';
// Separator before a year after a day: ", " or " , " (MEANTIME's token-joined text) or a space.
const YSEP = '(?:[ \\t]?,[ \\t]*\\n?[ \\t]*|' + S + ')';
// Pre-modifiers that become a mod ("early 2024", "the end of the month", "mid-1996").
const PRE = `(?:(?<pre>early|late|earlier|later|mid|(?:the )?(?:end|beginning|start|middle|close|turn) of(?: the)?)(?:-|${S}|-${S}))?`;
// Inside the extent in TE3 dev: nearly, almost, more/less than, at least, up to, around. Outside:
// about (9 of 11), just, only, over. A modifier left outside still sets `mod` (see normalizers).
const APPROX = `(?:(?<approx>around|nearly|almost|more than|less than|fewer than|at least|at most|no more than|no less than|up to|upwards of|well over|just over|just under|a little over)${S})?`;

// Trigger word lists (see `TimexRule.triggers`).
const DIGIT = '#digit';
/** A run of exactly four digits. */
const YEAR_DIGITS = '#digit4';
/** A run of two or four digits ending in 0 ("1990s", "'70s"). */
const DECADE_DIGITS = '#digit0';
const MONTH_WORDS = Object.keys(MONTHS);
const WEEKDAY_WORDS = Object.keys(WEEKDAYS).filter((w) => w.length > 4);
const WEEKDAY_PLURALS = WEEKDAY_WORDS.map((w) => `${w}s`);
const SEASONS = Object.keys(SEASON_CODE);
const CAL_UNITS = ['week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century'];
const UNITS = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'weekends',
  'fortnight', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'decade', 'decades', 'century', 'centuries',
  'millennium', 'millennia',
];

/** Every rule, in priority order for equally long matches. */
export const RULES: readonly TimexRule[] = [
  // ---------------------------------------------------------------- absolute dates
  {
    id: 'date-iso', type: 'DATE', normalizer: 'ymd',
    triggers: [DIGIT], lead: 0,
    parts: [`(?<y>${YEAR4})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])`],
    examples: [{ text: '2024-11-01', value: '2024-11-01' }],
  },
  {
    id: 'date-slash-mdy', type: 'DATE', normalizer: 'ymd', guard: 'slashDate',
    triggers: [DIGIT], lead: 0,
    parts: [`(?<m>0?[1-9]|1[0-2])/(?<d>0?[1-9]|[12]\\d|3[01])/(?<y>${YEAR4}|\\d{2})`],
    examples: [{ text: '11/02/89', value: '1989-11-02' }],
  },
  {
    id: 'date-weekday-month-day', type: 'DATE', normalizer: 'weekdayDate', guard: 'weekdayDate',
    triggers: WEEKDAY_WORDS, lead: 0,
    parts: [`(?<wd>${WEEKDAY}),?${S}(?<mon>${MONTH})${S}(?<d>${DAYNUM})(?:${YSEP}(?<y>${YEAR4}))?`],
    examples: [
      { text: 'Friday, Oct. 23', dct: '1998-10-26', value: '1998-10-23' },
      { text: 'Thursday, May 7, 2015', dct: '2016-01-01', value: '2015-05-07' },
    ],
  },
  {
    id: 'date-month-day-year', type: 'DATE', normalizer: 'ymd',
    triggers: MONTH_WORDS, lead: 4,
    parts: [PRE, `(?<mon>${MONTH})${S}(?<d>${DAYNUM})${YSEP}(?<y>${YEAR4})`],
    examples: [
      { text: 'March 3, 1949', value: '1949-03-03' },
      { text: 'March 01 , 2008', value: '2008-03-01' },
      { text: 'Sept. 30, 1989', value: '1989-09-30' },
    ],
  },
  {
    id: 'date-day-month-year', type: 'DATE', normalizer: 'ymd',
    triggers: MONTH_WORDS, lead: 2,
    parts: [`(?<d>${DAYNUM})(?:${S}(?:of${S})?|-)(?<mon>${MONTH})(?:,?${S}|-)(?<y>${YEAR4})`],
    examples: [{ text: '7 March 1782', value: '1782-03-07' }, { text: 'dated 10-February-2006', extent: '10-February-2006', value: '2006-02-10' }],
  },
  {
    id: 'date-month-day-range', type: 'DATE', normalizer: 'monthDayRange',
    triggers: MONTH_WORDS, lead: 0,
    parts: [`(?<mon>${MONTH})${S}(?<d1>${DAYNUM})(?:[ \\t]?[-–][ \\t]?|${S}(?:to|through|until|till)${S})(?<d2>${DAYNUM})(?:${YSEP}(?<y>${YEAR4}))?`],
    examples: [
      { text: 'June 18-19', dct: '2024-11-01', value: '2024-06-18', range: { begin: '2024-06-18', end: '2024-06-19' } },
      { text: 'March 3 to 25, 1949', dct: '2024-11-01', value: '1949-03-03', range: { begin: '1949-03-03', end: '1949-03-25' } },
    ],
  },
  {
    id: 'date-month-day', type: 'DATE', normalizer: 'monthDay',
    triggers: MONTH_WORDS, lead: 4,
    parts: [PRE, `(?<mon>${MONTH})${S}(?<d>${DAYNUM})`],
    examples: [
      { text: 'Nov. 13', dct: '1989-11-20', value: '1989-11-13' },
      { text: 'was signed on June 18', extent: 'June 18', dct: '2024-11-01', value: '2024-06-18' },
      { text: 'they met on Dec. 28', extent: 'Dec. 28', dct: '2024-01-02', value: '2023-12-28' },
      { text: 'June 18', dct: null, value: 'XXXX-06-18' },
    ],
  },
  {
    id: 'date-day-month', type: 'DATE', normalizer: 'monthDay',
    triggers: MONTH_WORDS, lead: 2,
    parts: [`(?<d>${DAYNUM})${S}(?:of${S})?(?<mon>${MONTH})`],
    examples: [{ text: '11 December', dct: '2009-12-14', value: '2009-12-11' }],
  },
  {
    id: 'date-month-rel-year', type: 'DATE', normalizer: 'monthRelYear',
    triggers: MONTH_WORDS, lead: 4,
    parts: [PRE, `(?<mon>${MONTH})${S}(?<rel>last|this|next)${S}year`],
    examples: [{ text: 'June last year', dct: '1998-03-01', value: '1997-06' }],
  },
  {
    id: 'date-month-year', type: 'DATE', normalizer: 'monthYear',
    triggers: MONTH_WORDS, lead: 4,
    parts: [PRE, `(?<mon>${MONTH}),?${S}(?:of${S})?(?<y>${YEAR4})`],
    examples: [{ text: 'April 1950', value: '1950-04' }, { text: 'early June 2009', value: '2009-06' }],
  },
  {
    id: 'date-month', type: 'DATE', normalizer: 'month', guard: 'monthAlone',
    triggers: MONTH_WORDS, lead: 6,
    parts: [PRE, `(?:(?<rel>last|this|next|this past|this coming)${S})?(?<mon>${MONTH})`],
    examples: [
      { text: 'in January', extent: 'January', dct: '1998-03-01', value: '1998-01' },
      { text: 'the treaty the two presidents signed last May', extent: 'last May', dct: '1998-02-27', value: '1997-05' },
      { text: 'late November', dct: '1999-12-10', value: '1999-11' },
      { text: 'mid-November', dct: '1989-11-20', value: '1989-11' },
      { text: 'last November', dct: '2000-01-13', value: '1999-11' },
      { text: 'last April', dct: '1989-10-26', value: '1989-04' },
    ],
  },
  {
    id: 'date-year', type: 'DATE', normalizer: 'year', guard: 'yearAlone',
    triggers: [YEAR_DIGITS], lead: 4,
    parts: [PRE, `(?<y>${YEAR4})`],
    examples: [
      { text: 'in 1949', extent: '1949', value: '1949' },
      { text: 'early 2024', value: '2024', mod: 'EARLY' },
      { text: 'the end of 1990', value: '1990' },
    ],
  },
  {
    id: 'date-fiscal-year', type: 'DATE', normalizer: 'year',
    triggers: ['fiscal'], lead: 0,
    parts: [`fiscal(?:${S}year)?${S}(?<y>${YEAR4}|'?\\d\\d)`],
    examples: [{ text: 'fiscal 1989', value: '1989' }, { text: "fiscal '90", value: '1990' }],
  },
  {
    id: 'date-spelled-year', type: 'DATE', normalizer: 'year',
    triggers: ['nineteen', 'eighteen', 'twenty', 'thousand'], lead: 3,
    parts: [`(?:the${S}year${S})?(?<sy>${SPELLED_YEAR})(?!${S}(?:years|dollars|people|times|of))`],
    examples: [{ text: 'nineteen ninety-six', value: '1996' }, { text: 'the year two thousand', value: '2000' }],
  },
  {
    id: 'date-spelled-month-year', type: 'DATE', normalizer: 'spelledMonthOrSeason',
    triggers: ['nineteen', 'eighteen', 'twenty', 'thousand'], lead: 5,
    // Broadcast transcripts spell years out: "January nineteen ninety-seven", "the winter of nineteen
    // ninety-four". A rule of its own, so the common month and season patterns stay small.
    parts: [`(?:(?<mon>${MONTH}),?${S}(?:of${S})?|(?:the${S})?(?<season>${SEASON})${S}of${S})(?<sy>${SPELLED_YEAR})`],
    examples: [
      { text: 'It began in March nineteen ninety-one, the anchor said.', extent: 'March nineteen ninety-one', value: '1991-03' },
      { text: 'prices last seen in the winter of nineteen eighty-six', extent: 'the winter of nineteen eighty-six', value: '1986-WI' },
    ],
  },
  {
    id: 'date-apostrophe-year', type: 'DATE', normalizer: 'year',
    triggers: [DIGIT], lead: 0,
    // "since '82", "in '71": a clipped year only after a temporal preposition ("iLife '11" is a name).
    parts: [`(?<=\\b(?:[Ss]ince|[Ii]n|[Oo]f|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough)[ \\t])['’](?<y>\\d\\d)(?!['’]?s\\b)(?![.,]\\d)`],
    examples: [
      { text: "the lowest level since '82", extent: "'82", value: '1982' },
      { text: "He graduated in '71.", extent: "'71", value: '1971' },
    ],
  },
  {
    id: 'date-decade', type: 'DATE', normalizer: 'decade',
    triggers: [DECADE_DIGITS, 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'], lead: 6,
    parts: [`(?:the${S})?${PRE}(?:(?<dec>1\\d\\d0|20\\d0)'?s|'(?<d2>\\d0)'?s|(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`],
    examples: [{ text: 'the 1990s', value: '199' }, { text: "the late '70s", value: '197' }, { text: 'the nineties', value: '199' }, { text: 'the 1880s', value: '188' }],
  },
  {
    id: 'date-century', type: 'DATE', normalizer: 'century',
    triggers: ['century'], lead: 8,
    parts: [`(?:the${S})?${PRE}(?<n>\\d{1,2}(?:st|nd|rd|th)|(?:twenty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))[ -]century`],
    examples: [{ text: 'the 20th century', value: '19' }, { text: 'the nineteenth century', value: '18' }, { text: 'the 11th century', value: '10' }],
  },
  {
    id: 'date-season', type: 'DATE', normalizer: 'season', guard: 'season',
    triggers: SEASONS, lead: 6,
    parts: [PRE, `(?:(?<rel>this past|this coming|this|last|next|the|that|past|coming)${S})?(?<season>${SEASON})(?:${S}(?:of${S})?(?<y>${YEAR4}))?`],
    examples: [
      { text: 'last fall', dct: '2024-11-01', value: '2023-FA' },
      { text: 'this summer', dct: '1998-08-01', value: '1998-SU' },
      { text: 'the spring of 1998', value: '1998-SP' },
      { text: 'in winter', extent: 'winter', dct: null, value: 'XXXX-WI' },
    ],
  },
  {
    id: 'date-quarter', type: 'DATE', normalizer: 'quarter', guard: 'quarter',
    triggers: ['quarter', 'period'], lead: 16,
    parts: [
      `(?:(?<det>the|this|that|last year's|next year's|this year's)${S}(?!${ORD}-quarter))?(?:(?<y1>${YEAR4})${S})?`,
      `(?:(?<adj>fiscal|current|latest|most recent|recent|year-ago|year-earlier|comparable|comparable year-ago|same|corresponding|last|previous|next|coming|flat)(?:${S}|-))*`,
      `(?:(?<ord>${ORD})(?:${S}|-))?(?:fiscal(?:${S}|-))?(?<qword>quarter|period)`,
      `(?<tail>(?:${S}(?:of|in)${S}(?:fiscal${S})?(?<y>${YEAR4}))|${S}(?:of${S})?(?:last|this|next)${S}year|${S}a${S}year${S}ago)?`,
    ],
    examples: [
      { text: 'the third quarter', dct: '1989-11-02', value: '1989-Q3' },
      { text: 'third-quarter', dct: '1989-11-02', value: '1989-Q3' },
      { text: 'the quarter', dct: '1989-11-02', value: '1989-Q3' },
      { text: 'the year-ago quarter', dct: '1989-11-02', value: '1988-Q3' },
      { text: 'the fourth quarter of 1990', value: '1990-Q4' },
      { text: 'the year-earlier period', dct: '1989-11-02', value: '1988-Q3' },
      { text: 'Net rose in the third quarter. In the quarter a year ago, it lost money.', extent: 'the quarter a year ago', dct: '1989-11-02', value: '1988-Q3' },
    ],
  },
  {
    id: 'date-half', type: 'DATE', normalizer: 'half', guard: 'half',
    triggers: ['half'], lead: 2,
    parts: [`(?:the${S})?(?<ord>first|second|last|latter)(?:${S}|-)half(?:${S}(?:of|in)${S}(?:(?<y>${YEAR4})|(?:the${S})?(?<rel>this year|last year|next year|year)))?`],
    examples: [{ text: 'the first half of 1998', value: '1998-H1' }, { text: 'the second half of this year', dct: '1998-03-01', value: '1998-H2' }],
  },
  {
    id: 'date-holiday', type: 'DATE', normalizer: 'holiday', guard: 'capitalized',
    triggers: ['christmas', 'year', 'thanksgiving', 'halloween', 'easter', 'valentine', 'independence', 'labor', 'memorial', 'election', 'boxing'], lead: 1,
    parts: [`(?<hol>Christmas(?:${S}(?:Day|Eve))?|New${S}Year[’']?s(?:${S}(?:Day|Eve))?|Thanksgiving(?:${S}Day)?|Halloween|Easter(?:${S}Sunday)?|Valentine[’']?s${S}Day|Independence${S}Day|Labor${S}Day|Memorial${S}Day|Election${S}Day|Boxing${S}Day)(?:${YSEP}(?<y>${YEAR4})|(?<wk>${S}week)(?![-'’]))?`],
    examples: [
      { text: 'Christmas', dct: '2000-12-01', value: '2000-12-25' },
      { text: 'Thanksgiving Day', dct: '1999-11-20', value: '1999-11-25' },
      { text: 'Pilgrims gathered as Easter week began.', extent: 'Easter week', dct: '2001-04-09', value: '2001-W15' },
    ],
  },
  {
    id: 'date-week-of', type: 'DATE', normalizer: 'weekOf',
    triggers: ['week'], lead: 1,
    parts: [`the${S}week${S}of${S}(?<mon>${MONTH})${S}(?<d>${DAYNUM})(?:${YSEP}(?<y>${YEAR4}))?`],
    examples: [{ text: 'the week of March 6', dct: '2000-03-01', value: '2000-W10' }],
  },
  // ---------------------------------------------------------------- relative dates
  {
    id: 'rel-day', type: 'DATE', normalizer: 'relativeDay',
    triggers: ['today', 'yesterday', 'tomorrow', 'tonight'], lead: 1,
    parts: [`(?:(?<pre>early|late|earlier|later)${S})?(?<w>today|yesterday|tomorrow|tonight)(?:${S}(?<pod>morning|afternoon|evening|night))?`],
    examples: [
      { text: 'today', dct: '2024-11-01', value: '2024-11-01' },
      { text: 'yesterday', dct: '2024-01-01', value: '2023-12-31' },
      { text: 'yesterday morning', dct: '1989-11-01', value: '1989-10-31TMO', type: 'TIME' },
      { text: 'late yesterday', dct: '1989-10-27', value: '1989-10-26' },
    ],
  },
  {
    id: 'rel-part-of-day', type: 'TIME', normalizer: 'partOfDay',
    triggers: ['morning', 'afternoon', 'evening', 'night'], lead: 2,
    parts: [`(?:(?:early|late|earlier|later)${S})?(?<rel>this|last)${S}(?<pod>morning|afternoon|evening|night)`],
    examples: [{ text: 'this morning', dct: '1998-02-06', value: '1998-02-06TMO' }, { text: 'last night', dct: '1998-01-20', value: '1998-01-19TNI' }],
  },
  {
    id: 'rel-unit', type: 'DATE', normalizer: 'relativeUnit', guard: 'relUnit',
    triggers: CAL_UNITS, lead: 6,
    parts: [PRE, `(?<rel>this past|this coming|the past|the last|the previous|the preceding|the coming|the next|the following|the current|this|last|next|past|coming|current|previous)${S}(?<unit>${CAL_UNIT})`],
    examples: [
      { text: 'last month', dct: '2024-01-02', value: '2023-12' },
      { text: 'next week', dct: '2024-12-30', value: '2025-W02' },
      { text: 'this year', dct: '2024-11-01', value: '2024' },
      { text: 'last week', dct: '1998-08-12', value: '1998-W32' },
      { text: 'earlier this year', dct: '1989-11-02', value: '1989' },
      { text: 'early next year', dct: '1989-11-02', value: '1990' },
      { text: 'this weekend', dct: '2010-01-26', value: '2010-W04-WE' },
      { text: 'It only became public this weekend.', extent: 'this weekend', dct: '2010-01-25', value: '2010-W04-WE' },
      { text: 'the following year', dct: '1995-01-01', value: '1996' },
      { text: 'He said on "This Week" that talks resume this week.', extent: 'this week', dct: '1990-08-13', value: '1990-W33' },
      { text: 'Last Year, sales fell.', extent: 'Last Year', dct: '1990-08-13', value: '1989' },
    ],
  },
  {
    id: 'rel-the-weekend', type: 'DATE', normalizer: 'relativeUnit',
    triggers: ['weekend'], lead: 1,
    parts: [`(?<rel>the)${S}(?<unit>weekend)`],
    examples: [{ text: 'he said over the weekend', extent: 'the weekend', dct: '1990-08-13', value: '1990-W32-WE' }],
  },
  {
    id: 'date-year-end', type: 'DATE', normalizer: 'yearEnd',
    triggers: ['year'], lead: 4,
    parts: [`(?:year[- ]end|year's${S}end|the${S}end${S}of${S}the${S}year)`],
    examples: [
      { text: 'to complete the sale by year-end.', extent: 'year-end', dct: '1989-11-02', value: '1989-12-31' },
      { text: 'The index is up 12% since year-end.', extent: 'year-end', dct: '1989-10-30', value: '1988-12-31' },
      { text: 'the end of the year', dct: '1989-11-02', value: '1989' },
    ],
  },
  {
    id: 'date-year-ago-adj', type: 'DATE', normalizer: 'yearAgoAdjective',
    triggers: ['year'], lead: 0,
    parts: ['year-(?:earlier|ago)(?=\\s+[a-z])'],
    examples: [{ text: 'compared with year-earlier profit', extent: 'year-earlier', dct: '1989-11-02', value: '1988' }],
  },
  {
    id: 'rel-the-day', type: 'DATE', normalizer: 'relativeDay',
    triggers: ['day'], lead: 1,
    // "For the day,", and a market "ending/finishing/closing the day" up or down: the DCT's day.
    parts: [`(?:(?<=\\b(?:[Ff]or|in|during) )(?<w>the day)(?=[ \\t]?[,.;])|(?<=\\b(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing) )(?<w2>the day)(?![ \\t]+(?:before|after|of|when|that)\\b))`],
    examples: [
      { text: 'For the day, the index fell.', extent: 'the day', dct: '2008-10-27', value: '2008-10-27' },
      { text: 'The index rose, ending the day at 8,100.', extent: 'the day', dct: '2009-05-06', value: '2009-05-06' },
    ],
  },
  {
    id: 'rel-same-as-previous', type: 'DATE', normalizer: 'sameAsPrevious',
    triggers: ['day', 'week', 'month', 'year'], lead: 2,
    parts: [`(?:that|the same|that same|this same|the very)${S}(?<unit>day|week|month|year)(?:${S}(?<ago>a${S}year${S}(?:ago|earlier)|last${S}year))?`],
    examples: [
      { text: 'that year', dct: '1988-05-05', value: '1988' },
      { text: 'Exports rose 9% in May from the same month a year earlier.', extent: 'the same month a year earlier', dct: '2012-06-20', value: '2011-05' },
    ],
  },
  {
    id: 'rel-adjacent-unit', type: 'DATE', normalizer: 'adjacentUnit',
    triggers: ['year', 'month', 'week'], lead: 1,
    // "the year before", "the year previous": the unit next to the previous timex, only where the
    // phrase ends the clause ("the year before the war" is anchored on an event, not a date).
    parts: [`the${S}(?<unit>year|month|week)${S}(?<dir>before|previous|prior|earlier|after|later)(?=[ \\t]*(?:[,.;:)]|$))`],
    examples: [
      { text: 'Profit was $2.7 billion in 2009, up from a loss the year before.', extent: 'the year before', dct: '2010-01-28', value: '2008' },
      { text: 'Sales fell in March 2009, and rose in the month after.', extent: 'the month after', dct: '2010-01-28', value: '2009-04' },
    ],
  },
  {
    id: 'rel-that-time', type: 'DATE', normalizer: 'thatTime',
    triggers: ['time'], lead: 1,
    // "by that time", "during that time": the period just named, whatever its type.
    parts: [`that${S}time(?![-'’])(?!${S}(?:of|when|that)\\b)`],
    examples: [
      { text: 'The offer expires on June 10. If no price is agreed by that time, talks end.', extent: 'that time', dct: '2011-05-01', value: '2011-06-10' },
      { text: 'It began a five-year plan. During that time, it lost money.', extent: 'that time', dct: '1989-10-30', value: 'P5Y', type: 'DURATION' },
    ],
  },
  {
    id: 'rel-adjacent-day', type: 'DATE', normalizer: 'adjacentDay',
    triggers: ['day', 'morning'], lead: 2,
    parts: [`(?:the${S}(?<rel>next|following|previous|preceding)${S}(?:day|morning)|the${S}day${S}(?<rel2>before|after)(?=[ \\t]*[,.;)]))`],
    examples: [{ text: 'the next day', dct: '2000-02-22', value: '2000-02-23' }],
  },
  {
    id: 'rel-ago', type: 'DATE', normalizer: 'ago',
    triggers: ['ago'], lead: 12,
    parts: [APPROX, `(?:(?<n>${COUNT})|(?:several|a few|a couple of|many|some))(?:${S}(?:more|or so))?${S}(?<unit>${UNIT_WORD})(?:${S}or${S}so)?${S}ago`],
    examples: [
      { text: 'two years ago', dct: '1998-05-01', value: '1996' },
      { text: 'a month ago', dct: '1989-10-15', value: '1989-09' },
      { text: 'five days ago', dct: '2024-01-02', value: '2023-12-28' },
      { text: 'several years ago', dct: '1998-05-01', value: 'PAST_REF' },
    ],
  },
  {
    id: 'rel-later-earlier', type: 'DATE', normalizer: 'laterEarlier',
    triggers: ['later', 'earlier'], lead: 8,
    parts: [APPROX, `(?<n>${COUNT})${S}(?<unit>${UNIT_WORD})${S}(?<dir>later|earlier)`],
    examples: [{ text: 'a year earlier', dct: '1989-11-02', value: '1988' }, { text: 'a day later', dct: '2024-11-01', value: '2024-11-02' }],
  },
  {
    id: 'rel-weekday', type: 'DATE', normalizer: 'weekday', guard: 'weekday',
    triggers: WEEKDAY_WORDS, lead: 6,
    parts: [PRE, `(?:(?<rel>last|next|this|this coming|this past|coming|past)${S})?(?<wd>${WEEKDAY})(?:${S}(?<pod>${PART_OF_DAY}))?`],
    examples: [
      { text: 'Friday', dct: '1998-08-07', value: '1998-08-07' },
      { text: 'said Friday', extent: 'Friday', dct: '2024-11-06', value: '2024-11-01' },
      { text: 'will meet on Friday', extent: 'Friday', dct: '2024-11-04', value: '2024-11-08' },
      { text: 'last Thursday', dct: '1989-10-30', value: '1989-10-26' },
      { text: 'Wednesday night', dct: '2000-02-18', value: '2000-02-16', type: 'DATE' },
      { text: 'The vote was held Thursday evening.', extent: 'Thursday evening', dct: '1998-02-13', value: '1998-02-12TEV', type: 'TIME' },
      { text: 'Friday', dct: null, value: 'XXXX-WXX-5' },
    ],
  },
  // ---------------------------------------------------------------- times
  {
    id: 'time-ampm', type: 'TIME', normalizer: 'clock',
    triggers: [DIGIT], lead: 0,
    parts: [`(?<h>[01]?\\d)(?::(?<min>[0-5]\\d))?[ \\t]?(?<ampm>a\\.m\\.?|p\\.m\\.?|am|pm)(?:${S}(?<tz>EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET))?`],
    examples: [{ text: '10:35 a.m.', dct: '1998-08-07', value: 'XXXX-XX-XXT10:35' }, { text: 'It ended at 9 p.m. EST on Nov. 9.', extent: '9 p.m. EST', dct: '1989-11-20', value: '1989-11-09T21:00' }],
  },
  {
    id: 'time-24h', type: 'TIME', normalizer: 'clock', guard: 'clock24',
    triggers: [DIGIT], lead: 0,
    parts: [`(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)(?:${S}(?<tz>EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|local time|hrs|hours))?`],
    examples: [{ text: 'today at 14:30', extent: '14:30', dct: '2024-11-01', value: '2024-11-01T14:30' }, { text: '12:00 UTC', dct: '2009-06-01', value: '2009-06-01T12:00Z' }, { text: '10:45', dct: null, value: 'XXXX-XX-XXT10:45' }],
  },
  {
    id: 'time-military', type: 'TIME', normalizer: 'clock',
    triggers: [DIGIT], lead: 0,
    parts: [`(?<hm>[01]\\d[0-5]\\d|2[0-3][0-5]\\d)${S}(?<tz>GMT|UTC|hours|hrs|local time)`],
    examples: [{ text: '0800 UTC', dct: '2008-09-18', value: '2008-09-18T08:00Z' }],
  },
  {
    id: 'time-hour-pod', type: 'TIME', normalizer: 'clockPartOfDay',
    triggers: ['morning', 'afternoon', 'evening', 'night'], lead: 6,
    parts: [`(?<h>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:${S}o['’]clock)?${S}in${S}the${S}(?<pod>morning|afternoon|evening|night)`],
    examples: [
      { text: 'The convoy departs at 5 in the morning, aides said.', extent: '5 in the morning', dct: '2000-04-05', value: 'XXXX-XX-XXT05:00' },
      { text: 'The convoy will depart at 5 in the morning (5 a.m. GMT Friday).', extent: '5 in the morning', dct: '2000-04-05', value: '2000-04-07T05:00' },
      { text: "at nine o'clock in the evening", extent: "nine o'clock in the evening", dct: null, value: 'XXXX-XX-XXT21:00' },
    ],
  },
  {
    id: 'time-modified-pod', type: 'TIME', normalizer: 'modifiedPartOfDay',
    triggers: ['morning', 'afternoon', 'evening', ...['early', 'late', 'mid'].flatMap((p) => [`${p}morning`, `${p}afternoon`, `${p}evening`])], lead: 1,
    // "mid afternoon", "late morning", "mid-afternoon yesterday": a part of the DCT's day (or the day named).
    parts: [`(?<pre>early|late|mid)(?:-|${S})?(?<pod>morning|afternoon|evening)(?:${S}(?<w>yesterday|today|tomorrow))?`],
    examples: [
      { text: 'By mid afternoon, officials said', extent: 'mid afternoon', dct: '1998-03-06', value: '1998-03-06TAF' },
      { text: 'In London at mid-afternoon yesterday, shares were up.', extent: 'mid-afternoon yesterday', dct: '1989-11-02', value: '1989-11-01TAF' },
    ],
  },
  {
    id: 'time-noon', type: 'TIME', normalizer: 'clock', guard: 'noon',
    triggers: ['noon', 'midnight', 'midday'], lead: 0,
    parts: ['(?<word>noon|midnight|midday)'],
    examples: [{ text: 'noon', dct: '1991-02-16', value: 'XXXX-XX-XXT12:00' }],
  },
  // ---------------------------------------------------------------- durations
  {
    id: 'dur-count', type: 'DURATION', normalizer: 'duration', guard: 'duration',
    triggers: UNITS, lead: 10,
    parts: [
      APPROX,
      `(?:(?:the|its|their|his|her)${S}(?:(?<rel>first|last|past|next|previous|coming|latest|following|final|remaining|initial|same|entire|full)${S})?(?![\\w.]+-${UNIT_WORD}))?`,
      `(?<n>${COUNT})(?:${S}|-)(?:(?:more|additional|full|straight|consecutive|trading|business|working|calendar|long)${S})?(?<unit>${UNIT_WORD})(?:(?<half>${S}and${S}a${S}half)|-long)?`,
    ],
    examples: [
      { text: 'three days', value: 'P3D' },
      { text: 'the past two months', value: 'P2M' },
      { text: '30-year', value: 'P30Y' },
      { text: 'about two weeks', extent: 'two weeks', value: 'P2W', mod: 'APPROX' },
      { text: 'nearly two years', value: 'P2Y', mod: 'LESS_THAN' },
      { text: 'more than a year', value: 'P1Y', mod: 'MORE_THAN' },
      { text: '5 1/2 hours', value: 'PT5H30M' },
      { text: 'the first nine months', value: 'P9M' },
      { text: 'two decades', value: 'P20Y' },
      { text: 'The talk lasted an hour and a half.', extent: 'an hour and a half', value: 'PT1H30M' },
      { text: 'Output fell for two straight quarters, and three-quarters of its plants closed.', extent: 'two straight quarters', value: 'P2Q' },
    ],
  },
  {
    id: 'dur-single', type: 'DURATION', normalizer: 'duration', guard: 'duration',
    triggers: ['single'], lead: 0,
    parts: [`(?<n>single)-(?<unit>day|week|month|year|hour)(?!-)`],
    examples: [{ text: 'the worst single-day decline since 1987', extent: 'single-day', value: 'P1D' }],
  },
  {
    id: 'dur-vague', type: 'DURATION', normalizer: 'vagueDuration',
    triggers: UNITS, lead: 8,
    parts: [APPROX, `(?:the${S})?(?:${VAGUE}|(?:a${S})?couple${S}of)${S}(?<unit>${UNIT_WORD})`],
    examples: [
      { text: 'several years', value: 'PXY' },
      { text: 'recent months', value: 'PXM' },
      { text: 'the next few days', value: 'PXD' },
      { text: 'Prices climbed in recent years.', extent: 'recent years', value: 'PAST_REF', type: 'DATE' },
    ],
  },
  {
    id: 'dur-bare-plural', type: 'DURATION', normalizer: 'vagueDuration', guard: 'barePlural',
    triggers: ['years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes', 'centuries'], lead: 1,
    parts: [`(?:the${S}(?=years\\b))?(?<unit>years|months|weeks|days|decades|hours|minutes|centuries)(?:-long)?`],
    examples: [
      { text: 'for years', extent: 'years', value: 'PXY' },
      { text: 'decades-long', value: 'PXE' },
      { text: 'over the years', extent: 'the years', value: 'PXY' },
      { text: 'the index fell 100 points in just minutes', extent: 'minutes', value: 'PTXM' },
    ],
  },
  {
    id: 'dur-the-year', type: 'DURATION', normalizer: 'theYear',
    triggers: ['year'], lead: 2,
    guard: 'theYear',
    parts: [`the${S}(?:fiscal${S})?(?<unit>year)(?![-'’])(?!${S}(?:before|earlier|after|later|ago|of|\\d)\\b)`],
    examples: [
      { text: 'Sales rose in the year ended June 30.', extent: 'the year', value: 'P1Y', type: 'DURATION' },
      { text: 'For the year, sales were flat.', extent: 'the year', dct: '1989-11-02', value: '1989', type: 'DATE' },
      { text: 'a high for the fiscal year', extent: 'the fiscal year', dct: '1989-11-02', value: '1989', type: 'DATE' },
      { text: 'in the first nine months of the year', extent: 'the year', dct: '1989-11-02', value: '1989', type: 'DATE' },
    ],
  },
  {
    id: 'date-current-year', type: 'DATE', normalizer: 'currentYear',
    triggers: ['year'], lead: 3,
    parts: [`the${S}(?:current|full|latest|present)(?:${S}fiscal)?${S}year`],
    examples: [{ text: 'the current fiscal year', dct: '1989-11-02', value: '1989' }],
  },
  // ---------------------------------------------------------------- sets
  {
    id: 'set-every', type: 'SET', normalizer: 'everySet',
    triggers: ['every', 'each'], lead: 0,
    parts: [`(?<q>every|each)${S}(?:(?<n>other|${NUMWORD}|\\d+)${S})?(?:(?<wd>${WEEKDAY})|(?<mon>${MONTH})|(?<season>${SEASON})|(?<unit>second|minute|hour|day|night|week|month|quarter|year|decade|seconds|minutes|hours|days|weeks|months|years))(?!${S}of)`],
    examples: [
      { text: 'every Monday', value: 'XXXX-WXX-1' },
      { text: 'each year', value: 'P1Y' },
      { text: 'every two weeks', value: 'P2W' },
    ],
  },
  {
    id: 'set-adverb', type: 'SET', normalizer: 'adverbSet', guard: 'setAdverb',
    triggers: ['daily', 'nightly', 'weekly', 'biweekly', 'monthly', 'quarterly', 'annually', 'yearly', 'hourly'], lead: 1,
    parts: ['(?<adv>daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly|twice-weekly|twice-daily)'],
    examples: [{ text: 'annually', value: 'P1Y' }, { text: 'daily', value: 'P1D' }, { text: 'They rally almost daily outside.', extent: 'daily', value: 'P1D' }],
  },
  {
    id: 'set-frequency', type: 'SET', normalizer: 'freqSet',
    triggers: ['once', 'twice', 'thrice', 'times'], lead: 2,
    parts: [`(?<freq>once|twice|thrice|(?:${NUMWORD}|\\d+)${S}times)${S}(?:a|an|per|each|every)${S}(?<unit>day|week|month|year|hour)`],
    examples: [{ text: 'twice a week', value: 'P1W' }],
  },
  {
    id: 'set-weekday-plural', type: 'SET', normalizer: 'weekdaySet', guard: 'weekday',
    triggers: WEEKDAY_PLURALS, lead: 0,
    parts: [`(?<wd>${WEEKDAY})s(?:${S}(?<pod>mornings|afternoons|evenings|nights))?`],
    examples: [{ text: 'on Mondays', extent: 'Mondays', value: 'XXXX-WXX-1' }],
  },
  {
    id: 'set-weekday-pod-plural', type: 'SET', normalizer: 'weekdaySet', guard: 'weekday',
    triggers: WEEKDAY_WORDS, lead: 0,
    parts: [`(?<wd>${WEEKDAY})${S}(?<pod>mornings|afternoons|evenings|nights)`],
    examples: [{ text: 'Tuesday nights', value: 'XXXX-WXX-2TNI' }],
  },
  // ---------------------------------------------------------------- references
  {
    id: 'ref-present', type: 'DATE', normalizer: 'reference', guard: 'presentRef',
    triggers: ['now', 'currently', 'nowadays', 'presently', 'present', 'days', 'being', 'current', 'day'], lead: 2,
    parts: ['(?<ref>now|currently|nowadays|presently|at present|these days|the present(?: day| time)?|the time being|current|(?<=\\bto )this day)'],
    examples: [
      { text: 'now', value: 'PRESENT_REF' },
      { text: 'currently', value: 'PRESENT_REF' },
      { text: 'continues to this day', extent: 'this day', value: 'PRESENT_REF' },
      { text: 'The slump will continue for the time being.', extent: 'the time being', value: 'PRESENT_REF' },
      { text: 'He now opposes the now-defunct plan.', extent: 'now', value: 'PRESENT_REF' },
    ],
  },
  {
    id: 'ref-past', type: 'DATE', normalizer: 'reference', guard: 'pastRef',
    triggers: ['recently', 'past', 'lately', 'current'], lead: 2,
    // "previously" and "formerly" are left out: TE3 annotates them as PAST_REF about 1 time in 8.
    // "the then-current price": current as of a past time.
    parts: ['(?<ref>more recently|recently|the past|the recent past|the distant past|lately|then[- ]current)'],
    examples: [
      { text: 'recently', value: 'PAST_REF' },
      { text: 'shares at half the then current price', extent: 'then current', value: 'PAST_REF' },
      { text: 'in the past', extent: 'the past', value: 'PAST_REF' },
    ],
  },
  {
    id: 'ref-recent-adj', type: 'DATE', normalizer: 'reference',
    triggers: ['recent'], lead: 0,
    // "the recent sale", "recent declines": the adjective alone is PAST_REF (TimeML marks it in TE3 and
    // MEANTIME); "most recent" ranks rather than dates, and "recent years" is a duration rule's.
    parts: [`(?<!\\b(?:most|more)[ \\t])(?<ref>recent)(?=[ \\t]+[A-Za-z])(?![ \\t]+(?:years|months|weeks|days|decades|hours|quarters|past|times)\\b)`],
    examples: [
      { text: 'Shares fell after the recent sale of a unit.', extent: 'recent', value: 'PAST_REF' },
    ],
  },
  {
    id: 'ref-future', type: 'DATE', normalizer: 'reference',
    triggers: ['future', 'term', 'coming', 'date'], lead: 2,
    parts: [`(?<ref>the${S}(?:near${S}|distant${S}|foreseeable${S}|immediate${S})?future|the${S}(?:near|short|long)${S}term|(?:coming|future)${S}(?:months|years|weeks|quarters|days)|a${S}later${S}date)`],
    examples: [{ text: 'the future', value: 'FUTURE_REF' }, { text: 'the near term', value: 'FUTURE_REF' }],
  },
  {
    id: 'ref-soon', type: 'DATE', normalizer: 'soon',
    triggers: ['soon'], lead: 1,
    parts: [`(?:very${S})?soon(?![-'’])(?!${S}(?:after|afterward|afterwards|thereafter|as|enough|to\\s+be)\\b)`],
    examples: [
      { text: 'The board will decide soon, a spokesman said.', extent: 'soon', value: 'FUTURE_REF' },
      { text: 'Officials said a deal could come very soon.', extent: 'very soon', value: 'FUTURE_REF' },
    ],
  },
  {
    id: 'ref-coarse-future', type: 'DATE', normalizer: 'reference',
    triggers: ['possible'], lead: 3,
    parts: [`(?<ref>as${S}soon${S}as${S}possible)`],
    examples: [{ text: 'as soon as possible', value: 'FUTURE_REF' }],
  },
];

