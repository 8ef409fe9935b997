/**
 * Dev evaluation of the bare tagger on gold tokenization (CoNLL): strict entity F1 per label.
 */
import { createDoc, type Doc } from '../core/doc.js';
import type { Sentence, Token } from '../types/annotation.js';
import { conllTrainDoc, type GoldRecord } from './conll.js';
import type { NerModel } from './model.js';
import { Scorer } from './score.js';
import { tagsToSpans } from './tags.js';

/** Tags each record's gold tokens with `model` and returns the per-label strict F1 table. */
export function evalTokenized(model: NerModel, records: readonly GoldRecord[]): string {
  const scorer = new Scorer();
  for (const rec of records) {
    const doc = conllTrainDoc(rec);
    const tags = model.tag(doc);
    const pred = tags.flatMap((t, s) => tagsToSpans(t).map((sp) => ({
      start: doc.offsets[s]![sp.start]![0], end: doc.offsets[s]![sp.end - 1]![1], label: sp.type,
    })));
    scorer.add(rec.entities.map((e) => ({ start: e.start, end: e.end, label: e.label })), pred);
  }
  return scorer.report();
}

/**
 * A minimal tokenizer for dev evaluation only (the real one is the `segment` stage): one sentence per
 * line; words, dotted abbreviations, numbers, clitics (`'s`, `n't`) and single punctuation marks.
 */
export function devTokenize(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const re = /\p{Lu}{1,2}\$|(?:\p{L}\.){2,}|(?:\p{Lu}\.)+\p{Lu}(?![\p{L}.])|\p{Lu}\.(?=[ \p{Lu}])|(?:Mr|Mrs|Ms|Dr|Prof|St|ST|Fla|Calif|Jr|Sr|Gen|Sen|Gov|Rep|Inc|Corp|Co|Ltd|No|Lt|Col|Capt)\.|\p{L}[\p{L}\p{M}\p{N}]*(?:[-&]\p{L}[\p{L}\p{M}\p{N}]*)*(?=n['’]t)|n['’]t|['’](?:s|re|ve|ll|d|m)\b|\p{L}[\p{L}\p{M}\p{N}]*(?:[-&'’]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:/-]\p{N}+)*|``|''|\S/gu;
  let pos = 0;
  text.split('\n').forEach((line) => {
    const first = tokens.length;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      let t = m[0];
      // A word with a trailing possessive the regex kept ("Putin's") is split like the segment stage does.
      const poss = /^(.*\p{L})(['’]s)$/u.exec(t);
      const parts = poss && !/^(?:it|let|that|he|she|what|there|here|who)['’]s$/i.test(t) ? [poss[1]!, poss[2]!] : [t];
      let off = pos + m.index;
      for (const p of parts) {
        const kind: Token['kind'] = /^['’]/.test(p) || /^n['’]t$/.test(p) ? 'clitic' : /^\p{L}/u.test(p) ? 'word' : /^\p{N}/u.test(p) ? 'number' : /^["“”`']+$/.test(p) ? 'quote' : 'punct';
        tokens.push({ start: off, end: off + p.length, text: p, kind });
        off += p.length;
      }
      t = '';
    }
    if (tokens.length > first) {
      const a = tokens[first]!.start;
      const b = tokens[tokens.length - 1]!.end;
      sentences.push({ start: a, end: b, text: text.slice(a, b), paragraph: 0, tokenStart: first, tokenEnd: tokens.length });
    }
    pos += line.length + 1;
  });
  return { sentences, tokens };
}

/** Label mapping from our types to each gold set's labels (PER/ORG/LOC only, as the eval README recommends). */
export const LABEL_MAPS: Record<string, { gold: Record<string, string>; ours: Record<string, string> }> = {
  conll: { gold: { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' }, ours: { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'MISC', EVENT: 'MISC', PRODUCT: 'MISC', WORK_OF_ART: 'MISC', LAW: 'MISC' } },
  meantime: { gold: { PER: 'PER', ORG: 'ORG', FIN: 'ORG', LOC: 'LOC' }, ours: { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC' } },
  gum: { gold: { person: 'PER', organization: 'ORG', place: 'LOC' }, ours: { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC' } },
};

/** Runs the `entities` transformer over records tokenized by {@link devTokenize}; returns strict and overlap tables. */
export function evalWithStage(run: (doc: Doc) => Doc, records: readonly GoldRecord[], map: { gold: Record<string, string>; ours: Record<string, string> }): { strict: string; overlap: string; seconds: number; chars: number } {
  const strict = new Scorer();
  const overlap = new Scorer();
  let seconds = 0;
  let chars = 0;
  for (const rec of records) {
    const { sentences, tokens } = devTokenize(rec.text);
    const doc = { ...createDoc({ id: rec.id, text: rec.text, source: { path: null, sha256: '', format: 'jsonl' } }), sentences, tokens };
    const t0 = performance.now();
    const out = run(doc);
    seconds += (performance.now() - t0) / 1000;
    chars += rec.text.length;
    const gold = rec.entities.filter((e) => map.gold[e.label]).map((e) => ({ start: e.start, end: e.end, label: map.gold[e.label]! }));
    const pred = (out.mentions ?? []).filter((m) => map.ours[m.type]).map((m) => ({ start: m.start, end: m.end, label: map.ours[m.type]! }));
    strict.add(gold, pred);
    overlap.add(gold, pred, true);
  }
  return { strict: strict.report(), overlap: overlap.report(), seconds, chars };
}
