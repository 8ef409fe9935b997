/** Streaming reader for eval JSONL files (gold or predictions): one {@link EvalRecord} per line. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { validateEvalRecord, type EvalRecord } from './record.js';

/** A problem found on one line of an eval file. `error`: the line is skipped; `warning`: it is kept. */
export interface EvalIssue {
  file: string;
  /** 1-based line number. */
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/** Thrown by {@link readEvalJsonl} on a bad line when no `onIssue` handler is given. */
export class EvalInputError extends Error {
  constructor(readonly issue: EvalIssue) {
    super(`${issue.file}:${issue.line}: ${issue.message}`);
    this.name = 'EvalInputError';
  }
}

/** Options of {@link readEvalJsonl}. */
export interface ReadEvalJsonlOptions {
  /**
   * Receives every problem, with its line number. When given, bad lines are skipped and reading goes on; when
   * absent, the first `error` throws an {@link EvalInputError} and warnings are ignored.
   */
  onIssue?: (issue: EvalIssue) => void;
  /** Stream to read when `path` is `-` (default `process.stdin`), so predictions can be piped in. */
  stdin?: Readable;
}

/**
 * Read an eval JSONL file line by line (files of 15 MB and more never sit in memory as one string) and yield each
 * valid record. Blank lines are skipped; a UTF-8 BOM on the first line is removed; `-` reads standard input.
 */
export async function* readEvalJsonl(path: string, options: ReadEvalJsonlOptions = {}): AsyncGenerator<EvalRecord> {
  for await (const entry of readEvalJsonlEntries(path, options)) yield entry.record;
}

/** A record and the 1-based line it was read from. */
export interface EvalJsonlEntry {
  line: number;
  record: EvalRecord;
}

/** Like {@link readEvalJsonl}, but yields each record with its line number, so later problems can point at it. */
export async function* readEvalJsonlEntries(path: string, options: ReadEvalJsonlOptions = {}): AsyncGenerator<EvalJsonlEntry> {
  const input = path === '-' ? (options.stdin ?? process.stdin) : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const report = (issue: EvalIssue): void => {
    if (options.onIssue) options.onIssue(issue);
    else if (issue.severity === 'error') throw new EvalInputError(issue);
  };
  let lineNo = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        report({ file: path, line: lineNo, severity: 'error', message: `invalid JSON: ${(err as Error).message}` });
        continue;
      }
      const check = validateEvalRecord(value);
      for (const message of check.errors) report({ file: path, line: lineNo, severity: 'error', message });
      for (const message of check.warnings) report({ file: path, line: lineNo, severity: 'warning', message });
      if (check.record) yield { line: lineNo, record: check.record };
    }
  } finally {
    // Close the file even when the consumer stops early or a handler throws.
    lines.close();
    if (path !== '-') (input as ReturnType<typeof createReadStream>).destroy();
  }
}
