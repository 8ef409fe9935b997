/** `factwire eval`: scores predictions against gold (both in the eval JSONL shape). */
import { formatReport, runEval } from '../eval/run.js';
import { FactwireError } from '../core/errors.js';
import type { CliIo } from './main.js';

/** Prints the report (text on stdout, or JSON with --json) and returns 0. Unreadable files are usage errors (2). */
export async function runEvalCommand(o: Record<string, unknown>, io: CliIo): Promise<number> {
  let ids: RegExp | undefined;
  if (typeof o.ids === 'string') {
    try { ids = new RegExp(o.ids); } catch (err) { throw new FactwireError('E_USAGE', `--ids is not a valid regular expression: ${(err as Error).message}`); }
  }
  let report;
  try {
    report = await runEval({
      task: o.task as 'ner' | 'time' | 'quotes',
      gold: String(o.gold),
      pred: String(o.pred),
      ...(typeof o.labels === 'string' ? { labels: o.labels.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
      ...(ids ? { ids } : {}),
      ...(typeof o.compartment === 'string' ? { compartment: o.compartment } : {}),
      ...(o.goldNotExhaustive ? { goldExhaustive: false } : {}),
      ...(o.trimDeterminers ? { trimDeterminers: true } : {}),
    });
  } catch (err) {
    // Bad options (TypeError from the scorer) and unreadable files are the user's to fix, not crashes.
    const e = err as NodeJS.ErrnoException;
    if (err instanceof TypeError || e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EISDIR' || e.name === 'EvalInputError') {
      throw new FactwireError('E_USAGE', e.message);
    }
    throw err;
  }
  io.stdout.write(o.json ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n`);
  return 0;
}
