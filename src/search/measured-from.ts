/**
 * The point a distance is measured from: "12KM South *of PB WILSON*", "6km *from FOB Naray*". A distance from one
 * point is no distance from another, so a question naming its point ("how far south of PB SPERWAN…?") is not answered
 * by a sentence measuring from elsewhere.
 */
import { wordsAt, type Word } from './nlp.ts';
import type { Lexicon } from './lexicon.ts';
import { isNoun } from './question.ts';
import { tellsWay } from './ways.ts';

/** The words a distance's point follows: "South *of*", "6km *from*". */
const FROM = new Set(['of', 'from']);

/** The nouns of the phrase opening at `at`, past its article: "the *FOB Naray*". */
function phraseFrom(words: Word[], at: number): Word[] {
  const first = words[at]?.pos === 'DET' ? at + 1 : at;
  let last = first - 1;
  while (isNoun(words[last + 1])) last++;
  return words.slice(first, last + 1);
}

/**
 * The point a question measures from: the phrase after "from", or after "of" following a compass way ("how far *south
 * of* PB SPERWAN"); none in "how far did they drive?".
 */
function pointAsked(question: Word[], lexicon: Lexicon): Word[] {
  const at = question.findIndex(
    (w, i) => w.lemma === 'from' || (w.lemma === 'of' && i > 0 && tellsWay(question, i - 1, lexicon)),
  );
  return at < 0 ? [] : phraseFrom(question, at + 1);
}

/** A unit of length among a measure's: a question asking it ("how far", "how long") asks a distance (question.ts). */
const LENGTH = 'km';

/**
 * The words of a point naming its site, past the War Diary's abbreviations of a site's class ("PB", "FOB", "DC",
 * "PRT"), which many sites share: "PB *WILSON*", "*Panjwayi district centre*".
 */
const NAMES_PAST = 3;
const siteNames = (point: Word[]) => point.filter((w) => w.text.length > NAMES_PAST).map((w) => w.text.toLowerCase());

/**
 * Whether a distance (`s`, its number and unit, a compass way with them or after them) is measured from a point other
 * than the one the question names, when it names one and asks a distance: each names its site by a name the other
 * lacks ("12KM South of PB *WILSON*" for "how far south of PB *SPERWAN*"). A point shortened ("PANJWAYI DC" for the
 * Panjwayi district centre) or named by its class alone ("500 meters east of the PRT", the Kamdesh PRT) is the same.
 */
export function measuredFromOther(
  words: Word[],
  s: { start: number; end: number },
  asks: { measure?: Set<string>; reading?: { words: Word[] } },
  lexicon: Lexicon,
): boolean {
  const asked = asks.measure?.has(LENGTH) ? siteNames(pointAsked(asks.reading?.words ?? [], lexicon)) : [];
  if (!asked.length) return false;
  const [, b] = wordsAt(words, s.start, s.end);
  const of = tellsWay(words, b + 1, lexicon) ? b + 2 : b + 1;
  if (!FROM.has(words[of]?.lemma.toLowerCase() ?? '')) return false;
  const point = siteNames(phraseFrom(words, of + 1));
  return point.some((n) => !asked.includes(n)) && asked.some((n) => !point.includes(n));
}
