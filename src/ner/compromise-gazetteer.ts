/**
 * Extracts gazetteer entries from compromise's lexicon (compromise is MIT-licensed; its lexicon lists
 * first names, surnames, cities, countries, regions, organizations, sports teams and demonyms). Only the
 * training script calls this; the result is stored inside the model file, so tagging never loads compromise.
 */
import { addGaz, type GazClass } from './gazetteer.js';

/** compromise tag → gazetteer class. */
export const COMPROMISE_TAG_MAP: Readonly<Record<string, GazClass>> = {
  FemaleName: 'first', MaleName: 'first', FirstName: 'first', LastName: 'last', Person: 'person', City: 'city',
  Country: 'country', Region: 'region', Place: 'region', Organization: 'org', SportsTeam: 'team', Demonym: 'demonym',
  Honorific: 'title',
};

/** Adds compromise's lexicon entries to `entries`; returns the compromise version used. */
export async function addCompromiseEntries(entries: Record<string, number>): Promise<string> {
  const mod = (await import('compromise')) as unknown as { default: { model(): { one: { lexicon: Record<string, string | string[]> } }; version: string } };
  const nlp = mod.default;
  for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const cls = COMPROMISE_TAG_MAP[tag];
      if (cls) addGaz(entries, word, cls);
    }
  }
  return nlp.version;
}
