/** `factwire export`: converts annotation documents to other formats (today: the eval JSONL shape). */
import { toEvalRecord } from '../export/eval-jsonl.js';
import { readAnnotations } from '../io/annotation-files.js';
import { verifyAnnotation } from '../emit/validate.js';
import { writeFileAtomic } from '../batch/atomic.js';
import type { AnnotationDocument } from '../types/annotation.js';
import type { CliIo } from './main.js';

/** Returns 0 when every input converted, 1 when some were unreadable or invalid (they are skipped with a message). */
export async function runExport(paths: string[], opts: { to: string; output: string; labels: 'ontonotes' | 'conll'; spans: 'name' | 'extent'; nested?: boolean }, io: CliIo): Promise<number> {
  const lines: string[] = [];
  let bad = 0;
  for await (const item of readAnnotations(paths, io.stdin)) {
    if (!item.ok) { bad++; io.stderr.write(`${item.where}: ${item.message}\n`); continue; }
    const problems = verifyAnnotation(item.value);
    if (problems.length > 0) { bad++; io.stderr.write(`${item.where}: not a valid annotation (${problems[0]!.path}: ${problems[0]!.message}); skipped\n`); continue; }
    const line = JSON.stringify(toEvalRecord(item.value as AnnotationDocument, { labels: opts.labels, spans: opts.spans, ...(opts.nested ? { nested: true } : {}) }));
    if (opts.output === '-') io.stdout.write(`${line}\n`);
    else lines.push(line);
  }
  if (opts.output !== '-') await writeFileAtomic(opts.output, lines.map((l) => `${l}\n`).join(''));
  io.stderr.write(`factwire export: ${opts.output === '-' ? 'stdout' : opts.output}${bad ? `, ${bad} input(s) skipped` : ''}\n`);
  return bad > 0 ? 1 : 0;
}
