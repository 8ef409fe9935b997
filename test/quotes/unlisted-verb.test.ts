import { describe, expect, it } from 'vitest';
import { extractText, input } from './helpers.js';
import { buildView } from '../../src/quotes/view.js';
import { speakerLeft } from '../../src/quotes/speaker-span.js';
import { leftLimit, subjectEnd } from '../../src/quotes/extract.js';

describe('quotations with a reporting verb the cue lexicon does not list', () => {
  it.each([
    // [name, text, content, speaker, cue, pattern]
    ['pronoun then verb', '“The numbers simply do not add up for them,” he scoffed.', '“The numbers simply do not add up for them,”', 'he', 'scoffed', 'quote-speaker-verb'],
    ['name then verb with particle', '“We will keep going until the end,” Ramirez went on.', '“We will keep going until the end,”', 'Ramirez', 'went on', 'quote-speaker-verb'],
    ['verb then name', '“What a night this has been!” beamed Olga Petrova, a volunteer from Tver.', '“What a night this has been!”', 'Olga Petrova, a volunteer from Tver', 'beamed', 'quote-speaker-verb'],
    ['present tense', '“Nobody reads the fine print anymore,” the columnist sneers.', '“Nobody reads the fine print anymore,”', 'the columnist', 'sneers', 'quote-speaker-verb'],
    ['verb and colon before the quotation', 'The mayor thundered: “We will rebuild every bridge.”', '“We will rebuild every bridge.”', 'The mayor', 'thundered:', 'speaker-verb-quote'],
    ['verb and object before a colon, quotation in the next paragraph', 'When the mayor died, the governor released the following statement:\n\n“We offer our condolences to the family of a great public servant.”', '“We offer our condolences to the family of a great public servant.”', 'the governor', 'released the following statement:', 'speaker-verb-object-quote'],
    ['auxiliary, verb and prepositional phrase before a colon', 'Novak has since apologized for what happened: "Yes, I should have listened to the engineers."', '"Yes, I should have listened to the engineers."', 'Novak', 'has since apologized for what happened:', 'speaker-verb-object-quote'],
  ] as const)('%s', (_n, text, content, speaker, cue, pattern) => {
    const { quotes } = extractText(text);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.content.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.cue?.text).toBe(cue);
    expect(q.kind).toBe('direct');
    expect(q.by).toBe(`quotes@1/${pattern}`);
    expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
  });

  it.each([
    ['a quoted title before a verb', 'The network aired “Morning Edition,” Garcia recalled.'],
    ['a two-word quoted phrase', 'They called it “pure theater,” the paper noted.'],
    ['a colon after a clause with no verb', 'Weather for the whole region on Monday: "Heavy rain is expected in the north."'],
    ['a verb phrase too long before the colon', 'Novak sent a long and angry letter to the editor of the local paper on Monday: "We are ready to act now."'],
  ])('%s: no claim from the verb rule', (_n, text) => {
    for (const q of extractText(text).quotes) expect(q.by).not.toMatch(/verb/);
  });
});

describe('speaker NP left of the cue', () => {
  const left = (text: string, cue: string) => {
    const l = input(text);
    const v = buildView(text, l.tokens, l.sentences);
    const k = v.tokens.findIndex((t) => t.text === cue);
    const lo = leftLimit(v, k);
    const r = speakerLeft(v, subjectEnd(v, k, lo), lo);
    return r ? text.slice(v.tokens[r.a]!.start, v.tokens[r.b - 1]!.end) : null;
  };
  it.each([
    // [name, text, cue word, expected speaker]
    ['ratio with "in"', 'Nearly three in 10 rural voters say the roads come first.', 'say', 'Nearly three in 10 rural voters'],
    ['prepositional modifiers from the sentence start', 'Most of the farmers in each county say prices are too low.', 'say', 'Most of the farmers in each county'],
    ['"to" inside the NP', 'Advisers to the governor say the budget will pass.', 'say', 'Advisers to the governor'],
    ['clause start after "but"', 'Prices rose, but most shoppers in the survey say they will keep buying.', 'say', 'most shoppers in the survey'],
    ['place name with a comma', 'Dana Lee of Fresno, California says the drought is over.', 'says', 'Dana Lee of Fresno, California'],
    ['slash between names', 'The latest Gallup/Marist survey shows a tie.', 'shows', 'The latest Gallup/Marist survey'],
    ['coordinated names, the second with "the"', 'Norway and the Netherlands have said the quota is too low.', 'said', 'Norway and the Netherlands'],
    ['"and" before a common noun ends the NP', 'Prices rose and the ministers said the quota is too low.', 'said', 'the ministers'],
    ['participle with a weekday', 'A memo released Friday says the plant will close.', 'says', 'A memo released Friday'],
    ['a verb blocks the extension', 'The team is ready after a coach in Boise says so.', 'says', 'Boise'],
    ['a leading preposition is not a subject', 'In Boise most voters say the plant will close.', 'say', 'Boise most voters'],
    ['prepositional aside dropped', 'Ana Ruiz, in a written statement, said the plant will close.', 'said', 'Ana Ruiz'],
    ['adverbial aside dropped', 'Ana Ruiz, by contrast, said the plant will close.', 'said', 'Ana Ruiz'],
    ['participle aside dropped', 'Ana Ruiz, holding a sign, said the plant will close.', 'said', 'Ana Ruiz'],
    ['appositive NP kept', 'Ana Ruiz, a nurse from Tulsa, said the plant will close.', 'said', 'Ana Ruiz, a nurse from Tulsa,'],
  ] as const)('%s', (_n, text, cue, expected) => {
    expect(left(text, cue)).toBe(expected);
  });
});
