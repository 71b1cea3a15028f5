/**
 * A person named by their nation. A question says "one wounded *American*", "how many *Belgians*"; the War Diary
 * writes the nation as a code before or after the people it counts: "1X US MIL DID NOT HAVE HIS MILITARY ID", "4 x
 * (US) WIA". WordNet brings the noun "American" (an inhabitant of the United States) to its nation only as a member
 * of it, a loose bridge, but the adjective "American" pertains to the nation, whose synonyms are its codes ("US",
 * "USA"), as close as a derived form. The noun is the adjective's person: it is bridged as the adjective is.
 */
import type { Lexicon, Related } from './lexicon.ts';
import type { Word } from './nlp.ts';

/** How close WordNet brings a nation's adjective to its names, its pertainym: "American" to "US", "USA". */
export const NATION_OF = 0.6;

/** The nation a noun naming its people pertains to, with its names, as its adjective brings them (lexicon ofPlace). */
export function demonymBridges(word: Word | undefined, words: Lexicon): Related[] {
  if (!word || (word.pos !== 'NOUN' && word.pos !== 'PROPN')) return [];
  const lemma = word.lemma.toLowerCase();
  if (!words.senses(lemma, 'noun').length || !words.ofPlace(lemma, true)) return [];
  return words.related(lemma, 'adj').filter((r) => r.weight >= NATION_OF);
}
