/**
 * What answers "how close", "how near" (Question.uncounted): a distance, said with a unit or without one, but not any
 * number of the sentence. An altitude is none: "flying at … 10,000 MSL, *50 AGL*" says how high, not how close.
 * And the nearest a thing came is bounded by "within" ("the round passed *within 300m* to the rear of the lead
 * aircraft"): in a sentence saying that bound, its other distances say where something else stood ("… an impact
 * detonation into the mountain … approximately 350m from both aircraft"), not how close it came.
 */
import { pastAdverbs, wordsAt, type Word } from './nlp.ts';

/** The War Diary's marks of an altitude, above the ground or the sea: "50 AGL", "10,000 MSL", "500FT AGL". */
const ALTITUDE = new Set(['agl', 'msl']);

/** The index of the number "within" bounds ("within 300m", "within approximately 50 meters"), or -1. */
function boundAt(words: Word[]): number {
  const within = words.findIndex(
    (w, i) => w.lemma.toLowerCase() === 'within' && words[pastAdverbs(words, i + 1)]?.pos === 'NUM',
  );
  return within < 0 ? -1 : pastAdverbs(words, within + 1);
}

/** Whether a number (`s`) answers no "how close" question: an altitude, or a distance beside the bound "within" set. */
export function answersNoNearness(
  words: Word[],
  s: { start: number; end: number },
  asks: { uncounted?: boolean },
): boolean {
  if (!asks.uncounted) return false;
  const [a, b] = wordsAt(words, s.start, s.end);
  if (words.slice(a, b + 2).some((w) => ALTITUDE.has(w.text.toLowerCase()))) return true;
  const bound = boundAt(words);
  return bound >= 0 && (bound < a || bound > b);
}
