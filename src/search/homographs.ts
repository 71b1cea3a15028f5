/**
 * Words a text says only as nouns. WordNet's synonyms of a verb are verbs, but their spelling is shared by nouns:
 * "pass", a synonym of "die", is a noun in "the K-G *pass* area", which says no one died. A question's verb is said by
 * a verb (or by a noun of its own act, act-nouns.ts), not by a noun spelled like a synonym of it.
 */
import { analyze, type SearchIndex } from './index.ts';
import { read } from './nlp.ts';

const NOUNS = new Set(['NOUN', 'PROPN']);

/** The stems of a text's words the tagger reads as nouns wherever they stand in it. */
export function nounOnlyStems(text: string, index: SearchIndex): Set<string> {
  const { words } = read(text);
  const nouns = new Set<string>();
  const others = new Set<string>();
  let k = 0;
  for (const token of analyze(text, index.glossary).tokens) {
    while (words[k] && words[k]!.end <= token.start) k++;
    const word = words[k];
    (word && word.start <= token.start && NOUNS.has(word.pos) ? nouns : others).add(token.stem);
  }
  for (const stem of others) nouns.delete(stem);
  return nouns;
}
