/**
 * Which of a story's like events a question asks by a word of order: "when was the soldier at Mest OP *first* reported
 * missing?", "who told the advisor team about the rockets *in the first place*?" ask the earliest; "when were the
 * rockets *finally* blown?" the last. The War Diary tells a report's story in the order it went (the first report, then
 * each UPDATE), so the earliest is the one its report tells first, the last the one it tells last.
 */
import type { Candidate } from './candidates.ts';
import type { Lexicon } from './lexicon.ts';
import type { Question } from './question.ts';

type Order = 'first' | 'last';

/** Words asking the earliest of like events ("*first* reported", "*initially*") or the last ("*finally*"). */
const FIRST = new Set(['first', 'initially', 'originally']);
const LAST = new Set(['finally', 'eventually']);

/**
 * The order a question asks by, if any. Not "first" in a noun WordNet knows ("*first aid*", "*first light*"), nor
 * before a number ("the first 3"): those name a thing or a count, not which of the events.
 */
export function orderAsked(question: Question, lexicon: Lexicon): Order | undefined {
  const words = question.reading.words;
  const said = (set: Set<string>) =>
    words.some((w, i) => {
      if (!set.has(w.text.toLowerCase())) return false;
      const next = words[i + 1];
      return !next || (next.pos !== 'NUM' && !lexicon.senses(`first_${next.lemma.toLowerCase()}`, 'noun').length);
    });
  if (said(FIRST)) return 'first';
  return said(LAST) ? 'last' : undefined;
}

/** Whether a candidate is told before another in their report: by passage, then within it; both of one kind of text. */
const toldEarlier = (a: Candidate, b: Candidate) =>
  a.hit.report === b.hit.report &&
  a.passage.role === b.passage.role &&
  (a.passage.id < b.passage.id || (a.passage.id === b.passage.id && a.end <= b.start));

/**
 * Whether a sentence of the best's report is told on the other side of it from the order asked (after it for the
 * first, before it for the last): it tells a later (or earlier) event of the story, not the one asked.
 */
export const outOfOrder = (order: Order | undefined, best: Candidate, c: Candidate) =>
  (order === 'first' ? toldEarlier(best, c) : order === 'last' && toldEarlier(c, best)) && !retells(best, c);

/** A clock time as the War Diary writes it, its hours and minutes taken: "0430Z", "0430z", "230950D*". */
const CLOCK = /\b(?:\d{2})?(\d{4})[zld]\b/gi;
const clockTimes = (text: string) => new Set([...text.matchAll(CLOCK)].map((m) => m[1]!));

/**
 * Whether a sentence gives a clock time the best gives: it tells the best's event again, as a report's timeline after
 * its narrative does ("TIMELINE: *0430z* BLACKFOOT TOC REPORTS SOLDIER IS MISSING" after "At *0430Z*, TF 1 Geronimo
 * reported a B Co missing soldier"), not a later one.
 */
const retells = (best: Candidate, c: Candidate) => {
  const times = clockTimes(best.text);
  return [...clockTimes(c.text)].some((t) => times.has(t));
};
