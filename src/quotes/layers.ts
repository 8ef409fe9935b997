/**
 * The layers the quote extractor reads, produced by the real pipeline stages (`meta@1`, `segment@1`,
 * `entities@1`), for the dev harness and the training script. There is one segmenter in factwire; the
 * harness and training must see exactly what the `quotes@1` stage sees in the `news` pipeline.
 */
import { createHash } from 'node:crypto';
import { buildPipeline, type Pipeline } from '../core/pipeline.js';
import type { PipelineSpec } from '../types/pipeline.js';
import { registry } from '../stages/registry.js';
import type { Paragraph } from '../types/annotation.js';
import type { QuoteInput } from './index.js';

/** The extractor's input plus the paragraphs layer. */
export type Layers = QuoteInput & { paragraphs: readonly Paragraph[] };

/** Runs the stages before `quotes@1`; `entities: false` skips NER (training reads tokens and sentences only). */
export async function createLayerRunner(opts: { entities?: boolean } = {}): Promise<(text: string, id?: string) => Layers> {
  const stages: PipelineSpec['stages'] = [{ use: 'meta@1' }, { use: 'segment@1' }];
  if (opts.entities !== false) stages.push({ use: 'entities@1' });
  const pipeline: Pipeline = await buildPipeline({ name: 'quote-layers', stages } as PipelineSpec, registry);
  return (text, id = 'doc') => {
    const doc = pipeline.run({ id, text, source: { path: null, sha256: createHash('sha256').update(text).digest('hex'), format: 'stdin-text' } });
    return { text, paragraphs: doc.paragraphs ?? [], sentences: doc.sentences ?? [], tokens: doc.tokens ?? [], mentions: doc.mentions ?? [], entities: doc.entities ?? [] };
  };
}
