/**
 * Nouns WordNet defines as people in a state, said as a report says them: "casualty" is "someone injured or killed or
 * captured or missing in a military engagement", and a report writes "injured people", "killed soldiers". A person
 * noun next after a word of that definition's state is the noun in the report's words: a far closer bridge than one
 * word of the definition alone (which is how "casualties" reached "injured", at a gloss's 0.3).
 *
 * Both sides give terms of two words ("injured_person"), as a verb of two words is one (phrasal.ts): no report is
 * indexed by them, but a sentence that says the phrase holds its term, and the question's noun is bridged to it.
 */
import { LRUCache } from 'lru-cache';
import type { Lexicon, Related, WordClass } from './lexicon.ts';
import { phrasalStem, type Phrasal, type PhraseReader } from './phrasal.ts';

/** As close as a derived form: the phrase says the noun's whole definition, in other words. */
const DESCRIBED = 0.6;

/**
 * A definition of someone by their state: "someone injured…", "a person who has been evacuated…", "people who are
 * wounded". What follows is the state, one word or several joined by "or", "and", commas.
 */
const OF_SOMEONE = new RegExp(
  '^(?:(?:an?|the)\\s+)?(?:someone|somebody|some|person|persons|people|one)\\s+' +
    '(?:(?:who|that)\\s+(?:(?:is|are|was|were|has|have|had)\\s+)?(?:been\\s+)?)?',
  'i',
);
const STATES = /^([a-z]+)((?:(?:,\s*|\s+(?:or|and)\s+)[a-z]+)*)/i;

const PERSON = '_person';
/**
 * Each state's term, by the word: a question seeking people in a state reads every pair of words of every sentence it
 * weighs, and the word (hashed once, as tokenize met it) is looked up faster than the term joined anew each time.
 */
const terms = new Map<string, string>();
const term = (state: string) => {
  let found = terms.get(state);
  if (found === undefined) {
    found = phrasalStem(state + PERSON);
    if (terms.size < MAX_TERMS) terms.set(state, found);
  }
  return found;
};
/** Words the War Diary writes are some 100,000 (text.ts stemmerFor keeps as many). */
const MAX_TERMS = 200_000;
/** Whether a question seeks some person in a state: the words of a sentence are stemmed as terms only then. */
const seeksStates = new WeakMap<ReadonlySet<string>, boolean>();
const seeks = (sought: ReadonlySet<string>) => {
  let found = seeksStates.get(sought);
  if (found === undefined) seeksStates.set(sought, (found = [...sought].some((s) => s.endsWith(term('')))));
  return found;
};

/** Whether WordNet knows a word as an adjective ("missing") or as a verb's form ("injured", "evacuated"). */
const isState = (word: string, words: Lexicon) =>
  words.senses(word, 'adj').length > 0 || (/(?:ed|en)$/.test(word) && words.baseForms(word, 'verb').length > 0);

/**
 * The terms a noun of the question is bridged to: the states its commonest sense's definition gives someone
 * ("casualty" → injured, killed, captured, missing), each as a person in that state.
 */
export function describedBridges(lemma: string, words: Lexicon): Related[] {
  const gloss = words.senses(lemma, 'noun')[0]?.gloss ?? '';
  const head = OF_SOMEONE.exec(gloss);
  if (!head) return [];
  const said = STATES.exec(gloss.slice(head[0].length));
  if (!said) return [];
  const states = [said[1]!, ...said[2]!.split(/,\s*|\s+(?:or|and)\s+/).filter(Boolean)].map((w) => w.toLowerCase());
  return states.filter((s) => isState(s, words)).map((s) => ({ word: s + PERSON, weight: DESCRIBED }));
}

const PERSON_SENSES = 1;
const people = new LRUCache<string, boolean>({ max: 5_000 });

/**
 * Whether a word names people: its commonest sense is a kind of person ("soldiers", "men", "civilians"), the person
 * itself ("persons"), or a group whose members are persons ("people").
 */
function namesPeople(word: string, words: Lexicon): boolean {
  let found = people.get(word);
  if (found === undefined) {
    const person = words.senses('person', 'noun')[0];
    const senses = words.baseForms(word, 'noun').flatMap((f) => words.senses(f.lemma, 'noun').slice(0, PERSON_SENSES));
    const isPerson = (offset: number, wordClass: WordClass) =>
      offset === person?.offset || words.synset(wordClass, offset).lexname === 'noun.person';
    found = senses.some(
      (s) => isPerson(s.offset, 'noun') || s.pointers.some((p) => p.symbol === '%m' && isPerson(p.offset, p.wordClass)),
    );
    people.set(word, found);
  }
  return found;
}

/**
 * The sought terms of people in a state among tokens[from, to): a state a definition gives ("injured") right before a
 * noun naming people ("injured people"), a space apart.
 */
export const describedStems: PhraseReader = (tokens, from, to, words, sought) => {
  const found: Phrasal[] = [];
  if (!seeks(sought)) return found;
  for (let i = Math.max(from + 1, 1); i < to; i++) {
    const [state, noun] = [tokens[i - 1]!, tokens[i]!];
    const stem = term(state.norm);
    if (!sought.has(stem) || noun.start - state.end !== 1 || !namesPeople(noun.norm, words)) continue;
    found.push({ stem, start: state.start });
  }
  return found;
};
