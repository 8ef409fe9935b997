/**
 * Offsets-preserving, Penn-Treebank-like tokenizer: one left-to-right pass over UTF-16 char codes
 * with constant lookahead (no per-character regex), so it runs in linear time on any string.
 *
 * Decisions (see the tests for each as a table row):
 * - punctuation is split off; a run of `.` (`...`), of `!`/`?` (`?!`), of `…` or of one dash is one token;
 * - clitics are split (`Putin` `'s`, `do` `n't`, `they` `'re`), curly ones get `norm` with `'`;
 *   a bare `'` after a word ending in `s` is a possessive clitic unless a single quote is open;
 * - abbreviations keep their period (`U.S.`, `Mr.`, `Sept.`, initials `F.`), decided by the lexicon and by
 *   shape (letter groups of 1–2 letters with inner periods); `No.` only before a number;
 * - numbers stay whole (`1,200.50`, `3.5`, `10:30`, `1/2`, ISO dates `2024-11-01`) but a hyphen between
 *   two numbers is split (`18` `-` `19`), so that ranges reach the date stage in pieces;
 * - hyphenated words stay whole (`military-technical`, `COVID-19`, `2-year-old`);
 * - URLs (`https://…`, `www.…`), e-mails, `@handles` and `#hashtags` are single tokens
 *   (kind `url` for URLs and e-mails, `word` for handles and hashtags);
 * - every quotation mark is its own token of kind `quote`, normalized to `"` or `'`;
 * - emoji sequences (modifiers, ZWJ sequences, flags, keycaps, tags) are one `emoji` token;
 * - en dash normalizes to `-`, em dash to `--`, `…` to `...`; a surrogate pair is never split.
 */
import type { Token } from '../../types/annotation.js';
import * as chars from './chars.js';
import { CLITICS, DASHES, QUOTE_MARKS, type QuoteMarkEntry } from './lexicon.js';
import type { CompiledLexicon } from './options.js';
import * as tokenInfo from './token-info.js';

// Imported constants and helpers are copied into module-local bindings once: under vitest's module
// runner each use of an imported binding is a getter call, which made the hot loops 3-4x slower there.
const {
  CLS_DASH, CLS_DIGIT, CLS_EMOJI, CLS_JOINER, CLS_LETTER, CLS_MASK, CLS_NUMBER, CLS_OTHER, CLS_PUNCT, CLS_QUOTE, CLS_SPACE, CLS_SYMBOL, F_EMOJI_TEXT, F_LOWER, F_UPPER, F_WIDE, bmpInfo, charInfo, isAsciiAlnum, isAsciiDigit, isSpaceCode,
} = chars;
const {
  I_CLOSE_BRACKET, I_CONTINUES, I_LOWER, I_NEWLINE, I_OPEN_BRACKET, I_SINGLE, I_UPPER, QDIR_CLOSE, QDIR_EITHER, QDIR_OPEN, QDIR_SHIFT, TERM_ABBR_CAPITAL, TERM_ABBR_NEVER, TERM_ABBR_STARTER, TERM_BANG, TERM_ELLIPSIS, TERM_INITIAL, TERM_NONE, TERM_STOP,
} = tokenInfo;

/** Where tokens go: the document's token array and the parallel per-token info (see token-info.ts). */
export interface TokenSink {
  readonly tokens: Token[];
  readonly info: number[];
}

const QUOTE_BY_CODE = new Map<number, QuoteMarkEntry>(QUOTE_MARKS.map((q) => [q.char.charCodeAt(0), q]));

const DASH_NORM = new Map<number, string | undefined>(DASHES.map((d) => [d.char.charCodeAt(0), d.norm]));
const CLITIC_FORMS = new Set(CLITICS.map((c) => c.form));
const MAX_CLITIC = Math.max(...CLITICS.map((c) => c.form.length));

const DOT = 0x2e;
const APOS = 0x27;
const RSQUO = 0x2019;

/** A word character for joining purposes: letter, digit or other numeral. */
function isWordInfo(ci: number): boolean {
  const cls = ci & CLS_MASK;
  return cls === CLS_LETTER || cls === CLS_DIGIT || cls === CLS_NUMBER;
}

/**
 * Tokenizes `text[start, end)` and appends to `sink`. The range is treated as closed: nothing is read
 * outside it, so a header span never shares a token with body text. (To tokenize many ranges of one
 * text, {@link createTokenizer} avoids re-creating the scanner.)
 */
export function tokenizeRange(text: string, start: number, end: number, sink: TokenSink, lex: CompiledLexicon): void {
  new Scanner(text, sink, lex).run(start, end);
}

/** A tokenizer bound to one text and sink: call it once per range, in text order. */
export type RangeTokenizer = (start: number, end: number) => void;

/** Creates a {@link RangeTokenizer} for `text` that appends to `sink`. */
export function createTokenizer(text: string, sink: TokenSink, lex: CompiledLexicon): RangeTokenizer {
  const scanner = new Scanner(text, sink, lex);
  return (start, end) => scanner.run(start, end);
}

class Scanner {
  /** Single quotes opened and not yet closed in this range; decides `countries'` (clitic) vs a closing quote. */
  private openSingles = 0;
  /** A line break was skipped since the last token: the next one gets {@link I_NEWLINE}. */
  private newline = 0;
  private start = 0;
  private end = 0;
  private readonly table = bmpInfo();

  constructor(
    private readonly text: string,
    private readonly sink: TokenSink,
    private readonly lex: CompiledLexicon,
  ) {}

  run(start: number, end: number): void {
    this.start = start;
    this.end = end;
    this.openSingles = 0;
    this.newline = 0;
    const { text, table } = this;
    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 0x20) { i++; continue; }
      const ci = c < 0xd800 || c > 0xdfff ? table[c]! : charInfo(text, i, end);
      switch (ci & CLS_MASK) {
        case CLS_SPACE:
          if (c === 0x0a || c === 0x0d || c === 0x2028) this.newline = I_NEWLINE;
          i++;
          break;
        case CLS_LETTER: i = (c | 0x20) === 0x77 && this.wwwAt(i) ? this.url(i) : this.word(i, ci); break;
        case CLS_DIGIT: i = this.keycap(i) || this.word(i, ci); break;
        case CLS_NUMBER: i = this.word(i, ci); break;
        case CLS_QUOTE: i = this.quote(i, c); break;
        case CLS_DASH: i = this.dash(i, c); break;
        case CLS_PUNCT: i = this.punct(i, c, ci); break;
        case CLS_SYMBOL: i = this.symbol(i, c, ci); break;
        case CLS_EMOJI: i = this.emoji(i, ci); break;
        default: i = this.other(i); break;
      }
    }
  }

  private push(s: number, e: number, kind: Token['kind'], info: number, norm?: string): void {
    const text = this.text.slice(s, e);
    // One object layout for every token (`norm` present, undefined when equal to the text): a second
    // layout makes the hot token readers polymorphic and discards their optimised code when it first
    // arrives. JSON output omits undefined fields, so the serialised token is unchanged.
    this.sink.tokens.push({ start: s, end: e, text, kind, norm: norm === text ? undefined : norm });
    this.sink.info.push(info | this.newline);
    this.newline = 0;
  }

  private infoAt(k: number): number {
    return k < this.end ? charInfo(this.text, k, this.end) : CLS_OTHER;
  }

  private isWordAt(k: number): boolean {
    return k < this.end && isWordInfo(charInfo(this.text, k, this.end));
  }

  /** Scans a word or number starting at a word character; may emit a clitic or return a URL/e-mail. */
  private word(s: number, firstInfo: number): number {
    const { text, end, table } = this;
    let j = s;
    let hasLetter = false;
    let lastLetter = false; // last consumed word character was a letter (else a digit/numeral)
    let segStart = s; // segment = part since the last inner period or joining hyphen
    let segLetters = true;
    let segDigits = true;
    let acronym = true; // every period-separated segment so far is 1–2 letters (U.S, Ph.D, e.g)
    let periods = 0;
    let needsNorm = false;
    scan: for (;;) {
      while (j < end) {
        const cc = text.charCodeAt(j);
        const ci = cc < 0xd800 ? table[cc]! : charInfo(text, j, end);
        const cls = ci & CLS_MASK;
        if (cls === CLS_LETTER) { hasLetter = true; lastLetter = true; segDigits = false; }
        else if (cls === CLS_DIGIT || cls === CLS_NUMBER) { lastLetter = false; segLetters = false; }
        else if (cls === CLS_JOINER) {
          // Invisible glue (soft hyphen, ZWJ in Indic words) stays inside a word only between word characters.
          const w = ci & F_WIDE ? 2 : 1;
          if (this.isWordAt(j + w)) { j += w; continue; }
          break;
        } else break;
        j += ci & F_WIDE ? 2 : 1;
      }
      if (j >= end) break;
      const c = text.charCodeAt(j);
      // Most words end at a space: leave before looking ahead.
      if (c === 0x20 || (c === 0x2c && lastLetter)) break;
      const ni = this.infoAt(j + 1);
      const nCls = ni & CLS_MASK;
      const nWord = isWordInfo(ni);
      const lastDigit = !lastLetter;
      switch (c) {
        case DOT:
          if (lastDigit && nCls === CLS_DIGIT) { acronym = false; j++; continue scan; } // 3.5, 1.200.000
          if (nWord && lastLetter && segLetters && j - segStart <= 2 && nCls === CLS_LETTER) {
            periods++; j++; segStart = j; segLetters = true; segDigits = true; continue scan; // U.S, e.g, J.R.R
          }
          if (nWord && (ni & F_LOWER) !== 0) {
            // example.com, Amazon.com; but "said.The" (missing space) splits: next is upper case.
            periods++; acronym = false; j++; segStart = j; segLetters = true; segDigits = true; continue scan;
          }
          break scan;
        case 0x2c: // , thousands separator: exactly three digits follow
          if (lastDigit && segDigits && isAsciiDigit(text.charCodeAt(j + 1)) && isAsciiDigit(text.charCodeAt(j + 2))
            && isAsciiDigit(text.charCodeAt(j + 3)) && j + 3 < end && !this.isWordAt(j + 4)) { j++; continue scan; }
          break scan;
        case 0x3a: // :
          if (lastDigit && nCls === CLS_DIGIT) { j++; continue scan; } // 10:30
          if (segLetters && periods === 0 && segStart === s && j - s <= 10 && text.charCodeAt(j + 1) === 0x2f
            && text.charCodeAt(j + 2) === 0x2f && j + 3 < end && !isSpaceCode(text.charCodeAt(j + 3))) return this.url(s);
          break scan;
        case 0x2d: case 0x2010: case 0x2011: // hyphens
          if (!nWord) break scan;
          if (lastDigit && segDigits && nCls === CLS_DIGIT) {
            // A number range (18-19) splits; an ISO date stays whole.
            if (j === s + 4 && isoDateAt(text, s, end) && !this.isWordAt(s + 10)) { j = s + 10; break scan; }
            break scan;
          }
          if (c !== 0x2d) needsNorm = true;
          acronym = false; j++; segStart = j; segLetters = true; segDigits = true; continue scan;
        case 0x2f: // / only inside numbers (24/7, 11/01/2024); "Moscow/Kyiv" splits for NER
          if (lastDigit && nCls === CLS_DIGIT) { j++; continue scan; }
          break scan;
        case 0x26: // & between capitals: AT&T, S&P
          if (isAsciiUpper(text.charCodeAt(j - 1)) && isAsciiUpper(text.charCodeAt(j + 1)) && j + 1 < end) { acronym = false; j++; continue scan; }
          break scan;
        case 0x24: // $ after a currency prefix: C$ 0.45, US$5 (the amount is the next token); a `word`, like a currency code
          if (periods === 0 && j - s <= 3 && (nCls !== CLS_LETTER) && this.lex.currencyPrefixes.has(text.slice(s, j))) {
            this.push(s, j + 1, 'word', (firstInfo & F_UPPER) !== 0 ? I_UPPER : 0);
            return j + 1;
          }
          break scan;
        case 0x5f: // _ in identifiers and e-mail local parts
          if (nWord) { acronym = false; j++; continue scan; }
          break scan;
        case 0x40: { // @ : e-mail
          const d = emailDomainEnd(text, j + 1, end);
          if (d > 0 && !this.isWordAt(d)) { this.push(s, d, 'url', 0); return d; }
          break scan;
        }
        case APOS: case RSQUO: {
          if (nCls !== CLS_LETTER) break scan;
          const cl = this.cliticLength(j + 1);
          if (cl > 0) {
            this.emitWord(s, j, hasLetter, needsNorm, TERM_NONE, firstInfo);
            this.push(j, j + 1 + cl, 'clitic', 0, c === RSQUO ? `'${text.slice(j + 1, j + 1 + cl)}` : undefined);
            return j + 1 + cl;
          }
          const p = text.charCodeAt(j - 1) | 0x20;
          if (p === 0x6e && (text.charCodeAt(j + 1) | 0x20) === 0x74 && !this.isWordAt(j + 2) && j - 1 >= s) {
            // don't → do + n't (PTB); the split point is before the n. A spaced `do n't` is the clitic alone.
            this.emitWord(s, j - 1, hasLetter, needsNorm, TERM_NONE, firstInfo);
            this.push(j - 1, j + 2, 'clitic', 0, c === RSQUO ? `${text.charAt(j - 1)}'${text.charAt(j + 1)}` : undefined);
            return j + 2;
          }
          if (c === RSQUO) needsNorm = true;
          acronym = false; j++; continue scan; // O'Brien, rock'n'roll
        }
        default:
          break scan;
      }
    }
    // A period right after the word: part of the token only for abbreviations.
    let e = j;
    let term = TERM_NONE;
    if (hasLetter && e < end && text.charCodeAt(e) === DOT && text.charCodeAt(e + 1) !== DOT) {
      if (j - segStart > 2 || !segLetters) acronym = false;
      term = this.abbreviation(s, e, periods > 0 && acronym);
      if (term !== TERM_NONE) e++;
    }
    this.emitWord(s, e, hasLetter, needsNorm, term, firstInfo);
    return e;
  }

  private emitWord(s: number, e: number, hasLetter: boolean, needsNorm: boolean, term: number, firstInfo: number): void {
    if (e <= s) return;
    const norm = needsNorm ? this.text.slice(s, e).replace(/[\u2019\u2010\u2011]/g, (ch) => (ch === '\u2019' ? "'" : '-')) : undefined;
    const caseBits = (firstInfo & F_UPPER ? I_UPPER : 0) | (firstInfo & F_LOWER ? I_LOWER : 0);
    this.push(s, e, hasLetter ? 'word' : 'number', term | caseBits, norm);
  }

  /** Length of a clitic (`s`, `re` ...) written at `k` after an apostrophe and ending the word, or 0. */
  private cliticLength(k: number): number {
    for (let len = 1; len <= MAX_CLITIC; len++) {
      if (!this.isWordAt(k + len - 1) || (charInfo(this.text, k + len - 1, this.end) & CLS_MASK) !== CLS_LETTER) return 0;
      if (!this.isWordAt(k + len) && CLITIC_FORMS.has(this.text.slice(k, k + len).toLowerCase())) return len;
    }
    return 0;
  }

  /** Terminal kind if the word `text[s, e)` followed by a period is an abbreviation, else TERM_NONE. */
  private abbreviation(s: number, e: number, acronymShape: boolean): number {
    const { text, lex } = this;
    if (e - s <= lex.maxAbbreviationLength) {
      const form = text.slice(s, e);
      // ST. LOUIS, GEN. KELLY: an all-caps form of an entry marked `allCaps` (policy `starter`).
      const rule = lex.abbreviations.get(form) ?? (e - s >= 2 && isAsciiUpperRun(text, s, e) ? lex.upperAbbreviations.get(form) : undefined);
      // `P.` is a page prefix only before a number; otherwise it falls through to the initial below (P. Smith).
      if (rule && !(rule.needsNumber && !this.numberFollows(e + 1))) {
        return rule.ends === 'never' ? TERM_ABBR_NEVER : rule.ends === 'capital' ? TERM_ABBR_CAPITAL : TERM_ABBR_STARTER;
      }
    }
    if (acronymShape) return TERM_ABBR_STARTER;
    // A single capital is an initial (John F. Kennedy); it ends a sentence only before a starter (plan B. The ...).
    if (e - s === 1 && (charInfo(text, s, e) & F_UPPER) !== 0) return TERM_INITIAL;
    return TERM_NONE;
  }

  /** A digit at `k` after at most two spaces (`No. 10`, `No.10`). */
  private numberFollows(k: number): boolean {
    for (let n = 0; n < 3 && k < this.end; n++, k++) {
      const c = this.text.charCodeAt(k);
      if (isAsciiDigit(c)) return true;
      if (c !== 0x20 && c !== 0xa0) return false;
    }
    return false;
  }

  private wwwAt(i: number): boolean {
    const t = this.text;
    return i + 4 < this.end && (t.charCodeAt(i + 1) | 0x20) === 0x77 && (t.charCodeAt(i + 2) | 0x20) === 0x77
      && t.charCodeAt(i + 3) === DOT && isAsciiAlnum(t.charCodeAt(i + 4));
  }

  /** A URL from `s` to the next space or hard delimiter, minus trailing sentence punctuation; `)` only when balanced. */
  private url(s: number): number {
    const { text, end, table } = this;
    let k = s;
    let parens = 0;
    while (k < end) {
      const c = text.charCodeAt(k);
      if (c <= 0x20 || c === 0x22 || c === APOS || c === 0x3c || c === 0x3e) break;
      if (c >= 0x80 && c < 0xd800) {
        const cls = table[c]! & CLS_MASK;
        if (cls === CLS_SPACE || cls === CLS_QUOTE) break;
      }
      if (c === 0x28) parens++;
      else if (c === 0x29) { if (parens === 0) break; parens--; }
      // Keep a surrogate pair together (it is never a delimiter).
      k += c >= 0xd800 && c <= 0xdbff && k + 1 < end && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    while (k > s + 1 && isUrlTrailer(text.charCodeAt(k - 1))) k--;
    this.push(s, k, 'url', 0);
    return k;
  }

  /** Emoji keycap (`1️⃣`, `#️⃣`): returns its end, or 0. */
  private keycap(i: number): number {
    const t = this.text;
    let k = i + 1;
    if (k < this.end && t.charCodeAt(k) === 0xfe0f) k++;
    if (k < this.end && t.charCodeAt(k) === 0x20e3) {
      this.push(i, k + 1, 'emoji', 0);
      return k + 1;
    }
    return 0;
  }

  private quote(i: number, c: number): number {
    const { text, end } = this;
    const q = QUOTE_BY_CODE.get(c)!;
    // '90s, ’90s: a decade, not a quote.
    if (q.apostrophe && isAsciiDigit(text.charCodeAt(i + 1)) && isAsciiDigit(text.charCodeAt(i + 2)) && i + 2 < end) {
      let k = i + 3;
      if (k < end && text.charCodeAt(k) === 0x73) k++;
      if (!this.isWordAt(k)) {
        this.push(i, k, 'number', 0, c === RSQUO ? `'${text.slice(i + 1, k)}` : undefined);
        return k;
      }
    }
    if (q.apostrophe && i > this.start && isSpaceCode(text.charCodeAt(i - 1))) {
      // Pre-tokenized text: `Boatmen 's`, `they 're` (an apostrophe after a space, a clitic, then no letter,
      // digit or quote mark: `He said 'sure'` and `the letter 's'` keep their quotes).
      const cl = this.cliticLength(i + 1);
      const last = this.sink.tokens[this.sink.tokens.length - 1];
      if (cl > 0 && last !== undefined && last.end >= this.start && (last.kind === 'word' || last.kind === 'number')
        && (this.infoAt(i + 1 + cl) & CLS_MASK) !== CLS_QUOTE) {
        this.push(i, i + 1 + cl, 'clitic', 0, c === RSQUO ? `'${text.slice(i + 1, i + 1 + cl)}` : undefined);
        return i + 1 + cl;
      }
    }
    const leftOpen = i === this.start || this.leftBoundary(text.charCodeAt(i - 1));
    const rightOpen = i + 1 >= end || this.rightBoundary(text.charCodeAt(i + 1));
    const single = q.family === 'single';
    if (q.apostrophe && !leftOpen && (text.charCodeAt(i - 1) | 0x20) === 0x73 && this.openSingles === 0) {
      // countries' / Reuters’ : possessive of a plural, unless it closes an open single quote.
      const last = this.sink.tokens[this.sink.tokens.length - 1];
      if (last && last.end === i && last.kind === 'word') {
        this.push(i, i + 1, 'clitic', 0, q.norm);
        return i + 1;
      }
    }
    let dir = leftOpen && !rightOpen ? QDIR_OPEN : !leftOpen && rightOpen ? QDIR_CLOSE
      : q.direction === 'open' ? QDIR_OPEN : q.direction === 'close' ? QDIR_CLOSE : QDIR_EITHER;
    // Spaced on both sides (pre-tokenized copy): a straight mark ending a line closes, one starting a line opens.
    if (dir === QDIR_EITHER && leftOpen && rightOpen) {
      if (this.newline !== 0 || i === this.start) dir = QDIR_OPEN;
      else if (this.lineBreakAt(i + 1)) dir = QDIR_CLOSE;
    }
    if (single) {
      if (dir === QDIR_EITHER) dir = this.openSingles > 0 ? QDIR_CLOSE : QDIR_OPEN;
      if (dir === QDIR_OPEN) this.openSingles++;
      else if (this.openSingles > 0) this.openSingles--;
    }
    this.push(i, i + 1, 'quote', (dir << QDIR_SHIFT) | (single ? I_SINGLE : 0), q.norm);
    return i + 1;
  }

  /** Only spaces and tabs, then a line break, from `k` (bounded look-ahead). */
  private lineBreakAt(k: number): boolean {
    const { text, end } = this;
    for (let n = 0; n < 8 && k < end; n++, k++) {
      const c = text.charCodeAt(k);
      if (c === 0x0a || c === 0x0d || c === 0x2028) return true;
      if (c !== 0x20 && c !== 0x09) return false;
    }
    return false;
  }

  /** Before an opening quote: space, bracket, dash, another quote, colon, or the range start. */
  private leftBoundary(p: number): boolean {
    if (p === 0x28 || p === 0x5b || p === 0x7b || p === 0x3c || p === 0x3a) return true;
    if (p >= 0xd800 && p <= 0xdfff) return false;
    const cls = this.table[p]! & CLS_MASK;
    return cls === CLS_SPACE || cls === CLS_QUOTE || cls === CLS_DASH;
  }

  /** After a closing quote: space, punctuation, dash, another quote, or the range end. */
  private rightBoundary(n: number): boolean {
    if (n >= 0xd800 && n <= 0xdfff) return false;
    const cls = this.table[n]! & CLS_MASK;
    return cls === CLS_SPACE || cls === CLS_QUOTE || cls === CLS_DASH || cls === CLS_PUNCT;
  }

  private dash(i: number, c: number): number {
    const t = this.text;
    let k = i + 1;
    while (k < this.end && t.charCodeAt(k) === c) k++;
    const one = DASH_NORM.get(c);
    const norm = c === 0x2d ? undefined : k - i === 1 ? one : '--';
    this.push(i, k, 'punct', I_CONTINUES, norm);
    return k;
  }

  private punct(i: number, c: number, ci: number): number {
    const { text, end } = this;
    if (c === DOT) {
      let k = i + 1;
      while (k < end && text.charCodeAt(k) === DOT) k++;
      if (k - i >= 2) { this.push(i, k, 'punct', TERM_ELLIPSIS); return k; }
      if (isAsciiDigit(text.charCodeAt(i + 1)) && i + 1 < end && (i === this.start || !isWordInfo(charInfo(text, i - 1, end)))) {
        // .5 : a decimal without its leading zero.
        k = i + 1;
        while (k < end && isAsciiDigit(text.charCodeAt(k))) k++;
        this.push(i, k, 'number', 0);
        return k;
      }
      this.push(i, i + 1, 'punct', TERM_STOP);
      return i + 1;
    }
    if (c === 0x21 || c === 0x3f || c === 0x203d) {
      let k = i + 1;
      for (let d = text.charCodeAt(k); k < end && (d === 0x21 || d === 0x3f || d === 0x203d); d = text.charCodeAt(++k));
      this.push(i, k, 'punct', TERM_BANG);
      return k;
    }
    if (c === 0x2026) {
      let k = i + 1;
      while (k < end && text.charCodeAt(k) === 0x2026) k++;
      this.push(i, k, 'punct', TERM_ELLIPSIS, k - i === 1 ? '...' : undefined);
      return k;
    }
    const w = ci & F_WIDE ? 2 : 1;
    const info = c === 0x28 || c === 0x5b || c === 0x7b ? I_OPEN_BRACKET
      : c === 0x29 || c === 0x5d || c === 0x7d ? I_CLOSE_BRACKET
        : c === 0x2c || c === 0x3b || c === 0x3a ? I_CONTINUES : 0;
    this.push(i, i + w, 'punct', info);
    return i + w;
  }

  private symbol(i: number, c: number, ci: number): number {
    const { text, end } = this;
    if (c === 0x23 || c === 0x2a) {
      const k = this.keycap(i);
      if (k) return k;
    }
    if ((c === 0x40 || c === 0x23) && (i === this.start || !isWordInfo(charInfo(text, i - 1, end)))) {
      // @handle, #hashtag: word characters and _, with at least one letter (#1 stays "#" "1").
      let k = i + 1;
      let letter = false;
      while (k < end) {
        const ki = charInfo(text, k, end);
        if ((ki & CLS_MASK) === CLS_LETTER) letter = true;
        else if (!isWordInfo(ki) && text.charCodeAt(k) !== 0x5f) break;
        k += ki & F_WIDE ? 2 : 1;
      }
      if (letter) { this.push(i, k, 'word', 0); return k; }
    }
    if (ci & F_EMOJI_TEXT && i + 1 < end && text.charCodeAt(i + 1) === 0xfe0f) return this.emoji(i, ci);
    const w = ci & F_WIDE ? 2 : 1;
    this.push(i, i + w, 'symbol', 0);
    return i + w;
  }

  /** An emoji with its modifiers, variation selectors, keycap, tags and ZWJ-joined parts; flags are pairs of regional indicators. */
  private emoji(i: number, ci: number): number {
    const { text, end } = this;
    let k = i + (ci & F_WIDE ? 2 : 1);
    if (isRegionalIndicator(text, i) && k + 1 < end && isRegionalIndicator(text, k)) {
      this.push(i, k + 2, 'emoji', 0);
      return k + 2;
    }
    while (k < end) {
      const c = text.charCodeAt(k);
      if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3) { k++; continue; }
      if (k + 1 < end) {
        const d = text.charCodeAt(k + 1);
        if (c === 0xd83c && d >= 0xdffb && d <= 0xdfff) { k += 2; continue; } // skin tone
        if (c === 0xdb40 && d >= 0xdc20 && d <= 0xdc7f) { k += 2; continue; } // tag (subdivision flags)
        if (c === 0x200d) {
          const ni = charInfo(text, k + 1, end);
          if ((ni & CLS_MASK) === CLS_EMOJI || (ni & F_EMOJI_TEXT) !== 0) { k += 1 + (ni & F_WIDE ? 2 : 1); continue; }
        }
      }
      break;
    }
    this.push(i, k, 'emoji', 0);
    return k;
  }

  /** A run of control, format, private-use or unassigned characters (and lone surrogates). */
  private other(i: number): number {
    const { text, end } = this;
    let k = i;
    while (k < end) {
      const ci = charInfo(text, k, end);
      const cls = ci & CLS_MASK;
      if (cls !== CLS_OTHER && cls !== CLS_JOINER) break;
      k += ci & F_WIDE ? 2 : 1;
    }
    this.push(i, k, 'other', 0);
    return k;
  }
}

function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** `text[s, e)` is all ASCII capitals. */
function isAsciiUpperRun(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isAsciiUpper(text.charCodeAt(k))) return false;
  return true;
}

/** `.,;:!?` end a sentence, not a URL. */
function isUrlTrailer(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;
}

function isRegionalIndicator(text: string, k: number): boolean {
  const d = text.charCodeAt(k + 1);
  return text.charCodeAt(k) === 0xd83c && d >= 0xdde6 && d <= 0xddff;
}

/** `YYYY-MM-DD` at `s`. */
function isoDateAt(text: string, s: number, end: number): boolean {
  if (s + 10 > end) return false;
  for (let k = 0; k < 10; k++) {
    const c = text.charCodeAt(s + k);
    if (k === 4 || k === 7 ? c !== 0x2d : !isAsciiDigit(c)) return false;
  }
  return true;
}

/** End of an e-mail domain (`example.co.uk`) starting at `k`: ASCII labels, at least one dot, a TLD of 2+ letters; 0 if none. */
function emailDomainEnd(text: string, k: number, end: number): number {
  let j = k;
  let lastDot = -1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isAsciiAlnum(c) || (c === 0x2d && j > k)) j++;
    else if (c === DOT && j > k && j !== lastDot + 1 && j + 1 < end && isAsciiAlnum(text.charCodeAt(j + 1))) { lastDot = j; j++; }
    else break;
  }
  if (lastDot < 0 || j - lastDot - 1 < 2) return 0;
  for (let t = lastDot + 1; t < j; t++) if (isAsciiDigit(text.charCodeAt(t))) return 0;
  return j;
}
