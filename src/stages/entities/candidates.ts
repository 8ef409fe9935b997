/**
 * Finding mention candidates (spaCy's `match` half): the tagger's spans with span conventions applied,
 * head-noun extensions, and lexicon matches. Applying them to the Doc is `apply.ts`.
 */
import type { Doc } from '../../core/doc.js';
import type { EntityType, Token } from '../../types/annotation.js';
import type { LexiconEntry } from '../../ner/data/lexicon.js';
import { fineType } from '../../ner/finetype.js';
import { Gazetteer, GAZ_CLASSES, gazKey } from '../../ner/gazetteer.js';
import type { Lexicon } from '../../ner/lexicon.js';
import type { NerModel } from '../../ner/model.js';
import { isCapWord, overlaps, splitTitle, tokText, tokTexts, trimRange, TITLES, type TokenRange } from '../../ner/spans.js';
import { tagsToSpans } from '../../ner/tags.js';
import { refineCandidates } from './refine.js';
import { candidate } from './rule-kit.js';

/** A candidate mention over global token indices. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** Rule id (goes into `by` after `entities@1/`). */
  readonly rule: string;
  readonly title: TokenRange | null;
  readonly canonical?: string;
}

/** A lowercase head phrase that turns a preceding name into a facility or region. */
export interface HeadExtension {
  readonly id: string;
  readonly words: readonly string[];
  readonly type: EntityType;
  /** May the name before the head be a demonym (`Eurasian continent`)? */
  readonly afterDemonym: boolean;
  readonly example: string;
}

/** Head extensions, longest first. */
export const HEAD_EXTENSIONS: readonly HeadExtension[] = [
  { id: 'fac-railway-station', words: ['railway', 'station'], type: 'FAC', afterDemonym: false, example: 'Yaroslavsky railway station' },
  { id: 'fac-train-station', words: ['train', 'station'], type: 'FAC', afterDemonym: false, example: 'Kursky train station' },
  { id: 'fac-spaceport', words: ['spaceport'], type: 'FAC', afterDemonym: false, example: 'Vostochny spaceport' },
  { id: 'fac-cosmodrome', words: ['cosmodrome'], type: 'FAC', afterDemonym: false, example: 'Baikonur cosmodrome' },
  { id: 'fac-airport', words: ['airport'], type: 'FAC', afterDemonym: false, example: 'Vnukovo airport' },
  { id: 'loc-continent', words: ['continent'], type: 'LOC', afterDemonym: true, example: 'Eurasian continent' },
];


/** First words of the head extensions: most tokens are none of them, and {@link headAt} runs at every token. */
const HEAD_FIRST_WORDS: ReadonlySet<string> = new Set(HEAD_EXTENSIONS.map((h) => h.words[0]!));

function headAt(tokens: readonly Token[], i: number): HeadExtension | null {
  const first = tokens[i] && tokText(tokens[i]!);
  if (first === undefined || !HEAD_FIRST_WORDS.has(first)) return null;
  for (const h of HEAD_EXTENSIONS) {
    if (h.words[0] === first && wordsAt(tokens, i, h.words)) return h;
  }
  return null;
}

const wordsAt = (tokens: readonly Token[], i: number, words: readonly string[]) => words.every((w, k) => tokens[i + k] && tokText(tokens[i + k]!) === w);

/** Everything candidate finding needs besides the Doc. */
export interface CandidateContext {
  readonly model: NerModel;
  readonly gazetteer: Gazetteer;
  readonly user: Lexicon;
  readonly builtin: Lexicon | null;
}

/**
 * `ner.<fine-type rule id>`, one string per id: every post-rule tests `rule.startsWith('ner.')` on every
 * candidate, and a fresh template string per candidate is a rope the runtime flattens again for each of them.
 */
const NER_RULES = new Map<string, string>();
function nerRule(id: string): string {
  let r = NER_RULES.get(id);
  if (r === undefined) NER_RULES.set(id, (r = `ner.${id}`));
  return r;
}


/** Finds the candidates of one document, sorted by start, non-overlapping. */
export function findCandidates(doc: Doc, cx: CandidateContext): Candidate[] {
  const tokens = doc.tokens ?? [];
  // The tagger reads the Doc's sentences and tokens as they are (the segmenter splits one-unit-per-line copy
  // at its line breaks and keeps `'s`, `P.`, `C$` whole, as the Penn Treebank tokens the model was trained on).
  const sentences = doc.sentences ?? [];
  // Loops, not `map`: the arrays stay PACKED whether or not this function is optimised (see `tokTexts`).
  const input: string[][] = [];
  for (let k = 0; k < sentences.length; k++) input.push(tokTexts(tokens, sentences[k]!.tokenStart, sentences[k]!.tokenEnd));
  const tags = cx.model.tag({ sentences: input });
  let out: Candidate[] = [];
  sentences.forEach((s, k) => {
    let floor = s.tokenStart;
    for (const sp of tagsToSpans(tags[k]!)) {
      const trimmed = trimRange(tokens, { start: s.tokenStart + sp.start, end: s.tokenStart + sp.end }, sp.type === 'ORG');
      if (!trimmed) continue;
      let range: TokenRange = trimmed;
      let title: TokenRange | null = null;
      if (sp.type === 'PER') {
        const split = splitTitle(tokens, trimmed, floor);
        range = split.name;
        title = split.title;
        if (range.end - range.start === 1 && TITLES.has(tokText(tokens[range.start]!))) continue;
      }
      const head = range.end < s.tokenEnd ? headAt(tokens, range.end) : null;
      if (head && sp.type !== 'PER' && extendable(cx, tokens, range, head)) {
        out.push(candidate(range.start, range.end + head.words.length, head.type, `head.${head.id}`, null));
      } else {
        const ft = fineType({ coarse: sp.type, tokens: tokTexts(tokens, range.start, range.end), gazetteer: cx.gazetteer });
        out.push(candidate(range.start, range.end, ft.type, nerRule(ft.rule), title));
      }
      floor = range.end;
    }
  });
  out = refineCandidates(out, { text: doc.text, tokens, gazetteer: cx.gazetteer });
  addUntaggedHeads(cx, tokens, sentences, out);
  // User lexicon entries win over the model; built-in entries only fill gaps.
  const user: Candidate[] = [];
  for (const m of cx.user.match(doc.text, tokens)) user.push(fromLexicon(m, 'lexicon'));
  out = out.filter((c) => !user.some((u) => overlaps(c, u))).concat(user);
  // The agency in a dateline ("NAIROBI, Kenya (AP) _", "/TASS/") is the news agency: an ORG, whatever the model says.
  const agency = doc.meta?.dateline?.agency;
  if (agency) out = withAgency(tokens, agency, out);
  if (cx.builtin) addBuiltin(cx.builtin, doc.text, tokens, out);
  return out.sort((a, b) => a.start - b.start);
}

/** "Belgrade airport": a known city before the head stays a GPE of its own (OntoNotes does not extend it). */
const PLACE = (1 << GAZ_CLASSES.city) | (1 << GAZ_CLASSES.country) | (1 << GAZ_CLASSES.state);

/** May the name over `r` take head `h` (not a demonym unless the head allows one; a facility head not after a known place)? */
function extendable(cx: CandidateContext, tokens: readonly Token[], r: TokenRange, h: HeadExtension): boolean {
  return (h.afterDemonym || (bitsOf(cx, tokens, r) & (1 << GAZ_CLASSES.demonym)) === 0) && (h.type !== 'FAC' || (bitsOf(cx, tokens, r) & PLACE) === 0);
}

function bitsOf(cx: CandidateContext, tokens: readonly Token[], r: TokenRange): number {
  return cx.gazetteer.bits(gazKey(tokTexts(tokens, r.start, r.end)));
}

/** A candidate from a lexicon match. */
function fromLexicon(m: { start: number; end: number; entry: LexiconEntry }, rule: string): Candidate {
  return candidate(m.start, m.end, m.entry.type, rule, null, m.entry.canonical ? m.entry.canonical : undefined);
}

/*
 * The passes below are functions of their own rather than blocks of `findCandidates`: their inner branches run in few
 * stories, and the first story that reached one threw away the whole compiled `findCandidates` (no type feedback
 * there) to have it compiled again; now only the small function is.
 */

/** Adds capitalized words the model left untagged, followed by a facility head: "Vostochny spaceport". */
function addUntaggedHeads(cx: CandidateContext, tokens: readonly Token[], sentences: readonly { tokenStart: number; tokenEnd: number }[], out: Candidate[]): void {
  const covered = (i: number) => out.some((c) => c.start <= i && i < c.end);
  for (const s of sentences) {
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      const h = headAt(tokens, i);
      if (!h || h.afterDemonym || covered(i) || !isCapWord(tokens[i - 1]!) || covered(i - 1)) continue;
      let a = i - 1;
      while (a > s.tokenStart + 1 && isCapWord(tokens[a - 1]!) && !covered(a - 1) && !TITLES.has(tokText(tokens[a - 1]!))) a--;
      if (!extendable(cx, tokens, { start: a, end: i }, h)) continue;
      out.push(candidate(a, i + h.words.length, h.type, `head.${h.id}`, null));
    }
  }
}

/** Adds the built-in lexicon's matches where no candidate is (they only fill gaps). */
function addBuiltin(builtin: Lexicon, text: string, tokens: readonly Token[], out: Candidate[]): void {
  for (const m of builtin.match(text, tokens)) {
    if (!out.some((c) => overlaps(c, m))) out.push(fromLexicon(m, 'builtin-lexicon'));
  }
}

/** `out` with the dateline's agency (character span `agency`) as an ORG over the candidates it overlaps, when it is whole tokens. */
function withAgency(tokens: readonly Token[], agency: { readonly start: number; readonly end: number }, out: Candidate[]): Candidate[] {
  const first = tokens.findIndex((t) => t.start >= agency.start);
  let last = first;
  while (last >= 0 && last < tokens.length && tokens[last]!.end <= agency.end) last++;
  if (first >= 0 && last > first && tokens[first]!.start === agency.start && tokens[last - 1]!.end === agency.end) {
    const span = { start: first, end: last };
    // `concat` of a one-element array, not of the object: V8 gives `concat(object)` a HOLEY array, and the code
    // reading the list after that met a second elements kind (a deopt each).
    out = out.filter((c) => !overlaps(c, span)).concat([candidate(span.start, span.end, 'ORG', 'dateline-agency', null)]);
  }
  return out;
}
