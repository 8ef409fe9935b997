/**
 * The `meta` stage: reads the header of a dispatch (metadata line, wire dateline, byline) and the
 * reader's record data into the `meta` layer: DCT with its source, dateline place/region/date/agency,
 * normalized agency, byline, title, header spans and the body span.
 */
import { withLayers } from '../../core/doc.js';
import type { Stage, Transformer } from '../../core/stage.js';
import { buildMeta } from './apply.js';
import { findHeaderCandidates } from './candidates.js';
import { findMarkup } from './markup.js';

/** Options of the `meta` stage. */
export interface MetaOptions {
  /** A header item (metadata line, dateline, byline) must start before this UTF-16 offset. */
  maxHeaderChars: number;
  /** A dateline or byline must start on one of the first this-many non-blank lines. */
  maxHeaderLines: number;
}

/** Defaults: wide enough for a title, a byline, an affiliation line and a dateline. */
export const META_DEFAULTS: MetaOptions = { maxHeaderChars: 400, maxHeaderLines: 5 };

/** JSON Schema of {@link MetaOptions}. */
export const META_OPTIONS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['maxHeaderChars', 'maxHeaderLines'],
  properties: {
    maxHeaderChars: { type: 'integer', minimum: 0, maximum: 100000, description: 'A header item must start before this offset (UTF-16 units).' },
    maxHeaderLines: { type: 'integer', minimum: 0, maximum: 100, description: 'A dateline or byline must start on one of the first this-many non-blank lines.' },
  },
} as const;

/** The registered `meta@1` stage. */
export const metaStage: Stage<MetaOptions> = {
  name: 'meta',
  version: '1.0.0',
  description: 'Header metadata: DCT, dateline, agency, byline, title, header and body spans.',
  requires: [],
  assigns: ['meta'],
  defaults: META_DEFAULTS,
  optionsSchema: META_OPTIONS_SCHEMA,
  init(options: MetaOptions): Transformer {
    const window = { maxHeaderChars: options.maxHeaderChars, maxHeaderLines: options.maxHeaderLines };
    return (doc, ctx) => {
      const { meta, messages } = buildMeta(doc, findHeaderCandidates(doc.text, window));
      for (const m of messages) ctx.report(m);
      for (const m of findMarkup(doc.text)) ctx.report(m);
      return withLayers(doc, { meta });
    };
  },
};

export { findHeaderCandidates } from './candidates.js';
export { buildMeta } from './apply.js';
