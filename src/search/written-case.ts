/**
 * A question typed in lower case, as Discord users type ("what did tf titan hit", "who came to kamdesh"), read in the
 * case the reports write each of its words: the tagger reads a name or an acronym by its capitals, so "tf titan" is
 * a verb and a noun to it and "TF Titan" a name. Each lower-case word of the question is looked up in a sample of the
 * reports holding it: written in capitals far more often than not where the text around it is in lower case
 * ("ISN 3264", "the ANA"), it is given capitals; written capitalised so inside a sentence ("at Kamdesh"), a capital.
 * A word the reports mostly write in lower case ("mike", "may") stays as typed, and so does a question with capitals of
 * its own: its asker wrote the case meant. A common word of English (WordNet's noun, verb or adjective: "men",
 * "date", "police") is given a capital only where the reports write it so nearly always: a form's labels ("Men:",
 * "DATE:") and names holding it ("Logar Province") capitalise it often, yet the asker's "men" is the men. The text
 * keeps its length, so every offset of the question still holds; only the tagger reads it so.
 */
import { lexicon, type Lexicon } from './lexicon.ts';
import { FIELD, type SearchIndex } from './index.ts';
import { irregularBase, STOPWORDS } from './text.ts';
import { read, type Word } from './nlp.ts';
import { MONTH_NAMES } from '../corpus/calendar.ts';

/** How many reports holding a word are read for its case: enough to see a habit, few enough to be cheap. */
const SAMPLE = 10;
/** How many times a word must be seen inside lower-case prose for its case to tell anything. */
const SEEN = 3;
/** The share of those times a word must be written in capitals to be read so: "far more often than not". */
const MOSTLY = 0.75;
/** The share for a common word of English to be given a capital: "nearly always" ("Titan" of TF Titan, not "Men"). */
const NEARLY_ALWAYS = 0.9;
/** Around a word, the text looked at to tell whether it stands in lower-case prose or in a report in capitals. */
const AROUND = 40;

type Case = 'lower' | 'title' | 'upper';

/** Each index's words' cases, read once each. */
const cases = new WeakMap<SearchIndex, Map<string, Case>>();

/** How an occurrence is written, or undefined where its case tells nothing (prose in capitals, a sentence's start). */
function caseAt(text: string, at: number, written: string, words?: Lexicon): Case | undefined {
  const around = text.slice(Math.max(0, at - AROUND), at + written.length + AROUND);
  if (!/[a-z]{2}/.test(around.replace(written, ''))) return undefined;
  if (written === written.toLowerCase()) return 'lower';
  // A field's label is capitalised as a label, not as the word: "Men: 4", "DATE: 12 May".
  if (/^\s*:/.test(text.slice(at + written.length))) return undefined;
  // An acronym stays in capitals where a sentence begins ("ISN 3814 thru 3816 assigned"), a word only gets a capital.
  if (written === written.toUpperCase()) return 'upper';
  if (/(?:^|[.!?:;]["')]*\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at)) || at === 0) return undefined;
  if (written.slice(1) !== written.slice(1).toLowerCase()) return undefined;
  return words && headOfName(text, at, written, words) ? undefined : 'title';
}

/**
 * Whether a capitalised common word is the head of a name or a label: after a name's own word ("Logar Province",
 * "Sharana District") or before its value ("Teacher Kits 50", "HCA Date 01/20/2007"), the capital is the name's or
 * the label's and tells nothing of the word. After a word of the kind a name names ("Camp Arena") or an acronym ("TF
 * Titan"), it is the name's own word: English puts the kind first in such names.
 */
function headOfName(text: string, at: number, written: string, words: Lexicon): boolean {
  if (/^(?:['’]s)?\s+\d/.test(text.slice(at + written.length, at + written.length + AROUND))) return true;
  const before = /([A-Za-z]+)(?:['’]s)?\s+$/.exec(text.slice(Math.max(0, at - AROUND), at))?.[1];
  return !!before && /^[A-Z]/.test(before) && !/[A-Z]{2}/.test(before) && !common(words, before.toLowerCase());
}

/** The field whose list of a word's reports is sampled: the words as written, where its case is. */
const SAMPLED_FIELD = FIELD.exact;

/** The positions of some reports holding the term, spread over its list. */
function sampleOf(index: SearchIndex, id: number): number[] {
  const stride = Math.max(1, Math.ceil(index.postings.size(id, SAMPLED_FIELD) / SAMPLE));
  const out: number[] = [];
  let k = 0;
  index.postings.forEach(id, SAMPLED_FIELD, (p) => {
    if (k++ % stride === 0) out.push(p);
  });
  return out;
}

/**
 * Whether WordNet knows `word` as a common noun, verb or adjective: a sense that is no instance of a class (Kabul is
 * one: a name, not a common noun).
 */
function common(words: Lexicon, word: string): boolean {
  return words
    .baseForms(word)
    .some(
      (b) =>
        b.wordClass !== 'adv' &&
        words.senses(b.lemma, b.wordClass).some((s) => !s.pointers.some((p) => p.symbol === '@i')),
    );
}

/**
 * The case the reports mostly write `word` in inside lower-case prose. An adjective of a place's name ("german",
 * "afghan") takes the name's capital, as English writes it: the reports' prose has it in lower case too ("german
 * soldiers"), yet "the german trainers" are the German ones, and only read so does the tagger see a nationality.
 */
function caseOf(index: SearchIndex, id: number, word: string, words: Lexicon): Case {
  if (words.ofPlace(word, true)) return 'title';
  const isCommon = common(words, word);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}]|['’][a-rt-z])`, 'giu');
  const seen = seenIn(index, id, pattern, isCommon ? words : undefined);
  const capitals = seen.title + seen.upper;
  const total = seen.lower + capitals;
  // Seen too rarely to tell, a name WordNet knows ("october") is still written as English writes it.
  if (total < SEEN) return (!STOPWORDS.has(word) && caseInWordNet(words, word)) || 'lower';
  if (capitals < MOSTLY * total) return 'lower';
  // An acronym takes the reports' capitals ("isn", "anp"); a common word only if they write it so nearly always,
  // whichever capitals they use: "CAMP" in a report's heading and "Camp Arena" are the name's, the asker's camp a camp.
  if (isCommon && capitals < NEARLY_ALWAYS * total) return 'lower';
  return mostUsual(seen);
}

/** How often the reports holding the term `id` write each case of what `pattern` finds, in a sample of them. */
function seenIn(index: SearchIndex, id: number, pattern: RegExp, words?: Lexicon): Record<Case, number> {
  const seen = { lower: 0, title: 0, upper: 0 };
  for (const p of sampleOf(index, id)) {
    for (const text of index.order[p]?.quotes ?? []) {
      for (const m of text.matchAll(pattern)) {
        const c = caseAt(text, m.index, m[0], words);
        if (c) seen[c]++;
      }
    }
  }
  return seen;
}

/**
 * The case the reports write a stopword in before the word after it: a stopword is no index word, yet "at" before
 * "mine" is their "AT mine", the anti-tank mine. Read only where the pair is seen often enough and in capitals nearly
 * always, as a common word is: "at" the preposition, as most pairs, stays as the asker typed it.
 */
function caseBefore(index: SearchIndex, next: string, word: string): Case {
  const id = index.postings.id(next);
  if (id === undefined) return 'lower';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?=\\s+${next}(?![\\p{L}\\p{N}]))`, 'giu');
  const seen = seenIn(index, id, pattern);
  const capitals = seen.title + seen.upper;
  return capitals >= SEEN && capitals >= NEARLY_ALWAYS * (capitals + seen.lower) ? mostUsual(seen) : 'lower';
}

/** The capitals the reports write a word in most: "ANP", or "Kamdesh". */
const mostUsual = (seen: Record<Case, number>) => (seen.upper > seen.title ? 'upper' : 'title');

/**
 * The case WordNet writes `word` in where it writes it only so, in every sense: a month's or a day's name ("October",
 * "Sunday"), an acronym ("NATO"). Undefined where it writes it in lower case once ("may" the hawthorn), where the word
 * is a form of another ("led" of "lead"), or where it writes it both in capitals and with a capital ("PM", "Pm").
 */
function caseInWordNet(words: Lexicon, word: string): Case | undefined {
  // An irregular verb's form is the verb's ("led" is no LED), which WordNet's base forms do not reach.
  if (irregularBase(word)) return undefined;
  // A name takes no plural: "americans" is a kind of people, a common noun for the tagger, as "isns" are numbers.
  const bases = words.baseForms(word);
  if (bases.some((b) => b.lemma !== word)) return undefined;
  const forms = bases.flatMap((b) =>
    words.senses(b.lemma, b.wordClass).map((s) => s.written[s.words.indexOf(b.lemma)] ?? b.lemma),
  );
  const found = new Set(
    forms.map((w) => (w === w.toLowerCase() ? 'lower' : w === w.toUpperCase() ? 'upper' : 'title')),
  );
  const [only] = found;
  return found.size === 1 && only !== 'lower' ? only : undefined;
}

const written = (word: string, c: Case) =>
  c === 'upper' ? word.toUpperCase() : c === 'title' ? word[0]!.toUpperCase() + word.slice(1) : word;

/** A word typed in lower case. */
const TYPED_LOWER = /(?<![\p{L}\p{N}'’-])[a-z]{2,}(?![\p{L}\p{N}'’-])/gu;

/** The word typed in lower case right after the stopword `word` at `at`, if no stopword: "mine" of "at mine". */
function wordAfter(text: string, at: number, word: string): string | undefined {
  const next = /^\s+([a-z]{2,})(?![\p{L}\p{N}'’])/u.exec(text.slice(at + word.length))?.[1];
  return next && !STOPWORDS.has(next) ? next : undefined;
}

/**
 * A question with a capital past its first letter tells the case its asker meant: "the wounded cop" beside "ANP" is no
 * COP (combat outpost). A month's name tells nothing: the question's dates are written out in the reports' words before
 * it is read ("dec 20 2009" is "20 December 2009": dates.ts datesInWords), whatever case their asker typed.
 */
const typedCased = (text: string) => /[A-Z]/.test(text.slice(1).replace(MONTH_NAME, ''));
/** A month's name as dates are written out in words: "December". */
const MONTH_NAME = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\b`, 'g');

/**
 * The ids of the index's words in a lower-case question whose case is not yet read: a desk that fetches postings and
 * reports before reading them (the desk on PostgreSQL) fetches each one's list in the first field and then the reports
 * `caseSamples` names, so that inWrittenCase reads them.
 */
export function unreadCases(index: SearchIndex, text: string): number[] {
  if (typedCased(text)) return [];
  const memo = cases.get(index);
  return [...text.matchAll(TYPED_LOWER)].flatMap(({ 0: word, index: at }) => {
    const next = STOPWORDS.has(word) ? wordAfter(text, at, word) : undefined;
    const id = index.postings.id(next ?? word);
    return id === undefined || memo?.has(next ? `${word} ${next}` : word) ? [] : [id];
  });
}

/** The (term, field) lists, as `term × fields + field`, a word's reports are sampled from, for each id (sampleOf). */
export const caseLists = (index: SearchIndex, ids: number[]) =>
  ids.map((id) => id * index.postings.fields + SAMPLED_FIELD);

/** The positions of the reports a word's case is read from, for each id (sampleOf). */
export const caseSamples = (index: SearchIndex, ids: number[]) => ids.flatMap((id) => sampleOf(index, id));

/** `text` with each word typed in lower case written as the reports write it: as long as `text`. */
export function inWrittenCase(index: SearchIndex, text: string, words: Lexicon = lexicon()): string {
  if (typedCased(text)) return text;
  let known = cases.get(index);
  if (!known) cases.set(index, (known = new Map()));
  const memo = known;
  const cased = text.replace(TYPED_LOWER, (word, at: number) => {
    const next = STOPWORDS.has(word) ? wordAfter(text, at, word) : undefined;
    // Only the index's own words are remembered, so a stream of made-up words grows nothing.
    if (next && index.postings.id(next) !== undefined) {
      const pair = `${word} ${next}`;
      let c = memo.get(pair);
      if (c === undefined) memo.set(pair, (c = caseBefore(index, next, word)));
      return written(word, c);
    }
    const id = index.postings.id(word);
    if (id === undefined) return word;
    let c = memo.get(word);
    if (c === undefined) memo.set(word, (c = caseOf(index, id, word, words)));
    return written(word, c);
  });
  return pronounsNamed(kindsNamed(cased, words), words);
}

/**
 * `text` with each noun typed in lower case right before a word read as a name given its capital: English writes a
 * name's kind inside the name ("Operation Aragon", "Camp Arena"), and the tagger reads the pair as one name only so.
 * The reports write such names in capitals ("OP ARAGON"), whose case tells nothing of the kind word. An adjective of
 * a place's name ("German") modifies what follows: no name the noun before it is the kind of. The kind opens its noun
 * phrase, after a determiner or a preposition ("in the operation", "at camp"): after a noun ("insurgents attack
 * Kamdesh") the tagger's noun may be the verb.
 */
function kindsNamed(text: string, words: Lexicon): string {
  const reading = read(text).words;
  return reading.reduce((out, w, k) => {
    const typed = text.slice(w.start, w.end);
    const name = reading[k + 1];
    const named = name && name.start === w.end + 1 && /^[A-Z][a-z]+$/.test(text.slice(name.start, name.end));
    const opens = ['DET', 'ADP'].includes(reading[k - 1]?.pos ?? '');
    if (w.pos !== 'NOUN' || !opens || !/^[a-z]{2,}$/.test(typed) || STOPWORDS.has(typed) || !named) return out;
    if (words.ofPlace(text.slice(name.start, name.end).toLowerCase(), true)) return out;
    return out.slice(0, w.start) + written(typed, 'title') + out.slice(w.end);
  }, text);
}

/** The tags of the words a noun's modifiers follow, and no pronoun: "the", "many", "two", "old". */
const BEFORE_MODIFIERS = new Set(['DET', 'ADJ', 'NUM']);

/** Whether the word at `k` stands where only a noun's modifier stands: "the us tif-a", "the missing us soldier". */
function modifies(reading: Word[], k: number): boolean {
  const before = reading[k - 1];
  if (!before) return false;
  // A participle after a determiner is the noun's adjective ("the missing"), not a verb taking an object.
  return BEFORE_MODIFIERS.has(before.pos) || (before.pos === 'VERB' && reading[k - 2]?.pos === 'DET');
}

/**
 * `text` with each pronoun typed in lower case that stands where no pronoun can, after a determiner, a number or an
 * adjective, written as WordNet writes the word where it writes it only in capitals: "how many us soldiers" are US
 * soldiers, "us" the pronoun takes no "many". The stopword is no index word, so the reports cannot tell its case.
 */
function pronounsNamed(text: string, words: Lexicon): string {
  const reading = read(text).words;
  return reading.reduce((out, w, k) => {
    const typed = text.slice(w.start, w.end);
    if (w.pos !== 'PRON' || !/^[a-z]+$/.test(typed) || !modifies(reading, k)) return out;
    const c = caseInWordNet(words, typed);
    return c ? out.slice(0, w.start) + written(typed, c) + out.slice(w.end) : out;
  }, text);
}
