/** Public API of the scorer (`factwire eval`): record shape, reader, per-task scorers, runner and formatter. */
export * from './record.js';
export * from './jsonl.js';
export * from './metrics.js';
export * from './align.js';
export * from './labels.js';
export * from './ner.js';
export * from './time.js';
export * from './quotes.js';
export * from './run.js';
