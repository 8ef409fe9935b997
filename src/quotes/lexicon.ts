/**
 * Reporting-cue lexicon as typed data. Each entry has a stable id, the lemma written into
 * `Quote.cue.lemma`, its inflected forms, and the frames it takes. Forms are spelled out (or produced
 * by {@link inflect} for regular verbs) so that matching is a Map lookup, not a parse.
 */

/** How a cue combines with its content. */
export type CueFrame =
  /** `X said (that) ...`, `"...", X said` : content is a clause or a quotation. */
  | 'clause'
  /** `X told reporters (that) ...`: a recipient object comes between cue and content. */
  | 'object'
  /** `according to X, ...`: the speaker follows the cue; the content is the rest of the sentence. */
  | 'according';

/** One cue lexeme. */
export interface CueEntry {
  /** Stable id (`cue:say`). */
  readonly id: string;
  /** Lemma emitted in `cue.lemma` (`say`, `point out`, `according to`). */
  readonly lemma: string;
  /** Irregular forms; when absent the regular forms of `lemma` are generated. */
  readonly forms?: readonly string[];
  /** Particle following the verb (`out` for `point out`). */
  readonly particle?: string;
  readonly frame: CueFrame;
  /**
   * Prior belief that a match is an attribution cue (0..1). Speech verbs are near 1; belief and
   * evidence verbs lower. The learned cue model (models/quotes) overrides it when present.
   */
  readonly prior: number;
  /** Example for documentation and tests. */
  readonly example: string;
}

/**
 * Builds a cue entry. Every entry (lexicon, learned, unlisted and extra cues) is made here so that all
 * share one object layout, optional fields present and undefined when absent: entries of several
 * layouts reaching the tagger and the claim extractors made V8 discard their optimised code.
 */
export function cueEntry(id: string, lemma: string, frame: CueFrame, prior: number, example: string,
  forms?: readonly string[], particle?: string): CueEntry {
  return { id, lemma, forms, particle, frame, prior, example };
}

const c = (id: string, lemma: string, prior: number, example: string, extra: Partial<CueEntry> = {}): CueEntry =>
  cueEntry(`cue:${id}`, lemma, extra.frame ?? 'clause', prior, example, extra.forms, extra.particle);

/**
 * The cue lexicon. Order does not matter; ids are unique. Topic verbs (`discuss`, `talk about`) are left
 * out on purpose: they introduce a subject, not a claim.
 */
export const CUE_LEXICON: readonly CueEntry[] = [
  c('say', 'say', 0.95, 'Lavrov said the talks went well.', { forms: ['say', 'says', 'said', 'saying'] }),
  c('tell', 'tell', 0.9, 'He told reporters the deal was done.', { forms: ['tell', 'tells', 'told', 'telling'], frame: 'object' }),
  c('according-to', 'according to', 0.95, 'The deal is done, according to officials.', { forms: ['according'], particle: 'to', frame: 'according' }),
  c('add', 'add', 0.85, '"It is over," he added.'),
  c('write', 'write', 0.85, 'She wrote that the plan failed.', { forms: ['write', 'writes', 'wrote', 'written', 'writing'] }),
  c('ask', 'ask', 0.7, '"Why now?" she asked.', { frame: 'object' }),
  c('note', 'note', 0.9, 'He noted that prices rose.'),
  c('point-out', 'point out', 0.9, 'Lavrov pointed out that ties are growing.', { particle: 'out' }),
  c('report', 'report', 0.7, 'The Post reported that ...'),
  c('announce', 'announce', 0.8, 'The ministry announced that ...'),
  c('suggest', 'suggest', 0.8, 'She suggested that ...'),
  c('argue', 'argue', 0.9, 'He argued that ...'),
  c('tweet', 'tweet', 0.85, 'Trump tweeted that ...'),
  c('explain', 'explain', 0.85, 'He explained that ...'),
  c('acknowledge', 'acknowledge', 0.85, 'She acknowledged that ...'),
  c('declare', 'declare', 0.75, 'He declared that ...'),
  c('claim', 'claim', 0.8, 'He claimed that ...'),
  c('warn', 'warn', 0.9, 'She warned that ...'),
  c('insist', 'insist', 0.9, 'He insisted that ...'),
  c('reply', 'reply', 0.85, '"No," he replied.', { forms: ['reply', 'replies', 'replied', 'replying'] }),
  c('respond', 'respond', 0.6, '"No," he responded.'),
  c('state', 'state', 0.7, 'The report stated that ...'),
  c('stress', 'stress', 0.9, 'He stressed that ...'),
  c('emphasize', 'emphasize', 0.9, 'She emphasized that ...', { forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasised'] }),
  c('underline', 'underline', 0.8, 'He underlined that ...'),
  c('predict', 'predict', 0.75, 'She predicted that ...'),
  c('recall', 'recall', 0.85, 'He recalled that ...'),
  c('admit', 'admit', 0.85, 'He admitted that ...', { forms: ['admit', 'admits', 'admitted', 'admitting'] }),
  c('confirm', 'confirm', 0.6, 'The ministry confirmed that ...'),
  c('deny', 'deny', 0.6, 'He denied that ...', { forms: ['deny', 'denies', 'denied', 'denying'] }),
  c('contend', 'contend', 0.9, 'Critics contend that ...'),
  c('assert', 'assert', 0.9, 'He asserted that ...'),
  c('maintain', 'maintain', 0.4, 'He maintained that ...'),
  c('complain', 'complain', 0.8, 'She complained that ...'),
  c('concede', 'concede', 0.85, 'He conceded that ...'),
  c('conclude', 'conclude', 0.7, 'The study concluded that ...'),
  c('observe', 'observe', 0.6, 'He observed that ...'),
  c('remark', 'remark', 0.8, 'She remarked that ...'),
  c('comment', 'comment', 0.5, 'He commented that ...'),
  c('testify', 'testify', 0.8, 'She testified that ...', { forms: ['testify', 'testifies', 'testified', 'testifying'] }),
  c('allege', 'allege', 0.85, 'Prosecutors alleged that ...'),
  c('indicate', 'indicate', 0.7, 'He indicated that ...'),
  c('reveal', 'reveal', 0.7, 'The memo revealed that ...'),
  c('promise', 'promise', 0.75, 'He promised that ...'),
  c('pledge', 'pledge', 0.5, 'She pledged to ...'),
  c('vow', 'vow', 0.9, 'He vowed to ...'),
  c('urge', 'urge', 0.85, 'She urged voters to ...'),
  c('caution', 'caution', 0.8, 'He cautioned that ...'),
  c('continue', 'continue', 0.4, '"...," he continued.'),
  c('believe', 'believe', 0.5, 'He believes that ...'),
  c('think', 'think', 0.4, 'They think that ...', { forms: ['think', 'thinks', 'thought', 'thinking'] }),
  c('hope', 'hope', 0.4, 'She hopes that ...'),
  c('fear', 'fear', 0.5, 'Officials fear that ...'),
  c('worry', 'worry', 0.4, 'Officials worry that ...', { forms: ['worry', 'worries', 'worried'] }),
  c('show', 'show', 0.5, 'Polls show that ...', { forms: ['show', 'shows', 'showed', 'shown'] }),
  c('find', 'find', 0.4, 'The study found that ...', { forms: ['find', 'finds', 'found'] }),
  c('estimate', 'estimate', 0.7, 'Analysts estimate that ...'),
  c('call', 'call', 0.5, 'He called the deal "a disaster".'),
  c('describe', 'describe', 0.6, 'She described the plan as ...'),
  c('mention', 'mention', 0.6, 'He mentioned that ...'),
  c('agree', 'agree', 0.5, 'He agreed that ...'),
  c('cite', 'cite', 0.6, 'citing security concerns'),
  c('accuse', 'accuse', 0.7, 'She accused him of ...'),
  c('charge', 'charge', 0.4, 'Critics charged that ...'),
  c('quip', 'quip', 0.95, '"...," he quipped.', { forms: ['quip', 'quips', 'quipped', 'quipping'] }),
  c('joke', 'joke', 0.9, '"...," she joked.'),
  c('exclaim', 'exclaim', 0.95, '"...!" he exclaimed.'),
  c('shout', 'shout', 0.7, '"...!" they shouted.'),
  c('recount', 'recount', 0.9, 'She recounted that ...'),
  c('repeat', 'repeat', 0.6, 'He repeated that ...'),
  c('reiterate', 'reiterate', 0.9, 'He reiterated that ...'),
  c('clarify', 'clarify', 0.85, 'She clarified that ...', { forms: ['clarify', 'clarifies', 'clarified', 'clarifying'] }),
  c('specify', 'specify', 0.8, 'He specified that ...', { forms: ['specify', 'specifies', 'specified', 'specifying'] }),
  c('inform', 'inform', 0.8, 'He informed reporters that ...', { frame: 'object' }),
  c('assure', 'assure', 0.8, 'He assured voters that ...', { frame: 'object' }),
  c('remind', 'remind', 0.7, 'She reminded listeners that ...', { frame: 'object' }),
  c('signal', 'signal', 0.6, 'He signaled that ...', { forms: ['signal', 'signals', 'signaled', 'signalled', 'signaling'] }),
  c('hint', 'hint', 0.7, 'She hinted that ...'),
  c('speculate', 'speculate', 0.85, 'He speculated that ...'),
  c('posit', 'posit', 0.9, 'They posited that ...', { forms: ['posit', 'posits', 'posited'] }),
  c('opine', 'opine', 0.95, 'He opined that ...'),
  c('counter', 'counter', 0.7, '"...," she countered.'),
  c('retort', 'retort', 0.95, '"...," he retorted.'),
  c('scoff', 'scoff', 0.8, '"...," he scoffed.'),
  c('boast', 'boast', 0.85, 'He boasted that ...'),
  c('brag', 'brag', 0.85, 'He bragged that ...', { forms: ['brag', 'brags', 'bragged', 'bragging'] }),
  c('lament', 'lament', 0.9, 'She lamented that ...'),
  c('concur', 'concur', 0.7, 'He concurred.', { forms: ['concur', 'concurs', 'concurred'] }),
  // Stance, evaluation and evidence cues that PolNeAR annotates as attributions; low priors, the learned model decides.
  c('want', 'want', 0.3, 'Voters want change.'),
  c('support', 'support', 0.3, 'He supports the plan.'),
  c('criticize', 'criticize', 0.5, 'She criticized the deal.', { forms: ['criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticised'] }),
  c('endorse', 'endorse', 0.5, 'He endorsed Clinton.'),
  c('seem', 'seem', 0.3, 'He seemed to suggest ...'),
  c('appear', 'appear', 0.3, 'She appeared to ...'),
  c('expect', 'expect', 0.3, 'He is expected to ...'),
  c('decline', 'decline', 0.5, 'She declined to comment.'),
  c('refuse', 'refuse', 0.4, 'He refused to ...'),
  c('praise', 'praise', 0.5, 'He praised the deal.'),
  c('defend', 'defend', 0.5, 'She defended the plan.'),
  c('propose', 'propose', 0.5, 'He proposed a ban.'),
  c('dismiss', 'dismiss', 0.5, 'She dismissed the idea.', { forms: ['dismiss', 'dismisses', 'dismissed', 'dismissing'] }),
  c('reject', 'reject', 0.5, 'He rejected the claim.'),
  c('blame', 'blame', 0.5, 'She blamed the media.'),
  c('question', 'question', 0.4, 'He questioned whether ...'),
  c('oppose', 'oppose', 0.4, 'They oppose the bill.'),
  c('plan', 'plan', 0.3, 'He plans to ...', { forms: ['plan', 'plans', 'planned', 'planning'] }),
  c('seek', 'seek', 0.3, 'She sought to ...', { forms: ['seek', 'seeks', 'sought', 'seeking'] }),
  c('attack', 'attack', 0.4, 'He attacked Trump.'),
  c('blast', 'blast', 0.7, 'She blasted the plan.'),
  c('slam', 'slam', 0.7, 'He slammed the deal.', { forms: ['slam', 'slams', 'slammed', 'slamming'] }),
  c('denounce', 'denounce', 0.7, 'She denounced the attack.'),
  c('condemn', 'condemn', 0.6, 'He condemned the attack.'),
  c('know', 'know', 0.3, 'We know that ...', { forms: ['know', 'knows', 'knew', 'known'] }),
  c('see', 'see', 0.2, 'Voters see him as ...', { forms: ['see', 'sees', 'saw', 'seen'] }),
  c('feel', 'feel', 0.3, 'They feel that ...', { forms: ['feel', 'feels', 'felt'] }),
  c('recognize', 'recognize', 0.5, 'He recognized that ...'),
  c('realize', 'realize', 0.4, 'She realized that ...'),
  c('imply', 'imply', 0.6, 'He implied that ...', { forms: ['imply', 'implies', 'implied', 'implying'] }),
  c('doubt', 'doubt', 0.5, 'He doubts that ...'),
  c('demand', 'demand', 0.6, 'They demanded that ...'),
  c('quote', 'quote', 0.6, 'The tweet quoted him as saying ...'),
  c('read', 'read', 0.3, 'The sign read ...', { forms: ['read', 'reads'] }),
  c('echo', 'echo', 0.6, 'He echoed ...', { forms: ['echo', 'echoes', 'echoed', 'echoing'] }),
  c('threaten', 'threaten', 0.5, 'He threatened to ...'),
  c('encourage', 'encourage', 0.5, 'She encouraged voters to ...'),
  c('call-for', 'call for', 0.7, 'He called for a ban.', { forms: ['call', 'calls', 'called', 'calling'], particle: 'for' }),
];

/** Regular English inflections of a verb lemma: base, 3sg, past, -ing. */
export function inflect(lemma: string): string[] {
  const l = lemma;
  const s = /(s|sh|ch|x|z)$/.test(l) ? `${l}es` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ies` : `${l}s`;
  const ed = /e$/.test(l) ? `${l}d` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ied` : `${l}ed`;
  const ing = /[^e]e$/.test(l) ? `${l.slice(0, -1)}ing` : `${l}ing`;
  return [l, s, ed, ing];
}

/** A compiled lexicon: form (lower-case) to entries. */
export interface CompiledLexicon {
  /** Single-word entries by form. */
  readonly byForm: ReadonlyMap<string, CueEntry>;
  /** Verb + particle entries by verb form (`point` -> point out); tried before `byForm`. */
  readonly withParticle: ReadonlyMap<string, readonly CueEntry[]>;
}

/** Builds the form index once (at stage init). The first entry listing a form wins. */
export function compileLexicon(entries: readonly CueEntry[] = CUE_LEXICON): CompiledLexicon {
  const byForm = new Map<string, CueEntry>();
  const withParticle = new Map<string, CueEntry[]>();
  for (const e of entries) {
    const head = e.lemma.split(' ')[0]!;
    for (const f of e.forms ?? inflect(head)) {
      if (e.particle && e.frame !== 'according') {
        if (!withParticle.has(f)) withParticle.set(f, []);
        withParticle.get(f)!.push(e);
      } else if (!byForm.has(f)) byForm.set(f, e);
    }
  }
  return { byForm, withParticle };
}
