/**
 * "Who is the X?": a question asking who holds a role ("who is the president of Iran?", "who was the governor of
 * Kandahar?") is answered by the name a sentence gives the role beside its word ("Iranian president *Mahmoud
 * Ahmadinejad*", "President *Karzai*"). In a sentence saying the role, a name standing elsewhere is someone else's:
 * "The Ministry of Foreign Affairs (*MFA*) wants to keep … in the lead up to the June visit of the Iranian President".
 */
import type { Lexicon } from './lexicon.ts';
import type { Word } from './nlp.ts';

/** Words that open a clause saying which one is meant: "the investigators *that* tested…", "the cop *who*…". */
export const RELATIVE = new Set(['that', 'who', 'which', 'whom']);
/** The words of the phrase naming the role: "the *Iranian president*", "the *police chief*" (the tagger's ADJ). */
const IN_ROLE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * The noun of the role a "who is/was the X?" question asks the holder of, as the question's word: "who is the
 * *president* of Iran?", "who was the police *chief*…" — the last word of the phrase after the article that WordNet
 * knows as a common noun. None when a verb of its own follows ("who were the Iranian agents *helping*?": the noun is
 * who acts, not a role) or the question names someone ("who is Al Mansour?").
 */
export function roleAsked(words: Word[], lexicon: Lexicon): Word | undefined {
  const at = words.findIndex((w) => w.lemma === 'who' || w.lemma === 'whom');
  if (at < 0 || words[at + 1]?.pos !== 'AUX' || words[at + 1]!.lemma !== 'be' || words[at + 2]?.pos !== 'DET')
    return undefined;
  let end = at + 3;
  while (IN_ROLE.has(words[end]?.pos ?? '')) end++;
  const role = words
    .slice(at + 3, end)
    .filter((w) => w.pos !== 'PROPN' && lexicon.senses(w.lemma, 'noun').length)
    .at(-1);
  const rest = words.slice(end);
  const clause = rest.findIndex((w) => RELATIVE.has(w.lemma));
  const main = clause < 0 ? rest : rest.slice(0, clause);
  return main.some((w) => w.pos === 'VERB' || w.pos === 'AUX') ? undefined : role;
}

/** Words of the phrase after a comma that may say what the name before it is: "AL MANSOUR, *one of the* … Deputies". */
const APPOSED = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'ADP', 'PRON']);
/** How many words such a phrase may run to before the role's word. */
const APPOSED_WORDS = 8;

/**
 * Whether a phrase (words `first`…`last`) is the name a sentence gives the role: it follows the role's word
 * (`isRole`) directly, "President *Karzai*", "Iranian president *Mahmoud Ahmadinejad*", or a phrase after a comma
 * says it holds the role, "*AL MANSOUR*, one of the OSAMA BIN LADEN Deputies".
 */
export function namesRole(words: Word[], first: number, last: number, isRole: (w: Word) => boolean): boolean {
  if (first > 0 && isRole(words[first - 1]!)) return true;
  if (words[last + 1]?.text !== ',') return false;
  for (let k = last + 2; k < Math.min(words.length, last + 2 + APPOSED_WORDS) && APPOSED.has(words[k]!.pos); k++)
    if (isRole(words[k]!)) return true;
  return false;
}
