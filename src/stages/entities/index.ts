/**
 * The `entities` stage: named-entity mentions (averaged-perceptron tagger trained on CoNLL-2003, mapped to
 * OntoNotes types by rules and gazetteers, plus lexicons) and their in-document clustering into entities.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withLayers } from '../../core/doc.js';
import { FactwireError } from '../../core/errors.js';
import type { Stage, Transformer } from '../../core/stage.js';
import { ALIASES, BUILTIN_LEXICON, type LexiconEntry } from '../../ner/data/lexicon.js';
import { addGaz, Gazetteer, ownGazetteerEntries, type GazetteerData } from '../../ner/gazetteer.js';
import { ENTITY_TYPES, Lexicon } from '../../ner/lexicon.js';
import * as NAMES from '../../ner/data/names.js';
import * as PERSONS from '../../ner/data/persons.js';
import { NerModel } from '../../ner/model.js';
import { applyCandidates } from './apply.js';
import { findCandidates } from './candidates.js';
import { extentTables, findExtents, sentenceIndex } from './extent.js';
import { findInnerNames, innerRulesFingerprint } from './nested.js';
import { ENTITIES_DEFAULTS, ENTITIES_OPTIONS_SCHEMA, type EntitiesOptions } from './options.js';

/** The shipped model (same relative path from src/ and dist/). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/ner/ner.bin', import.meta.url));

const modelCache = new Map<string, { bytes: Buffer; model: NerModel }>();

/** Loads (once per process) and returns a model file with its bytes. */
export function loadModel(path: string = DEFAULT_MODEL_PATH): { bytes: Buffer; model: NerModel } {
  let hit = modelCache.get(path);
  if (!hit) {
    const bytes = readFileSync(path);
    hit = { bytes, model: NerModel.deserialize(bytes) };
    modelCache.set(path, hit);
  }
  return hit;
}

/** Resolves the `lexicon` option to entries; a file must hold a JSON array of `{text, type, canonical?}`. */
export function resolveLexicon(option: EntitiesOptions['lexicon']): LexiconEntry[] {
  if (option === undefined) return [];
  if (Array.isArray(option)) return option;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(option, 'utf8'));
  } catch (err) {
    throw new FactwireError('E_STAGE_OPTIONS', `entities: cannot read lexicon ${option}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const types = new Set<string>(ENTITY_TYPES);
  const ok = Array.isArray(value) && value.every((e) => e && typeof e === 'object' && typeof (e as LexiconEntry).text === 'string' && (e as LexiconEntry).text.length > 0
    && types.has((e as LexiconEntry).type) && ((e as LexiconEntry).canonical === undefined || typeof (e as LexiconEntry).canonical === 'string'));
  if (!ok) throw new FactwireError('E_STAGE_OPTIONS', `entities: lexicon ${option} must be a JSON array of {text, type, canonical?} with type one of ${ENTITY_TYPES.join(', ')}`);
  return value as LexiconEntry[];
}

/**
 * The gazetteer the stage's rules read: the model's own (what the tagger was trained with) plus factwire's
 * current tables, so entries added to src/ner/data since the last training already count for fine typing and
 * post-rules (the tagger's features keep reading the model's copy until it is retrained).
 */
export function stageGazetteer(model: GazetteerData): Gazetteer {
  const entries: Record<string, number> = { ...model.entries };
  for (const [k, b] of Object.entries(ownGazetteerEntries())) entries[k] = (entries[k] ?? 0) | b;
  // Given names compromise files as other words (`Frank`): first names for the rules, not for the tagger.
  for (const n of PERSONS.AMBIGUOUS_FIRST_NAMES) addGaz(entries, n, 'first');
  return new Gazetteer({ source: `${model.source}+factwire`, entries });
}

/** The registered `entities@1` stage. */
export const entitiesStage: Stage<EntitiesOptions> = {
  name: 'entities',
  version: '1.0.0',
  description: 'Named-entity mentions (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, ...) and in-document entities.',
  requires: ['sentences', 'tokens'],
  assigns: ['mentions', 'entities'],
  defaults: ENTITIES_DEFAULTS,
  optionsSchema: ENTITIES_OPTIONS_SCHEMA,
  init(options: EntitiesOptions): Transformer {
    const { model } = loadModel(options.model ?? DEFAULT_MODEL_PATH);
    const cx = {
      model,
      gazetteer: stageGazetteer(model.gazetteer),
      user: new Lexicon(resolveLexicon(options.lexicon)),
      builtin: options.builtinLexicon === false ? null : new Lexicon(BUILTIN_LEXICON),
    };
    return (doc) => {
      if (!doc.tokens || doc.tokens.length === 0) return withLayers(doc, { mentions: [], entities: [] });
      const cands = findCandidates(doc, cx);
      const extents = options.extents
        ? findExtents(cands, { text: doc.text, tokens: doc.tokens, sentenceOf: sentenceIndex(doc.tokens.length, doc.sentences ?? []), gazetteer: cx.gazetteer })
        : [];
      const inner = options.innerNames ? findInnerNames(doc.text, doc.tokens, cands, cx.gazetteer) : undefined;
      return withLayers(doc, applyCandidates(doc, cands, ALIASES, extents, inner));
    };
  },
  fingerprint(options: EntitiesOptions): string {
    const h = createHash('sha256');
    h.update(loadModel(options.model ?? DEFAULT_MODEL_PATH).bytes);
    h.update(JSON.stringify(resolveLexicon(options.lexicon)));
    h.update(JSON.stringify({ builtin: options.builtinLexicon !== false ? BUILTIN_LEXICON : [], aliases: ALIASES }));
    // The rules' tables are part of the output too.
    h.update(JSON.stringify({ own: ownGazetteerEntries(), names: NAMES, persons: PERSONS }));
    h.update(JSON.stringify(extentTables()));
    h.update(innerRulesFingerprint());
    return h.digest('hex').slice(0, 16);
  },
};

export type { EntitiesOptions } from './options.js';
export { findCandidates, HEAD_EXTENSIONS, type Candidate } from './candidates.js';
export { applyCandidates } from './apply.js';
