import { describe, expect, it } from 'vitest';
import { clusterMentions, initials, type ClusterMention } from '../../src/ner/cluster.js';
import { ALIASES } from '../../src/ner/data/lexicon.js';
import type { EntityType } from '../../src/types/annotation.js';

const m = (i: number, text: string, type: EntityType = 'PERSON'): ClusterMention => ({
  id: `m${i}`, type, text, tokens: text.replace(/'s\b/, " 's").split(' '),
});

/** Groups of mention texts per entity, for readable expectations. */
function groups(texts: readonly (string | [string, EntityType])[]): string[][] {
  const ms = texts.map((t, i) => (typeof t === 'string' ? m(i + 1, t) : m(i + 1, t[0], t[1])));
  const { clusters } = clusterMentions(ms, ALIASES);
  return clusters.map((c) => c.mentions.map((id) => ms.find((x) => x.id === id)!.text));
}

describe('clusterMentions', () => {
  it.each<[string, (string | [string, EntityType])[], string[][]]>([
    ['full name ↔ surname', ['Vladimir Putin', 'Putin', 'Putin'], [['Vladimir Putin', 'Putin', 'Putin']]],
    ['surname before the full name', ['Putin', 'Vladimir Putin'], [['Putin', 'Vladimir Putin']]],
    ['different full names sharing a family name stay apart', ['Kim Jong Un', 'Kim Il Sung', 'Kim Il Sung'], [['Kim Jong Un'], ['Kim Il Sung', 'Kim Il Sung']]],
    ['surname-first names', ['Kim Il Sung', 'Stalin', 'Joseph Stalin', 'Kim Il Sung'], [['Kim Il Sung', 'Kim Il Sung'], ['Stalin', 'Joseph Stalin']]],
    ['USSR ↔ Soviet Union (alias table)', [['USSR', 'GPE'], ['Soviet Union', 'GPE']], [['USSR', 'Soviet Union']]],
    ['DPRK ↔ long form ↔ North Korea', [["Democratic People's Republic of Korea", 'GPE'], ['North Korea', 'GPE'], ['DPRK', 'GPE']], [["Democratic People's Republic of Korea", 'North Korea', 'DPRK']]],
    ['acronym by initials', [['International Atomic Energy Agency', 'ORG'], ['IAEA', 'ORG']], [['International Atomic Energy Agency', 'IAEA']]],
    ['types do not mix', [['Jordan', 'GPE'], 'Jordan'], [['Jordan'], ['Jordan']]],
    ['North and South Korea differ', [['North Korea', 'GPE'], ['South Korea', 'GPE']], [['North Korea'], ['South Korea']]],
  ])('%s', (_label, texts, expected) => {
    expect(groups(texts)).toEqual(expected);
  });

  it('names an entity by its longest name or its alias canonical, and collects roles', () => {
    const ms: ClusterMention[] = [{ ...m(1, 'Vladimir Putin'), title: 'President' }, { ...m(2, 'Putin'), title: 'President' }, m(3, 'Putin'), m(4, 'U.S.', 'GPE')];
    const { clusters } = clusterMentions(ms, ALIASES);
    expect(clusters.map((c) => [c.name, c.roles])).toEqual([['Vladimir Putin', ['President']], ['United States', []]]);
  });

  it.each([
    [["Democratic", "People", "'s", 'Republic', 'of', 'Korea'], 'DPRK'],
    [['Union', 'of', 'Soviet', 'Socialist', 'Republics'], 'USSR'],
  ])('initials(%j) = %s', (tokens, expected) => {
    expect(initials(tokens)).toBe(expected);
  });
});
