/**
 * "Who is the X?": a question asking who holds a role ("who is the president of Iran?", "who was the governor of
 * Kandahar?") is answered by the name a sentence gives the role beside its word ("Iranian president *Mahmoud
 * Ahmadinejad*", "President *Karzai*"). In a sentence saying the role, a name standing elsewhere is someone else's:
 * "The Ministry of Foreign Affairs (*MFA*) wants to keep … in the lead up to the June visit of the Iranian President".
 */
import type { Lexicon } from './lexicon.ts';
import { participle, pastTags, type Word } from './nlp.ts';

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
  const end = pastTags(words, at + 3, IN_ROLE);
  const role = words
    .slice(at + 3, end)
    .filter((w) => w.pos !== 'PROPN' && lexicon.senses(w.lemma, 'noun').length)
    .at(-1);
  const rest = words.slice(end);
  // "Who was the German soldier *killed* at the range?": a participle right after the phrase opens a clause saying
  // which one is meant, as "who was killed" would.
  const clause = rest.findIndex((w, k) => RELATIVE.has(w.lemma) || (k === 0 && participle(w)));
  // "Who was the propaganda … aimed *at*?", "who were the rockets delivered *to* in Kunduz?": a preposition left
  // without its phrase asks what it takes, not who holds a role.
  if (rest.some((w, k) => w.pos === 'ADP' && !TAKEN.has(rest[k + 1]?.pos ?? ''))) return undefined;
  const main = clause < 0 ? rest : rest.slice(0, clause);
  return main.some((w) => w.pos === 'VERB' || w.pos === 'AUX') ? undefined : role;
}

/** Words of the phrase after a comma that may say what the name before it is: "AL MANSOUR, *one of the* … Deputies". */
const APPOSED = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'ADP', 'PRON']);
/** How many words such a phrase may run to before the role's word. */
const APPOSED_WORDS = 8;

/** What may open the phrase a preposition takes: "at *the* shooting range", "in *Kunduz*". */
const TAKEN = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON']);

/**
 * Whether a phrase (words `first`…`last`) is the name a sentence gives the role: it follows the role's word
 * (`isRole`) directly, "President *Karzai*", "Iranian president *Mahmoud Ahmadinejad*", or a phrase after a comma
 * or in brackets says it holds the role, "*AL MANSOUR*, one of the OSAMA BIN LADEN Deputies".
 */
export function namesRole(words: Word[], first: number, last: number, isRole: (w: Word) => boolean): boolean {
  if (first > 0 && isRole(words[first - 1]!)) return true;
  // Or a bracket: "*Abdul Haid* (Waza Khwa Sub Governor)".
  if (words[last + 1]?.text !== ',' && words[last + 1]?.text !== '(') return false;
  for (let k = last + 2; k < Math.min(words.length, last + 2 + APPOSED_WORDS) && APPOSED.has(words[k]!.pos); k++)
    if (isRole(words[k]!)) return true;
  return false;
}

/** What may open a phrase saying what a name is: "Konar*,* Nuristan province", "Abdul Haid *(*Waza Khwa Sub…)". */
const BESIDE = new Set([',', '(', 'in']);
/** How many words a name asked about may run to: "Mulawi Sha Mamoud". */
const NAME_WORDS = 4;
/** Words before the copula of a question naming what it asks for: "what *province* is Konar in?". */
const NAMING = new Set(['NOUN', 'ADJ']);

/**
 * The name a "who is X?" or "where is X?" question asks about, as the question's words: "who is *Hekmatyar*?", "who
 * are the *HIG*?", "where is *Konar*?", "what province is *Konar* in?" — the phrase after the copula when it is a name,
 * not a role (`roleAsked`), and no verb follows.
 */
export function nameAsked(words: Word[], lexicon: Lexicon): Word[] | undefined {
  if (roleAsked(words, lexicon)) return undefined;
  const at = words.findIndex((w) => ['who', 'where', 'what', 'which'].includes(w.lemma));
  if (at < 0) return undefined;
  const naming = words[at]!.lemma === 'what' || words[at]!.lemma === 'which';
  let be = at + 1;
  while (naming && NAMING.has(words[be]?.pos ?? '')) be++;
  if (words[be]?.lemma !== 'be' || (naming && be === at + 1)) return undefined;
  const from = words[be + 1]?.pos === 'DET' ? be + 2 : be + 1;
  const name = words.slice(from).filter((w) => w.pos !== 'PUNCT');
  // "What province is Konar *in*?": the preposition asks of the place, the name is before it.
  if (words[at]!.lemma !== 'who' && name.at(-1)?.pos === 'ADP') name.pop();
  const isNameWord = (w: Word) => w.pos === 'PROPN' || w.pos === 'NOUN' || /^\p{Lu}/u.test(w.text);
  return name.length && name.length <= NAME_WORDS && name.every(isNameWord) ? name : undefined;
}

/**
 * Whether a place "in" takes ends before a comma and a phrase of nearness to the name at `at`: "was on patrol *in
 * DEHDADI district*, next to the ANP CP IMAN BUKRI". Where the report was, it names the area first and the point it
 * was near after, so the area holds that point too: the name asked of is in Dehdadi district.
 */
function placeOfNear(words: Word[], [first, last]: [number, number], at: number): boolean {
  if (words[first - 1]?.lemma.toLowerCase() !== 'in' || words[last + 1]?.text !== ',') return false;
  const near = NEAR.exec(
    words
      .slice(last + 2, last + 4)
      .map((w) => w.text.toLowerCase())
      .join(' '),
  );
  if (!near) return false;
  const from = last + 2 + near[0].split(' ').length;
  return at >= from && at - from <= NEAR_NAMING && words.slice(from, at).every((w) => APPOSED.has(w.pos));
}
/** The War Diary's words of nearness before a point: "next to", "near", "IVO" (in the vicinity of), "close to". */
const NEAR = /^(?:next to|close to|near|beside|ivo)\b/;
/** How many words may say what the point is, between nearness and its name: "next to *the ANP CP* IMAN BUKRI". */
const NEAR_NAMING = 4;

/**
 * Whether a phrase (words `first`…`last`) says who or where the name asked about (`nameAsked`) is, in a sentence
 * holding the name at `at`…`atEnd`: a title before it, "Iranian president *Mahmoud Ahmadinejad*", or a phrase after a
 * comma, a bracket, the copula or "in", "AL MANSOUR, one of the *OSAMA BIN LADEN Deputies*"; or the area a place
 * before it names, it being near the name (placeOfNear). A name elsewhere in the sentence is someone else's: "Dr Amin
 * stayed in *Helmand* and Hekmatyar went to Konar" does not say who Hekmatyar is.
 */
export function describesName(
  words: Word[],
  [first, last]: [number, number],
  [at, atEnd]: [number, number],
  lexicon: Lexicon,
): boolean {
  // A title names a kind of person: "WAZI KHWA" is the name "Waza Khwa" spelt otherwise.
  if (first < at && last >= at - 1) return words.slice(first, at).some((w) => lexicon.isA(w.lemma, 'person'));
  if (last < at && placeOfNear(words, [first, last], at)) return true;
  const next = words[atEnd + 1];
  // The War Diary writes its prepositions in capitals as often as not: "CHELGAZI *IN* THE QEYSAR DISTRICT".
  const beside = next?.text.toLowerCase() ?? '';
  if (!next || !(BESIDE.has(beside) || next.lemma === 'be')) return false;
  let from = atEnd + 2;
  // "FOB Waza Khwa in order to *MEDEVAC*": "in" says where the name is only of the phrase it takes, its article
  // before it: "the village of Chelgazi in *the* Qeysar district".
  if (beside === 'in') return first === (words[from]?.pos === 'DET' ? from + 1 : from);
  // The copula may take adverbs of time before what it says: "Governor Khpalwak is *currently* in Mecca".
  while (next.lemma === 'be' && words[from]?.pos === 'ADV') from++;
  // A phrase a verb follows is its clause's subject: "According to Dr. Monavar, *Hafizullah* attempted…"; not one a
  // preposition takes, which the verb only follows ("is currently in *Mecca* attending the Hajj").
  const clause = (words[last + 1]?.pos === 'VERB' || words[last + 1]?.pos === 'AUX') && words[first - 1]?.pos !== 'ADP';
  return (
    !clause &&
    first >= from &&
    first < from + APPOSED_WORDS &&
    words.slice(from, first).every((w) => APPOSED.has(w.pos))
  );
}
