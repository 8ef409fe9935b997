/**
 * Development harness for the TIMEX3 engine until `factwire eval` lands: TempEval-3 task A measures on
 * a gold JSONL (strict/relaxed P/R/F1 with one-to-one overlap alignment; type and value accuracy over
 * relaxed matches; attribute F1 = relaxed F1 × accuracy), errors grouped by class, and throughput.
 * The gold is read at run time by path and never copied.
 *
 *   node dist/time/dev-eval.js /work/shared/eval/time/tempeval3.dev.jsonl [--errors fn,fp,value,type,extent] [--top 40]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { findTimexes } from './find.js';
import type { TimexCandidate } from './types.js';

/** A gold or system timex for scoring. */
export interface ScoredSpan {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** Scores of one corpus. */
export interface TaskAScores {
  gold: number;
  system: number;
  strictMatches: number;
  relaxedMatches: number;
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  typeAccuracy: number;
  valueAccuracy: number;
  typeF1: number;
  valueF1: number;
}

/**
 * One-to-one alignment by overlap: pairs are taken greedily by overlap length (exact matches first),
 * so each gold and each system span is used at most once.
 */
export function align(gold: readonly ScoredSpan[], sys: readonly ScoredSpan[]): [number, number][] {
  const pairs: { g: number; s: number; ov: number; exact: boolean }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let s = 0; s < sys.length; s++) {
      const a = gold[g]!;
      const b = sys[s]!;
      const ov = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      if (ov > 0) pairs.push({ g, s, ov, exact: a.start === b.start && a.end === b.end });
    }
  }
  pairs.sort((x, y) => Number(y.exact) - Number(x.exact) || y.ov - x.ov);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const out: [number, number][] = [];
  for (const p of pairs) {
    if (usedG.has(p.g) || usedS.has(p.s)) continue;
    usedG.add(p.g);
    usedS.add(p.s);
    out.push([p.g, p.s]);
  }
  return out;
}

const prf = (m: number, sys: number, gold: number) => {
  const p = sys ? m / sys : 0;
  const r = gold ? m / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

interface GoldRecord {
  id: string;
  text: string;
  dct: string | null;
  timexes: ScoredSpan[];
}

interface ErrorRow {
  cls: string;
  key: string;
  detail: string;
}

/** Runs the engine over a gold file and returns scores, error rows and throughput. */
export function evaluateFile(path: string): { scores: TaskAScores; errors: ErrorRow[]; mbPerSecond: number; chars: number } {
  const records = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRecord);
  let nGold = 0, nSys = 0, strictM = 0, relaxedM = 0, typeOk = 0, valueOk = 0, chars = 0, ms = 0;
  const errors: ErrorRow[] = [];
  const shape = (s: string) => s.toLowerCase().replace(/\d/g, '9').replace(/\s+/g, ' ');
  for (const rec of records) {
    const t0 = performance.now();
    const sys: TimexCandidate[] = findTimexes(rec.text, { dct: rec.dct });
    ms += performance.now() - t0;
    chars += rec.text.length;
    const gold = rec.timexes;
    nGold += gold.length;
    nSys += sys.length;
    const pairs = align(gold, sys);
    const matchedG = new Set(pairs.map(([g]) => g));
    const matchedS = new Set(pairs.map(([, s]) => s));
    const ctx = (a: number, b: number) => JSON.stringify(rec.text.slice(Math.max(0, a - 40), b + 25).replace(/\s+/g, ' '));
    for (const [gi, si] of pairs) {
      const g = gold[gi]!;
      const s = sys[si]!;
      relaxedM++;
      if (g.start === s.start && g.end === s.end) strictM++;
      else errors.push({ cls: 'extent', key: `${shape(g.text)} ~ ${shape(s.text)}`, detail: `${rec.id} gold=${JSON.stringify(g.text)} sys=${JSON.stringify(s.text)} [${s.rule}]` });
      if (g.type === s.type) typeOk++;
      else errors.push({ cls: 'type', key: `${g.type}->${s.type} ${s.rule}`, detail: `${rec.id} ${JSON.stringify(g.text)} gold=${g.type}:${g.value} sys=${s.type}:${s.value}` });
      if (g.value === s.value) valueOk++;
      else errors.push({ cls: 'value', key: s.rule, detail: `${rec.id} dct=${rec.dct} ${JSON.stringify(g.text)}|${JSON.stringify(s.text)} gold=${g.value} sys=${s.value} ${ctx(g.start, g.end)}` });
    }
    gold.forEach((g, i) => {
      if (!matchedG.has(i)) errors.push({ cls: 'fn', key: `${g.type} ${shape(g.text)}`, detail: `${rec.id} ${g.value} ${ctx(g.start, g.end)}` });
    });
    sys.forEach((s, i) => {
      if (!matchedS.has(i)) errors.push({ cls: 'fp', key: `${s.rule}`, detail: `${rec.id} ${JSON.stringify(s.text)} ${s.value} ${ctx(s.start, s.end)}` });
    });
  }
  const strict = prf(strictM, nSys, nGold);
  const relaxed = prf(relaxedM, nSys, nGold);
  const typeAccuracy = relaxedM ? typeOk / relaxedM : 0;
  const valueAccuracy = relaxedM ? valueOk / relaxedM : 0;
  return {
    scores: {
      gold: nGold, system: nSys, strictMatches: strictM, relaxedMatches: relaxedM, strict, relaxed,
      typeAccuracy, valueAccuracy, typeF1: relaxed.f1 * typeAccuracy, valueF1: relaxed.f1 * valueAccuracy,
    },
    errors,
    mbPerSecond: chars / 1e6 / (ms / 1000),
    chars,
  };
}

function main(argv: string[]): void {
  const path = argv[0];
  if (!path) {
    process.stderr.write('usage: node dist/time/dev-eval.js <gold.jsonl> [--errors fn,fp,value,type,extent] [--top N] [--examples K]\n');
    process.exitCode = 2;
    return;
  }
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const classes = (opt('--errors') ?? '').split(',').filter(Boolean);
  const top = Number(opt('--top') ?? 30);
  const examples = Number(opt('--examples') ?? 3);
  const { scores: s, errors, mbPerSecond, chars } = evaluateFile(path);
  const f = (x: number) => (100 * x).toFixed(2);
  console.log(`${path}\n gold ${s.gold}  system ${s.system}  relaxed matches ${s.relaxedMatches}  strict matches ${s.strictMatches}`);
  console.log(` strict  P ${f(s.strict.p)} R ${f(s.strict.r)} F1 ${f(s.strict.f1)}`);
  console.log(` relaxed P ${f(s.relaxed.p)} R ${f(s.relaxed.r)} F1 ${f(s.relaxed.f1)}`);
  console.log(` type acc ${f(s.typeAccuracy)} (F1 ${f(s.typeF1)})  value acc ${f(s.valueAccuracy)} (F1 ${f(s.valueF1)})`);
  console.log(` engine throughput ${mbPerSecond.toFixed(2)} MB/s over ${(chars / 1e6).toFixed(2)} M chars`);
  for (const cls of classes) {
    const rows = errors.filter((e) => e.cls === cls);
    const byKey = new Map<string, ErrorRow[]>();
    for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
    console.log(`\n== ${cls}: ${rows.length}`);
    for (const [key, list] of [...byKey].sort((a, b) => b[1].length - a[1].length).slice(0, top)) {
      console.log(` ${list.length}\t${key}`);
      for (const r of list.slice(0, examples)) console.log(`\t\t${r.detail}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
