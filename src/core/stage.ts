/**
 * The stage contract (spaCy components + unified plugins): a stage declares the layers it reads
 * (`requires`) and writes (`assigns`), validated options with defaults, and an `init` that runs once
 * per pipeline (load models, compile patterns) and returns the per-document transformer.
 */
import type { Doc, LayerName } from './doc.js';
import type { Message } from '../types/annotation.js';

/** What a transformer may use besides the document. */
export interface StageContext {
  /** Report a problem found in the content; it lands in `doc.messages` after the stage runs. */
  report(message: Message): void;
}

/** A per-document transformer: pure, returns a new Doc. */
export type Transformer = (doc: Doc, ctx: StageContext) => Doc;

/** A registered stage. `O` is its options object. */
export interface Stage<O extends object = Record<string, unknown>> {
  /** Registry name, lower-case (`segment`). */
  readonly name: string;
  /** Semantic version; the major part is what pipelines pin (`segment@1`). */
  readonly version: string;
  /** One line saying what the stage adds. */
  readonly description: string;
  /** Layers that earlier stages must have assigned. */
  readonly requires: readonly LayerName[];
  /** Layers this stage writes. */
  readonly assigns: readonly LayerName[];
  /** Default options; merged under the pipeline's options. */
  readonly defaults: O;
  /** JSON Schema of the options object (validated with ajv before any document runs). */
  readonly optionsSchema: object;
  /**
   * Prepares the stage once per pipeline and returns the transformer. May read files shipped with
   * the package (models, lexicons) but never the network or the wall clock.
   */
  init(options: O): Transformer | Promise<Transformer>;
  /** Extra inputs that change the output (model files' hashes); they enter the pipeline hash. */
  fingerprint?(options: O): string | Promise<string>;
}

/** Major version of a stage (`1` for `1.4.2`). */
export function majorVersion(version: string): string {
  return version.split('.')[0] ?? version;
}

/** `name@major`, the id pipelines use and `by` fields start with. */
export function stageId(stage: Pick<Stage, 'name' | 'version'>): string {
  return `${stage.name}@${majorVersion(stage.version)}`;
}
