/** `factwire validate`: checks annotation files against the schema and the offsets invariant. */
import { verifyAnnotation } from '../emit/validate.js';
import { readAnnotations } from '../io/annotation-files.js';
import type { CliIo } from './main.js';

/** Returns 0 when every document is valid, 1 otherwise. Readable report on stderr; `--json` results on stdout. */
export async function runValidate(paths: string[], opts: { json: boolean }, io: CliIo): Promise<number> {
  let valid = 0, invalid = 0;
  for await (const item of readAnnotations(paths, io.stdin)) {
    const problems = item.ok ? verifyAnnotation(item.value) : [{ path: '', message: item.message }];
    if (problems.length === 0) valid++;
    else invalid++;
    if (opts.json) io.stdout.write(`${JSON.stringify({ file: item.where, valid: problems.length === 0, problems })}\n`);
    else for (const p of problems) io.stderr.write(`${item.where}: ${p.path || '/'}: ${p.message}\n`);
  }
  io.stderr.write(`factwire validate: ${valid} valid, ${invalid} invalid\n`);
  return invalid > 0 || valid === 0 ? 1 : 0;
}
