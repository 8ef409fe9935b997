/**
 * The `factwire` command line. stdout carries data only (JSON/JSONL); logs, progress and summaries go
 * to stderr. Exit codes: 0 success, 1 some document (or file) failed, 2 usage error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Writable } from 'node:stream';
import { FactwireError } from '../core/errors.js';
import { annotate, DEFAULT_CONCURRENCY } from '../batch/annotate.js';
import { FACTWIRE_VERSION } from '../version.js';
import { runValidate } from './validate.js';
import { runExport } from './export.js';
import { runEvalCommand } from './eval.js';
import { listPipelines, DEFAULT_PIPELINE } from '../pipelines/load.js';

/** Streams the CLI writes to; injectable for tests. */
export interface CliIo {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

const positiveInt = (name: string, min = 1) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}`);
  return n;
};

/** Parses `YYYY-MM-DD` and checks it is a real calendar date. */
export function parseDct(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new InvalidArgumentError('--dct must be a date YYYY-MM-DD');
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) throw new InvalidArgumentError(`--dct ${value} is not a calendar date`);
  return value;
}

function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command('factwire')
    .description('Annotate English news dispatches: tokens, entities, dates and attributed claims, as schema-validated JSON.')
    .version(FACTWIRE_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();

  program.command('annotate')
    .description('annotate .txt/.json/.jsonl files or folders (recursively), or - for stdin')
    .argument('<paths...>', 'files, folders, or - for stdin')
    .option('--out <dir>', 'write one <key>.json per document into DIR, mirroring the input tree')
    .option('--jsonl <file>', 'write all documents as JSON Lines to FILE, or - for stdout, in input order')
    .option('--pipeline <name|file>', `pipeline name (${listPipelines().join(', ')}) or JSON file`, DEFAULT_PIPELINE)
    .option('--lexicon <file>', 'your own names for the entities stage: JSON [{"text", "type", "canonical"?}]')
    .option('--dct <date>', 'dispatch date for every document (YYYY-MM-DD); overrides record and metadata dates', parseDct)
    .option('--concurrency <n>', 'worker threads (0 = run in-process, without time limits)', positiveInt('--concurrency', 0), DEFAULT_CONCURRENCY)
    .option('--force', 'redo documents whose output is already current', false)
    .option('--max-chars <n>', 'fail documents longer than N characters', positiveInt('--max-chars'), 2_000_000)
    .option('--timeout-ms <n>', 'fail a document that takes longer than N ms', positiveInt('--timeout-ms'), 60_000)
    .addOption(new Option('--offsets <unit>', 'unit of emitted offsets').choices(['codepoint', 'utf16']).default('codepoint'))
    .addOption(new Option('--stdin-format <format>', 'what - reads').choices(['jsonl', 'text']).default('jsonl'))
    .option('--errors <file>', 'where to write failures (default: errors.jsonl beside the output)')
    .option('--pretty', 'indent output JSON (files are compact by default)', false)
    .option('--no-progress', 'never show a progress bar')
    .action(async (paths: string[], o: Record<string, unknown>) => {
      if (Boolean(o.out) === Boolean(o.jsonl)) throw new FactwireError('E_USAGE', 'give exactly one of --out DIR or --jsonl FILE|-');
      const summary = await annotate({
        paths,
        ...(o.out ? { outDir: String(o.out) } : {}),
        ...(o.jsonl ? { jsonl: String(o.jsonl) } : {}),
        pipeline: String(o.pipeline),
        ...(o.lexicon ? { lexicon: String(o.lexicon) } : {}),
        ...(o.dct ? { dct: String(o.dct) } : {}),
        concurrency: Number(o.concurrency),
        force: Boolean(o.force),
        maxChars: Number(o.maxChars),
        timeoutMs: Number(o.timeoutMs),
        offsets: o.offsets as 'codepoint' | 'utf16',
        stdinFormat: o.stdinFormat as 'jsonl' | 'text',
        pretty: Boolean(o.pretty),
        ...(o.errors ? { errorsFile: String(o.errors) } : {}),
        ...(o.progress === false ? { progress: false } : {}),
        stdout: io.stdout,
        stderr: io.stderr,
      });
      io.stderr.write(`factwire: ${summary.ok} ok, ${summary.failed} failed, ${summary.skipped} skipped in ${summary.seconds.toFixed(2)} s (${summary.docsPerSecond.toFixed(1)} docs/s)${summary.errorsFile ? `; failures in ${summary.errorsFile}` : ''}\n`);
      setCode(summary.failed > 0 ? 1 : 0);
    });

  program.command('validate')
    .description('check annotation files against schemas/annotation.schema.json and the offsets invariant')
    .argument('<paths...>', 'annotation .json/.jsonl files, folders, or - for JSONL on stdin')
    .option('--json', 'print one JSON result per document on stdout', false)
    .action(async (paths: string[], o: { json: boolean }) => setCode(await runValidate(paths, o, io)));

  program.command('export')
    .description('convert annotation files to another format')
    .argument('<paths...>', 'annotation .json/.jsonl files, folders, or - for JSONL on stdin')
    .addOption(new Option('--to <format>', 'output format').choices(['eval-jsonl']).makeOptionMandatory())
    .addOption(new Option('--labels <set>', 'entity labels in eval-jsonl: ontonotes (ours) or conll (PER/ORG/LOC/MISC)').choices(['ontonotes', 'conll']).default('ontonotes'))
    .addOption(new Option('--spans <kind>', 'entity spans in eval-jsonl: name (the mention\'s span) or extent (its whole noun phrase, with the ACE/MEANTIME conventions of the extent view: a nationality adjective before a noun as a place, "the X Government" as the country, "the dollar" as ORG)').choices(['name', 'extent']).default('name'))
    .option('--nested', 'eval-jsonl: also write the names inside mentions (their `inner` list) as entities, for nested gold (GUM)', false)
    .option('-o, --output <file>', 'output file, or - for stdout', '-')
    .action(async (paths: string[], o: { to: string; output: string; labels: 'ontonotes' | 'conll'; spans: 'name' | 'extent'; nested: boolean }) => setCode(await runExport(paths, o, io)));

  program.command('eval')
    .description('score predictions against gold (both in the eval JSONL shape of ../shared/eval)')
    .addOption(new Option('--task <task>', 'what to score').choices(['ner', 'time', 'quotes']).makeOptionMandatory())
    .requiredOption('--gold <file>', 'gold JSONL')
    .requiredOption('--pred <file>', 'predicted JSONL (factwire export --to eval-jsonl), or - for stdin')
    .option('--labels <list>', 'ner: comma-separated labels to score (default PER,ORG,LOC,MISC)')
    .option('--ids <regex>', 'score only documents whose id matches REGEX')
    .option('--compartment <name>', 'quotes: score only documents with meta.compartment == NAME (dev, train)')
    .option('--trim-determiners', 'ner: drop a leading the/a/an from every span on both sides before scoring (MEANTIME keeps determiners)', false)
    .option('--gold-not-exhaustive', 'time: the gold marks only some expressions (GUM); report value accuracy on matches, not precision', false)
    .option('--json', 'print the report as JSON on stdout', false)
    .action(async (o: Record<string, unknown>) => setCode(await runEvalCommand(o, io)));

  program.command('pipelines')
    .description('list the shipped pipelines')
    .action(() => { io.stdout.write(`${JSON.stringify(listPipelines())}\n`); setCode(0); });

  return program;
}

/** Runs the CLI with `argv` (as process.argv) and returns the exit code. */
export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => { code = c; });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof InvalidArgumentError || err instanceof FactwireError) {
      io.stderr.write(`factwire: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`factwire: unexpected error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return 1;
  }
}
