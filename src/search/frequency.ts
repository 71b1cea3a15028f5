/**
 * Where a sentence says how often something happens, as a "how often" question asks: an adverb of frequency
 * ("regularly", "repeatedly", "often"), "every week", "twice a month", "three times", "on several occasions".
 */
import type { Lexicon } from './lexicon.ts';
import type { Word } from './nlp.ts';

/**
 * The adjectives of frequency WordNet derives the adverbs from ("regularly" pertains to "regular", "repeatedly" to
 * "repeated"), or relates them to ("often" and "frequently" to "frequent"): English's general words for how often.
 */
const OF_FREQUENCY = new Set(['frequent', 'infrequent', 'regular', 'repeated', 'recurrent', 'periodic', 'occasional']);
/** How close WordNet must bring an adverb to one of those: its own adjective, or a synonym of its commonest sense. */
const CLOSE = 0.6;
/** Words that count how many times: "once", "twice", "three *times*". */
const TIMES = new Set(['once', 'twice', 'thrice', 'time']);
/** Words before a time that make it a recurrence: "*every* week", "*each* night", "twice *a* month", "*per* day". */
const EACH = new Set(['every', 'each', 'a', 'per']);

/** Whether a noun names a span of time by its commonest sense: "week", "night", "month". */
const isTimeNoun = (word: Word | undefined, lexicon: Lexicon) =>
  word?.pos === 'NOUN' && lexicon.filedUnder(word.lemma, 'noun') === 'noun.time';

/** Whether an adverb says how often: WordNet relates it closely to an adjective of frequency. */
const isFrequencyAdverb = (word: Word, lexicon: Lexicon) =>
  word.pos === 'ADV' && lexicon.related(word.lemma, 'adv').some((r) => r.weight >= CLOSE && OF_FREQUENCY.has(r.word));

/** Marks that end a clause: how often one clause says a thing happens says nothing of what the next tells. */
const CLAUSE_END = /^[.,;:!?()\u2013\u2014-]+$/;

/**
 * How many of the question's words the clause must hold: one may be only where it happened ("Afghans are killed each
 * week" for "how often do Iranian weapons turn up in Afghanistan"), two tell of what happened.
 */
const ASKED_IN_CLAUSE = 2;

/**
 * Whether the clause of the words `a`–`b` tells of what the question asks about: "*Iranian* arms are regularly
 * discovered inside *Afghanistan*".
 */
function ofAsked(words: Word[], a: number, b: number, asked: (w: Word) => boolean): boolean {
  let first = a;
  while (first > 0 && !CLAUSE_END.test(words[first - 1]!.text)) first--;
  let last = b;
  while (last + 1 < words.length && !CLAUSE_END.test(words[last + 1]!.text)) last++;
  const held = words.slice(first, last + 1).filter((w, k) => (first + k < a || first + k > b) && asked(w));
  return held.length >= ASKED_IN_CLAUSE;
}

/** The phrases, as first and last word, that say how often what the question asks about happens. */
export function frequencySpans(words: Word[], lexicon: Lexicon, asked: (w: Word) => boolean): [number, number][] {
  return phrasesOfFrequency(words, lexicon).filter(([a, b]) => ofAsked(words, a, b, asked));
}

/** The phrases, as first and last word, that say how often. */
function phrasesOfFrequency(words: Word[], lexicon: Lexicon): [number, number][] {
  const spans: [number, number][] = [];
  const times = (i: number) => TIMES.has(words[i]?.lemma ?? '');
  // "every week", "each night", and after a count "twice a month", "once per day".
  const recurs = (i: number) =>
    EACH.has(words[i]?.lemma ?? '') &&
    isTimeNoun(words[i + 1], lexicon) &&
    (!['a', 'per'].includes(words[i]!.lemma) || times(i - 1));
  // "every *6* weeks", "every two days": "every" and a count of a time recurs after that many of it.
  const everyCount = (i: number) =>
    words[i]?.lemma === 'every' && words[i + 1]?.pos === 'NUM' && isTimeNoun(words[i + 2], lexicon);
  words.forEach((w, i) => {
    if (isFrequencyAdverb(w, lexicon)) spans.push([i, i]);
    else if (recurs(i)) spans.push([times(i - 1) ? i - 1 : i, i + 1]);
    else if (everyCount(i)) spans.push([i, i + 2]);
    // "three times", "on several occasions": a count of times, not "at times" or "the time".
    else if (
      ['time', 'occasion'].includes(w.lemma) &&
      w.text !== w.lemma &&
      ['NUM', 'ADJ'].includes(words[i - 1]?.pos ?? '')
    )
      spans.push([i - 1, i]);
    // "once", "twice" alone, not the count of "twice a month".
    else if (times(i) && w.lemma !== 'time' && !recurs(i + 1)) spans.push([i, i]);
  });
  return spans;
}
