/**
 * Words a text says only as nouns, or as adjectives. WordNet's synonyms of a verb are verbs, but their spelling is
 * shared by nouns: "pass", a synonym of "die", is a noun in "the K-G *pass* area", which says no one died. A question's
 * verb is said by a verb (or by a noun of its own act, act-nouns.ts), not by a noun spelled like a synonym of it; nor
 * by an adjective spelled like a verb a step from it: "703 assigned / 703 *present*" says who is there, not that
 * anyone presented (handed over) anything.
 */
import type { SearchIndex } from './index.ts';
import { isEdForm, read, type Word } from './nlp.ts';
import { tokenize } from './text.ts';

const NOUNS = new Set(['NOUN', 'PROPN']);
/** Words that may stand in a noun phrase between its determiner and a noun compounding its head: "the *K-G* pass". */
const IN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'PUNCT', 'NUM']);

/**
 * Whether the word at `k` is a noun, though the tagger may read a bare verb so: one standing before a noun, in a
 * phrase a determiner opens, compounds it ("the K-G *pass* area"); a verb there would have no subject before it.
 */
function isNoun(words: Word[], k: number): boolean {
  const word = words[k]!;
  if (NOUNS.has(word.pos)) return true;
  if (word.pos !== 'VERB' || word.text.toLowerCase() !== word.lemma || words[k + 1]?.pos !== 'NOUN') return false;
  let at = k - 1;
  while (at >= 0 && IN_PHRASE.has(words[at]!.pos) && words[at]!.text !== ',') at--;
  return at < k - 1 && words[at]?.pos === 'DET';
}

/**
 * Whether the word at `k` is an adjective written as a verb's bare form ("703 *present*"), not its participle
 * ("*damaged* vehicle"), which still tells the act.
 */
const isBareAdjective = (words: Word[], k: number) =>
  words[k]!.pos === 'ADJ' && words[k]!.text.toLowerCase() === words[k]!.lemma && !isEdForm(words[k]!.text);

/** The stems of a text's words the tagger reads as nouns wherever they stand in it. */
export const nounOnlyStems = (text: string, index: SearchIndex) => stemsOnly(text, index, isNoun);

/** The stems of a text's words the tagger reads as bare adjectives wherever they stand: said as no verb. */
export const adjectiveOnlyStems = (text: string, index: SearchIndex) => stemsOnly(text, index, isBareAdjective);

/**
 * Whether `text` writes each of `stems` once at least as a word between spaces, of letters only, ending "-ed" or
 * "-en" ("MP *COMPLETED* THE INVESTIGATION"): the tagger reads such a word as one of its own, and whatever part of
 * speech it gives it, it is no bare adjective, so the stem is not among adjectiveOnlyStems. Known by the spelling
 * alone, it spares tagging the text.
 */
export function writtenAsParticiples(text: string, stems: string[], index: SearchIndex): boolean {
  const written = new Set<string>();
  for (const token of tokenize(text, index.glossary.protectedTerms))
    if (PARTICIPLE_WORD.test(text.slice(token.start, token.end)) && ownWord(text, token.start, token.end))
      written.add(token.stem);
  return stems.every((stem) => written.has(stem));
}
const PARTICIPLE_WORD = /^[a-z]+(?:ed|en)$/i;
/** Whether the word at `text[start, end)` stands between spaces, or before a clause's mark (a token of its own). */
const ownWord = (text: string, start: number, end: number) =>
  (start === 0 || /\s/.test(text[start - 1]!)) && (end === text.length || /[\s,;:]/.test(text[end]!));

/** The stems of a text's words that are `as` wherever they stand in it. */
function stemsOnly(text: string, index: SearchIndex, as: (words: Word[], k: number) => boolean): Set<string> {
  const { words } = read(text);
  const only = new Set<string>();
  const others = new Set<string>();
  let k = 0;
  // Its tokens as the index's, stemmed as analyze stems them; the glossary's concepts in them are not read here.
  for (const token of tokenize(text, index.glossary.protectedTerms)) {
    while (words[k] && words[k]!.end <= token.start) k++;
    const word = words[k];
    (word && word.start <= token.start && as(words, k) ? only : others).add(token.stem);
  }
  for (const stem of others) only.delete(stem);
  return only;
}
