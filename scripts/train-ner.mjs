#!/usr/bin/env node
// Trains the NER model (models/ner/ner.bin). Run after `npm run build`:
//   node scripts/train-ner.mjs [--data ../shared/eval/ner/conll2003.dev.jsonl] [--out models/ner/ner.bin] [--iterations 10] [--one-pass]
//     [--seeds S1,S2,...] [--seed-models DIR]
//     [--gum [../shared/eval/ner/gum.dev.jsonl]] [--gum-weight 1] [--gum-exclude REGEX] [--gum-open-outside]
// Reads only CoNLL-2003 eng.train (training) and eng.testa (scoring) ids from the data file and, with --gum, the
// GUM records whose source says split=train (never split=dev; ids matching --gum-exclude are left out); see
// models/ner/README.md.
import { main } from '../dist/ner/train-cli.js';

await main(process.argv.slice(2));
