/**
 * Where a sentence says how something was done, as "how was it done?" asks: the phrase after a preposition of means
 * ("monitored *with the camp eye*", "brought in *with a load of sand*", "supporting the group *through intelligence*",
 * "escaped *via a wadi*"). English says means and manner with a closed set of such words, as it says place with its
 * prepositions.
 */
import { isIngForm, participle, type Word } from './nlp.ts';
import { BEFORE_OBJECT, IN_PHRASE } from './slots.ts';

/** Prepositions that open the means of a verb's act whatever stands before them. */
const MEANS = new Set(['through', 'via']);
/**
 * Prepositions that open a means only after the verb they tell of ("monitored *with*", "brought in *with*"): after a
 * noun they say whom or what one is with ("in contact with INS"), and a name after them is the doer or partner
 * ("recaptured by TF 373", "cooperating with TFK"), not how.
 */
export const MEANS_AFTER_VERB = new Set(['with', 'by']);
/**
 * Whether the noun phrase after the preposition at `i` ends in a noun `is` accepts: after "under" a guise (a quality
 * one takes on), so saying how, "infiltrated Afghanistan *under assumed identities*", not where ("under the bridge")
 * nor whose ("under the command"); after "on" a conveyance, "1 x INS fled *on a motorcycle*", not where ("on the
 * road").
 */
function phraseEndsIn(words: Word[], i: number, is: (noun: Word) => boolean): boolean {
  let k = i + 1;
  // No further than a means' phrase runs (MEANS_WORDS), as meansSpans reads it.
  while (k < i + MEANS_WORDS && words[k + 1] && (IN_PHRASE.has(words[k + 1]!.pos) || participleBefore(words, k + 1)))
    k++;
  return words[k]?.pos === 'NOUN' && is(words[k]!);
}

/**
 * Whether the word at `k` is a War Diary count ("1x", "1 x") after a noun: English puts a count before what it counts,
 * so it opens another noun phrase, the act's object after its means ("located *by robot* 1x metal tube RCIED"), not
 * the means' own words. A bare number after a noun may name it instead ("by grid 41R PR 7744"), so only "x" marks it.
 */
const countAfter = (words: Word[], k: number) =>
  words[k]!.pos === 'NUM' &&
  /^x$/i.test(words[k + 1]?.text ?? '') &&
  ['NOUN', 'PROPN'].includes(words[k - 1]?.pos ?? '');

/** Whether the word at `k` is a participle before its noun, as an adjective: "under *assumed* identities". */
const participleBefore = (words: Word[], k: number) =>
  participle(words[k]!) && ['NOUN', 'ADJ'].includes(words[k + 1]?.pos ?? '');

/** How many words a means' phrase may run to. */
const MEANS_WORDS = 6;

/** How many words back the verb a "through" or "via" tells the means of may stand: "supporting … through". */
const VERB_WORDS = 10;

/**
 * The means a sentence tells of a verb `acts` accepts (the question's act, said in the sentence's words), as [first,
 * last] word ranges from the preposition to the phrase's last noun: "monitored with the camp eye" tells how he was
 * monitored, not how the bomb was triggered. "Under" opens a means too when its phrase ends in a noun `isGuise`
 * accepts (a quality one takes on): "infiltrated Afghanistan *under assumed identities*".
 */
export function meansSpans(
  words: Word[],
  acts: (verb: Word) => boolean,
  isGuise: (noun: Word) => boolean = () => false,
  isConveyance: (noun: Word) => boolean = () => false,
): [number, number][] {
  const found: [number, number][] = [];
  words.forEach((w, i) => {
    // The text, not the lemma: wink lemmatises "through" as "thru".
    const lemma = w.text.toLowerCase();
    if (w.pos !== 'ADP') return;
    const guise =
      (lemma === 'under' && phraseEndsIn(words, i, isGuise)) ||
      (lemma === 'on' && phraseEndsIn(words, i, isConveyance));
    const verb =
      MEANS.has(lemma) || bareBy(words, i)
        ? verbBefore(words, i)
        : (MEANS_AFTER_VERB.has(lemma) || guise) && afterVerb(words, i);
    if (!verb || !acts(verb)) return;
    let last = -1;
    for (
      let k = i + 1;
      k <= i + MEANS_WORDS &&
      words[k] &&
      (IN_PHRASE.has(words[k]!.pos) || participleBefore(words, k)) &&
      !countAfter(words, k);
      k++
    )
      if (words[k]!.pos === 'NOUN' || words[k]!.pos === 'PROPN') last = k;
    // "of" joins the rest of what is used: "a load *of* sand".
    if (last > 0 && words[last + 1]?.lemma === 'of' && words[last + 2] && IN_PHRASE.has(words[last + 2]!.pos))
      for (let k = last + 2; words[k] && IN_PHRASE.has(words[k]!.pos); k++) last = k;
    if (last < 0) return;
    if (!MEANS.has(lemma) && words[last]!.pos !== 'NOUN') return;
    found.push([i, last]);
  });
  return [...found, ...usedTo(words, acts), ...usingWhat(words, acts), ...byDoing(words, acts)];
}

/** Whether the word at `k` is a verb's "-ing" form, a gerund after "by": "by *shouting*". */
const gerundAt = (words: Word[], k: number) => words[k]?.pos === 'VERB' && isIngForm(words[k]!.text);

/**
 * What a sentence says was done as the means of the act asked: "by" (or "by means of") and a gerund with its object,
 * joined by "and" to others, "commands for the vehicle to stop *by means of shouting and flashing a torch*". English
 * tells how with "by" and an act as it does with "by" and a thing ("by crane"), the verb before it the act asked.
 */
function byDoing(words: Word[], acts: (verb: Word) => boolean): [number, number][] {
  const found: [number, number][] = [];
  words.forEach((w, i) => {
    if (w.text.toLowerCase() !== 'by') return;
    const first = /^means$/i.test(words[i + 1]?.text ?? '') && words[i + 2]?.lemma === 'of' ? i + 3 : i + 1;
    const verb = gerundAt(words, first) && afterVerb(words, i);
    if (!verb || !acts(verb)) return;
    let last = first;
    for (let k = first + 1; k <= first + MEANS_WORDS && words[k]; k++) {
      const joined = words[k]!.pos === 'CCONJ' && gerundAt(words, k + 1);
      if (!IN_PHRASE.has(words[k]!.pos) && !gerundAt(words, k) && !joined) break;
      if (words[k]!.pos === 'NOUN' || gerundAt(words, k)) last = k;
    }
    found.push([i, last]);
  });
  return found;
}

/**
 * What a sentence says was used to do the act asked, "use" and its object before "to V" ("WILL *USE PSYOPS* TO WARN
 * POPULATION"), V the act, as [first, last] like the spans after a preposition. The War Diary's capitals make the
 * tagger read "USE" as a name, so its text is read.
 */
function usedTo(words: Word[], acts: (verb: Word) => boolean): [number, number][] {
  const found: [number, number][] = [];
  words.forEach((w, i) => {
    if (!/^us(e|es|ed|ing)$/i.test(w.text)) return;
    let k = i + 1;
    while (k <= i + MEANS_WORDS && words[k] && IN_PHRASE.has(words[k]!.pos)) k++;
    const to = k + purposeOpener(words, k);
    const verb = words[to + 1];
    const toAct = words[to]?.text.toLowerCase() === 'to' && verb?.pos === 'VERB' && acts(verb);
    if (k > i + 1 && toAct) found.push([i, k - 1]);
  });
  return found;
}

/**
 * How many words at `k` open a purpose before its "to V" as English says it at more length than a bare "to": "in order
 * to", "in (an) attempt to", "in an effort to", "in a bid to" ("using mortars *in attempt* to flush out EN pers", the
 * War Diary dropping the article); none when no such words stand there.
 */
function purposeOpener(words: Word[], k: number): number {
  if (words[k]?.text.toLowerCase() !== 'in') return 0;
  const noun = /^(an?|the)$/i.test(words[k + 1]?.text ?? '') ? k + 2 : k + 1;
  return PURPOSE_NOUNS.has(words[noun]?.text.toLowerCase() ?? '') ? noun - k + 1 : 0;
}
/** The nouns of English's longer ways of saying "to" for a purpose: "in *order* to", "in an *attempt* to". */
const PURPOSE_NOUNS = new Set(['order', 'attempt', 'effort', 'bid']);

/**
 * What a sentence says was used in doing the act asked, a clause of "using" and its object without "to V" after it:
 * English puts such a clause beside the act it tells the means of, before its clause when it opens the sentence
 * ("After *using a warning shot* the person stopped", "By *using a ladder* they entered") and after it otherwise
 * ("fired *using a MG*"). The act is the verb after the phrase in the first case, the nearest verb before it in the
 * second.
 */
function usingWhat(words: Word[], acts: (verb: Word) => boolean): [number, number][] {
  const found: [number, number][] = [];
  words.forEach((w, i) => {
    if (!/^using$/i.test(w.text)) return;
    let k = i + 1;
    // An article after a noun opens the next clause's subject when no comma parts them: "a warning shot *the* person".
    while (k <= i + MEANS_WORDS && words[k] && IN_PHRASE.has(words[k]!.pos) && !articleAfterNoun(words, k)) k++;
    if (k === i + 1 || words[k]?.text.toLowerCase() === 'to' || words[k - 1]!.pos !== 'NOUN') return;
    const verb = opensSentence(words, i) ? verbAfter(words, k) : verbBefore(words, i);
    if (verb && acts(verb)) found.push([i, k - 1]);
  });
  return found;
}

const articleAfterNoun = (words: Word[], k: number) =>
  words[k]!.pos === 'DET' && ['NOUN', 'PROPN'].includes(words[k - 1]!.pos);

/** Whether the word at `i` opens its sentence, alone or after one preposition or conjunction: "*After* using". */
const opensSentence = (words: Word[], i: number) =>
  i === 0 || /^[.;:]$/.test(words[i - 1]!.text) || (i === 1 && ['ADP', 'SCONJ'].includes(words[0]!.pos));

/** The nearest verb from `k` on in its sentence's clause: the main verb after an opening clause. */
function verbAfter(words: Word[], k: number): Word | undefined {
  for (let n = 0; words[k] && n < VERB_WORDS && !/^[.;:]$/.test(words[k]!.text); k++, n++)
    if (words[k]!.pos === 'VERB') return words[k];
  return undefined;
}

/** How many words the verb's object may run to between it and its "with" or "by": "marked *the UXO* with red color". */
const OBJECT_WORDS = 4;

/**
 * The verb right before the preposition at `i`, past a particle or an adverb ("brought in with"), or past its object,
 * a pronoun or a short noun phrase: English puts the means after what the act is done to ("marked *it* with stones").
 */
function afterVerb(words: Word[], i: number): Word | undefined {
  let k = i - 1;
  // Past words that stand between the verb and its preposition: "brought *in* with", "dropped *off* by".
  while (k > 0 && k > i - 3 && BEFORE_OBJECT.has(words[k]!.pos)) k--;
  if (words[k]?.pos === 'VERB') return words[k];
  return words[k]?.pos === 'PRON' ? verbAt(words, k - 1) : verbAt(words, objectStart(words, k) - 1);
}

/** The first word of the noun phrase ending at `k` ("the UXO", "the vehicle"), or -1 if none ends there. */
function objectStart(words: Word[], k: number): number {
  if (!['NOUN', 'PROPN'].includes(words[k]?.pos ?? '')) return -1;
  let j = k;
  while (j > 0 && j > k - OBJECT_WORDS && IN_PHRASE.has(words[j - 1]!.pos)) j--;
  return j;
}

/**
 * "by" and a common noun without an article, "by *air*", "by *road*", "by *truck*": English names the way one travels
 * or sends so, whatever stands between it and its verb ("move EOD to FOB Spin (TF 31) *by air*"); a doer takes an
 * article or is a name ("by *the* ANP", "by *TF 31*").
 */
const bareBy = (words: Word[], i: number) => words[i]!.text.toLowerCase() === 'by' && words[i + 1]?.pos === 'NOUN';

const verbAt = (words: Word[], k: number) => (words[k]?.pos === 'VERB' ? words[k] : undefined);

/** The nearest verb before `i` in its sentence's clause. */
function verbBefore(words: Word[], i: number): Word | undefined {
  // Punctuation is no word: "anti-ISAF/GIRoA" is one.
  for (let k = i - 1, n = 0; k >= 0 && n < VERB_WORDS && !/^[.;:]$/.test(words[k]!.text); k--) {
    if (words[k]!.pos === 'VERB') return words[k];
    if (!['PUNCT', 'SYM'].includes(words[k]!.pos)) n++;
  }
  return undefined;
}
