import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findTimexes } from '../../src/time/find.js';
import { detectTense } from '../../src/time/tense.js';
import { addDays, formatAt, isoWeek, parseValue } from '../../src/time/calendar.js';

const one = (text: string, dct: string | null, extent: string) => {
  const hit = findTimexes(text, { dct }).find((t) => t.text === extent);
  expect(hit, `no "${extent}" in ${JSON.stringify(findTimexes(text, { dct }))}`).toBeDefined();
  return hit!;
};

describe('DCT-relative values across month and year boundaries', () => {
  it.each([
    ['It fell last month.', '2024-01-02', 'last month', '2023-12'],
    ['They meet next week.', '2024-12-30', 'next week', '2025-W02'],
    ['They met last week.', '2024-01-03', 'last week', '2023-W52'],
    ['Prices rose last year.', '2024-01-01', 'last year', '2023'],
    ['It happened yesterday.', '2024-03-01', 'yesterday', '2024-02-29'],
    ['It happens tomorrow.', '2023-12-31', 'tomorrow', '2024-01-01'],
    ['We will know next month.', '2024-12-15', 'next month', '2025-01'],
    ['It was two days ago.', '2024-03-01', 'two days ago', '2024-02-28'],
    ['It was three months ago.', '2024-02-10', 'three months ago', '2023-11'],
    ['Profit rose in the quarter.', '2024-01-20', 'the quarter', '2023-Q4'],
    ['It opened last fall.', '2024-01-15', 'last fall', '2023-FA'],
    ['It opens next spring.', '2024-11-01', 'next spring', '2025-SP'],
    ['They talked last Monday.', '2024-01-02', 'last Monday', '2024-01-01'],
    ['They talked last Tuesday.', '2024-01-02', 'last Tuesday', '2023-12-26'],
  ])('%s (DCT %s) → %s = %s', (text, dct, extent, value) => {
    expect(one(text, dct, extent).value).toBe(value);
  });

  it('marks DCT-relative values with an anchor on the DCT and absolute ones with none', () => {
    expect(one('It rose last year.', '2024-05-05', 'last year').anchor).toEqual({ kind: 'dct' });
    expect(one('It began in 1949.', '2024-05-05', '1949').anchor).toBeNull();
  });

  it('anchors "a day later" on the previous timex', () => {
    const found = findTimexes('The talks began on March 3, 1949. A day later they ended.', { dct: '2024-11-01' });
    const later = found.find((t) => t.text === 'A day later')!;
    expect(later.value).toBe('1949-03-04');
    expect(later.anchor).toEqual({ kind: 'timex', index: 0 });
  });
});

describe('tense decides the direction of year-less dates and weekdays', () => {
  it.each([
    ['The treaty was signed on June 18.', '2024-11-01', 'June 18', '2024-06-18'],
    ['The talks will resume on June 18.', '2024-11-01', 'June 18', '2025-06-18'],
    ['The deal was closed on Dec. 28.', '2024-01-02', 'Dec. 28', '2023-12-28'],
    ['They will meet on Friday.', '2024-11-04', 'Friday', '2024-11-08'],
    ['They met on Friday.', '2024-11-04', 'Friday', '2024-11-01'],
    ['The minister said Friday that talks continue.', '2024-11-06', 'Friday', '2024-11-01'],
    ['The agency has given them until 9 a.m. Tuesday to sign.', '2000-04-03', '9 a.m. Tuesday', '2000-04-04T09:00'],
    ['The blast occurred at 10:35 a.m. Friday.', '1998-08-08', '10:35 a.m. Friday', '1998-08-07T10:35'],
    ['It will open in January.', '2024-11-01', 'January', '2025-01'],
    ['It opened in December.', '2024-02-01', 'December', '2023-12'],
    ['The crew planned to fly home on Thursday.', '2024-11-05', 'Thursday', '2024-11-07'],
    ['The talks are set to resume Monday in Geneva.', '2024-11-03', 'Monday', '2024-11-04'],
    ['The offer had been scheduled to lapse Friday.', '2024-11-04', 'Friday', '2024-11-01'],
    ['On Friday, when the minister set aside her vacation plans, the rescue began.', '2024-11-04', 'Friday', '2024-11-01'],
  ])('%s (DCT %s) → %s = %s', (text, dct, extent, value) => {
    expect(one(text, dct, extent).value).toBe(value);
  });

  it.each([
    ['He will arrive on', 'future'],
    ["They'll meet on", 'future'],
    ['The treaty was signed on', 'past'],
    ['The treaty will be signed on', 'future'],
    ['The minister said', 'past'],
  ] as const)('"%s …" reads as %s', (left, tense) => {
    const text = `${left} Friday.`;
    expect(detectTense(text, left.length + 1, left.length + 7)).toBe(tense);
  });
});

describe('false positives stay out', () => {
  it.each([
    'You may go now if you like.',
    'Protesters march through the city.',
    'Troops March forward, the band played.',
    'By Mar Roman, Associated Press',
    'The bill, H.R. 49, passed.',
    'About 25 people were hurt.',
    'The motion got 2024 votes in favour.',
    'He paid $1949 for it.',
    'Inflation reached 1998% there.',
    'He reads the Sun every morning.',
    'There is a spring in the garden.',
    'Prices fall when supply rises.',
    'She met April Glaspie in Baghdad.',
    'A quarter of the people left.',
    'The Communist Party daily Granma said so.',
    'The fall of the Berlin Wall changed Europe.',
    'He was a 35-year-old engineer.',
    'The firm previously said it would sell the plant.',
    'The board raised its quarterly dividend to 20 cents.',
    'Sales should grow 8% annually.',
    'She was named player of the year by the league.',
  ])('%s', (text) => {
    const found = findTimexes(text, { dct: '2024-11-01' });
    const bad = found.filter((t) => !/^(now|every morning|morning)$/.test(t.text));
    expect(bad).toEqual([]);
  });
});

describe('without a DCT values stay underspecified', () => {
  it.each([
    ['It was signed on June 18.', 'June 18', 'XXXX-06-18'],
    ['They met on Friday.', 'Friday', 'XXXX-WXX-5'],
    ['It is now clear.', 'now', 'PRESENT_REF'],
    ['It grew last year.', 'last year', 'XXXX'],
    ['It opened in March.', 'March', 'XXXX-03'],
    ['It starts at 14:30.', '14:30', 'XXXX-XX-XXT14:30'],
    ['Absolute: April 1950.', 'April 1950', '1950-04'],
  ])('%s → %s = %s', (text, extent, value) => {
    const hit = one(text, null, extent);
    expect(hit.value).toBe(value);
    expect(hit.anchor).toBeNull();
  });
});

describe('determinism: the wall clock is never read', () => {
  afterEach(() => vi.useRealTimers());
  const text = 'Last week, officials said on Friday that talks would resume next month, two years after they began on June 18; now it is early 2025, and today is calm.';
  it.each([null, '2024-11-01'])('same output with the clock moved to 2031 (DCT %s)', (dct) => {
    const before = findTimexes(text, { dct });
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-05-05'));
    const after = findTimexes(text, { dct });
    expect(after).toEqual(before);
  });
});

describe('calendar', () => {
  it.each([
    ['2024-12-30', 2025, 1],
    ['2021-01-03', 2020, 53],
    ['2024-11-01', 2024, 44],
  ] as const)('ISO week of %s is %i-W%i', (day, year, week) => {
    expect(isoWeek(parseValue(day)!.ymd)).toEqual({ year, week });
  });
  it('adds days across leap years and centuries', () => {
    expect(formatAt(addDays({ y: 2000, m: 2, d: 28 }, 1), 'day')).toBe('2000-02-29');
    expect(formatAt(addDays({ y: 1900, m: 2, d: 28 }, 1), 'day')).toBe('1900-03-01');
    expect(formatAt(addDays({ y: 1999, m: 12, d: 31 }, 1), 'day')).toBe('2000-01-01');
  });
});

describe('properties', () => {
  const dctArb = fc.option(fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null });
  const words = ['May', 'March', 'Friday', 'last', 'year', 'week', 'ago', 'two', 'the', 'in', '1949', '2024', 'June', '18-19', 'to', '25,', 'now', 'today', 'every', 'Monday', 'a', 'day', 'later', 'quarter', 'third', 'fall', '10:35', 'a.m.', ',', '.', '\n', 'early', 'of'];
  const textArb = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((w) => w.join(' ')),
  );
  it('never throws, and every span slices to its text', () => {
    fc.assert(
      fc.property(textArb, dctArb, (text, dct) => {
        const found = findTimexes(text, { dct });
        let last = -1;
        for (const t of found) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          last = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });
  it('rejects a malformed DCT with a TypeError (API misuse, not content)', () => {
    expect(() => findTimexes('today', { dct: 'yesterday' })).toThrow(TypeError);
  });
});

describe('earnings comparisons', () => {
  it('compares every "a year earlier" with the quarter under discussion, not with the previous comparison', () => {
    const text = 'Net rose in the third quarter to $5 million from $4 million a year earlier. Sales rose to $90 million from $80 million a year earlier.';
    const found = findTimexes(text, { dct: '1989-11-02' }).filter((t) => t.text === 'a year earlier');
    expect(found.map((t) => t.value)).toEqual(['1988-Q3', '1988-Q3']);
  });
  it('reads "last year" after a quarter in a comparison as that quarter a year back', () => {
    expect(one('Profit in the third quarter was $9 million, compared with $7 million last year.', '1989-11-02', 'last year').value).toBe('1988-Q3');
    expect(one('Prices rose last year.', '1989-11-02', 'last year').value).toBe('1988');
  });
  it('compares with the quarter the story is about, not one mentioned in passing', () => {
    const text = 'Acme posted a 20% gain in third-quarter profit. After a weak second quarter, sales recovered. '
      + 'Costs in the year-earlier period were higher, and taxes were lower than a year ago.';
    const found = findTimexes(text, { dct: '1989-11-01' });
    expect(found.find((t) => t.text === 'the year-earlier period')?.value).toBe('1988-Q3');
    expect(found.find((t) => t.text === 'a year ago')?.value).toBe('1988-Q3');
  });

  it('reads "the 1988 period" as the year when no quarter is under discussion', () => {
    expect(one('Net fell from $3 million in the 1988 period.', '1989-11-02', 'the 1988 period').value).toBe('1988');
  });
});

describe('TimeML decade and century values', () => {
  it.each([
    ['in the 1990s', 'the 1990s', '199'],
    ['during the 19th century', 'the 19th century', '18'],
  ])('%s → %s', (text, extent, value) => {
    expect(one(text, '2024-11-01', extent).value).toBe(value);
  });
});

describe('timex extents and anchors (round 3)', () => {
  it('does not join a headline weekday with the dateline on the next line', () => {
    const text = 'Markets stay closed until Friday\nSeptember 18, 2008\nThe exchanges remain shut.';
    const found = findTimexes(text, { dct: '2008-09-18' });
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['Friday', '2008-09-19'],
      ['September 18, 2008', '2008-09-18'],
    ]);
  });

  it('still joins a weekday and a date on one line', () => {
    const found = findTimexes('It closed on Friday, Oct. 23 at noon.', { dct: '1998-10-26' });
    expect(found[0]).toMatchObject({ text: 'Friday, Oct. 23', value: '1998-10-23' });
  });

  it('leaves "that time" out when nothing before it names a period', () => {
    const found = findTimexes('At that time, the mayor spoke to each of them.', { dct: '2015-09-22' });
    expect(found.find((t) => t.text === 'that time')).toBeUndefined();
  });

  it('keeps "the year before" anchored on an event out', () => {
    const found = findTimexes('It was held in 2013, the year before the games.', { dct: '2015-01-01' });
    expect(found.find((t) => t.text.startsWith('the year'))).toBeUndefined();
  });

  it('reads a clipped year only after a temporal preposition', () => {
    const found = findTimexes("Apple showed iLife '11 in October.", { dct: '2010-10-23' });
    expect(found.find((t) => t.text.includes("'11"))).toBeUndefined();
    expect(findTimexes("sexual revolution of the '60s", { dct: null }).find((t) => t.rule === 'date-apostrophe-year')).toBeUndefined();
  });
});

describe('round 4: references, fractions, narrative years', () => {
  it('leaves "most recent", a past "soon" and "three-quarters of" out', () => {
    const none = (text: string, dct: string | null = '2010-05-05') => findTimexes(text, { dct });
    expect(none('It was his most recent film.').find((t) => t.text.includes('recent'))).toBeUndefined();
    expect(none('The fire was soon brought under control.').find((t) => t.text.includes('soon'))).toBeUndefined();
    expect(none('They import three-quarters of their grain.')).toEqual([]);
  });

  it('does not take "since 1980" or "due 1993" as the year a story is about', () => {
    expect(findTimexes('Profits have doubled since 1980. In September, it bought a rival.', { dct: '1989-10-30' })
      .find((t) => t.text === 'September')?.value).toBe('1989-09');
    expect(findTimexes('Holders get bonds due 1993. The rights expire Nov. 21.', { dct: '1989-11-02' })
      .find((t) => t.text === 'Nov. 21')?.value).toBe('1989-11-21');
  });

  it('lets a future verb override a past narrative year', () => {
    const found = findTimexes('They were invited in July 1997 and will join on March 12.', { dct: '1999-02-27' });
    expect(found.find((t) => t.text === 'March 12')?.value).toBe('1999-03-12');
  });

  it('takes a clock time\'s day from a weekday, not from a time whose day is only the DCT\'s', () => {
    const found = findTimexes('The fire started at 9:20 a.m. (1320 GMT) Tuesday, police said.', { dct: '2001-05-10' });
    expect(found.find((t) => t.text === '9:20 a.m.')?.value).toBe('2001-05-08T09:20');
  });
});

describe('round 4: tense details', () => {
  it('reads a participle after "be" and an adjective -ed form as saying nothing about tense', () => {
    const found = findTimexes('The bonus will be paid on a still unannounced date in January.', { dct: '1989-10-26' });
    expect(found.find((t) => t.text === 'January')?.value).toBe('1990-01');
  });

  it('reads a possessive weekday as an event already reported', () => {
    const found = findTimexes('Lawyers said they would try to overturn Wednesday\'s ruling.', { dct: '2000-01-07' });
    expect(found.find((t) => t.text === 'Wednesday')?.value).toBe('2000-01-05');
  });
});

describe('round 4: titles', () => {
  it('leaves a capitalized "This Week" inside a sentence out (a programme title)', () => {
    const found = findTimexes('He said on ABC\'s "This Week" that talks resume.', { dct: '1990-08-13' });
    expect(found.find((t) => t.text === 'This Week')).toBeUndefined();
  });
});
