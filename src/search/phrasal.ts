/**
 * Verbs of two words in report prose ("pulled back", "handed over", "tipped off"), read as the one lemma WordNet
 * files them under ("pull_back"): a term the sentence holds beside its words, so that a question's "withdraw",
 * bridged to "pull_back", finds the sentence's "pulled back" as it finds "withdrew". The verb must stand next to its
 * particle: "pulled the unit back" is not read (an object between would take parsing the sentence). What the two
 * words mean is WordNet's: "pulled out a gun" reads "pull_out", whose senses (leave, extract) are not "withdraw".
 */
import type { Lexicon } from './lexicon.ts';
import { stemmerFor, type Token } from './text.ts';

/** The adverbial particles of English phrasal verbs: a closed class of the grammar, as the prepositions are. */
export const PARTICLES = new Set([
  'up',
  'down',
  'out',
  'off',
  'back',
  'over',
  'in',
  'away',
  'through',
  'on',
  'around',
  'about',
  'along',
  'across',
  'aside',
  'forward',
  'apart',
]);

export interface Phrasal {
  stem: string;
  /** Where its verb starts in the text. */
  start: number;
}

/**
 * A reader of other phrases held as terms (described.ts, destinations.ts): those among tokens[from, to) whose terms a
 * question seeks, read only then, as each costs WordNet lookups.
 */
export type PhraseReader = (
  tokens: Token[],
  from: number,
  to: number,
  words: Lexicon,
  sought: ReadonlySet<string>,
) => Phrasal[];

const NOTHING_PROTECTED: ReadonlySet<string> = new Set();
/**
 * A verb of two words stemmed as a bridged word is ("hand_over" → "hand_ov"): no glossary term holds a "_". Stems are
 * remembered, as the index's are: a question seeking people in a state stems each word of the sentences read as one.
 */
export const phrasalStem = stemmerFor(NOTHING_PROTECTED);

/**
 * The stems of the phrasal verbs among tokens[from, to), stemmed so that a question's bridge to one matches. Only a
 * verb WordNet knows with that particle counts ("pull_back", not "see_on").
 */
export function phrasalStems(tokens: Token[], from: number, to: number, lexicon: Lexicon): Phrasal[] {
  const read = readOf(tokens, lexicon);
  const found: Phrasal[] = [];
  // Pushed one by one: a spread of each token's (mostly empty) reading was a tenth of /ask at War Diary size.
  for (let i = from; i < to; i++) for (const p of (read.glued[i] ??= gluedPhrasal(tokens[i]!, lexicon))) found.push(p);
  for (let i = Math.max(from + 1, 1); i < to; i++)
    for (const p of (read.paired[i] ??= pairedAt(tokens, i, lexicon))) found.push(p);
  return found;
}

/** What each token of a text was read to say: the phrasal verb it glues, the one it ends as a particle. */
interface TokensRead {
  lexicon: Lexicon;
  glued: (readonly Phrasal[] | undefined)[];
  paired: (readonly Phrasal[] | undefined)[];
}
/** What most tokens read: no phrasal verb, one array for them all, not one kept per token. */
const NONE: readonly Phrasal[] = [];
/**
 * Each token's reading is kept with its text's tokens: a passage's terms are read whole, then those of each sentence
 * of it (candidates.ts), and each token costs WordNet lookups.
 */
const tokensRead = new WeakMap<Token[], TokensRead>();
function readOf(tokens: Token[], lexicon: Lexicon): TokensRead {
  let read = tokensRead.get(tokens);
  if (!read || read.lexicon !== lexicon) tokensRead.set(tokens, (read = { lexicon, glued: [], paired: [] }));
  return read;
}

/** The phrasal verbs a token ends as the particle of the word before it. */
function pairedAt(tokens: Token[], i: number, lexicon: Lexicon): readonly Phrasal[] {
  const particle = tokens[i]!.norm;
  const verb = tokens[i - 1]!;
  // Next to each other, a space apart: "pulled back", not "pulled. Back" nor "pulled, back".
  if (!PARTICLES.has(particle) || tokens[i]!.start - verb.end !== 1) return NONE;
  const found: Phrasal[] = [];
  // WordNet's rules undo "-ed" but not a doubled consonant ("tipped"): the word's stem ("tip") is tried as well.
  const lemmas = new Set([...lexicon.baseForms(verb.norm, 'verb').map((f) => f.lemma), verb.stem]);
  for (const lemma of lemmas) {
    const together = `${lemma}_${particle}`;
    if (lexicon.senses(together, 'verb', 1).length) found.push({ stem: phrasalStem(together), start: verb.start });
  }
  return found;
}

/** A verb's past glued to a particle: "rolled" and "over" in "ROLLEDOVER". */
const GLUED_PAST = new RegExp(`^([a-z]{2,}ed)(${[...PARTICLES].join('|')})$`);

/**
 * A phrasal verb the report writes as one word, its past run together with its particle ("1 X DEH (WOLF) *ROLLEDOVER*
 * SEVERAL TIMES", a typist's missing space): read as the two words it joins ("roll_over"), where the first is a verb's
 * past WordNet knows and the two together a verb it files. Only a past in "-ed": a word ending in a particle's letters
 * is most often one word ("position", "begin"), and a noun WordNet files whole ("breakdown") is its own word.
 */
function gluedPhrasal(token: Token, lexicon: Lexicon): readonly Phrasal[] {
  const parts = GLUED_PAST.exec(token.norm);
  if (!parts || lexicon.baseForms(token.norm).length) return NONE;
  const [, past, particle] = parts as unknown as [string, string, string];
  return lexicon
    .baseForms(past, 'verb')
    .map((f) => `${f.lemma}_${particle}`)
    .filter((together) => lexicon.senses(together, 'verb').length)
    .map((together) => ({ stem: phrasalStem(together), start: token.start }));
}
