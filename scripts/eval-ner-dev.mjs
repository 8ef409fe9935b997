#!/usr/bin/env node
// Dev figures for the NER model and the entities stage. Run after `npm run build`:
//   node scripts/eval-ner-dev.mjs [--dir ../shared/eval/ner]
// Reads CoNLL-2003 eng.testa ids, MEANTIME dev, GUM news+interview dev. Nothing is written.
import { main } from '../dist/ner/eval-cli.js';

await main(process.argv.slice(2));
