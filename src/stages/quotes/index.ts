/**
 * `quotes@1`: quoted and reported claims attributed to speakers (issue #5). Reads sentences, tokens,
 * mentions and entities; assigns `quotes`. Unpaired quotation marks become `quotes:unbalanced` warnings
 * and only the affected paragraph is read without marks.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import { CUE_MODEL_PATH, loadCueModel } from '../../quotes/cue-model.js';
import { createExtractor } from '../../quotes/index.js';
import { loadTagger, TAGGER_PATH } from '../../quotes/tagger.js';
import { LINKER_PATH, loadLinker } from '../../quotes/linker.js';
import { CONTENT_END_PATH, loadContentEndModel } from '../../quotes/content-end.js';

/** Options of `quotes@1`. */
export interface QuotesOptions {
  /** Minimum cue score (lexicon prior or learned model probability) for a cue to start a claim. */
  threshold: number;
  /** What to do with a fully quoted paragraph following an attributed one (see FindOptions). */
  floating: 'claim' | 'merge' | 'off';
  /** Use the learned cue model in models/quotes when present (else lexicon priors). */
  model: boolean;
  /**
   * Use the learned BIO tagger (models/quotes/tagger.bin) for claims the quotation-mark rules do not
   * find: reported speech, beliefs, documents. Without it (or without the file) the lexicon rules run alone.
   */
  tagger: boolean;
  /**
   * Use the learned speaker linker and claim filter (models/quotes/linker.json) on the tagger's claims and
   * the reported-speech rule claims; without it each tagger cue takes the nearest tagged source.
   */
  linker: boolean;
  /**
   * Use the learned content-end ranker (models/quotes/content-end.json) to choose where the content of a claim
   * without quotation marks ends (needs the tagger); without it (or without the file) the finders' and rules' ends stay.
   */
  contentEnd: boolean;
}

/** The stage object registered as `quotes@1`. */
export const quotesStage: Stage<QuotesOptions> = {
  name: 'quotes',
  version: '1.0.0',
  description: 'Direct, indirect and mixed claims with speaker, cue and resolved speaker entity.',
  requires: ['sentences', 'tokens', 'mentions', 'entities'],
  assigns: ['quotes'],
  defaults: { threshold: 0.5, floating: 'claim', model: true, tagger: true, linker: true, contentEnd: true },
  optionsSchema: {
    type: 'object',
    properties: {
      threshold: { type: 'number', minimum: 0, maximum: 1 },
      floating: { enum: ['claim', 'merge', 'off'] },
      model: { type: 'boolean' },
      tagger: { type: 'boolean' },
      linker: { type: 'boolean' },
      contentEnd: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  init(options) {
    const model = options.model ? loadCueModel() : null;
    const tagger = options.tagger ? loadTagger() : null;
    const linker = tagger && options.linker ? loadLinker() : null;
    // Trained on the claims of the tagger path, so calibrated for those only (as the linker).
    const contentEnd = tagger && options.contentEnd ? loadContentEndModel() : null;
    const ex = createExtractor({ threshold: options.threshold, floating: options.floating, tagger, linker, contentEnd, ...(model ? { scorer: model.scorer } : {}) });
    return (doc, ctx) => {
      const { quotes, messages } = ex.extract({
        text: doc.text,
        sentences: doc.sentences ?? [],
        tokens: doc.tokens ?? [],
        mentions: doc.mentions ?? [],
        entities: doc.entities ?? [],
      });
      for (const m of messages) ctx.report(m);
      return withLayers(doc, { quotes });
    };
  },
  fingerprint(options) {
    const h = createHash('sha256');
    h.update(options.model && existsSync(CUE_MODEL_PATH) ? readFileSync(CUE_MODEL_PATH) : 'priors');
    h.update(options.tagger && existsSync(TAGGER_PATH) ? readFileSync(TAGGER_PATH) : 'no-tagger');
    h.update(options.tagger && options.linker && existsSync(LINKER_PATH) ? readFileSync(LINKER_PATH) : 'no-linker');
    h.update(options.tagger && options.contentEnd && existsSync(CONTENT_END_PATH) ? readFileSync(CONTENT_END_PATH) : 'no-content-end');
    return h.digest('hex').slice(0, 16);
  },
};
