/**
 * The best read with the sentence right above it that gives the number the question names a thing by in bare digits,
 * when the best gives it not: the detention log names the detainees by their ISNs in one line and counts the facility
 * in the next ("ISN 4170 assigned. New facility headcount is 646 assigned 645 present."), and a question naming the
 * detainee by digits alone ("the assigned number at btif after *4170*") weighs the headcount by the ISN its report
 * gives. Quoted alone, the count would not show what the digits were; quoted from the line above, it does, as the count
 * of answeredAfter is quoted with the line before it. A question saying what its number is ("after *ISN 4195*") needs
 * no such line: the count alone answers it.
 */
import { termsOf, type Candidate } from './candidates.ts';
import type { SearchIndex } from './index.ts';
import type { ParsedQuery } from './query.ts';
import { wordOfToken, type Question } from './question.ts';
import { sentences } from './text.ts';
import { holds, listNumbered, type Weighed } from './weighed.ts';

/**
 * The question's names given in bare digits ("after *4170*"), no noun before them saying what they number (weighed.ts
 * `listNumbered`: "ISN *4195*", "ISNs 20014 and *20015*").
 */
function bareNumbers(units: Weighed[], query: ParsedQuery, question: Question): Weighed[] {
  const digits = (u: Weighed) => u.name && u.stems.length > 0 && u.stems.every((s) => /^\d+$/.test(s));
  return units.filter((u, k) => {
    const word = wordOfToken(question, query.units[k]!.tokens[0]!);
    return digits(u) && !!word && !listNumbered(question.reading.words, word);
  });
}

/**
 * The best, surely naming what is asked, read from the sentence just above it when that sentence gives a number the
 * question names a thing by in bare digits and the best does not: its answer still its own, the phrase the best was
 * read for (answerFrom, so likely at most, as answeredAfter's pair is).
 */
export function namedAbove(
  first: Candidate,
  units: Weighed[],
  query: ParsedQuery,
  question: Question,
  index: SearchIndex,
): Candidate | undefined {
  if (first.kind?.strength !== 1 || first.answerFrom !== undefined) return undefined;
  const above = sentences(first.passage.text)
    .filter((s) => s.end <= first.start)
    .pop();
  if (!above) return undefined;
  const [own, theirs] = [termsOf(first.text, index).stems, termsOf(above.text, index).stems];
  const none = new Set<string>();
  if (!bareNumbers(units, query, question).some((u) => holds(u, theirs, none) > 0 && !holds(u, own, none)))
    return undefined;
  const text = first.passage.text.slice(above.start, first.end);
  const from = first.start - above.start;
  const kind = { ...first.kind, start: first.kind.start + from, end: first.kind.end + from };
  return { ...first, start: above.start, text, answerFrom: from, kind };
}
