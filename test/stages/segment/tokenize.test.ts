/** Token tables: each row is a decision of the tokenizer (see the header comment of tokenize.ts). */
import { describe, expect, it } from 'vitest';
import { segment, tokenTexts } from './helpers.js';

const kinds = (text: string): string[] => segment(text).doc.tokens!.map((t) => `${t.text}/${t.kind}${t.norm !== undefined ? `=${t.norm}` : ''}`);

describe('tokens: split and kept together', () => {
  it.each([
    ['punctuation split', 'Hello, world!', ['Hello', ',', 'world', '!']],
    ['abbreviation U.S. kept', 'the U.S. economy', ['the', 'U.S.', 'economy']],
    ['abbreviation U.N. kept', 'U.N. officials', ['U.N.', 'officials']],
    ['title Mr. kept', 'Mr. Smith', ['Mr.', 'Smith']],
    ['title Lt. Gen. kept', 'Lt. Gen. Igor Kirillov', ['Lt.', 'Gen.', 'Igor', 'Kirillov']],
    ['month Sept. kept', 'on Sept. 11', ['on', 'Sept.', '11']],
    ['company Inc. kept', 'Apple Inc. said', ['Apple', 'Inc.', 'said']],
    ['No. before a number', 'No. 10 Downing Street', ['No.', '10', 'Downing', 'Street']],
    ['No. glued to a number', 'No.10', ['No.', '10']],
    ['no. without a number is a word and a stop', 'He said No. Then he left.', ['He', 'said', 'No', '.', 'Then', 'he', 'left', '.']],
    ['initial kept', 'John F. Kennedy', ['John', 'F.', 'Kennedy']],
    ['multiple initials kept', 'J.R.R. Tolkien', ['J.R.R.', 'Tolkien']],
    ['e.g. kept', 'e.g. oil', ['e.g.', 'oil']],
    ['a.m. kept', 'at 10 a.m. local time', ['at', '10', 'a.m.', 'local', 'time']],
    ['Ph.D. kept', 'a Ph.D. student', ['a', 'Ph.D.', 'student']],
    ['ordinary word + final stop', 'He left.', ['He', 'left', '.']],
    ['missing space after a stop splits', 'He left.The end', ['He', 'left', '.', 'The', 'end']],
    ['domain kept', 'visit Amazon.com today', ['visit', 'Amazon.com', 'today']],
    ['decimal', 'rose 3.5 percent', ['rose', '3.5', 'percent']],
    ['currency split from amount', '$1.2 billion', ['$', '1.2', 'billion']],
    ['thousands and decimals', '1,200.50 rubles', ['1,200.50', 'rubles']],
    ['millions', '1,200,000', ['1,200,000']],
    ['comma list of numbers splits', '1,2,3', ['1', ',', '2', ',', '3']],
    ['leading-dot decimal', 'a .5 share', ['a', '.5', 'share']],
    ['percent', '5% rise', ['5', '%', 'rise']],
    ['time', 'at 10:30 GMT', ['at', '10:30', 'GMT']],
    ['fraction and slash date', '24/7 on 11/01/2024', ['24/7', 'on', '11/01/2024']],
    ['slash between words splits', 'Moscow/Kyiv', ['Moscow', '/', 'Kyiv']],
    ['number range split', 'June 18-19', ['June', '18', '-', '19']],
    ['ISO date kept', 'date 2024-11-01 MOSCOW', ['date', '2024-11-01', 'MOSCOW']],
    ['hyphenated word kept', 'military-technical cooperation', ['military-technical', 'cooperation']],
    ['letters and digits hyphenated kept', 'COVID-19 and F-16 and a 2-year-old', ['COVID-19', 'and', 'F-16', 'and', 'a', '2-year-old']],
    ['dangling hyphen split', 'pro- and anti-war', ['pro', '-', 'and', 'anti-war']],
    ['ampersand between capitals kept', 'AT&T and S&P', ['AT&T', 'and', 'S&P']],
    ['ampersand between words split', 'salt & pepper', ['salt', '&', 'pepper']],
    ['possessive', "Putin's visit", ['Putin', "'s", 'visit']],
    ['curly possessive', 'country’s president', ['country', '’s', 'president']],
    ['negation', "don't", ['do', "n't"]],
    ['negation PTB style', "can't won't", ['ca', "n't", 'wo', "n't"]],
    ['curly negation', 'don’t', ['do', 'n’t']],
    ['are', "they're", ['they', "'re"]],
    ['will, have, would, am', "we'll we've they'd I'm", ['we', "'ll", 'we', "'ve", 'they', "'d", 'I', "'m"]],
    ['upper-case clitic', "PUTIN'S", ['PUTIN', "'S"]],
    ['name with apostrophe kept', "O'Brien's", ["O'Brien", "'s"]],
    ['inner apostrophes kept', "rock'n'roll", ["rock'n'roll"]],
    ['plural possessive', "the countries' leaders", ['the', 'countries', "'", 'leaders']],
    ['decade', "the '90s", ['the', "'90s"]],
    ['ellipsis', 'wait... what', ['wait', '...', 'what']],
    ['unicode ellipsis', 'wait… what', ['wait', '…', 'what']],
    ['interrobang run', 'Really?!', ['Really', '?!']],
    ['double hyphen dash', 'war--and peace', ['war', '--', 'and', 'peace']],
    ['em dash', 'war—and peace', ['war', '—', 'and', 'peace']],
    ['brackets', '(TASS)', ['(', 'TASS', ')']],
    ['dateline slashes', '/TASS/.', ['/', 'TASS', '/', '.']],
    ['url', 'see https://tass.com/politics/1866047. Then', ['see', 'https://tass.com/politics/1866047', '.', 'Then']],
    ['url with balanced parens', '(https://en.wikipedia.org/wiki/Foo_(bar))', ['(', 'https://en.wikipedia.org/wiki/Foo_(bar)', ')']],
    ['www url', 'at www.kremlin.ru, he', ['at', 'www.kremlin.ru', ',', 'he']],
    ['email', 'write to press@mid.ru.', ['write', 'to', 'press@mid.ru', '.']],
    ['email with dotted local part', 'john.smith@example.co.uk', ['john.smith@example.co.uk']],
    ['handle and hashtag', '@mfa_russia #BRICS2024', ['@mfa_russia', '#BRICS2024']],
    ['hashtag number is not a hashtag', '#1 seller', ['#', '1', 'seller']],
    ['underscore identifier', 'snake_case', ['snake_case']],
    ['non-Latin words', 'Москва — столица', ['Москва', '—', 'столица']],
    ['combining mark stays in word', 'cafe\u0301 noir', ['cafe\u0301', 'noir']],
    ['soft hyphen stays in word', 'co\u00adoperation', ['co\u00adoperation']],
    ['NBSP separates', '10\u00a0km', ['10', 'km']],
    ['zero-width space separates', 'a\u200bb', ['a', '\u200b', 'b']],
    ['initial whose letter is also a page prefix', 'by P. Harlow and V. Ortiz', ['by', 'P.', 'Harlow', 'and', 'V.', 'Ortiz']],
    ['initial after a rank', 'Gen. P. Kelly', ['Gen.', 'P.', 'Kelly']],
    ['page prefix before a number', 'see p. 12', ['see', 'p.', '12']],
    ['all-caps place abbreviations', 'ST. LOUIS and FT. WORTH and MT. EVEREST', ['ST.', 'LOUIS', 'and', 'FT.', 'WORTH', 'and', 'MT.', 'EVEREST']],
    ['all-caps title and month', 'GEN. ORTIZ ON SEPT. 4', ['GEN.', 'ORTIZ', 'ON', 'SEPT.', '4']],
    ['all-caps state code is not an abbreviation', 'IN LA. THEN', ['IN', 'LA', '.', 'THEN']],
    ['mixed-case form of an all-caps-only match is not one', 'the sT. x', ['the', 'sT', '.', 'x']],
    ['currency prefixes', 'C$ 0.45 and A$ 12 and US$ 3 and HK$ 7 and NZ$ 9 and S$ 1', ['C$', '0.45', 'and', 'A$', '12', 'and', 'US$', '3', 'and', 'HK$', '7', 'and', 'NZ$', '9', 'and', 'S$', '1']],
    ['currency prefix glued to the amount', 'US$5 million', ['US$', '5', 'million']],
    ['unknown prefix keeps the dollar apart', 'XY$ 5', ['XY', '$', '5']],
    ['currency prefix needs no letter after the dollar', 'C$abc', ['C', '$', 'abc']],
  ])('%s', (_name, text, expected) => {
    expect(tokenTexts(text)).toEqual(expected);
  });
});

describe('tokens: clitics written after a space (pre-tokenized copy)', () => {
  it.each([
    ['possessive', "Harbor 's Bancorp", ["Harbor/word", "'s/clitic", 'Bancorp/word']],
    ['possessive after an acronym', "the U.K. 's envoy", ['the/word', 'U.K./word', "'s/clitic", 'envoy/word']],
    ['upper case', "HARBOR 'S SHARES", ['HARBOR/word', "'S/clitic", 'SHARES/word']],
    ['are, will, would, am, have', "they 're we 'll I 'd I 'm we 've", ['they/word', "'re/clitic", 'we/word', "'ll/clitic", 'I/word', "'d/clitic", 'I/word', "'m/clitic", 'we/word', "'ve/clitic"]],
    ['negation', "do n't go", ['do/word', "n't/clitic", 'go/word']],
    ['curly apostrophe', 'Harbor ’s shares', ['Harbor/word', "’s/clitic='s", 'shares/word']],
    ['before punctuation', "it 's .", ['it/word', "'s/clitic", './punct']],
    ['a quoted word keeps its quote', "He said 'sure' then", ['He/word', 'said/word', "'/quote", 'sure/word', "'/quote", 'then/word']],
    ['a quoted letter keeps its quotes', "the letter 's' here", ['the/word', 'letter/word', "'/quote", 's/word', "'/quote", 'here/word']],
    ['a quote opening a word that starts like a clitic', "He said 'really' twice", ['He/word', 'said/word', "'/quote", 'really/word', "'/quote", 'twice/word']],
    ['no word before it', "( 's x", ['(/punct', "'/quote", 's/word', 'x/word']],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('tokens: kinds and norms', () => {
  it.each([
    ['straight quotes', '"Yes," he said', ['"/quote', 'Yes/word', ',/punct', '"/quote', 'he/word', 'said/word']],
    ['curly double quotes', '“Yes”', ['“/quote="', 'Yes/word', '”/quote="']],
    ['curly single quotes', '‘Yes’', ["‘/quote='", 'Yes/word', "’/quote='"]],
    ['guillemets', '«Да»', ['«/quote="', 'Да/word', '»/quote="']],
    ['low-9 quotes', '„Ja“', ['„/quote="', 'Ja/word', '“/quote="']],
    ['single quote marks around words', "'We won,' he said", ["'/quote", 'We/word', 'won/word', ',/punct', "'/quote", 'he/word', 'said/word']],
    ['single quote closing after s is a quote', "'All the countries' he said", ["'/quote", 'All/word', 'the/word', 'countries/word', "'/quote", 'he/word', 'said/word']],
    ['clitics', "Putin's", ['Putin/word', "'s/clitic"]],
    ['curly clitic norm', 'Korea’s', ['Korea/word', "’s/clitic='s"]],
    ['curly negation norm', 'isn’t', ['is/word', "n’t/clitic=n't"]],
    ['curly apostrophe inside a name', 'O’Brien', ["O’Brien/word=O'Brien"]],
    ['plural possessive is a clitic', "leaders' summit", ['leaders/word', "'/clitic", 'summit/word']],
    ['numbers', '3.5 1,200 2024-11-01', ['3.5/number', '1,200/number', '2024-11-01/number']],
    ['decade', '’90s', ["’90s/number='90s"]],
    ['en dash', '18–19', ['18/number', '–/punct=-', '19/number']],
    ['em dash', 'a — b', ['a/word', '—/punct=--', 'b/word']],
    ['double em dash', 'a —— b', ['a/word', '——/punct=--', 'b/word']],
    ['ascii dashes need no norm', 'a -- b', ['a/word', '--/punct', 'b/word']],
    ['unicode hyphen in a word', 'military\u2010technical', ['military\u2010technical/word=military-technical']],
    ['minus sign', '\u22125', ['\u2212/punct=-', '5/number']],
    ['ellipsis norm', 'so…', ['so/word', '…/punct=...']],
    ['symbols', '€5 + £3 = ©', ['€/symbol', '5/number', '+/symbol', '£/symbol', '3/number', '=/symbol', '©/symbol']],
    ['url', 'http://x.org', ['http://x.org/url']],
    ['email', 'a@b.cd', ['a@b.cd/url']],
    ['control character is other', 'a\u0000b', ['a/word', '\u0000/other', 'b/word']],
    ['lone surrogate is other', 'a\ud800b', ['a/word', '\ud800/other', 'b/word']],
    ['private use is other', '\ue000', ['\ue000/other']],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('tokens: emoji and surrogate pairs', () => {
  it.each([
    ['simple emoji (surrogate pair)', 'ok 😀 go', ['ok', '😀', 'go']],
    ['emoji glued to a word', 'great😀', ['great', '😀']],
    ['skin tone modifier', '👍🏽!', ['👍🏽', '!']],
    ['ZWJ family', 'a 👨‍👩‍👧‍👦 b', ['a', '👨‍👩‍👧‍👦', 'b']],
    ['flag: two regional indicators', '🇷🇺🇺🇸', ['🇷🇺', '🇺🇸']],
    ['keycap', '1️⃣ #️⃣', ['1️⃣', '#️⃣']],
    ['text-style pictograph with VS16', '☀️ day', ['☀️', 'day']],
    ['emoji-presentation BMP', '⚽ match', ['⚽', 'match']],
    ['subdivision flag with tags', '🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland', ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'Scotland']],
    ['astral letters stay a word', '𝐁𝐨𝐥𝐝 text', ['𝐁𝐨𝐥𝐝', 'text']],
    ['CJK extension B', '𠀀𠀁 x', ['𠀀𠀁', 'x']],
  ])('%s', (_name, text, expected) => {
    const { tokens } = segment(text).doc;
    expect(tokens!.map((t) => t.text)).toEqual(expected);
    for (const t of tokens!) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('gives emoji tokens kind emoji and UTF-16 offsets', () => {
    const text = 'Hi 👋🏽 there';
    const wave = segment(text).doc.tokens![1]!;
    expect(wave).toEqual({ start: 3, end: 7, text: '👋🏽', kind: 'emoji' });
  });
});
