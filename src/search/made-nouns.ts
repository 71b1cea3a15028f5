/**
 * The nouns a question's act makes: its object, when WordNet defines the noun by that act ("roadblock: a barrier *set
 * up* by police to stop traffic", "first aid: emergency care *given* before regular medical aid"). Such a noun says the
 * act itself: a report naming the roadblock tells its setting up, in a verb of its own ("ANA PLT *built* roadblock").
 */
import type { Lexicon } from './lexicon.ts';
import { read, type Word } from './nlp.ts';

/** Words that may stand between a verb and its object's head: "set up *a* roadblock", "gave *first* aid". */
const BEFORE_HEAD = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
/** The senses of a noun read for its definition: its commonest, where WordNet says what it mostly is. */
const SENSES_READ = 2;

/**
 * The object of the verb at `at` (its particle, the word after a verb of two words, skipped), as WordNet spells it
 * ("first_aid" where it knows the words together), when one of its commonest senses is defined by that verb; else
 * undefined. `verb` is the verb's lemma, "set_up" for a verb of two words.
 */
export function madeNoun(words: Word[], at: number, verb: string, lexicon: Lexicon): string | undefined {
  const parts = verb.split('_');
  let k = at + parts.length;
  const from = k;
  while (k < words.length && BEFORE_HEAD.has(words[k]!.pos) && words[k + 1] && BEFORE_HEAD.has(words[k + 1]!.pos)) k++;
  const head = words[k];
  if (!head || head.pos !== 'NOUN') return undefined;
  // The head with the word before it, as WordNet may know them together ("first aid"), else the head alone.
  const before = k > from && words[k - 1]!.pos !== 'DET' ? `${words[k - 1]!.text.toLowerCase()}_${head.lemma}` : '';
  const noun = before && lexicon.senses(before, 'noun').length ? before : head.lemma;
  const defined = lexicon
    .senses(noun, 'noun')
    .slice(0, SENSES_READ)
    .some((s) => definedBy(s.gloss, parts));
  return defined ? noun : undefined;
}

/**
 * Whether a gloss's definition (its examples left out) says a verb, its words in order, the first in any form: read by
 * wink, which knows the irregular ones ("care *given*", "a barrier *set* up").
 */
function definedBy(gloss: string, parts: string[]): boolean {
  const said = read(gloss.split(/;\s*"/)[0] ?? '').words;
  return said.some(
    (w, i) => w.lemma === parts[0] && parts.slice(1).every((p, j) => said[i + 1 + j]?.text.toLowerCase() === p),
  );
}
