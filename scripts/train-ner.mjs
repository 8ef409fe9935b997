#!/usr/bin/env node
// Trains the NER model (models/ner/ner.bin). Run after `npm run build`:
//   node scripts/train-ner.mjs [--data ../shared/eval/ner/conll2003.dev.jsonl] [--out models/ner/ner.bin] [--iterations 10] [--one-pass]
// Reads only CoNLL-2003 eng.train (training) and eng.testa (scoring) ids from the data file; see models/ner/README.md.
import { main } from '../dist/ner/train-cli.js';

await main(process.argv.slice(2));
