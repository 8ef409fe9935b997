/**
 * `segment@1`: paragraphs, sentences and tokens, with header spans (metadata line, dateline, byline)
 * as sentences of their own. A single-pass scanner over char codes: linear time, never throws.
 */
import type { Stage, Transformer } from '../../core/stage.js';
import { withLayers } from '../../core/doc.js';
import { sanitizeHeaders } from './headers.js';
import { SEGMENT_DEFAULTS, SEGMENT_OPTIONS_SCHEMA, compileLexicon, type SegmentOptions } from './options.js';
import { segmentText } from './segment.js';

/** The segmentation stage. Requires `meta` (for `meta.header`); assigns `paragraphs`, `sentences`, `tokens`. */
export const segmentStage: Stage<SegmentOptions> = {
  name: 'segment',
  version: '1.0.0',
  description: 'Splits the text into paragraphs, sentences (header spans apart) and offset-preserving tokens.',
  requires: ['meta'],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  defaults: SEGMENT_DEFAULTS,
  optionsSchema: SEGMENT_OPTIONS_SCHEMA,
  init(options: SegmentOptions): Transformer {
    const lex = compileLexicon(options);
    return (doc, ctx) => {
      const headers = sanitizeHeaders(doc.text, doc.meta?.header, (m) => ctx.report(m));
      const { paragraphs, sentences, tokens } = segmentText(doc.text, headers, lex, (m) => ctx.report(m));
      return withLayers(doc, { paragraphs, sentences, tokens });
    };
  },
};

export { SEGMENT_DEFAULTS, SEGMENT_OPTIONS_SCHEMA, compileLexicon, type SegmentOptions, type CompiledLexicon, type AbbreviationRule } from './options.js';
export { segmentText, type Segmentation } from './segment.js';
export { findParagraphs } from './paragraphs.js';
export { tokenizeRange, type TokenSink } from './tokenize.js';
export { splitRegion, pairQuotes } from './sentences.js';
export { sanitizeHeaders, type HeaderRange } from './headers.js';
export { isSpaceCode } from './chars.js';
export {
  ABBREVIATIONS, SENTENCE_STARTERS, CLITICS, NEGATION_CLITIC, QUOTE_MARKS, DASHES,
  type AbbreviationEntry, type SentenceEndPolicy, type StarterGroup, type CliticEntry, type QuoteMarkEntry, type DashEntry,
} from './lexicon.js';
