/**
 * Markup left in a dispatch (HTML/XML tags from a scraper or a CMS export). factwire annotates it as
 * text and never strips it (offsets refer to the text as given), but the user should know: one
 * positioned warning for the first tag, and one for the first tag left unclosed or closed without
 * being opened.
 */
import type { Message } from '../../types/annotation.js';
import { lineColumn, message } from '../../core/messages.js';

// A tag: <name ...>, </name>, or <name/>; names as in HTML/XML. Bounded length so a stray "<" costs nothing.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]{0,30})(?:\s[^<>]{0,500})?(\/?)>/g;
// HTML elements that never close.
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'wbr', 'area', 'base', 'col', 'embed', 'source', 'track', 'param']);

const at = (text: string, start: number, end: number, severity: Message['severity'], ruleId: string, what: string): Message => {
  const { line, column } = lineColumn(text, start);
  return { ...message(severity, ruleId, `${what} at line ${line}, column ${column}`, { start, end }), line, column };
};

/** Finds markup problems in `text`; returns at most two messages. Linear in the text length. */
export function findMarkup(text: string): Message[] {
  if (text.indexOf('<') === -1) return [];
  const open: { name: string; start: number; end: number }[] = [];
  let first: Message | undefined;
  let unbalanced: Message | undefined;
  let count = 0;
  for (const m of text.matchAll(TAG)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const name = m[2]!.toLowerCase();
    count++;
    first ??= at(text, start, end, 'warning', 'meta:markup', `the text contains markup (${m[0].slice(0, 40)}); it is annotated as plain text`);
    if (m[3] === '/' || VOID.has(name)) continue;
    if (m[1] !== '/') { open.push({ name, start, end }); continue; }
    // Search the innermost 256 open tags only, so a pathological input stays linear.
    let i = open.length - 1;
    while (i >= 0 && i >= open.length - 256 && open[i]!.name !== name) i--;
    if (i < open.length - 256) i = -1;
    if (i === -1) unbalanced ??= at(text, start, end, 'warning', 'meta:unbalanced-markup', `closing tag ${m[0]} has no opening tag`);
    else open.length = i; // closes it and anything left open inside it
  }
  if (!unbalanced && open.length > 0) {
    const o = open[0]!;
    unbalanced = at(text, o.start, o.end, 'warning', 'meta:unbalanced-markup', `tag <${o.name}> is never closed`);
  }
  if (first && count > 1) first.message += ` (${count} tags in all)`;
  return [first, unbalanced].filter((m): m is Message => m !== undefined);
}
