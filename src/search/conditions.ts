/**
 * The harm or state a "what X" question asks when X is one, not a thing ("what *injury*", "what kind of *wounds*",
 * "what *damage*"): WordNet files X first under states or events. The words before X say which of them it was ("*gun
 * shot* wounds", "*burn* injuries", "a *light* damage"), of the one the question asks about.
 */
import type { Lexicon } from './lexicon.ts';
import { NEGATIONS, type Word } from './nlp.ts';

/** WordNet's classes of nouns naming a condition or a happening, which words before them say the kind of. */
const CONDITIONS = new Set(['noun.state', 'noun.event']);

/** Whether a question's X (in base form) is a state or an event: "injury", "wound", "damage". */
export const asksCondition = (x: string, lexicon: Lexicon) => CONDITIONS.has(lexicon.filedUnder(x, 'noun') ?? '');

/** How many words before X may say which it was: "gun shot wounds". */
const MODIFIERS = 3;

/**
 * Adjectives that pick out or count, as determiners do ("*other* injuries", "*further* damage"): they say nothing of
 * which harm it was.
 */
const DETERMINING = new Set(['other', 'further', 'more', 'additional', 'several', 'possible', 'such', 'same', 'any']);

/**
 * Whether the word at `j` says which X the noun after it is: an adjective, a noun, a name without digits, or a verb
 * WordNet also knows as a noun ("BURN injuries", tagged a verb after "has"); not a verb telling the act ("the patrol
 * *suffered* damage").
 */
function modifies(words: Word[], j: number, lexicon: Lexicon): boolean {
  const w = words[j];
  if (!w) return false;
  if (w.pos === 'ADJ') return !DETERMINING.has(w.lemma.toLowerCase());
  if (w.pos === 'NOUN') return true;
  if (w.pos === 'PROPN') return !/\d/.test(w.text) && w.text.length > 1;
  return w.pos === 'VERB' && lexicon.senses(w.text.toLowerCase(), 'noun').length > 0;
}

/** Words ending the clause before a phrase: a conjunction or a punctuation mark. */
const ENDS_CLAUSE = new Set(['CCONJ', 'SCONJ', 'PUNCT']);

/**
 * Whether the clause before the phrase at `first` is of the one asked about: it names a word of the question ("the 13
 * admitted casualties all have gun shot wounds"), points back to one ("the other has burn injuries", "he"), or names
 * no one ("Minor damage to the truck"); not another ("and *3* were released with minor wounds").
 */
function clauseOfAsked(words: Word[], first: number, asked: (w: Word) => boolean): boolean {
  let k = first;
  while (k > 0 && !ENDS_CLAUSE.has(words[k - 1]!.pos)) k--;
  const before = words.slice(k, first);
  const naming = before.filter((w) => ['NOUN', 'PROPN', 'NUM'].includes(w.pos));
  return !naming.length || before.some((w) => asked(w) || w.pos === 'PRON' || w.lemma.toLowerCase() === 'other');
}

/**
 * The phrases of a sentence naming which X it was: X (a noun `isX` finds) with the words before it that say which, one
 * at least not the question's own, in a clause of the one asked about (clauseOfAsked), as [first, last].
 */
export function conditionsNamed(
  words: Word[],
  isX: (w: Word) => boolean,
  asked: (w: Word) => boolean,
  lexicon: Lexicon,
  degree?: string,
): [number, number][] {
  // Or a verb WordNet brings to it as closely as one doing the harm: "how badly was he *hurt*?", "lightly *injured*".
  const harms = (w: Word) =>
    asked(w) || lexicon.related(w.lemma, 'verb').some((r) => r.word === degree && r.weight >= HARMS);
  return words.flatMap((w, i): [number, number][] => {
    const graded = degree && w.pos === 'VERB' && harms(w) ? degreeAround(words, i, asked) : undefined;
    if (graded) return clauseOfAsked(words, graded[0], asked) ? [graded] : [];
    if (!isX(w)) return [];
    let first = i;
    while (first > i - MODIFIERS && modifies(words, first - 1, lexicon)) first--;
    const which = words.slice(first, i);
    const denied = NEGATIONS.has(words[first - 1]?.lemma.toLowerCase() ?? '');
    // How much of it there was is said by an adjective ("*Minor* damage", in capitals read as a name): not "gun shot".
    const says = (m: Word) => !asked(m) && (!degree || lexicon.senses(m.text.toLowerCase(), 'adj').length > 0);
    return !denied && which.some(says) && clauseOfAsked(words, first, asked) ? [[first, i]] : [];
  });
}

/**
 * The words around a verb of harm at `i` that say how much harm, as [first, last]: an adverb before it ("*lightly*
 * injured", "*slightly* damaged"), adverbs in "-ly" after it ("damaged *so heavily*", as the War Diary also writes
 * them), and a bracket after these giving the casualty category, the grade the reports put on every wounded soldier
 * (CAT A, the gravest, to CAT D: "was wounded *(CAT C)*", "lightly injured *(crack trauma, likely CAT D)*"); none of
 * them a word of the question's own.
 */
function degreeAround(words: Word[], i: number, asked: (w: Word) => boolean): [number, number] | undefined {
  const adverb = (k: number) => words[k]?.pos === 'ADV' && !asked(words[k]!);
  const first = adverb(i - 1) ? i - 1 : i;
  let after = i;
  while (adverb(after + 1)) after++;
  let last = /ly$/i.test(words[after]!.text) ? after : i;
  if (words[last + 1]?.text === '(') {
    const close = words.findIndex((b, k) => k > last && b.text === ')');
    const inside = words.slice(last + 2, close < 0 ? last + 2 : close);
    if (CASUALTY_CATEGORY.test(inside.map((b) => b.text).join(' '))) last = close;
  }
  return first < i || last > i ? [first, last] : undefined;
}

/** A casualty category in words read apart: "CAT C", "CAT - B", the War Diary's letters A to D. */
const CASUALTY_CATEGORY = /\bcat (?:- )?[a-d]\b/i;

/** How close WordNet must bring a verb to the harm asked, its noun, to do that harm: "injure" for "injury". */
const HARMS = 0.6;
/** How many words may stand between the verb of harm and the part harmed: "injured *in the* left leg". */
const TO_PART = 4;
/** The parts of speech between them: a preposition, a possessive, an article, an adjective ("his", "the", "left"). */
const BEFORE_PART = new Set(['ADP', 'PRON', 'DET', 'ADJ']);

/**
 * "He fell down and *injured his head*", "wounded *in the leg*": a part of the body (`isPart`) a verb of the harm X
 * asked (X itself, or a verb WordNet derives X from) was done to says which harm it was, as "a *head* injury" does; in
 * a clause of the one asked about. The part's phrase past its preposition, as [first, last].
 */
export function partsHarmed(
  words: Word[],
  x: string,
  isPart: (w: Word) => boolean,
  asked: (w: Word) => boolean,
  lexicon: Lexicon,
): [number, number][] {
  const harms = (w: Word) =>
    w.pos === 'VERB' &&
    (w.lemma === x || lexicon.related(w.lemma, 'verb').some((r) => r.word === x && r.weight >= HARMS));
  return words.flatMap((w, i): [number, number][] => {
    if (!harms(w) || !clauseOfAsked(words, i, asked)) return [];
    let first = i + 1;
    while (words[first]?.pos === 'ADP') first++;
    let k = first;
    while (k < i + TO_PART && BEFORE_PART.has(words[k]?.pos ?? '') && words[k]!.pos !== 'ADP') k++;
    return words[k] && isPart(words[k]!) && !asked(words[k]!) ? [[first, k]] : [];
  });
}
