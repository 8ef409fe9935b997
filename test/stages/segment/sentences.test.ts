/** Sentence tables: abbreviations, initials, numbers, ellipses, URLs and quotations. */
import { describe, expect, it } from 'vitest';
import { segment, sentenceTexts } from './helpers.js';

describe('sentences: boundaries', () => {
  it.each([
    ['two plain sentences', 'He came. She left.', ['He came.', 'She left.']],
    ['question and exclamation', 'Why? Because! Fine.', ['Why?', 'Because!', 'Fine.']],
    ['interrobang run', 'Really?! Yes.', ['Really?!', 'Yes.']],
    ['U.S. mid-sentence', 'The U.S. economy grew. It slowed.', ['The U.S. economy grew.', 'It slowed.']],
    ['U.S. before a name', 'He met U.S. President Joe Biden.', ['He met U.S. President Joe Biden.']],
    ['U.S. ends a sentence before a starter', 'It was under U.S. control. The war began.', ['It was under U.S. control.', 'The war began.']],
    ['U.S. ends a sentence before He', 'He moved to the U.S. He stayed.', ['He moved to the U.S.', 'He stayed.']],
    ['U.S. ends a sentence before a quote', 'He flew to the U.S. "It was fun," he said.', ['He flew to the U.S.', '"It was fun," he said.']],
    ['U.N. mid-sentence', 'The U.N. Security Council met.', ['The U.N. Security Council met.']],
    ['month abbreviation', 'It began on Jan. 5 and ended Feb. 10. Talks resumed.', ['It began on Jan. 5 and ended Feb. 10.', 'Talks resumed.']],
    ['Sept. 11', 'The Sept. 11 attacks shocked the world.', ['The Sept. 11 attacks shocked the world.']],
    ['military ranks', 'Lt. Gen. Igor Kirillov was killed. Moscow blamed Kyiv.', ['Lt. Gen. Igor Kirillov was killed.', 'Moscow blamed Kyiv.']],
    ['political titles', 'Sen. Rubio and Rep. Smith met Gov. Newsom.', ['Sen. Rubio and Rep. Smith met Gov. Newsom.']],
    ['honorifics', 'Mr. and Mrs. Smith met Ms. Jones and Dr. Who.', ['Mr. and Mrs. Smith met Ms. Jones and Dr. Who.']],
    ['St. Petersburg', 'He lives in St. Petersburg. He works in Moscow.', ['He lives in St. Petersburg.', 'He works in Moscow.']],
    ['company abbreviations', 'Apple Inc. and Microsoft Corp. rose. Shell Ltd. and Ford Motor Co. fell.', ['Apple Inc. and Microsoft Corp. rose.', 'Shell Ltd. and Ford Motor Co. fell.']],
    ['company abbreviation ends a sentence before a starter', 'He works for Apple Inc. The company declined to comment.', ['He works for Apple Inc.', 'The company declined to comment.']],
    ['Jr.', 'Martin Luther King Jr. Day is a holiday.', ['Martin Luther King Jr. Day is a holiday.']],
    ['No. 10', 'He went to No. 10 Downing Street. It rained.', ['He went to No. 10 Downing Street.', 'It rained.']],
    ['vs.', 'It was Russia vs. Ukraine. Nobody won.', ['It was Russia vs. Ukraine.', 'Nobody won.']],
    ['etc. before a capital', 'They sell oil, gas, etc. Moscow profits.', ['They sell oil, gas, etc.', 'Moscow profits.']],
    ['etc. mid-sentence', 'oil, gas, etc. are sold.', ['oil, gas, etc. are sold.']],
    ['e.g.', 'Some states, e.g. France, agreed.', ['Some states, e.g. France, agreed.']],
    ['a.m. before a place', 'It starts at 10 a.m. Moscow time. It ends at 5 p.m. The talks follow.', ['It starts at 10 a.m. Moscow time.', 'It ends at 5 p.m.', 'The talks follow.']],
    ['single initial', 'John F. Kennedy was shot in 1963.', ['John F. Kennedy was shot in 1963.']],
    ['multiple initials', 'J.R.R. Tolkien wrote it. It sold well.', ['J.R.R. Tolkien wrote it.', 'It sold well.']],
    ['spaced initials', 'George W. Bush and H. G. Wells met.', ['George W. Bush and H. G. Wells met.']],
    ['initial at the end before a starter', 'They chose plan B. The rest failed.', ['They chose plan B.', 'The rest failed.']],
    ['decimal', 'GDP grew 3.5 percent. Inflation fell.', ['GDP grew 3.5 percent.', 'Inflation fell.']],
    ['money', 'It cost $1.2 billion. That is a lot.', ['It cost $1.2 billion.', 'That is a lot.']],
    ['ellipsis before lower case', 'We will see... maybe tomorrow.', ['We will see... maybe tomorrow.']],
    ['unicode ellipsis before lower case', 'We will see… maybe tomorrow.', ['We will see… maybe tomorrow.']],
    ['ellipsis before a capital', 'We waited... Nobody came.', ['We waited...', 'Nobody came.']],
    ['URL with dots', 'See https://tass.com/world/1. It is new.', ['See https://tass.com/world/1.', 'It is new.']],
    ['email', 'Write to press@mid.ru. They reply.', ['Write to press@mid.ru.', 'They reply.']],
    ['domain name', 'He works at Amazon.com. He likes it.', ['He works at Amazon.com.', 'He likes it.']],
    ['number after a stop', 'He was born in 1950. 1951 was worse.', ['He was born in 1950.', '1951 was worse.']],
    ['lower case after a stop does not split', 'approx. five people came.', ['approx. five people came.']],
    ['closing bracket goes with the sentence', 'He left (finally.) Then rain.', ['He left (finally.)', 'Then rain.']],
    ['question in brackets before lower case', 'He said (really?) that it works.', ['He said (really?) that it works.']],
    ['spaced dots stay one boundary', 'He paused . . . Then spoke.', ['He paused . . .', 'Then spoke.']],
    ['initial that is also a page prefix', '( P. Harlow 4-38 ) and V. Ortiz won.', ['( P. Harlow 4-38 ) and V. Ortiz won.']],
    ['initial before a surname that is a starter word', 'Essex 372 ( P. Such 8-118 ) won.', ['Essex 372 ( P. Such 8-118 ) won.']],
    ['all-caps place abbreviation', 'He flew to ST. LOUIS and FT. WORTH. Then home.', ['He flew to ST. LOUIS and FT. WORTH.', 'Then home.']],
    ['all-caps abbreviation before a starter still ends', 'He lives on MAIN ST. The house is old.', ['He lives on MAIN ST.', 'The house is old.']],
    ['currency prefix', 'The bond fell C$ 0.45. It rose later.', ['The bond fell C$ 0.45.', 'It rose later.']],
  ])('%s', (_name, text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected);
  });
});

describe('sentences: quotations', () => {
  it.each([
    ['multi-sentence quote with attribution is one sentence', '"We will win. They know it," he said.', ['"We will win. They know it," he said.']],
    ['curly quotes, same', '“We will win. They know it,” he said.', ['“We will win. They know it,” he said.']],
    ['guillemets, same', '«We will win. They know it», he said.', ['«We will win. They know it», he said.']],
    ['single quotes, same', "'We will win. They know it,' he said.", ["'We will win. They know it,' he said."]],
    ['ellipsis before comma-quote', '"We will see...," he said.', ['"We will see...," he said.']],
    ['question inside quote before lower case', '"Why?" he asked. Nobody knew.', ['"Why?" he asked.', 'Nobody knew.']],
    ['attribution with a capitalized name', '"We will win," Putin said. He smiled.', ['"We will win," Putin said.', 'He smiled.']],
    ['closing quote after the period goes before', 'He said: "We will win." Then he left.', ['He said: "We will win."', 'Then he left.']],
    ['quote ending a sentence followed by a quote', '"We won." "They lost."', ['"We won."', '"They lost."']],
    ['sentences inside a closed, ended quote split', '"We won. They lost." He left.', ['"We won.', 'They lost."', 'He left.']],
    ['unclosed quote does not swallow the paragraph', '"We won. They lost. He left.', ['"We won.', 'They lost.', 'He left.']],
    ['quote in the middle', 'He called it "a disaster." Others agreed.', ['He called it "a disaster."', 'Others agreed.']],
    ['nested quotes', '"He told me \'Go home.\' I did," she said.', ['"He told me \'Go home.\' I did," she said.']],
    ['curly closing single quote and period', 'They said ‘no.’ Then left.', ['They said ‘no.’', 'Then left.']],
    ['odd number of quote marks does not fail (the closed quote flows on)', 'A "b. C" d ". E.', ['A "b. C" d ".', 'E.']],
  ])('%s', (_name, text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected);
  });
});

describe('sentences: paragraphs', () => {
  it('never crosses a paragraph break, even without a terminal', () => {
    const text = 'Title without stop\n\nBody starts here. Ends here';
    const { doc } = segment(text);
    expect(doc.sentences!.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Title without stop'], [1, 'Body starts here.'], [1, 'Ends here'],
    ]);
  });

  it('keeps a paragraph whose lines continue in lower case together', () => {
    expect(sentenceTexts('The minister said\nthat talks\nwould go on.')).toEqual(['The minister said\nthat talks\nwould go on.']);
  });

  it('records token ranges that partition the tokens', () => {
    const { doc } = segment('He came. She left.\n\nThen rain.');
    expect(doc.sentences!.map((s) => [s.tokenStart, s.tokenEnd, s.paragraph])).toEqual([[0, 3, 0], [3, 6, 0], [6, 9, 1]]);
  });
});

describe('sentences: options', () => {
  it('extraAbbreviations keeps a custom abbreviation and its period', () => {
    const text = 'The Dept. of State and Approx. five people. Next.';
    const plain = segment(text).doc;
    expect(plain.tokens!.map((t) => t.text)).toContain('Dept.');
    const custom = segment('Approx. Five people came.', [], { extraAbbreviations: ['Approx.'] }).doc;
    expect(custom.tokens!.map((t) => t.text)).toEqual(['Approx.', 'Five', 'people', 'came', '.']);
    expect(custom.sentences!.map((s) => s.text)).toEqual(['Approx. Five people came.']);
    expect(segment('Approx. Five people came.').doc.sentences!.map((s) => s.text)).toEqual(['Approx. Five people came.']);
  });

  it('extraSentenceStarters lets an abbreviation end a sentence before a new word', () => {
    const text = 'He moved to the U.S. Washington was cold.';
    expect(sentenceTexts(text)).toEqual([text]);
    const custom = segment(text, [], { extraSentenceStarters: ['Washington'] }).doc;
    expect(custom.sentences!.map((s) => s.text)).toEqual(['He moved to the U.S.', 'Washington was cold.']);
  });
});

describe('sentences: quotes after abbreviations', () => {
  it.each([
    ['quote + capital after U.S. splits', 'He flew to the U.S. “It was fun,” he said.', ['He flew to the U.S.', '“It was fun,” he said.']],
    ['quote + lower case after U.S. does not split', 'He said the U.S. “does not have the capacity.”', ['He said the U.S. “does not have the capacity.”']],
    ['a quoted nickname after an initial does not split', 'Rep. Robert C. "Bobby" Scott spoke.', ['Rep. Robert C. "Bobby" Scott spoke.']],
    ['a state abbreviation then a quote splits', 'He spoke in Fresno, Calif. "I think it works," he said.', ['He spoke in Fresno, Calif.', '"I think it works," he said.']],
  ])('%s', (_name, text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected);
  });
});
