import { describe, expect, it } from 'vitest';
import { CONTENT_BOUND_RULES, CONTENT_START_RULES, repairContents, repairContentStarts, type ContentBoundId } from '../../src/quotes/content-bounds.js';
import type { Candidate } from '../../src/quotes/extract.js';
import type { PatternId } from '../../src/quotes/patterns.js';
import { claimAt, extractor, extractText, rangeText, tokenRange, viewOf } from './helpers.js';

/**
 * Repairs a claim given by its spans in `text` (content pieces joined by ` | `); returns the content pieces joined
 * the same way and the rules that fired.
 */
function repair(text: string, speaker: string, cue: string, content: string, pattern: PatternId = 'tagger',
  apply: typeof repairContents | typeof repairContentStarts = repairContents): { content: string; fired: ContentBoundId[] } {
  const v = viewOf(text);
  const c = claimAt(v, pattern, speaker, cue, content);
  const fired: ContentBoundId[] = [];
  apply(v, [c], fired);
  return { content: c.content.map((r) => rangeText(v, r)).join(' | '), fired };
}

/** As {@link repair}, with the start rules that run after the learned content end ({@link repairContentStarts}). */
const repairStart = (text: string, speaker: string, cue: string, content: string, pattern: PatternId = 'tagger') =>
  repair(text, speaker, cue, content, pattern, repairContentStarts);

describe('content start repair', () => {
  it.each([
    // [rule, sentence, speaker, cue, content given, content repaired]
    ['recipient-before-content', 'Novak told reporters on Monday that the mill will close.', 'Novak', 'told', 'reporters on Monday that the mill will close', 'that the mill will close'],
    ['recipient-before-content', 'The mayor assured them they were safe on the pier.', 'The mayor', 'assured', 'them they were safe on the pier', 'they were safe on the pier'],
    ['recipient-before-content', 'Ruiz asked the pilots whether the pier was safe.', 'Ruiz', 'asked', 'the pilots whether the pier was safe', 'whether the pier was safe'],
    ['recipient-before-content', 'Ruiz warned dockers she would close the pier.', 'Ruiz', 'warned', 'dockers she would close the pier', 'she would close the pier'],
    ['recipient-before-content', 'Novak told the crowd, "We will rebuild the mill."', 'Novak', 'told', 'the crowd, "We will rebuild the mill."', '"We will rebuild the mill."'],
    ['recipient-before-content', 'Ruiz reminded Harbor Radio listeners about the ferry strike.', 'Ruiz', 'reminded', 'Harbor Radio listeners about the ferry strike', 'about the ferry strike'],
    ['cue-adjunct-before-content', 'Novak said at the hearing that the mill will close.', 'Novak', 'said at', 'the hearing that the mill will close', 'that the mill will close'],
    ['cue-adjunct-before-content', 'Ruiz wrote in The Harbor Times that the fares would rise.', 'Ruiz', 'wrote in', 'The Harbor Times that the fares would rise', 'that the fares would rise'],
    ['cue-adjunct-before-content', 'The mayor admitted to the council that he had lost the keys.', 'The mayor', 'admitted to', 'the council that he had lost the keys', 'that he had lost the keys'],
    ['according-to-clause-start', 'Rents rose by a third in the Old Harbor district, according to the city.', 'the city', 'according to', 'Harbor district', 'Rents rose by a third in the Old Harbor district'],
    ['according-to-clause-start', 'The ferry carried more cars, which made the crossing slower, according to the crew.', 'the crew', 'according to', 'the crossing slower', 'which made the crossing slower'],
    ['according-to-clause-start', 'The pier is old, but the cranes are new, according to Ruiz.', 'Ruiz', 'according to', 'cranes are new', 'the cranes are new'],
    ['according-to-clause-start', 'Storms closed the port twice; dockers lost a week of pay, according to the union.', 'the union', 'according to', 'a week of pay', 'dockers lost a week of pay'],
    ['clause-start-before-attribution', 'The ferry lost money on the night crossings, Ruiz said.', 'Ruiz', 'said', 'the night crossings', 'The ferry lost money on the night crossings'],
    ['clause-start-before-attribution', 'The pier was closed; the cranes stood idle for a week, the harbor office says.', 'the harbor office', 'says', 'a week', 'the cranes stood idle for a week'],
    ['clause-continues-after-attribution', 'Most of the new cranes, the harbor office said, had failed the test.', 'the harbor office', 'said', 'Most of the new cranes', 'Most of the new cranes | had failed the test'],
    ['clause-continues-after-attribution', 'The cheapest option, according to the council, is to close the pier.', 'the council', 'according to', 'The cheapest option', 'The cheapest option | is to close the pier'],
    ['adjunct-after-final-attribution', 'The ferry will not sail until spring, the harbor office announced Tuesday.', 'the harbor office', 'announced', 'Tuesday', 'The ferry will not sail until spring'],
    ['adjunct-after-final-attribution', 'Repairs to the pier will cost twice the estimate, said Ruiz in a letter to the council.', 'Ruiz', 'said', 'in a letter to the council', 'Repairs to the pier will cost twice the estimate'],
    ['adjunct-after-final-attribution', 'Most dockers backed the new rota, Novak wrote last week.', 'Novak', 'wrote', 'last week', 'Most dockers backed the new rota'],
    ['adjunct-after-final-attribution', 'Two cranes had failed the test, the inspectors said at the hearing.', 'the inspectors', 'said', 'at the hearing', 'Two cranes had failed the test'],
    ['subject-before-appositive', 'Ruiz said that Novak, the harbor master, will resign in May.', 'Ruiz', 'said', 'that Novak', 'that Novak, the harbor master, will resign in May'],
    ['subject-before-appositive', 'The crews asked whether the new ferry, a gift from the city, would sail in winter, and nobody knew.', 'The crews', 'asked', 'whether the new ferry', 'whether the new ferry, a gift from the city, would sail in winter'],
    ['subject-before-appositive', 'Ruiz believes that Mr. Novak, if pressed, will sign the lease.', 'Ruiz', 'believes', 'that Mr. Novak', 'that Mr. Novak, if pressed, will sign the lease'],
    ['subject-before-appositive', "Ruiz said that he really, really wants the pier rebuilt.", 'Ruiz', 'said', 'that he really', 'that he really, really wants the pier rebuilt'],
    ['subject-before-appositive', 'Ruiz hopes that the harbor board - and the unions - will back the plan.', 'Ruiz', 'hopes', 'that the harbor board', 'that the harbor board - and the unions - will back the plan'],
    ['subject-before-appositive', 'Ruiz was sure that Novak and the board would agree.', 'Ruiz', 'was sure', 'that Novak', 'that Novak and the board would agree'],
    ['name-list-continues', 'Ruiz praised Lisbon, Porto and Braga for their new ferries.', 'Ruiz', 'praised', 'Lisbon', 'Lisbon, Porto and Braga for their new ferries'],
    ['name-list-continues', 'The union backed dockers in Lisbon, Porto, Vigo and Cadiz who had walked out.', 'The union', 'backed', 'dockers in Lisbon', 'dockers in Lisbon, Porto, Vigo and Cadiz who had walked out'],
    ['name-list-continues', 'Ruiz criticized Mayor Novak, Anna Berg and Tom Lind in a letter.', 'Ruiz', 'criticized', 'Mayor Novak', 'Mayor Novak, Anna Berg and Tom Lind in a letter'],
    ['dangling-function-word', 'Ruiz posted the new ferry timetable on Monday, and Novak shared it.', 'Ruiz', 'posted', 'the', 'the new ferry timetable on Monday'],
    ['dangling-function-word', 'The board plans to publish a long list of unpaid harbor fees.', 'The board', 'plans', 'to publish a long list of', 'to publish a long list of unpaid harbor fees'],
    ['dangling-function-word', 'Ruiz spoke of their plans for the pier?', 'Ruiz', 'spoke of', 'their', 'their plans for the pier'],
    ['dangling-function-word', 'Ruiz worried about how the ferry fees would rise (and by how much).', 'Ruiz', 'worried about', 'how', 'how the ferry fees would rise'],
    ['open-parenthesis', 'Novak praised Sen. Ruiz (D-Maine) on Monday.', 'Novak', 'praised', 'Sen. Ruiz (D-Maine', 'Sen. Ruiz (D-Maine)'],
    ['open-parenthesis', 'Ruiz proposed a tax on ferry tickets (which Novak also backs), and the board agreed.', 'Ruiz', 'proposed', 'a tax on ferry tickets (which Novak also backs', 'a tax on ferry tickets (which Novak also backs)'],
  ] as const)('%s: %s', (id, text, speaker, cue, content, want) => {
    const r = repairStart(text, speaker, cue, content);
    expect(r.content).toBe(want);
    expect(r.fired).toEqual([id]);
  });

  it.each([
    // [why it stays, sentence, speaker, cue, content, pattern?]
    ['an infinitive keeps the addressee (object control)', 'Novak urged voters to stay home.', 'Novak', 'urged', 'voters to stay home'],
    ['an object pronoun before an infinitive', 'Ruiz asked them not to strike.', 'Ruiz', 'asked', 'them not to strike'],
    ['an indefinite noun phrase', 'Novak assured a crowd of dockers that the pier was safe.', 'Novak', 'assured', 'a crowd of dockers that the pier was safe'],
    ['a second noun phrase after the addressee', 'Novak told reporters the plan that the board liked was dead.', 'Novak', 'told', 'reporters the plan that the board liked was dead'],
    ['a relative clause after a comma', 'Ruiz told Novak, who was late, the whole story.', 'Ruiz', 'told', 'Novak, who was late, the whole story'],
    ['the cue takes no addressee', 'Novak said reporters were wrong that day.', 'Novak', 'said', 'reporters were wrong that day'],
    ['the content already starts with its clause', 'Novak told reporters that the mill will close.', 'Novak', 'told reporters', 'that the mill will close'],
    ['a gap between cue and content', 'Novak told reporters on Monday that the mill will close.', 'Novak', 'told', 'on Monday that the mill will close'],
    ['a quotation-mark pattern', 'Novak told reporters, "The mill is done."', 'Novak', 'told', 'reporters, "The mill is done."', 'speaker-cue-quote'],
    ['an adjunct before a relative clause', 'Novak spoke at the rally that drew thousands of dockers.', 'Novak', 'spoke at', 'the rally that drew thousands of dockers'],
    ['an adjunct before a quotation', 'Novak said on Harbor Radio "the mill is done."', 'Novak', 'said on', 'Harbor Radio "the mill is done."'],
    ['the content starts after a comma', 'However, the pier is safe, according to Ruiz.', 'Ruiz', 'according to', 'the pier is safe'],
    ['the content starts after a leading connective', 'But the pier is safe, according to Ruiz.', 'Ruiz', 'according to', 'the pier is safe'],
    ['a quotation before the content', 'The "new" pier is safe, according to Ruiz.', 'Ruiz', 'according to', 'pier is safe'],
    ['no comma before according to', 'Fewer ships docked in May than in April according to the port.', 'the port', 'according to', 'April'],
    ['the cue comes before the speaker', 'The ferry lost money on the night crossings, said Ruiz.', 'Ruiz', 'said', 'the night crossings'],
    ['the content already starts its sentence', 'The ferry lost money, Ruiz said.', 'Ruiz', 'said', 'The ferry lost money'],
    ['a quotation before the interrupting attribution', '"The cranes are old," Ruiz said, and the board agreed.', 'Ruiz', 'said', '"The cranes are old,"', 'quote-speaker-cue'],
    ['an -ing form after the attribution', 'The cranes are old, Ruiz said, pointing at the rust.', 'Ruiz', 'said', 'The cranes are old'],
    ['an aside on the speaker after the attribution', 'The cranes are old, Ruiz said, a view the board shares.', 'Ruiz', 'said', 'The cranes are old'],
    ['a continuation in quotation marks', 'The cranes, Ruiz said, "are old and slow."', 'Ruiz', 'said', 'The cranes'],
    ['a final attribution whose content is no adjunct', 'The ferry is late, Novak said two days ago.', 'Novak', 'said', 'two days ago'],
    ['a final adjunct that does not end the sentence', 'The ferry is late, Novak said on Monday, and the crews are tired.', 'Novak', 'said', 'on Monday'],
    ['no comma before the final attribution', 'In the spring Novak said on Monday.', 'Novak', 'said', 'on Monday'],
    ['too few words before the final attribution', 'Sure, Novak said on Monday.', 'Novak', 'said', 'on Monday'],
    ['a content after the cue that goes on past the adjunct', 'Novak said on Monday that the ferry is late.', 'Novak', 'said', 'on Monday that the ferry is late'],
    ['an adjunct longer than eight tokens', 'The ferry is late, Novak said in a long letter to the harbor board and the mayor.', 'Novak', 'said', 'in a long letter to the harbor board and the mayor'],
    ['a cue ending in another preposition', 'Novak argued for the plan that the board will fund the pier.', 'Novak', 'argued for', 'the plan that the board will fund the pier'],
    ['`that` as a demonstrative', 'Ruiz echoed that comment, recalling the flood of May.', 'Ruiz', 'echoed', 'that comment'],
    ['a verb before the comma', 'Ruiz said that the cranes failed, and the board agreed.', 'Ruiz', 'said', 'that the cranes failed'],
    ['an auxiliary before the comma', 'Ruiz said that Novak had resigned, the board says.', 'Ruiz', 'said', 'that Novak had resigned'],
    ['a subject longer than four tokens', 'Ruiz said that the old east harbor board, the one that sold the pier, will meet.', 'Ruiz', 'said', 'that the old east harbor board'],
    ['no complementizer', 'Ruiz praised the harbor board, the unions and the mayor.', 'Ruiz', 'praised', 'the harbor board'],
    ['the comma inside quotation marks', 'Ruiz said that "Novak, the harbor master, will resign."', 'Ruiz', 'said', 'that "Novak'],
    ['one name after the comma (a new clause)', 'Ruiz praised the ferry plan, and Novak rejected it.', 'Ruiz', 'praised', 'the ferry plan'],
    ['a list item in lower case', 'Ruiz praised Lisbon, ferries and buses alike.', 'Ruiz', 'praised', 'Lisbon'],
    ['a list with no final conjunction', 'Ruiz praised Lisbon, Porto, Braga.', 'Ruiz', 'praised', 'Lisbon'],
    ['a list before the cue', 'Lisbon, Porto and Braga got ferries, Ruiz said.', 'Ruiz', 'said', 'Lisbon'],
    ['a pronoun-like last word (`this`)', 'Novak knows this and takes advantage of it.', 'Novak', 'knows', 'this'],
    ['a verb particle as last word', 'Ruiz weighed in on the harbor plan.', 'Ruiz', 'weighed', 'in'],
    ['a relative word as last word', 'Novak offered a second view, which Ruiz shares.', 'Novak', 'offered', 'a second view, which'],
    ['a parenthesis closed inside the content', 'Novak praised Sen. Ruiz (D-Maine) on Monday.', 'Novak', 'praised', 'Sen. Ruiz (D-Maine)'],
    ['the closing parenthesis too far away', 'Ruiz said the fees seem too high (or the ferry crews are worried about how the new timetable will change their long night shifts).', 'Ruiz', 'said', 'the fees seem too high (or the ferry crews'],
    ['no closing parenthesis in the sentence', 'Novak praised Sen. Ruiz (D-Maine. The vote is Monday.', 'Novak', 'praised', 'Sen. Ruiz (D-Maine'],
    ['a dangling word before a comma', 'Ruiz praised the, well, new plan.', 'Ruiz', 'praised', 'the'],
    ['a dangling word inside quotation marks', 'Ruiz called it "a kind of" miracle.', 'Ruiz', 'called', 'it "a kind of'],
  ] as const)('keeps the content: %s', (_why, text, speaker, cue, content, pattern?: PatternId) => {
    const r = repairStart(text, speaker, cue, content, pattern);
    expect(r.content).toBe(content);
    expect(r.fired).toEqual([]);
  });

  it.each(CONTENT_START_RULES.map((r) => [r.id, r.cue, r.speaker, r.example] as const))('documented example of %s holds', (id, cue, speaker, [text, before, after]) => {
    const r = repairStart(text, speaker ?? text.split(' ')[0]!, cue, before);
    expect(r.content).toBe(after);
    expect(r.fired).toEqual([id]);
  });

  it.each([
    // [sentence, content of the one claim]: the start rules run in the extractor, after the learned content end
    ['The mayor told reporters on Monday that the ferry would resume service in May.', 'that the ferry would resume service in May'],
  ] as const)('in the extractor: %s', (text, want) => {
    const { quotes } = extractText(text);
    expect(quotes.map((q) => q.content.text)).toEqual([want]);
  });
});

describe('content boundary repair', () => {
  it.each([
    // [rule, sentence, speaker, cue, content given, content repaired]
    ['interrupted-clause', 'The new plant, Novak said, will close by June.', 'Novak', 'said', 'will close by June', 'The new plant | will close by June'],
    ['interrupted-clause', 'The new plant, said Novak, will close by June.', 'Novak', 'said', 'will close by June', 'The new plant | will close by June'],
    ['interrupted-clause', 'Over the next two decades, the mayor warned, the river will flood twice.', 'the mayor', 'warned', 'the river will flood twice', 'Over the next two decades | the river will flood twice'],
    ['interrupted-clause', 'But the ferry line, the company says, is losing money.', 'the company', 'says', 'is losing money', 'the ferry line | is losing money'],
    ['interrupted-clause', 'The port hired three pilots - each of whom, Ruiz said, had failed the test.', 'Ruiz', 'said', 'had failed the test', 'each of whom | had failed the test'],
    ['interrupted-clause', 'They sold four mills, most of which, the owners say, had lost money for years.', 'the owners', 'say', 'had lost money for years', 'most of which | had lost money for years'],
    ['interrupted-clause', 'Over the years, Novak said, the mill lost money.', 'Novak', 'said', 'the mill lost money', 'Over the years | the mill lost money'],
    ['interrupted-clause', 'At one point, the mayor recalled, the ferry ran twice a day.', 'the mayor', 'recalled', 'the ferry ran twice a day', 'At one point | the ferry ran twice a day'],
    ['interrupted-clause', 'If the dam breaks, the engineers wrote, "the valley will be under water."', 'the engineers', 'wrote', '"the valley will be under water."', 'If the dam breaks | "the valley will be under water."'],
    ['interrupted-clause', 'The old mill was busy, Novak said, until it burned in 1990.', 'Novak', 'said', 'it burned in 1990', 'The old mill was busy | until it burned in 1990'],
    ['interrupted-clause', 'He has drawn up a plan, the mayor said, for how the port can grow.', 'the mayor', 'said', 'how the port can grow', 'He has drawn up a plan | for how the port can grow'],
    ['interrupted-clause', 'The east pier, as Ruiz noted, is too short for the new ferries.', 'Ruiz', 'noted', 'is too short for the new ferries', 'The east pier | is too short for the new ferries'],
    ['title-before-attribution', 'On "Morning Desk," Novak said the plant will close.', 'Novak', 'said', '"Morning Desk," | the plant will close', 'the plant will close'],
    ['title-before-attribution', 'In an interview with "The Harbor Hour," the mayor warned that "the river will flood."', 'the mayor', 'warned', 'The Harbor Hour," | that "the river will flood."', 'that "the river will flood."'],
    ['lead-clause-before-attribution', 'Prices rose in May, but Novak said the mill will close.', 'Novak', 'said', 'Prices rose in May | the mill will close', 'the mill will close'],
    ['lead-clause-before-attribution', 'The ferry stopped; the company says repairs will take a year.', 'the company', 'says', 'The ferry stopped | repairs will take a year', 'repairs will take a year'],
    ['trailing-piece', 'Novak said the mill will close soon, and workers fear the worst.', 'Novak', 'said', 'the mill will close soon | workers fear the worst', 'the mill will close soon'],
    ['trailing-piece', 'Ruiz praised the plan to cut port fees, which the council passed in May.', 'Ruiz', 'praised', 'the plan to cut port fees | the council passed in May', 'the plan to cut port fees'],
    ['passive-no-agent', 'Novak is expected to resign next week.', 'Novak', 'is expected', 'to resign next week', 'Novak | to resign next week'],
    ['raising-verb', 'The talks seemed close to collapse.', 'The talks', 'seemed', 'close to collapse', 'The talks | close to collapse'],
    ['fronted-clause', 'While Novak says the ferry is safe, the harbor board wants an inspection.', 'Novak', 'says', 'the ferry is safe, the harbor board wants an inspection', 'the ferry is safe'],
    ['fronted-clause', 'But although the mayor claimed that fares would fall, tickets rose by a third.', 'the mayor', 'claimed', 'that fares would fall, tickets rose by a third', 'that fares would fall'],
    ['fronted-clause', 'Even as Ruiz insisted the plant was clean, inspectors found rust.', 'Ruiz', 'insisted', 'the plant was clean, inspectors found rust', 'the plant was clean'],
    ['leading-preposition', 'Asked about the ferry, Ruiz said of the new pier that it was too short.', 'Ruiz', 'said', 'of the new pier that it was too short', 'the new pier that it was too short'],
    ['leading-preposition', 'Dockers protested against the new shift rota.', 'Dockers', 'protested', 'against the new shift rota', 'the new shift rota'],
    ['leading-preposition', 'Ruiz pointed to the rusty cranes on the east pier.', 'Ruiz', 'pointed', 'to the rusty cranes on the east pier', 'the rusty cranes on the east pier'],
    ['leading-preposition', 'The mayor has drawn attention to the empty warehouses.', 'The mayor', 'has drawn attention', 'to the empty warehouses', 'the empty warehouses'],
  ] as const)('%s: %s', (id, text, speaker, cue, content, want) => {
    const r = repair(text, speaker, cue, content);
    expect(r.content).toBe(want);
    expect(r.fired).toContain(id);
  });

  it.each([
    // [why it stays, sentence, speaker, cue, content]
    ['content starts in upper case', 'Asked about the plant, Novak said, "It will close by June."', 'Novak', 'said', '"It will close by June."'],
    ['a fixed connective lead-in', 'In the end, Novak said, the plant will close.', 'Novak', 'said', 'the plant will close'],
    ['a fixed connective lead-in', 'On the other hand, the mayor said, the ferry is cheap.', 'the mayor', 'said', 'the ferry is cheap'],
    ['a fixed connective lead-in', 'In addition, Ruiz wrote, two cranes will be sold.', 'Ruiz', 'wrote', 'two cranes will be sold'],
    ['a single lead word', 'Still, Novak said, the plant will close.', 'Novak', 'said', 'the plant will close'],
    ['a lone relative word', 'They closed the mill, which, the owners say, had lost money.', 'the owners', 'say', 'had lost money'],
    ['opening words end in a coordinator', 'The plant lost money and, Novak said, will close by June.', 'Novak', 'said', 'will close by June'],
    ['no comma after the attribution', 'The plant, Novak said will close by June.', 'Novak', 'said', 'will close by June'],
    ['no comma before the attribution', 'Novak said, the plant will close by June.', 'Novak', 'said', 'the plant will close by June'],
    ['content does not follow the attribution', 'The plant, Novak said, will close by June, and the mill too.', 'Novak', 'said', 'the mill too'],
    ['opening words inside quotation marks', '"The new plant," Novak said, "will close by June."', 'Novak', 'said', '"will close by June."'],
    ['opening words in another sentence', 'The plant is old. Now, Novak said, it will close.', 'Novak', 'said', 'it will close'],
    ['the skipped word is capitalized', 'The mill was busy, Novak said, Until it burned.', 'Novak', 'said', 'it burned'],
    ['two words skipped', 'The mill was busy, Novak said, until then it ran.', 'Novak', 'said', 'it ran'],
    ['`as` with no comma before it', 'The pier as Ruiz noted, is too short.', 'Ruiz', 'noted', 'is too short'],
    ['a quotation in lower case before the attribution', 'Calling it "a dead end," Novak said the plant will close.', 'Novak', 'said', '"a dead end," | the plant will close'],
    ['a title after the cue', 'Novak said the plant will close and called it "Old Harbor."', 'Novak', 'said', 'the plant will close | "Old Harbor."'],
    ['a title as the only piece', 'On "Morning Desk," Novak said so.', 'Novak', 'said', '"Morning Desk,"'],
    ['a quotation before the attribution', '"The mill is done," Novak told the board, and said it will close.', 'Novak', 'told', 'The mill is done | it will close'],
    ['a lead piece set off by a comma only', 'The mill, Novak said, will close in May.', 'Novak', 'said', 'The mill | will close in May'],
    ['no piece after the cue', 'Prices rose in May, Novak said on Monday.', 'Novak', 'said', 'Prices rose | May'],
    ['a short first piece (recipient)', 'Novak urged local voters on Monday to stay home.', 'Novak', 'urged', 'local voters | to stay home'],
    ['a quoted later piece', 'Novak said the mill will close soon and called it "a sad day."', 'Novak', 'said', 'the mill will close soon | "a sad day."'],
    ['a quotation-mark rule claim', 'Novak said the mill will close soon, and workers fear the worst.', 'Novak', 'said', 'the mill will close soon | workers fear the worst', 'speaker-cue-content'],
    ['no subordinator opens the sentence', 'Novak says the ferry is safe, but it needs paint.', 'Novak', 'says', 'the ferry is safe, but it needs paint'],
    ['the subordinator opens another sentence', 'While the port slept, the crews left. Novak says the ferry is safe, and it sails at noon.', 'Novak', 'says', 'the ferry is safe, and it sails at noon'],
    ['a comma between the cue and the content (main clause)', 'As Novak said, the ferry is safe, and it sails at noon.', 'Novak', 'said', 'the ferry is safe, and it sails at noon'],
    ['the comma is inside quotation marks', 'While Novak called it "safe, clean and cheap" the board wants an inspection.', 'Novak', 'called', 'it "safe, clean and cheap" the board wants an inspection'],
    ['a fronted clause with no comma in the content', 'While Novak says the ferry is safe the board wants an inspection.', 'Novak', 'says', 'the ferry is safe the board wants an inspection'],
    ['a fronted clause with a quotation-mark rule claim', 'When Novak said "the ferry is safe, and cheap," nobody laughed.', 'Novak', 'said', '"the ferry is safe, and cheap,"', 'speaker-cue-quote'],
    ['a preposition that is not part of the cue frame', 'Novak said in May the ferry was safe.', 'Novak', 'said', 'in May the ferry was safe'],
    ['a preposition inside quotation marks', 'Novak wrote "for the record, the ferry is safe."', 'Novak', 'wrote', '"for the record, the ferry is safe."'],
    ['a lone preposition', 'Novak voted against.', 'Novak', 'voted', 'against'],
    ['"to" after a verb that does not select it', 'Novak declined to inspect the new pier.', 'Novak', 'declined', 'to inspect the new pier'],
    ['"to" after "respond", which the gold splits', 'Novak responded to the harbor board in May.', 'Novak', 'responded', 'to the harbor board in May'],
    ['a preposition opening a later piece', 'The union praised the mayor for keeping the night buses.', 'The union', 'praised', 'the mayor | for keeping the night buses'],
    ['the fronted clause inside a quotation', '"Even as Ruiz insisted the plant was clean, inspectors found rust," the report says.', 'Ruiz', 'insisted', 'the plant was clean, inspectors found rust'],
  ] as const)('keeps the content: %s', (_why, text, speaker, cue, content, pattern?: PatternId) => {
    const r = repair(text, speaker, cue, content, pattern);
    expect(r.content).toBe(content);
    expect(r.fired).toEqual([]);
  });

  it('leaves a quotation-mark rule\'s short first quotation alone', () => {
    const text = '"Judge," Novak said, "I Never Lied."';
    const r = repair(text, 'Novak', 'said', '"Judge," | "I Never Lied."', 'split-quote');
    expect(r.content).toBe('"Judge," | "I Never Lied."');
    expect(r.fired).toEqual([]);
  });

  // The claim-list rules (a paragraph after a claim) are exercised through the extractor below.
  const CLAIM_RULES: readonly ContentBoundId[] = ['quotation-continues', 'quotation-continues-in-paragraph', 'floating-title'];
  it.each(CONTENT_BOUND_RULES.filter((r) => !CLAIM_RULES.includes(r.id)).map((r) => [r.id, r.example] as const))('documented example of %s holds', (id, [text, before, after]) => {
    const v = viewOf(text);
    // The examples' claims are `, SPEAKER said,` interruptions: the speaker is the word before the cue.
    const cue = tokenRange(v, 'said');
    const c: Candidate = { pattern: 'tagger', cue, cueEntry: null, speaker: { a: cue.a - 1, b: cue.a }, content: before.split(' | ').map((p) => tokenRange(v, p)), score: 0.7 };
    const fired: ContentBoundId[] = [];
    repairContents(v, [c], fired);
    expect(c.content.map((r) => rangeText(v, r)).join(' | ')).toBe(after);
    expect(fired).toEqual([id]);
  });

  it.each([
    // [case, text, claims as [pattern, content pieces joined by ' | ']]
    ['quotation-continues: a quoted paragraph after "…," Novak said.', '"The mill is done," Novak said.\n\n"We tried everything we could, and the buyers never came back."',
      [['quote-speaker-cue', '"The mill is done," | "We tried everything we could, and the buyers never came back."']]],
    ['quotation-continues: two quoted paragraphs after "…," said Novak.', '"The mill is done," said Novak.\n\n"We tried everything we could, and the buyers never came back."\n\n"Now we wait for the spring and hope for the best."',
      [['quote-cue-speaker', '"The mill is done," | "We tried everything we could, and the buyers never came back." | "Now we wait for the spring and hope for the best."']]],
    ['quotation-continues-in-paragraph: a quoted sentence after "…," Novak said.', '"The mill is done," Novak said. "We tried everything we could, and the buyers never came back."',
      [['quote-speaker-cue', '"The mill is done," | "We tried everything we could, and the buyers never came back."']]],
    ['keeps a sentence that is not a quotation apart', '"The mill is done," Novak said. The buyers never came back, and the town waited.',
      [['quote-speaker-cue', '"The mill is done,"']]],
    ['keeps a quotation that has its own attribution', '"The mill is done," Novak said. "We tried everything we could," Ruiz added.',
      [['quote-speaker-cue', '"The mill is done,"'], ['quote-speaker-cue', '"We tried everything we could,"']]],
    ['floating-title: a capitalized quoted paragraph is a heading', '"The mill is done," Novak said.\n\n"A Long Way Home."\n\nThe town was quiet.',
      [['quote-speaker-cue', '"The mill is done,"']]],
    ['keeps a floating claim after a quotation introduced before it', 'Novak said: "The mill is done."\n\n"We tried everything we could, and the buyers never came back."',
      [['speaker-cue-quote', '"The mill is done."'], ['floating', '"We tried everything we could, and the buyers never came back."']]],
  ] as const)('%s', (_case, text, want) => {
    const { quotes } = extractText(text);
    const got = quotes.map((q) => [q.by.split('/')[1], (q.content.fragments ?? [q.content]).map((f) => f.text).join(' | ')]);
    expect(got).toEqual(want);
  });
});
