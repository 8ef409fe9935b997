/** Invariants every segmentation must satisfy, shared by the property and robustness tests. */
import { createAjv } from '../../../src/core/ajv.js';
import type { Doc } from '../../../src/core/doc.js';
import type { HeaderSpan } from '../../../src/types/annotation.js';
import annotationSchema from '../../../schemas/annotation.schema.json' with { type: 'json' };

const ajv = createAjv();
ajv.addSchema(annotationSchema);
const validator = (def: string) => {
  const v = ajv.getSchema(`${annotationSchema.$id}#/$defs/${def}`);
  if (!v) throw new Error(`no $defs/${def}`);
  return v;
};
const validToken = validator('Token');
const validSentence = validator('Sentence');
const validParagraph = validator('Paragraph');

const WS = /\s/;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function fail(msg: string): never {
  throw new Error(msg);
}

/** Throws with a precise message when `doc` (output of the segment stage on `doc.text`) breaks an invariant. */
export function checkSegmentation(doc: Doc, headers: readonly HeaderSpan[] = []): void {
  const { text } = doc;
  const paragraphs = doc.paragraphs ?? fail('no paragraphs');
  const sentences = doc.sentences ?? fail('no sentences');
  const tokens = doc.tokens ?? fail('no tokens');
  const splitsPair = (k: number) => k > 0 && k < text.length && isHigh(text.charCodeAt(k - 1)) && isLow(text.charCodeAt(k));

  let prevEnd = 0;
  for (const [i, p] of paragraphs.entries()) {
    if (!validParagraph(p)) fail(`paragraph ${i} fails the schema`);
    if (p.start < prevEnd || p.end <= p.start) fail(`paragraph ${i} out of order or empty`);
    if (text.slice(p.start, p.end) !== p.text) fail(`paragraph ${i} text does not slice`);
    if (WS.test(text[p.start]!) || WS.test(text[p.end - 1]!)) fail(`paragraph ${i} not trimmed`);
    prevEnd = p.end;
  }

  // Tokens: ordered, disjoint, whitespace-free, never splitting a pair, covering every non-whitespace unit.
  const covered = new Uint8Array(text.length);
  prevEnd = 0;
  for (const [i, t] of tokens.entries()) {
    if (!validToken(t)) fail(`token ${i} fails the schema: ${JSON.stringify(t)}`);
    if (t.start < prevEnd || t.end <= t.start) fail(`token ${i} out of order or empty`);
    if (text.slice(t.start, t.end) !== t.text) fail(`token ${i} text does not slice`);
    if (t.norm !== undefined && t.norm === t.text) fail(`token ${i} has a norm equal to its text`);
    if (splitsPair(t.start) || splitsPair(t.end)) fail(`token ${i} splits a surrogate pair`);
    for (let k = t.start; k < t.end; k++) {
      if (WS.test(text[k]!)) fail(`token ${i} contains whitespace`);
      covered[k] = 1;
    }
    prevEnd = t.end;
  }
  for (let k = 0; k < text.length; k++) {
    if (!covered[k] && !WS.test(text[k]!)) fail(`character ${k} (U+${text.charCodeAt(k).toString(16)}) is in no token`);
  }

  // Sentences partition the tokens, in order, each inside one paragraph.
  let next = 0;
  for (const [i, s] of sentences.entries()) {
    if (!validSentence(s)) fail(`sentence ${i} fails the schema`);
    if (s.tokenStart !== next || s.tokenEnd <= s.tokenStart) fail(`sentence ${i} does not continue the partition`);
    next = s.tokenEnd;
    if (s.start !== tokens[s.tokenStart]!.start || s.end !== tokens[s.tokenEnd - 1]!.end) fail(`sentence ${i} span is not its tokens' extent`);
    if (text.slice(s.start, s.end) !== s.text) fail(`sentence ${i} text does not slice`);
    const p = paragraphs[s.paragraph] ?? fail(`sentence ${i} has no paragraph`);
    if (s.start < p.start || s.end > p.end) fail(`sentence ${i} crosses its paragraph`);
    if (s.header === undefined) {
      for (const h of headers) if (s.start < h.end && h.start < s.end) fail(`body sentence ${i} overlaps a header span`);
    }
  }
  if (next !== tokens.length) fail('sentences do not cover every token');
}
