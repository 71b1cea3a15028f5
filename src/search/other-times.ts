/**
 * Times a sentence says that are not when the act a "when" question asks of was done: a document's date ("A document
 * *dated April 22, 2007* says…"), the time before a plan ("*At 1327Z* … unit will conduct self recovery"), the day of
 * another act of the kind ("SAME DEVICE AS *APRIL 18* ATTACK"); and whether "how long" asks how long a thing took. The
 * kinds' filter of spans (kinds.ts, answering) asks these of each time.
 */
import { actVerbs, type Question } from './question.ts';
import type { Word } from './nlp.ts';
import type { Lexicon } from './lexicon.ts';
import { actNouns, namesAct } from './act-nouns.ts';

/** Whether a question asks how long a thing took: "how long did it *take* to pull the vehicles out?". */
export const asksTimeTaken = ({ measure, reading }: Pick<Question, 'measure'> & { reading?: Question['reading'] }) =>
  !!measure && !!reading?.words.some((w) => w.lemma === 'take');

/** Nouns for what was written: a date on one is when it was written, not when what it tells of happened. */
const DOCUMENTS = new Set(['report', 'document', 'memo', 'cable', 'account', 'assessment', 'letter']);

/**
 * Whether a time dates a document the question does not ask about: "A document *dated April 22, 2007* says…", "An
 * *October 20, 2006* threat report reads…".
 */
export function datesDocument(words: Word[], inside: Word[], asked: (w: Word) => boolean): boolean {
  const first = words.indexOf(inside[0]!);
  const last = words.indexOf(inside.at(-1)!);
  if (first < 0) return false;
  const document = (w: Word | undefined) => !!w && DOCUMENTS.has(w.lemma) && !asked(w);
  if (words[first - 1]?.lemma === 'date' && document(words[first - 2])) return true;
  // The noun the date stands before, past the rest of the date (", 2006") and a word that says what kind ("threat
  // report").
  let after = last + 1;
  while (words[after] && (words[after]!.pos === 'NUM' || words[after]!.text === ',')) after++;
  if (words[after]?.pos === 'NOUN' && !DOCUMENTS.has(words[after]!.lemma)) after++;
  return document(words[after]);
}

/** The words that say an act is yet to be done: "unit *will* conduct self recovery". */
const PLANNED = new Set(['will', 'shall']);

/**
 * Whether a time is said before the act a "when" question asks of is planned: "*At 1327Z*, TF Titan reports a vehicle
 * rolled over, unit will conduct self recovery" tells when the rollover was reported, not when the recovery was done.
 * The act is the question's last verb ("when was the vehicle *recovered*?"), said by the verb or a noun WordNet derives
 * from it ("recovery"); each time the sentence says it, after the time and a "will". A question asking of a plan asks
 * that time.
 */
export function datesPlan(
  words: Word[],
  inside: Word[],
  asks: { reading?: Question['reading'] },
  lexicon: Lexicon,
): boolean {
  const verb = actVerbs(asks.reading?.words ?? []).at(-1);
  // "When *will* the governor host the shura?" asks the plan's time: "On Sunday, 17 Jun 07, he will host a Shura".
  if (!verb || asks.reading?.words.some((w) => PLANNED.has(w.lemma))) return false;
  const nouns = actNouns(verb.lemma, lexicon)?.nouns;
  const says = words.filter((w) => w.lemma === verb.lemma || nouns?.has(w.lemma));
  const end = inside.at(-1)!.end;
  const planned = (act: Word) => words.some((w) => PLANNED.has(w.lemma) && w.start > end && w.start < act.start);
  return says.length > 0 && says.every(planned);
}

/** Verbs that say an act is planned or awaited: "is *expected* shortly", "*scheduled* for", "*supposed* to happen". */
const AWAITED = new Set(['expect', 'plan', 'schedule', 'suppose', 'intend', 'anticipate']);

/**
 * Whether a question asks of an act to come. A "when" question: "when *will* they move?", or a present "be" with the
 * act's "-ing" form, which English uses of a plan ("when *is* TF33 *going* into Tagab?", "when are they leaving?"). And
 * "what *happens* / *will happen* to X?": the present of "happen" asks what is to be done with X ("Cache *will be*
 * distributed to ANA"), where "what happened" asks the past.
 */
function asksToCome(question: Word[]): boolean {
  const happens = question.find((w) => w.lemma === 'happen');
  if (happens) return /s$/i.test(happens.text) || question.some((w) => PLANNED.has(w.lemma));
  if (question[0]?.lemma !== 'when') return false;
  if (question.some((w) => PLANNED.has(w.lemma))) return true;
  const be = question.findIndex((w) => /^(?:is|are|am)$/i.test(w.text));
  return be > 0 && question.slice(be + 1).some((w) => w.pos === 'VERB' && /ing$/i.test(w.text));
}

/**
 * Whether a time or an act is no answer to a question asking of an act to come because the sentence says nothing
 * planned: no "will" or "shall", no "going to", no verb of a plan. "At 211517ZNOV06, TF33 reported IED discovered"
 * tells when a past act was reported, not when TF33 is going into Tagab; "TF33 will move on the TAGAB area *on the
 * 25th*" does. "A large cache was recovered and turned in" tells how the cache came, not what happens to it.
 */
export function toldPast(words: Word[], asks: { reading?: Question['reading'] }): boolean {
  if (!asks.reading || !asksToCome(asks.reading.words)) return false;
  const goingTo = (w: Word, i: number) => w.lemma === 'go' && /ing$/i.test(w.text) && words[i + 1]?.lemma === 'to';
  const plans = (w: Word, i: number) => PLANNED.has(w.lemma) || AWAITED.has(w.lemma) || goingTo(w, i);
  return !words.some(plans);
}

/**
 * Whether a time names, by its day, one of two acts of a kind the sentence tells: "SAME DEVICE AS *APRIL 18* ATTACK …
 * an IED attack was committed" dates the earlier attack, not the one it reports ("when did the Fennek hit the IED?").
 * Asked of ("when was the April 18 attack?"), it says when.
 */
export function datesOtherAct(words: Word[], inside: Word[], asked: (w: Word) => boolean, lexicon: Lexicon): boolean {
  // The time's phrase may hold its noun already ("AS APRIL 18 ATTACK"), or stand before it.
  const last = inside.at(-1)!;
  const noun = last.pos === 'NOUN' ? last : words[words.indexOf(last) + 1];
  const again = (w: Word) => w !== noun && w.lemma === noun?.lemma;
  return noun?.pos === 'NOUN' && namesAct(noun.lemma, lexicon) && !asked(noun) && words.some(again);
}

/**
 * Whether a time said with no number or name, its last word a common noun, says what kind a thing is, standing before
 * its noun: "opposed to *night ops*" are operations done by night, not when an act was done. A noun of time ends a
 * time ("*night hours*").
 */
export function describesThing(inside: Word[], lexicon: Lexicon): boolean {
  const said = inside.filter((w) => w.pos !== 'ADP' && w.pos !== 'DET' && w.pos !== 'PART');
  const head = said.at(-1);
  if (!head || head.pos !== 'NOUN' || said.length < 2) return false;
  if (said.some((w) => w.pos === 'NUM' || w.pos === 'PROPN')) return false;
  return lexicon.filedUnder(head.lemma, 'noun') !== 'noun.time';
}
