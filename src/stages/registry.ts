/**
 * The stage registry: every stage factwire ships, by name and version. Pipelines name stages as
 * `name@major`; the builder checks requires/assigns and options against these declarations.
 */
import type { Stage } from '../core/stage.js';
import { metaStage } from './meta/index.js';
import { segmentStage } from './segment/index.js';
import { entitiesStage } from './entities/index.js';
import { timexesStage } from './timexes/index.js';
import { quotesStage } from './quotes/index.js';

/** All registered stages. */
export const registry: readonly Stage<object>[] = [
  metaStage as unknown as Stage<object>,
  segmentStage as unknown as Stage<object>,
  entitiesStage as unknown as Stage<object>,
  timexesStage as unknown as Stage<object>,
  quotesStage as unknown as Stage<object>,
];
