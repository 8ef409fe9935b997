/**
 * Stance frames: attributed stances whose cue is no reporting verb of the cue lexicon, in a fixed frame precise
 * enough to stand alone where no other claim was found (added like the rule fallbacks, fallback.ts).
 *
 * `stance-adjective`: `The governor has been critical of the plan.` / `Aides are confident that the bill will
 * pass.` An adjective of stance after a copula (its subject the source) or a comma (no source), with `of` + phrase
 * or a `that` clause. PolNeAR marks it as an attribution (a stance is attributed like a statement); the tagger
 * misses it because each adjective is rare as a cue.
 *
 * Measured by frame on cross-fitted train output (each third of the train documents tagged by a fold tagger that
 * never saw it; models/quotes/README.md, "Shelved changes re-measured on the cross-fit output"): this frame raised
 * content and attribution F1 by about 0.0005 each. Two sibling frames of the same study, `called for` + phrase and a
 * possessed assertion noun + `that`, gained less than the adoption bar there and are not here.
 */
import { leftLimit, sentRange, subjectEnd, trimContent, type Candidate } from './extract.js';
import { cueEntry, type CueEntry } from './lexicon.js';
import { speakerLeft, type TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Ids of the stance frames. */
export type StanceFrameId = 'stance:adjective-of' | 'stance:adjective-that';

/** One stance frame, as data. */
export interface StanceFrame {
  /** Stable id. */
  readonly id: StanceFrameId;
  /** The claim pattern the frame's claims carry. */
  readonly pattern: 'stance-adjective';
  /** Lower-cased head words (the adjectives). */
  readonly heads: ReadonlySet<string>;
  /** The word that must follow the head (`of`, `that`). */
  readonly next: ReadonlySet<string>;
  /** Whether the `next` word is part of the cue (`critical of`) or opens the content (`that …`). */
  readonly nextInCue: boolean;
  /** The cue entry the claims carry. */
  readonly entry: CueEntry;
  /** A sentence holding the frame, for documentation and tests: [sentence, cue, content]. */
  readonly example: readonly [sentence: string, cue: string, content: string];
}

/** The frames. */
export const STANCE_FRAMES: readonly StanceFrame[] = [
  {
    id: 'stance:adjective-of',
    pattern: 'stance-adjective',
    // Stances toward someone or something; feelings about oneself (`proud of`, `tired of`) are no claim of it.
    heads: new Set(['critical', 'wary', 'skeptical', 'sceptical', 'supportive', 'suspicious', 'dismissive', 'distrustful', 'mistrustful', 'leery', 'contemptuous', 'disdainful', 'scornful', 'appreciative', 'respectful', 'fond', 'fearful']),
    next: new Set(['of']),
    nextInCue: true,
    entry: cueEntry('cue:stance-adjective-of', 'critical of', 'clause', 0.8, 'The governor has been critical of the plan.'),
    example: ['The governor has been critical of the plan.', 'critical of', 'the plan'],
  },
  {
    id: 'stance:adjective-that',
    pattern: 'stance-adjective',
    heads: new Set(['confident', 'convinced', 'sure', 'certain', 'hopeful', 'optimistic', 'aware', 'worried', 'afraid', 'concerned', 'adamant', 'skeptical', 'doubtful', 'fearful', 'unconvinced', 'insistent']),
    next: new Set(['that']),
    nextInCue: false,
    entry: cueEntry('cue:stance-adjective-that', 'confident', 'clause', 0.8, 'Aides are confident that the bill will pass.'),
    example: ['Aides are confident that the bill will pass.', 'confident', 'that the bill will pass'],
  },
];

/** Words between a copula and a stance adjective (`has been particularly critical of`). */
const ADJ_MODIFIER = /^(very|most|more|so|too|also|especially|particularly|increasingly|deeply|highly|fiercely|sharply|openly|publicly|not|n't|already|still|always|often|long|quite|fairly|less|least|equally|somewhat|extremely|ever|now)$/;
/** Copulas and verbs of becoming before a stance adjective. */
const COPULA = /^(is|are|was|were|be|been|being|am|'s|'re|'m|remain|remains|remained|become|became|becomes|grew|grown|growing|seem|seems|seemed|appear|appears|appeared|sounded|sounds|feel|feels|felt|stay|stayed|stays)$/;
/** Auxiliaries and adverbs before a copula (`has been`, `had grown`, `may have been`). */
const AUX_BEFORE_COPULA = /^(has|have|had|will|would|may|might|could|should|must|can|be|been|not|n't|also|long|always)$/;
/** Words that end a content clause when they follow a comma. */
const CLAUSE_BREAK = /^(but|and|while|which|who|whom|saying|according|as|after|because|although|though|where|when|even|despite|since|adding|noting|citing|arguing|including)$/;

/**
 * Where a stance content that starts at `a` ends: the sentence end, or an earlier clause break (`;`, a dash, `(`,
 * or a comma before a conjunction, relative or participle), since what follows is the writer's or another claim.
 */
function clauseEnd(v: View, a: number): number {
  const { b } = sentRange(v, a);
  for (let j = a + 1; j < b; j++) {
    const t = v.tokens[j]!.text;
    if (t === ';' || t === '—' || t === '--' || t === '(' || t === '–' || t === '-' && v.tokens[j - 1]!.end < v.tokens[j]!.start) return j;
    if (t === ',' && CLAUSE_BREAK.test(v.lower[j + 1] ?? '')) return j;
  }
  return b;
}

/**
 * The subject before a stance adjective at `k`, over modifiers, a copula and its auxiliaries (`The mayor has long
 * been wary of`); null when no copula stands there (`, wary of the cost`, or an attributive `a critical report`).
 */
function adjectiveSpeaker(v: View, k: number, lo: number): TokRange | null {
  let j = k;
  while (j - 1 >= lo && ADJ_MODIFIER.test(v.lower[j - 1]!)) j--;
  if (j - 1 < lo || !COPULA.test(v.lower[j - 1]!)) return null;
  j--;
  while (j - 1 >= lo && AUX_BEFORE_COPULA.test(v.lower[j - 1]!)) j--;
  return speakerLeft(v, subjectEnd(v, j, lo), lo);
}

/** The frames of each head word. */
function headIndex(frames: readonly StanceFrame[]): Map<string, StanceFrame[]> {
  const m = new Map<string, StanceFrame[]>();
  for (const f of frames) for (const h of f.heads) m.set(h, [...(m.get(h) ?? []), f]);
  return m;
}
const HEADS = headIndex(STANCE_FRAMES);

/**
 * Every stance-frame claim of a document (outside quotations): cue the adjective (with `of` when the frame has it),
 * content to the clause end, source the subject before a copula. A frame after neither a copula nor a comma is an
 * attributive adjective (`a critical look at`) and gives no claim.
 */
export function findStanceFrames(v: View, frames: readonly StanceFrame[] = STANCE_FRAMES): Candidate[] {
  let out: Candidate[] = [];
  const byHead = frames === STANCE_FRAMES ? HEADS : headIndex(frames);
  for (let k = 0; k + 2 < v.tokens.length; k++) {
    const fs = byHead.get(v.lower[k]!);
    if (fs === undefined) continue;
    const f = fs.find((fr) => fr.next.has(v.lower[k + 1]!));
    if (!f || v.regionOf[k] !== -1 || v.sentOf[k + 1] !== v.sentOf[k]) continue;
    const lo = leftLimit(v, k);
    // The adjective is predicative: after a copula, or opening a comma-set phrase (`, wary of the risk`).
    const speaker = adjectiveSpeaker(v, k, lo);
    if (!speaker && v.tokens[k - 1]?.text !== ',') continue;
    const from = f.nextInCue ? k + 2 : k + 1;
    const content = trimContent(v, { a: from, b: clauseEnd(v, from) });
    // A `that` content needs a clause after `that` (`confident that it will pass`), not one word (`sure that much`).
    if (content.b - content.a < (f.nextInCue ? 1 : 3)) continue;
    const cue = { a: k, b: f.nextInCue ? k + 2 : k + 1 };
    // The claim's lemma is the adjective the text has (`wary of`), not the one of the frame's example entry.
    const lemma = f.nextInCue ? `${v.lower[k]} ${v.lower[k + 1]}` : v.lower[k]!;
    const cueEntry = lemma === f.entry.lemma ? f.entry : { ...f.entry, lemma };
    // concat, not push (see colonParagraphs in extra-claims.ts: rare claims, an optimised push deopts).
    out = out.concat([{ pattern: f.pattern, cue, cueEntry, speaker, content: [content], score: 0.8 }]);
  }
  return out;
}
