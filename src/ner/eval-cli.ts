/**
 * `npm run eval:ner`: dev figures for the NER model and the `entities` stage.
 *  - CoNLL-2003 eng.testa, gold tokenization, bare tagger: strict F1 per CoNLL label;
 *  - CoNLL-2003 eng.testa through the stage (fine types mapped back to CoNLL labels);
 *  - MEANTIME dev and GUM news+interview dev through the stage: strict and overlap F1 (PER/ORG/LOC).
 * Also reports the stage's throughput (characters per second, one core).
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { entitiesStage, loadModel } from '../stages/entities/index.js';
import { ENTITIES_DEFAULTS } from '../stages/entities/options.js';
import { evalTokenized, evalWithStage, LABEL_MAPS } from './dev-eval.js';
import { readJsonl } from './train-cli.js';

// ../shared/eval/ner beside the repository (this file runs from dist/ner/).
const DIR = fileURLToPath(new URL('../../../shared/eval/ner', import.meta.url));

/** Entry point; `argv` without node and script. */
export async function main(argv: readonly string[]): Promise<void> {
  const i = argv.indexOf('--dir');
  const dir = i >= 0 ? argv[i + 1]! : DIR;
  const { model } = loadModel();
  const run = await entitiesStage.init(ENTITIES_DEFAULTS);
  const stageRun = (doc: Parameters<typeof run>[0]) => run(doc, { report: () => undefined });
  const conll = readJsonl(`${dir}/conll2003.dev.jsonl`).filter((r) => r.id.startsWith('conll2003-eng.testa-'));
  console.log(`== CoNLL-2003 eng.testa (${conll.length} docs), bare tagger on gold tokens, strict\n${evalTokenized(model, conll)}`);
  const c = evalWithStage(stageRun, conll, LABEL_MAPS.conll!);
  console.log(`== CoNLL-2003 eng.testa through the stage, strict\n${c.strict}\nspeed ${(c.chars / 1e6 / c.seconds).toFixed(2)} MB/s (${c.chars} chars in ${c.seconds.toFixed(2)} s)`);
  if (existsSync(`${dir}/meantime.dev.jsonl`)) {
    const m = evalWithStage(stageRun, readJsonl(`${dir}/meantime.dev.jsonl`), LABEL_MAPS.meantime!);
    console.log(`== MEANTIME dev, PER/ORG(+FIN)/LOC, strict\n${m.strict}\n-- overlap\n${m.overlap}`);
  }
  if (existsSync(`${dir}/gum.dev.jsonl`)) {
    const recs = readJsonl(`${dir}/gum.dev.jsonl`).filter((r) => /^GUM_(news|interview)_/.test(r.id));
    const g = evalWithStage(stageRun, recs, LABEL_MAPS.gum!);
    console.log(`== GUM news+interview (${recs.length} docs), person/organization/place, strict\n${g.strict}\n-- overlap\n${g.overlap}\nspeed ${(g.chars / 1e6 / g.seconds).toFixed(2)} MB/s`);
  }
}
