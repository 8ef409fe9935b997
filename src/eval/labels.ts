/** Named-entity label normalisation: every dataset's own labels and our OntoNotes types to PER/ORG/LOC/MISC. */

/** The four CoNLL-2003 labels every NER score is computed over. */
export const CONLL_LABELS = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** One of {@link CONLL_LABELS}. */
export type ConllLabel = (typeof CONLL_LABELS)[number];

/**
 * Label map, as data: source label → CoNLL label, or `null` for labels that are deliberately not named entities.
 * Keys are case-sensitive and the sets do not collide (GUM is lower case; CoNLL, MEANTIME and OntoNotes agree on
 * ORG/LOC). Source: the mapping table of `shared/eval/ner/README.md` and the `EntityType` note of the schema.
 */
export const NER_LABEL_MAP: Readonly<Record<string, ConllLabel | null>> = Object.freeze({
  // CoNLL-2003, as is.
  PER: 'PER',
  ORG: 'ORG',
  LOC: 'LOC',
  MISC: 'MISC',
  // MEANTIME: FIN names markets and indices ("FTSE 100", "Nasdaq"), which CoNLL tags ORG; PRO = products.
  FIN: 'ORG',
  PRO: 'MISC',
  // GUM entity types (the derived named view). `time` names days and dates, which are not NER in CoNLL.
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  event: 'MISC',
  object: 'MISC',
  abstract: 'MISC',
  substance: 'MISC',
  animal: 'MISC',
  plant: 'MISC',
  time: null,
  // OntoNotes (our EntityType and spaCy): GPE/FAC are places in CoNLL's sense; FAC is sometimes ORG, we say LOC.
  PERSON: 'PER',
  GPE: 'LOC',
  FAC: 'LOC',
  NORP: 'MISC',
  EVENT: 'MISC',
  PRODUCT: 'MISC',
  WORK_OF_ART: 'MISC',
  LAW: 'MISC',
  LANGUAGE: 'MISC',
  // OntoNotes numeric and temporal types are not named entities: dropped, so spaCy output can be scored as is.
  DATE: null,
  TIME: null,
  MONEY: null,
  PERCENT: null,
  QUANTITY: null,
  ORDINAL: null,
  CARDINAL: null,
});

/**
 * Map a label through `map` (default {@link NER_LABEL_MAP}): a CoNLL label; `null` when the label is deliberately
 * dropped; `undefined` when the map does not know it (the scorer drops it too, but reports it as unknown).
 */
export function mapNerLabel(
  label: string,
  map: Readonly<Record<string, ConllLabel | null>> = NER_LABEL_MAP,
): ConllLabel | null | undefined {
  // Object.hasOwn: a label such as "constructor" must not hit Object.prototype.
  return Object.hasOwn(map, label) ? map[label] : undefined;
}

/** True when `label` is one of {@link CONLL_LABELS}. */
export const isConllLabel = (label: string): label is ConllLabel => (CONLL_LABELS as readonly string[]).includes(label);
