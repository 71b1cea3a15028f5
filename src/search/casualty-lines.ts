/**
 * The War Diary tells whether anyone came to harm in a short line of its own, most often at the end of its report
 * ("NO CASUALTIES.", "NO INJURIES."), sharing no word with the scene a question sets, so it ranks past the sentences
 * read. A yes/no question asking whether anyone was hurt or killed ("was anyone hurt when the CH-53 took fire…?")
 * reads those lines of the top-ranked report, the one telling its scene: another report's line tells another event.
 */
import type { Candidate } from './candidates.ts';
import type { Lexicon } from './lexicon.ts';
import { read, type Word } from './nlp.ts';
import { casualtyFormsOf, type Question } from './question.ts';
import { namesHarm } from './stated.ts';
import type { Weighed } from './weighed.ts';

/** The verb of harm a yes/no question asks of ("was anyone *hurt*", "were any soldiers *killed*"), if any. */
export const harmAsked = (question: Question): Word | undefined =>
  question.wh === null && !question.expects.size
    ? question.reading.words.find((w) => w.pos === 'VERB' && casualtyFormsOf(w.lemma))
    : undefined;

/** Whether a sentence names the harm asked by a noun of it: "NO *CASUALTIES*." (stated.ts namesHarm). */
export const namesHarmIn = (text: string, harm: Word, words: Lexicon) =>
  read(text).words.some((w) => namesHarm(w, harm, words));

/**
 * Whether a text names by a noun the harm a yes/no question asks of, the unit being the question's verb of that harm
 * (`wordOf`: the question's word a unit is): "NO INJURIES." says the "hurt" of "was anyone hurt…?" as a synonym would.
 */
export function harmNamedBy(question: Question, words: Lexicon, wordOf: (u: Weighed) => Word | undefined) {
  const harm = harmAsked(question);
  return (u: Weighed, text: string) => !!harm && wordOf(u) === harm && namesHarmIn(text, harm, words);
}

/** The sentences of the top report among `rest` (those ranked past the read) naming the harm asked. */
export function casualtyLines(rest: Candidate[], top: Candidate | undefined, harm: Word | undefined, words: Lexicon) {
  if (!harm || !top) return [];
  return rest.filter((c) => c.hit.report === top.hit.report && namesHarmIn(c.text, harm, words));
}
