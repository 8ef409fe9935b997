/**
 * Verbs that the tagger sometimes tags as cues but that never report speech or a stance: implicative and
 * aspectual verbs before an infinitive (`ministers failed to agree`, `the party managed to win`). The claim
 * they open is an event, not an attribution, so the claim filter rejects a claim whose whole cue is one of
 * them. When the infinitive is itself a speech verb (`failed to mention`, `tried to argue`) the cue span holds
 * that verb too and the claim stays.
 */
import type { TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** One non-cue verb. */
export interface NonCue {
  /** Stable id (`noncue:fail`). */
  readonly id: string;
  /** Inflected forms (lower case). */
  readonly forms: readonly string[];
  /** Example of the event reading, for documentation and tests. */
  readonly example: string;
}

/** The non-cue verbs; each is rejected only as the whole cue, with an optional `to` and adverbs/auxiliaries. */
export const NON_CUES: readonly NonCue[] = [
  { id: 'noncue:fail', forms: ['fail', 'fails', 'failed', 'failing'], example: 'The ministers failed to agree on a cap.' },
  { id: 'noncue:manage', forms: ['manage', 'manages', 'managed', 'managing'], example: 'The party managed to win the seat.' },
  { id: 'noncue:try', forms: ['try', 'tries', 'tried', 'trying'], example: 'Rescuers tried to reach the village.' },
  { id: 'noncue:attempt', forms: ['attempt', 'attempts', 'attempted', 'attempting'], example: 'The crew attempted to land twice.' },
  { id: 'noncue:struggle', forms: ['struggle', 'struggles', 'struggled', 'struggling'], example: 'Farmers struggled to sell the crop.' },
  { id: 'noncue:begin', forms: ['begin', 'begins', 'began', 'begun', 'beginning'], example: 'Prices began to fall in May.' },
  { id: 'noncue:start', forms: ['start', 'starts', 'started', 'starting'], example: 'The river started to rise overnight.' },
  { id: 'noncue:cease', forms: ['cease', 'ceases', 'ceased', 'ceasing'], example: 'The plant ceased to operate.' },
  { id: 'noncue:happen', forms: ['happen', 'happens', 'happened'], example: 'The mayor happened to be in town.' },
  { id: 'noncue:neglect', forms: ['neglect', 'neglects', 'neglected'], example: 'The firm neglected to file the forms.' },
];

const BY_FORM: ReadonlyMap<string, NonCue> = new Map(NON_CUES.flatMap((n) => n.forms.map((f) => [f, n] as const)));

/** Speech verbs after `to` that the cue lexicon does not list as speech cues (`tried to press her on it`, `struggled to answer`). */
export const SPEECH_INFINITIVES: ReadonlySet<string> = new Set(['talk', 'answer', 'press', 'speak', 'address', 'question', 'persuade', 'convince', 'make', 'paint', 'portray', 'frame', 'cast', 'downplay', 'refute', 'rebut', 'reassure', 'distance', 'clarify', 'explain', 'justify', 'defend', 'describe']);

/** Auxiliaries and adverbs that may open a cue span before the verb (`has twice attempted to`). */
const LEAD = /^(has|have|had|will|would|did|does|do|not|n't|also|again|repeatedly|still|once|never|just|twice|already|all|,)$/;

/**
 * The non-cue a cue span opens with (after auxiliaries and adverbs), or null. A span that goes on to a speech
 * verb (`failed to mention`, `isSpeech` true for `mention`) is a cue and gives null; any other verb after it
 * (`failed to agree on`) does not save it.
 */
export function nonCueOf(v: View, cue: TokRange, isSpeech: (word: string) => boolean): NonCue | null {
  let found: NonCue | null = null;
  for (let i = cue.a; i < cue.b; i++) {
    const w = v.lower[i]!;
    if (!found) {
      found = BY_FORM.get(w) ?? null;
      if (!found && !LEAD.test(w)) return null;
      // Only before an infinitive: `started off by emphasizing`, `began taking calls` report what was said.
      if (found && v.lower[i + 1] !== 'to') return null;
      continue;
    }
    if (SPEECH_INFINITIVES.has(w)) return null;
    if (isSpeech(w)) return null;
  }
  return found;
}
