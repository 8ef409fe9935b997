import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/quotes/index.js';
import { QUOTATION_MARK_PATTERNS } from '../../src/quotes/patterns.js';
import { loadCueModel } from '../../src/quotes/cue-model.js';
import { extractText, input } from './helpers.js';

/** The lexicon rules alone (the stage without its tagger). */
const rulesOnly = createExtractor({ threshold: 0.5, floating: 'claim', scorer: loadCueModel()!.scorer });

describe('quote forms', () => {
  it.each([
    // [name, text, contents (fragments joined by |), speaker, cue, kind, pattern]
    ['quote-cue-speaker', '“We are ready to talk,” said Lavrov.', '“We are ready to talk,”', 'Lavrov', 'said', 'direct', 'quote-cue-speaker'],
    ['quote-speaker-cue', '"We are ready to talk," the minister said.', '"We are ready to talk,"', 'the minister', 'said', 'direct', 'quote-speaker-cue'],
    ['speaker-cue-quote (colon)', 'Lavrov said: "We are ready to talk."', '"We are ready to talk."', 'Lavrov', 'said:', 'direct', 'speaker-cue-quote'],
    ['guillemets', 'Lavrov said: «We are ready to talk.»', '«We are ready to talk.»', 'Lavrov', 'said:', 'direct', 'speaker-cue-quote'],
    ['single quotes', "'We are ready to talk,' he said.", "'We are ready to talk,'", 'he', 'said', 'direct', 'quote-speaker-cue'],
    ['split quote is one claim', '“We are ready,” he said, “to talk about everything.”', '“We are ready,”|“to talk about everything.”', 'he', 'said', 'direct', 'split-quote'],
    ['split quote after a venue phrase', '"The referee will be fair," Novak said during a rally in Ames, Iowa, "but many will be watching."', '"The referee will be fair,"|"but many will be watching."', 'Novak', 'said', 'direct', 'split-quote'],
    ['split quote after a recipient and time', '"We will wait," Ruiz told the Herald on Wednesday, "until the water goes down."', '"We will wait,"|"until the water goes down."', 'Ruiz', 'told', 'direct', 'split-quote'],
    ['continuation after the cue sentence', '“We are ready,” Smith said. “We always were.”', '“We are ready,”|“We always were.”', 'Smith', 'said', 'direct', 'quote-speaker-cue'],
    ['colon-introduced quote in next paragraph', 'The minister said:\n\n“We are ready to talk about everything.”', '“We are ready to talk about everything.”', 'The minister', 'said:', 'direct', 'colon-quote'],
    ['dash-suffixed quote', '“We are ready to talk” — said the minister.', '“We are ready to talk”', 'the minister', 'said', 'direct', 'quote-cue-speaker'],
    ['indirect with that', 'Smith said that the talks would resume next week.', 'that the talks would resume next week', 'Smith', 'said', 'indirect', 'speaker-cue-content'],
    ['indirect without that', 'Smith said the talks would resume next week.', 'the talks would resume next week', 'Smith', 'said', 'indirect', 'speaker-cue-content'],
    ['content then speaker', 'The talks will resume next week, Smith said.', 'The talks will resume next week', 'Smith', 'said', 'indirect', 'content-speaker-cue'],
    ['content then cue then speaker', 'The talks will resume next week, said the spokesman.', 'The talks will resume next week', 'the spokesman', 'said', 'indirect', 'content-cue-speaker'],
    ['according to', 'The talks will resume next week, according to the ministry.', 'The talks will resume next week', 'the ministry', 'according to', 'indirect', 'according-to'],
    ['told reporters', 'Smith told reporters that the talks would resume.', 'that the talks would resume', 'Smith', 'told', 'indirect', 'speaker-cue-content'],
    ['pointed out', 'Lavrov pointed out that relations are on the rise.', 'that relations are on the rise', 'Lavrov', 'pointed out', 'indirect', 'speaker-cue-content'],
    ['warned', 'The general warned that the ceasefire could collapse.', 'that the ceasefire could collapse', 'The general', 'warned', 'indirect', 'speaker-cue-content'],
    ['mixed', 'Smith said the deal was “a disaster for everyone.”', 'the deal was “a disaster for everyone.”', 'Smith', 'said', 'mixed', 'speaker-cue-content'],
    ['appositive speaker', 'Jane Doe, a spokeswoman for the agency, said the office would close.', 'the office would close', 'Jane Doe, a spokeswoman for the agency,', 'said', 'indirect', 'speaker-cue-content'],
    ['apposition after the quote', '“We will appeal the ruling,” said Jane Roe, chair of the county board.', '“We will appeal the ruling,”', 'Jane Roe, chair of the county board', 'said', 'direct', 'quote-cue-speaker'],
    ['party tag after the quote', '“We will appeal the ruling,” said Rep. Jane Roe (D-Ore.).', '“We will appeal the ruling,”', 'Rep. Jane Roe (D-Ore.)', 'said', 'direct', 'quote-cue-speaker'],
    ['cue with auxiliary and adverb', 'Smith has also said that the talks would resume.', 'that the talks would resume', 'Smith', 'has also said', 'indirect', 'speaker-cue-content'],
    ['inserted attribution before a quote', 'The new rules, the lawyers said, “settle the question for good.”', 'The new rules|“settle the question for good.”', 'the lawyers', 'said', 'mixed', 'speaker-cue-quote'],
    ['relative pronoun speaker', 'He met Smith, who said the office would close soon.', 'the office would close soon', 'who', 'said', 'indirect', 'speaker-cue-content'],
  ] as const)('%s', (_n, text, contents, speaker, cue, kind, pattern) => {
    const { quotes } = extractText(text);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    const frags = q.content.fragments ?? [q.content];
    expect(frags.map((f) => f.text).join('|')).toBe(contents);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.cue?.text).toBe(cue);
    expect(q.kind).toBe(kind);
    // With the tagger loaded, claims without quotation marks come from it; the rules alone give the same claim.
    expect(q.by).toBe(`quotes@1/${QUOTATION_MARK_PATTERNS.has(pattern) ? pattern : 'tagger'}`);
    for (const f of frags) expect(text.slice(f.start, f.end)).toBe(f.text);
    const r = rulesOnly.extract(input(text)).quotes;
    expect(r).toHaveLength(1);
    expect(r[0]!.by).toBe(`quotes@1/${pattern}`);
    expect((r[0]!.content.fragments ?? [r[0]!.content]).map((f) => f.text).join('|')).toBe(contents);
  });

  // Boundaries the lexicon rules draw on their own (the stage without its tagger, or with `merge: 'all'`). With the
  // tagger loaded these claims come from the tagger, whose cue stops at the verb and whose content ends where the
  // beam decoder ends it; tests above cover that path.
  it.each([
    // [name, text, content, speaker, cue, kind, pattern]
    ['cue with a time phrase', 'Smith said on Tuesday that the talks would resume.', 'that the talks would resume', 'Smith', 'said on Tuesday', 'indirect', 'speaker-cue-content'],
    ['cue with an inserted manner phrase', 'Smith said, through an interpreter, that the talks would resume.', 'that the talks would resume', 'Smith', 'said, through an interpreter', 'indirect', 'speaker-cue-content'],
    ['mixed claim ends with a comma-closed quote', 'Smith said the plan was “dead on arrival,” though few in the room agreed.', 'the plan was “dead on arrival,”', 'Smith', 'said', 'mixed', 'speaker-cue-content'],
    ['mixed claim ends before a temporal clause', 'Smith said the plan was “dead on arrival” as the vote neared.', 'the plan was “dead on arrival”', 'Smith', 'said', 'mixed', 'speaker-cue-content'],
  ] as const)('rules alone: %s', (_n, text, content, speaker, cue, kind, pattern) => {
    const r = rulesOnly.extract(input(text)).quotes;
    expect(r).toHaveLength(1);
    const q = r[0]!;
    expect(q.content.text).toBe(content);
    expect(q.speaker?.text).toBe(speaker);
    expect(q.cue?.text).toBe(cue);
    expect(q.kind).toBe(kind);
    expect(q.by).toBe(`quotes@1/${pattern}`);
    expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
  });

  it.each([
    ['scare quotes', 'The so-called “reset” failed in 2011.'],
    ['title in quotes', 'The film “War and Peace” opened in Moscow.'],
    ['no cue', 'The talks will resume next week.'],
    ['noun use of a cue word', 'The report was published on Tuesday.'],
  ])('%s: no claim', (_n, text) => {
    expect(extractText(text).quotes).toEqual([]);
  });

  it.each([
    // [name, text]: the second quotation is not the second half of the first claim.
    ['a new clause before the second quotation', '"We will wait," Ruiz said, and the crowd cheered "until the water goes down."'],
    ['a participle clause before the second quotation', '"We will wait," Ruiz said, adding that the town was "ready for anything at all."'],
    ['a sentence end before the second quotation', '"We will wait," Ruiz said in Ames. Then, "the water went down."'],
  ])('no split quote: %s', (_n, text) => {
    const first = rulesOnly.extract(input(text)).quotes[0]!;
    expect(first.content.fragments).toBeUndefined();
    expect(first.content.text).toBe('"We will wait,"');
  });

  it('floating quote inherits the speaker of the previous paragraph', () => {
    const text = 'Smith said the talks would resume next week.\n\n“We are ready to sit down with anyone who wants peace.”';
    const { quotes } = extractText(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]!.by).toBe('quotes@1/floating');
    expect(quotes[1]!.speaker?.text).toBe('Smith');
    expect(quotes[1]!.cue).toBeNull();
  });

  it('multi-paragraph quotation is one claim', () => {
    const text = '“We are ready to talk.\n\n“We always were, and we will be,” Smith said.';
    const { quotes, messages } = extractText(text);
    expect(messages).toEqual([]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.content.text).toBe('“We are ready to talk.\n\n“We always were, and we will be,”');
    expect(quotes[0]!.sentences.length).toBeGreaterThan(1);
  });

  it('unbalanced marks: positioned warning, that paragraph falls back, others kept', () => {
    const text = '“We are ready, Smith said that the talks would resume.\n\nJones said: “We are ready to talk.”';
    const { quotes, messages } = extractText(text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ severity: 'warning', ruleId: 'quotes:unbalanced', start: 0 });
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Smith', 'Jones']);
    expect(quotes[1]!.kind).toBe('direct');
  });
});
