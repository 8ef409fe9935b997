/**
 * Minimal stand-ins for the `paragraphs`, `sentences`, `tokens`, `mentions` and `entities` layers.
 * They let the quote extractor be evaluated and tested before (or without) the real segment and NER
 * stages; they are deliberately simple (regex tokenizer, abbreviation-aware sentence splitter,
 * capitalized-run mentions) and are NOT a substitute for those stages in a pipeline.
 */
import type { Entity, Mention, Paragraph, Sentence, Token } from '../types/annotation.js';

/** Abbreviations whose trailing period belongs to the word (so they do not end a sentence). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'prof', 'rev', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
  'no', 'u.s', 'u.n', 'u.k', 'd.c', 'e.g', 'i.e', 'a.m', 'p.m', 'ft', 'mt', 'ariz', 'calif', 'fla', 'mass', 'ind',
]);

// One alternation, tried left to right: clitics, words (with inner apostrophes, hyphens and dotted
// acronyms), numbers, quote marks, dashes, other punctuation and symbols.
const TOKEN_RE =
  /(['’](?:s|re|ve|ll|d|m)\b|n['’]t\b)|([A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9]|[-'’.](?=[A-Za-z\u00C0-\u024F0-9]))*)|(\d(?:[\d,.]*\d)?%?)|(["“”„‟«»‘’'‹›])|([-–—]+|[.?!]+|[,;:()[\]{}…])|(\S)/gu;

/** Tokenizes `text` (UTF-16 offsets); attaches an abbreviation's period to its word. */
export function basicTokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    let kind: Token['kind'] = m[1] ? 'clitic' : m[2] ? 'word' : m[3] ? 'number' : m[4] ? 'quote' : m[5] ? 'punct' : 'symbol';
    if (kind === 'word' && text[end] === '.') {
      const lower = m[0].toLowerCase();
      // Initials ("J."), dotted acronyms ("U.S.") and known abbreviations keep their period.
      if (ABBREVIATIONS.has(lower) || /^[A-Z]$/.test(m[0]) || /\./.test(m[0])) {
        end += 1;
        TOKEN_RE.lastIndex = end;
      }
    }
    if (kind === 'word' && m[1] === undefined && /^n['’]t$/i.test(m[0])) kind = 'clitic';
    out.push({ start, end, text: text.slice(start, end), kind });
  }
  return out;
}

/** Paragraphs: runs of text separated by blank lines (or by single newlines when the text has no blank lines). */
export function basicParagraphs(text: string): Paragraph[] {
  const sep = /\n\s*\n/.test(text) ? /\n\s*\n/g : /\n/g;
  const out: Paragraph[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
  };
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

const OPENERS = /^[A-Z0-9"“‘'«(\[]/;

/** Splits each paragraph into sentences at `.?!` (optionally followed by closing quotes) before an uppercase start. */
export function basicSentences(text: string, paragraphs: readonly Paragraph[], tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let ti = 0;
  paragraphs.forEach((p, pi) => {
    while (ti < tokens.length && tokens[ti]!.start < p.start) ti++;
    let first = ti;
    let j = ti;
    const close = (lastExcl: number) => {
      if (lastExcl <= first) return;
      const s = tokens[first]!.start;
      const e = tokens[lastExcl - 1]!.end;
      out.push({ start: s, end: e, text: text.slice(s, e), paragraph: pi, tokenStart: first, tokenEnd: lastExcl });
      first = lastExcl;
    };
    for (; j < tokens.length && tokens[j]!.end <= p.end; j++) {
      const t = tokens[j]!;
      if (t.kind === 'punct' && /^[.?!]+$/.test(t.text)) {
        let k = j + 1;
        while (k < tokens.length && tokens[k]!.end <= p.end && tokens[k]!.kind === 'quote' && /["”’»']/.test(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end) k++;
        const next = tokens[k];
        if (!next || next.start >= p.end || (next.start > tokens[k - 1]!.end && OPENERS.test(next.text))) {
          close(k);
          j = k - 1;
        }
      }
    }
    close(j);
    ti = j;
  });
  return out;
}

const NOT_NAME = new Set([
  'The', 'A', 'An', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'In', 'On', 'At', 'For',
  'His', 'Her', 'Their', 'Its', 'Our', 'If', 'When', 'As', 'After', 'Before', 'While', 'So', 'Yet', 'Or', 'Mr.', 'Mrs.', 'Ms.',
]);

/**
 * Crude mentions: runs of capitalized words (not sentence-initial function words), typed PERSON,
 * grouped into entities by last word. Good enough to exercise speaker resolution in the harness.
 */
export function basicMentions(text: string, tokens: readonly Token[]): { mentions: Mention[]; entities: Entity[] } {
  const mentions: Mention[] = [];
  const byKey = new Map<string, Entity>();
  const entities: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !/^[A-Z]/.test(t.text) || NOT_NAME.has(t.text)) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.kind === 'word' && /^[A-Z]/.test(tokens[j + 1]!.text) && tokens[j + 1]!.start - tokens[j]!.end <= 1) j++;
    const start = t.start;
    const end = tokens[j]!.end;
    const words = tokens.slice(i, j + 1).map((x) => x.text);
    const key = words[words.length - 1]!;
    let ent = byKey.get(key);
    const id = `m${mentions.length + 1}`;
    if (!ent) {
      ent = { id: `e${entities.length + 1}`, type: 'PERSON', name: words.join(' '), mentions: [], roles: [], by: 'basic-layers' };
      byKey.set(key, ent);
      entities.push(ent);
    } else if (words.join(' ').length > ent.name.length) ent.name = words.join(' ');
    ent.mentions.push(id);
    mentions.push({ id, start, end, text: text.slice(start, end), type: 'PERSON', entity: ent.id, by: 'basic-layers' });
    i = j;
  }
  return { mentions, entities };
}

/** All five layers at once, for tests and the dev harness. */
export function basicLayers(text: string): {
  paragraphs: Paragraph[]; sentences: Sentence[]; tokens: Token[]; mentions: Mention[]; entities: Entity[];
} {
  const tokens = basicTokens(text);
  const paragraphs = basicParagraphs(text);
  const sentences = basicSentences(text, paragraphs, tokens);
  return { paragraphs, sentences, tokens, ...basicMentions(text, tokens) };
}
