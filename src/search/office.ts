/**
 * Taking an office. "Who was *made* chief of police?", "who was *named* / *appointed* governor?", "who *became*
 * district chief?" ask who took a role; a report tells it as what they do in it: "Tefhan … would *serve as* Chief of
 * Police". WordNet files being named to a post (name, nominate, make: "charge with a function; charge to be") under
 * appointing, and serving in a post ("do duty or hold offices") apart, under working, with no link between them. One
 * charged with a role, or who became it, holds it: the question's verb, said of a role that follows it, is bridged to
 * serving, and the one asked is who serves (acts.ts actAsked).
 */
import type { Lexicon, Related, Synset } from './lexicon.ts';
import { PASSIVE, pastTags, type Word } from './nlp.ts';
import type { Question } from './question.ts';

/** The verb a report tells one holding a role by: "would *serve* as Chief of Police". */
export const SERVE = 'serve';
/** How close taking a role is to serving in it: as close as a derived form, not the question's own act. */
const OFFICE = 0.6;
/** "Appointed *as* governor". */
const AS = 'as';
/** The words of the phrase naming the role: "made *the new chief*". */
const IN_ROLE = new Set(['DET', 'ADJ', 'NOUN']);
/** The words between an auxiliary and its verb: "was *later* made", "was *not* named". */
const BEFORE_VERB = new Set(['ADV', 'PART']);
/** The class of WordNet's nouns for people: a role is one (chief, governor, commander). */
const PERSON_FILE = 'noun.person';

/** The sense of a verb taking a role: WordNet's charging with a post, or becoming's first. */
type Taking = 'charged' | 'became';

/**
 * WordNet's sense of charging someone with a post ("appoint, charge: assign a duty…; He was appointed deputy
 * manager"), whose kinds are naming, making, deputing; or becoming's first ("enter or assume a certain state"), for
 * the one it is said of; none for another verb.
 */
function takingOf(lemma: string, words: Lexicon): Taking | undefined {
  const charging = words.senses('appoint', 'verb').find((s) => s.words.includes('charge'))?.offset;
  const becoming = words.senses('become', 'verb', 1)[0]?.offset;
  const is = (offset: number | undefined) => (s: Synset) =>
    s.offset === offset || s.pointers.some((p) => p.symbol === '@' && p.offset === offset);
  const senses = words.senses(lemma, 'verb');
  if (senses.some(is(charging))) return 'charged';
  return senses.some(is(becoming)) ? 'became' : undefined;
}

/**
 * Whether the verb at `at` is followed by a role, past "as": the phrase after it (an article, adjectives, nouns) holds
 * a word whose commonest sense as a noun is a person, "made *the new chief*" ("chief" the tagger's ADJ here).
 */
function roleAfter(said: Word[], at: number, words: Lexicon): boolean {
  const start = said[at + 1]?.lemma.toLowerCase() === AS ? at + 2 : at + 1;
  const end = pastTags(said, start, IN_ROLE);
  return said
    .slice(start, end)
    .some((w) => w.pos !== 'DET' && words.senses(w.lemma.toLowerCase(), 'noun', 1)[0]?.lexname === PERSON_FILE);
}

/**
 * Whether the verb at `at` says its subject took the role after it: charged with it, passive ("was *made* chief",
 * "got *named* governor"), or became it ("*became* chief"). Not "who *appointed* him governor?": the one who
 * charged, not who serves.
 */
export function takesOffice(said: Word[], at: number, words: Lexicon): boolean {
  const verb = said[at];
  if (verb?.pos !== 'VERB' || !roleAfter(said, at, words)) return false;
  const taking = takingOf(verb.lemma.toLowerCase(), words);
  // Past adverbs and "not" before the verb: "was *later* made chief".
  let aux = at - 1;
  while (BEFORE_VERB.has(said[aux]?.pos ?? '')) aux--;
  return taking === 'became' || (taking === 'charged' && PASSIVE.has(said[aux]?.lemma ?? ''));
}

/** The question's verb of taking the role after it (takesOffice), bridged to serving. */
export function officeBridges(question: Question, word: Word | undefined, words: Lexicon): Related[] {
  const said = question.reading.words;
  return word && takesOffice(said, said.indexOf(word), words) ? [{ word: SERVE, weight: OFFICE }] : [];
}
