/**
 * Quote extraction as a plain function over layers, used by the `quotes@1` stage, the dev harness and
 * the training script. See src/stages/quotes for the stage wrapper.
 */
import type { Entity, Message, Mention, Quote, Sentence, Token } from '../types/annotation.js';
import { message } from '../core/messages.js';
import { buildQuotes } from './build.js';
import { findCandidates, type CueScorer, type FindOptions } from './extract.js';
import { compileLexicon, type CompiledLexicon } from './lexicon.js';
import { buildView } from './view.js';
import { assemble, mergeCandidates, type MergeMode } from './assemble.js';
import { tagInput, type QuoteTagger, type TagInput } from './tagger.js';
import type { Linker } from './linker.js';
import { linkClaims, type ExampleHook } from './link.js';
import { cutNestedRelatives, dropLoneNonSpeaker, extendNounPp, trimSpeaker } from './speaker-trim.js';
import { repairCue, widenCue } from './cue-bounds.js';
import { nonCueOf } from './non-cues.js';
import { addNestedClaims, speechVerbTest } from './nested.js';
import { addRuleFallbacks, linkFallbacks } from './fallback.js';
import { splitCoordinatedCues } from './coordinated-cues.js';
import { splitAtInnerClaims } from './inner-claims.js';
import { findExtraClaims } from './extra-claims.js';
import { findStanceFrames } from './stance-frames.js';
import { repairContents, repairContentStarts } from './content-bounds.js';
import { applyRestoreSource } from './restore-source.js';
import { applySpeakerRelink } from './speaker-relink.js';
import { addOuterAttributions, widenToOuterContent } from './outer-attribution.js';
import { chooseContentEnds, type ContentEndModel } from './content-end.js';
import { applyPassiveAgent } from './passive-agent.js';
import { trimContents } from './content-trim.js';
import { dropFalseClaims } from './false-claims.js';
import type { Candidate } from './extract.js';
import type { View } from './view.js';

export { CUE_LEXICON, compileLexicon, inflect, type CueEntry, type CompiledLexicon } from './lexicon.js';
export { PATTERNS, type PatternId } from './patterns.js';
export type { Candidate, CueScorer, FindOptions } from './extract.js';

/** Layers the extractor reads. */
export interface QuoteInput {
  text: string;
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  mentions: readonly Mention[];
  entities: readonly Entity[];
}

/** Called with the final claims of a document before their content ends are chosen (training reads them there). */
export type ClaimsHook = (v: View, cands: readonly Candidate[]) => void;

/** A configured extractor. */
export interface QuoteExtractor {
  extract(input: QuoteInput): { quotes: Quote[]; messages: Message[] };
}

/** Prior-only scorer: the lexicon entry's `prior`. */
export const priorScorer: CueScorer = (_v, _i, e) => e.prior;

/**
 * The claims the linker receives: rule claims (`rules`, from `findCandidates`) merged with the tagger's, plus the
 * rules' claims nested in another's content, less those whose whole cue is an event verb. The extractor and the
 * linker's training (train-linker.ts) both call it, so the ranker and the claim filter are trained on the claims
 * they are applied to. `isSpeech` is {@link speechVerbTest} of `lex`.
 */
export function linkerInput(v: View, x: TagInput, tags: Uint8Array, rules: Candidate[], lex: CompiledLexicon, isSpeech: (w: string) => boolean, merge: MergeMode): Candidate[] {
  let cands = mergeCandidates(rules, assemble(v, x, tags, lex), merge);
  // A claim reported inside another's content (`X said …, according to Y`): the rules find both.
  cands = addNestedClaims(v, rules, cands);
  // An event verb as the whole cue (`failed to`) is no attribution, whatever the tagger thought.
  return cands.filter((c) => !c.cue || !nonCueOf(v, c.cue, isSpeech));
}

/** Creates an extractor; compile once, run per document. */
export function createExtractor(opts: FindOptions & { scorer?: CueScorer; lexicon?: CompiledLexicon; stageId?: string; tagger?: QuoteTagger | null; merge?: MergeMode; linker?: Linker | null; onExample?: ExampleHook; contentEnd?: ContentEndModel | null; onClaims?: ClaimsHook }): QuoteExtractor {
  const lex = opts.lexicon ?? compileLexicon();
  const scorer = opts.scorer ?? priorScorer;
  const stageId = opts.stageId ?? 'quotes@1';
  const isSpeech = speechVerbTest(lex);
  const isCueForm = (w: string): boolean => lex.byForm.has(w);
  return {
    extract(input) {
      const v = buildView(input.text, input.tokens, input.sentences);
      const messages = v.pairing.unbalanced.map((u) =>
        message('warning', 'quotes:unbalanced', `quotation marks do not pair in paragraph ${u.paragraph + 1} (${u.reason} mark); its quotes are read without marks`, { start: u.start, end: u.end }));
      let cands = findCandidates(v, lex, scorer, opts);
      // The tagger input's word hashes, which the content-end step reads too.
      let wh: Uint32Array | undefined;
      if (opts.tagger) {
        const x = tagInput(v, lex, opts.tagger.cueLex, input.mentions, opts.tagger);
        wh = x.wh;
        const tags = opts.tagger.tag(x);
        const rules = cands;
        cands = linkerInput(v, x, tags, rules, lex, isSpeech, opts.merge ?? opts.linker?.merge ?? 'all');
        if (opts.linker) cands = linkClaims(v, x, tags, cands, opts.linker, { v, ner: x.ner, wh: x.wh, seen: new Set() }, opts.onExample);
        // Precise rule forms no other finder left a claim for stand alone (fallback.ts).
        const linked = cands;
        cands = addRuleFallbacks(rules, cands);
        if (opts.linker) cands = linkFallbacks(v, x, tags, linked, cands, opts.linker);
        // Claim forms with no reporting verb (extra-claims.ts), on the same terms.
        cands = addRuleFallbacks(findExtraClaims(v, cands, lex), cands);
        // Stances in a fixed frame with no lexicon cue (`critical of`, `confident that`), the same way.
        cands = addRuleFallbacks(findStanceFrames(v), cands);
        // A second cue of the same speaker inside a content (`praised X and warned that …`) starts its own claim.
        cands = splitCoordinatedCues(v, cands, lex, scorer);
        // Trailing attributions (`…, according to X`) over a claim found inside their content (outer-attribution.ts).
        cands = addOuterAttributions(rules, cands);
        // A tagger content that starts late before such a trailing cue starts where the rule's content does.
        cands = widenToOuterContent(rules, cands);
        // A claim on a non-lexicon cue whose content runs over a reported clause of its own splits there (inner-claims.ts).
        cands = splitAtInnerClaims(v, cands, lex, scorer);
      }
      // A speaker on the wrong side of a non-restrictive relative clause moves across it (speaker-relink.ts).
      applySpeakerRelink(v, cands);
      // Boundary repair of every chosen speaker and cue, whichever finder proposed them.
      for (const c of cands) {
        if (c.speaker) c.speaker = dropLoneNonSpeaker(v, trimSpeaker(v, c.speaker));
        if (c.speaker && c.cue) c.speaker = extendNounPp(v, c.speaker, c.cue.b);
        if (c.cue) c.cue = repairCue(v, c.cue);
      }
      // A relative clause whose pronoun speaks for another claim leaves the outer speaker (`Novak, who said …, told`).
      cutNestedRelatives(v, cands);
      // Content boundary repair, which reads the final speaker and cue.
      cands = repairContents(v, cands);
      // A progressive cue left without a speaker has its subject as the source (restore-source.ts). After the
      // content repairs: they read the speaker, and moved the content over the new one (`that he is calling for …`).
      applyRestoreSource(v, cands);
      // The learned end of reported contents (content-end.ts) sees the claims as every rule left them.
      opts.onClaims?.(v, cands);
      if (opts.contentEnd) chooseContentEnds(v, cands, opts.contentEnd, isCueForm, wh);
      // Content starts after an addressee or an adjunct of the cue (content-bounds.ts), once the end is chosen.
      repairContentStarts(v, cands);
      // A passive cue with a `by` agent: the agent is the source and the subject the content (passive-agent.ts).
      applyPassiveAgent(v, cands);
      // Pieces that make a content too long (content-trim.ts): inside its own speaker, a tail after `…, according to X,`,
      // the sentence's predicate after an infinitive content.
      trimContents(v, cands);
      // The cue takes in the rest of its verb group (cue-bounds.ts) once no content repair reads it any more.
      for (const c of cands) if (c.cue) c.cue = widenCue(v, c.cue, c);
      // Claims where nothing is reported (false-claims.ts): tagger claims with a cue of function words, a verb inside
      // another's reported content or a one-word content after a cue holding no lexicon word, and `"…," CUE X` claims
      // whose quotation is a quoted term. Only with the tagger, the setting these rules were chosen in.
      if (opts.tagger) cands = dropFalseClaims(v, cands, lex);
      return { quotes: buildQuotes(v, cands, input.mentions, input.entities, stageId), messages };
    },
  };
}
