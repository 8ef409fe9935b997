/** One configured ajv instance (JSON Schema 2020-12) shared by option and output validation. */
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type Ajv2020Type from 'ajv/dist/2020.js';
import type addFormatsType from 'ajv-formats';

// ajv and ajv-formats are CommonJS; require() sidesteps NodeNext's default-export interop quirks.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof Ajv2020Type.default;
const addFormats = require('ajv-formats') as typeof addFormatsType.default;

/** Creates an ajv instance with formats; strict so that schema typos fail loudly. */
export function createAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv;
}

/** Formats ajv errors as `path: message` lines. */
export function formatAjvErrors(errors: readonly ErrorObject[] | null | undefined): string {
  if (!errors || errors.length === 0) return 'unknown validation error';
  return errors
    .slice(0, 20)
    .map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${e.params && 'allowedValues' in e.params ? ` (${JSON.stringify(e.params.allowedValues)})` : ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`)
    .join('\n');
}
