import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, type DocInput } from '../../../src/core/doc.js';
import { buildPipeline } from '../../../src/core/pipeline.js';
import type { Message, Meta } from '../../../src/types/annotation.js';
import { META_DEFAULTS, metaStage, type MetaOptions } from '../../../src/stages/meta/index.js';

function run(text: string, extra: Partial<DocInput> = {}, options: Partial<MetaOptions> = {}): { meta: Meta; messages: Message[] } {
  const messages: Message[] = [];
  const transform = metaStage.init({ ...META_DEFAULTS, ...options }) as (d: ReturnType<typeof createDoc>, c: { report(m: Message): void }) => ReturnType<typeof createDoc>;
  const doc = transform(createDoc({ id: 't', text, source: { path: null, sha256: '0', format: 'stdin-text' }, ...extra }), { report: (m) => messages.push(m) });
  return { meta: doc.meta!, messages };
}

/** Every span in meta slices to its text. */
function expectSpansSlice(text: string, meta: Meta) {
  const spans = [meta.body, ...meta.header, meta.dct?.span, meta.dateline, meta.dateline?.place, meta.dateline?.region, meta.dateline?.date,
    meta.dateline?.agency, meta.byline, meta.byline?.name].filter((s) => s !== undefined && s !== null);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe('meta: the seed article', () => {
  const text = readFileSync(new URL('../../../fixtures/articles/tass-2024-11-01-lavrov/article.txt', import.meta.url), 'utf8');
  const { meta, messages } = run(text);

  it('reads the DCT from the metadata line', () => {
    expect(meta.dct).toEqual({ value: '2024-11-01', source: 'metadata-line', span: { start: 6, end: 16, text: '2024-11-01' } });
  });
  it('reads the dateline, its place and agency', () => {
    expect(meta.dateline).toMatchObject({ text: 'MOSCOW, November 1. /TASS/.', place: { start: 17, end: 23, text: 'MOSCOW' }, date: { text: 'November 1' }, agency: { text: 'TASS' } });
    expect(meta.agency).toBe('TASS');
  });
  it('has the header spans and a body starting at "The agreements"', () => {
    expect(meta.header.map((h) => [h.kind, h.text])).toEqual([['metadata-line', 'date 2024-11-01'], ['dateline', 'MOSCOW, November 1. /TASS/.']]);
    expect(meta.body.text.startsWith('The agreements')).toBe(true);
    expect(meta.body.end).toBe(text.trimEnd().length);
    expect(meta).toMatchObject({ byline: null, title: null });
    expect(meta.record).toBeUndefined();
    expect(messages).toEqual([]);
    expectSpansSlice(text, meta);
  });
});

describe('meta: dateline forms', () => {
  it.each([
    ['MOSCOW, November 1. /TASS/. The talks went on.', 'MOSCOW, November 1. /TASS/.', 'MOSCOW', undefined, 'November 1', 'TASS', 'TASS'],
    ['NAIROBI, Kenya (AP) _ Heavy rains fell.', 'NAIROBI, Kenya (AP) _', 'NAIROBI', 'Kenya', undefined, 'AP', 'AP'],
    ['WASHINGTON (Reuters) - The Senate voted.', 'WASHINGTON (Reuters) -', 'WASHINGTON', undefined, undefined, 'Reuters', 'Reuters'],
    ['Title line\nLONDON 1996-08-30\nShares rose.', 'LONDON 1996-08-30', 'LONDON', undefined, '1996-08-30', undefined, null],
    ['SALT LAKE CITY — The governor signed the bill.', 'SALT LAKE CITY —', 'SALT LAKE CITY', undefined, undefined, undefined, null],
    ['BEIJING, Nov. 3 (Xinhua) -- China said on Sunday.', 'BEIJING, Nov. 3 (Xinhua) --', 'BEIJING', undefined, 'Nov. 3', 'Xinhua', 'Xinhua'],
    ['PARIS (AFP) - France said.', 'PARIS (AFP) -', 'PARIS', undefined, undefined, 'AFP', 'AFP'],
    ['UNITED NATIONS (AP) — The council met.', 'UNITED NATIONS (AP) —', 'UNITED NATIONS', undefined, undefined, 'AP', 'AP'],
    ['CHICAGO (UPI) -- Wheat rose.', 'CHICAGO (UPI) --', 'CHICAGO', undefined, undefined, 'UPI', 'UPI'],
    ['INDEPENDENCE, Mo. _ The alliance met.', 'INDEPENDENCE, Mo. _', 'INDEPENDENCE', 'Mo.', undefined, undefined, null],
    ['By Jane Doe\n\nHAVANA (AP ) -- Officials said.', 'HAVANA (AP ) --', 'HAVANA', undefined, undefined, 'AP', 'AP'],
    ['HAMILTON, Bermuda (KCNA) - A storm hit.', 'HAMILTON, Bermuda (KCNA) -', 'HAMILTON', 'Bermuda', undefined, 'KCNA', 'KCNA'],
  ])('%j', (text, dateline, place, region, date, agencyText, agency) => {
    const { meta } = run(text);
    expect(meta.dateline?.text).toBe(dateline);
    expect(meta.dateline?.place.text).toBe(place);
    expect(meta.dateline?.region?.text).toBe(region);
    expect(meta.dateline?.date?.text).toBe(date);
    expect(meta.dateline?.agency?.text).toBe(agencyText);
    expect(meta.agency).toBe(agency);
    expect(meta.header.some((h) => h.kind === 'dateline' && h.text === dateline)).toBe(true);
    expect(meta.body.start).toBeGreaterThanOrEqual(meta.dateline!.end);
    expectSpansSlice(text, meta);
  });

  it('takes a full dateline date as the DCT, with its span', () => {
    const text = 'Title line\nLONDON 1996-08-30\nShares rose.';
    expect(run(text).meta.dct).toEqual({ value: '1996-08-30', source: 'dateline', span: { start: 18, end: 28, text: '1996-08-30' } });
  });

  it('never takes a DCT from a dateline date without a year', () => {
    expect(run('MOSCOW, November 1. /TASS/. Talks.').meta.dct).toBeNull();
  });

  it('keeps a weak dateline whose line goes on with the story', () => {
    const text = `SALT LAKE CITY — ${'The governor signed the bill on Monday. '.repeat(6)}\nWASHINGTON (AP) — A later paragraph.`;
    expect(run(text).meta.dateline?.text).toBe('SALT LAKE CITY —');
  });

  it('prefers a strong dateline below a headline slug', () => {
    const { meta } = run('IPO FILING -- Homegate Hospitality Inc .\nWASHINGTON 1996-08-30\nCompany name.');
    expect(meta.dateline?.text).toBe('WASHINGTON 1996-08-30');
  });
});

describe('meta: no dateline', () => {
  it.each([
    'WASHINGTON is a city.',
    'The agreements were signed in MOSCOW (in Russia).',
    'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\nJapan won.',
    'NATO — the alliance — met on Monday.',
    'UPDATE 2 -- Markets fell.',
    'CONGRESSIONAL RECORD — SENATE S65\nMr. President, I rise.',
    'SIEGEL--Jerome Arthur, 98, of Mamaroneck.',
    `${'A long first paragraph of body text that goes on. '.repeat(5)}\nWASHINGTON (AP) — Too late to be a dateline.`,
    'Poll: Wealthy Voters Abandon Party\n\nA poll shows.',
  ])('%j', (text) => {
    const { meta } = run(text);
    expect(meta.dateline).toBeNull();
    expect(meta.header.filter((h) => h.kind === 'dateline')).toEqual([]);
    expectSpansSlice(text, meta);
  });

  it('makes the whole trimmed text the body when there is no header', () => {
    const text = '\n  The story starts here.\n\n';
    expect(run(text).meta.body).toEqual({ start: 3, end: 25, text: 'The story starts here.' });
    expect(run(text).meta.header).toEqual([]);
  });

  it('respects maxHeaderLines and maxHeaderChars', () => {
    const text = 'One\nTwo\nThree\nPARIS (AFP) - Body.';
    expect(run(text, {}, { maxHeaderLines: 3 }).meta.dateline).toBeNull();
    expect(run(text, {}, { maxHeaderLines: 4 }).meta.dateline?.text).toBe('PARIS (AFP) -');
    expect(run(text, {}, { maxHeaderChars: 10 }).meta.dateline).toBeNull();
  });
});

describe('meta: bylines', () => {
  it.each([
    ['By Jane Doe\nWASHINGTON (AP) — Body.', 'By Jane Doe', 'Jane Doe', undefined],
    ['Headline here\nBy JANE DOE, Associated Press\n\nThe story.', 'By JANE DOE, Associated Press', 'JANE DOE', 'Associated Press'],
    ['By Jane Doe and John Roe\n\nThe story.', 'By Jane Doe and John Roe', 'Jane Doe and John Roe', undefined],
    ['By Marta Quill\n\nBRUSSELS (Reuters) - European Union ministers met.', 'By Marta Quill', 'Marta Quill', undefined],
  ])('%j', (text, line, name, affiliation) => {
    const { meta } = run(text);
    expect(meta.byline?.text).toBe(line);
    expect(meta.byline?.name.text).toBe(name);
    expect(meta.byline?.affiliation?.text).toBe(affiliation);
    expect(meta.header.some((h) => h.kind === 'byline' && h.text === line)).toBe(true);
    expect(meta.body.start).toBeGreaterThanOrEqual(meta.byline!.end);
    expectSpansSlice(text, meta);
  });

  it.each(['By the way, it rained.', 'By Monday the talks had stalled.\nMore.', 'By Jane\nThe story.', 'The story. By Jane Doe'])('no byline in %j', (text) => {
    expect(run(text).meta.byline).toBeNull();
  });
});

describe('meta: DCT precedence', () => {
  const text = 'date: 2024-11-02\nLONDON 2024-11-03\nShares rose.';
  it.each([
    ['cli', { dct: { value: '2024-11-01', source: 'cli' as const } }, '2024-11-01', 'cli', false],
    ['record', { dct: { value: '2024-11-05', source: 'record' as const } }, '2024-11-05', 'record', false],
    ['metadata line', {}, '2024-11-02', 'metadata-line', true],
  ])('%s wins', (_name, extra, value, source, hasSpan) => {
    const { meta, messages } = run(text, extra);
    expect(meta.dct?.value).toBe(value);
    expect(meta.dct?.source).toBe(source);
    expect(meta.dct?.span !== undefined).toBe(hasSpan);
    // Every text date that lost to a different value is reported.
    expect(messages.every((m) => m.ruleId === 'meta:dct-conflict')).toBe(true);
    expect(messages.length).toBeGreaterThan(0);
  });

  it('dateline when nothing else', () => {
    expect(run('LONDON 2024-11-03\nShares rose.').meta.dct).toMatchObject({ value: '2024-11-03', source: 'dateline' });
  });

  it('null when nothing at all', () => {
    expect(run('Shares rose.').meta.dct).toBeNull();
  });

  it('warns about an impossible metadata date and ignores it', () => {
    const { meta, messages } = run('date 2024-02-30\nShares rose.');
    expect(meta.dct).toBeNull();
    expect(meta.header.map((h) => h.kind)).toEqual(['metadata-line']);
    expect(messages).toMatchObject([{ ruleId: 'meta:invalid-date', severity: 'warning', start: 5, end: 15 }]);
  });

  it('agrees silently when the sources agree', () => {
    expect(run(' date 2024-11-01 MOSCOW, November 1. /TASS/. Talks.', { dct: { value: '2024-11-01', source: 'record' } }).messages).toEqual([]);
  });
});

describe('meta: metadata-line variants', () => {
  it.each([
    [' date 2024-11-01 MOSCOW, November 1. /TASS/. Body.', '2024-11-01'],
    ['date: 2024-11-01\nBody.', '2024-11-01'],
    ['Date 2024-11-01\r\nBody.', '2024-11-01'],
    ['\n\nDATE: 2024-11-01\nBody.', '2024-11-01'],
  ])('%j', (text, value) => {
    const { meta } = run(text);
    expect(meta.dct).toMatchObject({ value, source: 'metadata-line' });
    expect(meta.body.text.startsWith('Body.')).toBe(true);
    expectSpansSlice(text, meta);
  });

  it('reads title and agency lines', () => {
    const { meta } = run('title: Talks resume\nagency: reuters\n\nThe talks resumed.');
    expect(meta).toMatchObject({ title: 'Talks resume', agency: 'Reuters', dct: null });
    expect(meta.header.map((h) => h.text)).toEqual(['title: Talks resume', 'agency: reuters']);
    expect(meta.body.text).toBe('The talks resumed.');
  });

  it('does not take a metadata key in the middle of the text', () => {
    expect(run('The story.\ndate: 2024-11-01').meta.header).toEqual([]);
  });
});

describe('meta: record metadata', () => {
  it.each([
    [{ wire: 'AP', title: 'A title' }, 'AP', 'A title'],
    [{ wire: 'reuters' }, 'Reuters', null],
    [{ wire: 'None', agency: 'UPI' }, 'UPI', null],
    [{ wire: 'NA', title: 42 }, null, null],
    [{ title: '   ' }, null, null],
  ])('%j', (recordMeta, agency, title) => {
    const { meta } = run('The story.', { recordMeta });
    expect(meta.agency).toBe(agency);
    expect(meta.title).toBe(title);
    expect(meta.record).toEqual(recordMeta);
  });

  it('prefers the dateline agency over the record', () => {
    expect(run('PARIS (AFP) - France said.', { recordMeta: { wire: 'AP' } }).meta.agency).toBe('AFP');
  });
});

describe('meta: stage contract', () => {
  it('declares name, version, requires and assigns', () => {
    expect(metaStage).toMatchObject({ name: 'meta', version: '1.0.0', requires: [], assigns: ['meta'] });
  });

  it('builds in a pipeline with defaults and rejects bad options before any document', async () => {
    const p = await buildPipeline({ name: 't', stages: [{ use: 'meta@1' }] }, [metaStage as never]);
    const doc = p.run({ id: 'x', text: 'PARIS (AFP) - France said.', source: { path: null, sha256: '0', format: 'stdin-text' } });
    expect(doc.meta?.agency).toBe('AFP');
    await expect(buildPipeline({ name: 't', stages: [{ use: 'meta@1', options: { maxHeaderChars: -1 } }] }, [metaStage as never])).rejects.toThrow(/E_STAGE_OPTIONS/);
    await expect(buildPipeline({ name: 't', stages: [{ use: 'meta@1', options: { nope: 1 } }] }, [metaStage as never])).rejects.toThrow(/E_STAGE_OPTIONS/);
  });

  it('does not mutate the input doc', () => {
    const doc = createDoc({ id: 'x', text: 'PARIS (AFP) - Body.', source: { path: null, sha256: '0', format: 'stdin-text' } });
    const out = (metaStage.init(META_DEFAULTS) as (d: typeof doc, c: { report(m: Message): void }) => typeof doc)(doc, { report: () => {} });
    expect(doc.meta).toBeUndefined();
    expect(out.meta).toBeDefined();
  });
});
