/**
 * The tagging fast path (DualScorer: per-word cached components, integer scores, reused buffers) against the
 * plain reference decoding that training uses (flat feature lists, the generic Viterbi, passOneEvidence),
 * over the shipped model's weights.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TagDoc } from '../../src/ner/features.js';
import { NerModel } from '../../src/ner/model.js';
import { int16Scale, PackedWeights } from '../../src/ner/packed.js';
import { flatLocal, flatScorer, passOneEvidence, prepareDoc, viterbi } from '../../src/ner/tagger.js';
import { ROOT } from '../helpers.js';

const bytes = readFileSync(path.join(ROOT, 'models/ner/ner.bin'));

// Hand-written sentences (not from any dataset): repeated names (pass-2 evidence), a capitals headline,
// a results line (numbers), a multi-word gazetteer phrase, and a long sentence.
const SENTENCES = [
  'RUSSIA AND CHINA SIGN ENERGY DEAL IN MOSCOW',
  'Russian Foreign Minister Sergey Lavrov met his Chinese counterpart Wang Yi in Moscow on Friday .',
  'Lavrov said the agreements with Beijing would be signed by Gazprom and the China National Petroleum Corporation .',
  'Leeds 2 Norwich 1',
  'Shares of Gazprom rose 3 percent on the Moscow Exchange , analysts at Sberbank said .',
  'Wang told reporters in New York that the United Nations Security Council would meet on Monday .',
];
const LONG = Array.from({ length: 2500 }, (_, i) => ['the', 'Kremlin', 'said', 'Lavrov', 'and', 'Wang', 'met', 'in', 'Beijing', ','][i % 10]!);

function reference(model: NerModel, doc: TagDoc): Uint8Array[] {
  const fx = model.fx;
  const prepared = prepareDoc(fx, doc);
  const w1 = new PackedWeights(model.pass1, int16Scale(model.pass1));
  const w2 = new PackedWeights(model.pass2!, int16Scale(model.pass2!));
  const first = prepared.features.map((sf) => viterbi(sf.infos.length, flatScorer(fx, w1, sf, flatLocal(fx, sf, null))));
  const ev = passOneEvidence(prepared, first);
  return prepared.features.map((sf, s) => viterbi(sf.infos.length, flatScorer(fx, w2, sf, flatLocal(fx, sf, ev[s]!))));
}

const plain = (tags: readonly Uint8Array[]) => tags.map((t) => [...t]);

describe('NER tagging fast path', () => {
  const doc: TagDoc = { sentences: [...SENTENCES.map((s) => s.split(' ')), LONG, []] };

  it('gives the reference decoding', () => {
    const model = NerModel.deserialize(bytes);
    expect(plain(model.tag(doc))).toEqual(plain(reference(NerModel.deserialize(bytes), doc)));
  });

  it('does not depend on what was tagged before (caches and buffers reused across documents)', () => {
    const fresh = plain(NerModel.deserialize(bytes).tag(doc));
    const used = NerModel.deserialize(bytes);
    used.tag({ sentences: [[...LONG, ...LONG], ...SENTENCES.slice(2).map((s) => s.toLowerCase().split(' '))] });
    // A document longer than the per-document buffers' initial size (16,384 tokens): they grow within it.
    used.tag({ sentences: Array.from({ length: 7 }, () => LONG) });
    expect(plain(used.tag(doc))).toEqual(fresh);
    expect(plain(used.tag(doc))).toEqual(fresh);
  });
});
