/**
 * The claim patterns the extractor knows, as data. Each id ends up in `Quote.by`
 * (`quotes@1/<id>`), so every output claim says which rule produced it.
 */

/** Pattern ids. */
export type PatternId =
  | 'quote-cue-speaker'
  | 'quote-speaker-cue'
  | 'speaker-cue-quote'
  | 'split-quote'
  | 'colon-quote'
  | 'speaker-cue-content'
  | 'content-speaker-cue'
  | 'content-cue-speaker'
  | 'according-to'
  | 'floating'
  | 'quote-speaker-verb'
  | 'speaker-verb-quote'
  | 'quote-dash-speaker'
  | 'speaker-verb-object-quote'
  | 'tagger'
  | 'referring-to'
  | 'speaker-label'
  | 'in-poll'
  | 'colon-paragraph'
  | 'coordinated-cue'
  | 'inner-claim'
  | 'stance-adjective';

/** Documentation row for a pattern. */
export interface PatternInfo {
  readonly id: PatternId;
  readonly kind: 'direct' | 'indirect' | 'any';
  readonly example: string;
}

/** Every pattern with an example (also used by tests as a checklist). */
export const PATTERNS: readonly PatternInfo[] = [
  { id: 'quote-cue-speaker', kind: 'direct', example: '"We are ready," said Lavrov.' },
  { id: 'quote-speaker-cue', kind: 'direct', example: '"We are ready," the top diplomat said.' },
  { id: 'speaker-cue-quote', kind: 'direct', example: 'Lavrov said: "We are ready."' },
  { id: 'split-quote', kind: 'direct', example: '"We are ready," he said, "to talk."' },
  { id: 'colon-quote', kind: 'direct', example: 'He said:\n\n"We are ready."' },
  { id: 'speaker-cue-content', kind: 'any', example: 'Lavrov said that ties are growing.' },
  { id: 'content-speaker-cue', kind: 'any', example: 'Ties are growing, Lavrov said.' },
  { id: 'content-cue-speaker', kind: 'any', example: 'Ties are growing, said Lavrov.' },
  { id: 'according-to', kind: 'any', example: 'Ties are growing, according to Lavrov.' },
  { id: 'floating', kind: 'direct', example: 'He said so.\n\n"A whole paragraph in quotes."' },
  { id: 'quote-speaker-verb', kind: 'direct', example: '"We are ready," he beamed.' },
  { id: 'speaker-verb-quote', kind: 'direct', example: 'The minister boomed: "We are ready."' },
  { id: 'quote-dash-speaker', kind: 'direct', example: '"We are ready to talk." ― Sergey Lavrov' },
  { id: 'speaker-verb-object-quote', kind: 'direct', example: 'The ministry issued the following statement:\n\n"We are ready."' },
  { id: 'tagger', kind: 'any', example: 'The senator believes the bill will pass.' },
  { id: 'referring-to', kind: 'indirect', example: '"It is too late," she said, referring to the new tariffs.' },
  { id: 'speaker-label', kind: 'indirect', example: 'SMITH: We will not back down on this.' },
  { id: 'in-poll', kind: 'indirect', example: 'In a county survey released Monday, most voters backed the levy.' },
  { id: 'colon-paragraph', kind: 'indirect', example: 'The mayor wrote:\n\nThe bridge will reopen in May.' },
  { id: 'coordinated-cue', kind: 'indirect', example: 'The mayor praised the budget and warned that costs would rise.' },
  { id: 'inner-claim', kind: 'indirect', example: 'Voters grew restless this spring, and the governor warned that turnout could fall.' },
  { id: 'stance-adjective', kind: 'indirect', example: 'The governor has been critical of the plan.' },
];

/**
 * Patterns built on quotation marks: the `direct` rows of {@link PATTERNS}. Their claims survive next to the
 * tagger's when claims are merged (`assemble.ts`), so a new quotation-mark pattern needs only its row here.
 */
export const QUOTATION_MARK_PATTERNS: ReadonlySet<PatternId> = new Set(PATTERNS.filter((p) => p.kind === 'direct').map((p) => p.id));
