/** TIMEX3 recognition and normalization, independent of the Doc. */
export { findTimexes } from './find.js';
export type { TimexCandidate, FindOptions, CandidateAnchor, Tense, TimexType, TimexMod } from './types.js';
export { RULES, type TimexRule, type RuleExample } from './rules.js';
export { detectTense } from './tense.js';
