/* Generated from schemas/pipeline.schema.json by scripts/gen-types.mjs. Do not edit by hand: run `npm run gen:types`. */

/**
 * A named pipeline: the stages to run, in order, with their options. Stages are looked up in the registry by name and major version (`segment@1`).
 */
export interface PipelineSpec {
  $schema?: string;
  name: string;
  description?: string;
  /**
   * @minItems 1
   */
  stages: [
    {
      /**
       * Registered stage name and major version.
       */
      use: string;
      /**
       * Stage options; validated against the stage's own options schema before any document runs.
       */
      options?: {};
    },
    ...{
      /**
       * Registered stage name and major version.
       */
      use: string;
      /**
       * Stage options; validated against the stage's own options schema before any document runs.
       */
      options?: {};
    }[]
  ];
}
