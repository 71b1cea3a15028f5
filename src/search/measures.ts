/**
 * What a number in a sentence measures or counts, as its unit says: glued to it ("6km", "3x"), marked after it
 * (18"), or a word WordNet files among units ("12 KM"); whether it measures what a question asks ("how much
 * explosive", "how far"), a rate or an age instead, a bound ("under the age of 15"), or a sum of money ("$10,000",
 * "2000 afghanis"). The kinds' reading of quantities (kinds.ts) asks these of each number it finds.
 */
import { touching, writtenAt, type Word } from './nlp.ts';
import type { Lexicon } from './lexicon.ts';
import { isNoun, type Question } from './question.ts';
import type { Token } from './text.ts';

/** Brackets a count's phrase may hold: "3x NATO/ISAF *(GER)* WIA". */
export const BRACKETS = new Set(['(', ')']);

/** A unit of speed the measure of "how fast" holds (question.ts): the question asks a speed. */
const SPEED = 'kph';
/** A unit glued to a number: "15-20m", "6km", "3x". */
const NUMBER_WITH_UNIT = /^[\d.,-]+x?([a-z/]+)$/i;

/** Marks written after a number for its unit: 18" is 18 inches, 6' is 6 feet. */
const UNIT_MARKS: Record<string, string> = { '"': 'inch', '″': 'inch', "'": 'ft', '′': 'ft' };

/** The unit a mark written right after the number at `at` stands for: "crater approx *18"* in dia". */
export const markedUnit = (words: Word[], at: number) =>
  words[at + 1] && touching(words, at, at + 1) ? UNIT_MARKS[words[at + 1]!.text] : undefined;

/** Whether a word, as written or in base form, is one of a set. */
export const isOf = (set: Set<string>, w: Word | undefined) =>
  !!w && (set.has(w.lemma) || set.has(w.text.toLowerCase()));

/**
 * Where the affiliation of a War Diary casualty form's field begins, after a count's words (undefined when no field
 * follows): the form writes each field as count, field name, nationality with its code bracketed on it, affiliation —
 * "Event closed at 170014D*26 *Killed None(None) Insurgent* 6 Detained None(None) Insurgent", "2 *Wounded in Action,
 * Category C german(DEU) NATO/ISAF*". The count counts the affiliation's people, its field saying what befell them;
 * the nationality ("None(None)") counts nothing. Found by the bracket touching the word before it, a code of one word,
 * within a few words of the count, no number between.
 */
export function formField(words: Word[], at: number): number | undefined {
  for (let k = at; k < words.length - 3 && k - at <= FIELD_NAME; k++) {
    if (words[k]!.pos === 'NUM') return undefined;
    const [open, code, close] = words.slice(k + 1, k + 4);
    if (open?.text === '(' && open.start === words[k]!.end && close?.text === ')' && code?.pos !== 'NUM') return k + 4;
  }
  return undefined;
}
/** The most words of a form's field name and its category: "Wounded in Action , Category C". */
const FIELD_NAME = 6;

/**
 * The words a count of a casualty form's field counts, as [first, end) (undefined when no field follows the count at
 * `at`): the nationality with its bracketed code and the affiliation after it, up to the next field's count — "2
 * Missing in Action *afghan(AFG) ANP*" counts Afghan police, "1 Died of Wounds *afghan(AFG) Local Civilian*" a
 * civilian. The affiliation ending the field before it ("Local Civilian *2*") is not what the count counts.
 */
export function fieldCounted(words: Word[], at: number): [number, number] | undefined {
  const from = formField(words, at + 1);
  if (from === undefined) return undefined;
  let end = from;
  while (end < words.length && end - from < AFFILIATION && !['NUM', 'PUNCT'].includes(words[end]!.pos)) end++;
  return [from - NATIONALITY, end];
}
/** The words of a field's nationality: its name and its bracketed code, "afghan ( AFG )". */
export const NATIONALITY = 4;
/** The most words of a field's affiliation: "NATO / ISAF", "Local Civilian", "ANP". */
const AFFILIATION = 3;

/**
 * Whether the number at `at` is said with a unit, glued ("10KM", "3x") or after it as WordNet files units ("12 KM"):
 * it measures or counts.
 */
export const withUnit = (words: Word[], at: number, lexicon: Lexicon) =>
  NUMBER_WITH_UNIT.test(words[at]!.text) ||
  (words[at + 1] !== undefined && lexicon.filedUnder(words[at + 1]!.text.toLowerCase(), 'noun') === 'noun.quantity');

/**
 * Whether the token at `at` is a number said in one of `units`, glued to it ("6km") or the token after it ("16 YEARS"),
 * as an index's tokens give them, before any tagging: a sentence stating it states the measure a "how old / far / long"
 * question asks, whatever other words it holds.
 */
export function inUnits(tokens: Token[], at: number, units: Set<string>): boolean {
  const glued = NUMBER_WITH_UNIT.exec(tokens[at]!.norm);
  if (glued) return units.has(glued[1]!);
  return /^\d/.test(tokens[at]!.norm) && units.has(tokens[at + 1]?.norm ?? '');
}

/**
 * Whether the number at `at` counts or measures what the question asks about: the thing or unit follows it, or is glued
 * to it. Words `passed` may stand between: "5 *killed* LN (children)" counts children.
 */
export function measured(words: Word[], at: number, measure: Set<string>, passed?: Set<string>): boolean {
  const is = (w: Word | undefined) => isOf(measure, w);
  // A form's field counts its nationality and affiliation only, whatever stands before the count.
  const field = fieldCounted(words, at);
  if (field) return words.slice(...field).some(is);
  const unit = NUMBER_WITH_UNIT.exec(words[at]!.text)?.[1]?.toLowerCase() ?? markedUnit(words, at);
  if ((unit && measure.has(unit)) || is(words[at - 1]) || measure.has(writtenAt(words, at + 1).toLowerCase()))
    return true;
  // A noun of the act counts those it is "of": "resulted in the *death of* 1 child"; a heading counts what it names
  // in the number after its colon: "Current BTIF *detainees*: 736 assigned".
  if (['of', ':'].includes(words[at - 1]?.lemma ?? '') && is(words[at - 2])) return true;
  // A speed is a distance per a time, however its unit is written ("60km/h"): it measures what "how fast" asks.
  if (measure.has(SPEED) && rateAt(words, at)) return true;
  for (let k = at + 1, end = at + 8; k < Math.min(words.length, end); k++) {
    if (is(words[k])) return true;
    // A word in brackets says more of what is counted, as the War Diary writes it: "3x NATO/ISAF (GER) WIA"; a hyphen
    // joins a number to what it counts in a compound before a noun: "a four-man terrorist cell" counts men.
    if (BRACKETS.has(words[k]!.text) || words[k]!.text === '-' || (passed && isOf(passed, words[k]))) {
      end++;
      continue;
    }
    if (
      !['ADJ', 'NUM', 'NOUN', 'PROPN', 'SYM', 'ADP', 'DET', 'AUX'].includes(words[k]!.pos) &&
      !/^x$/i.test(words[k]!.text)
    )
      return false;
  }
  return false;
}

/**
 * Whether the number at `at` measures what the question asks: for an amount of a thing ("how much explosive"), the
 * thing right after it, past only its unit ("10-12 kg *explosives*") or what holds it ("90x bags *of* Opium"), not a
 * noun further on that another noun stands before ("2x bullet holes in the *fuel* tanks").
 */
export function measuresAsked(
  words: Word[],
  at: number,
  asks: Pick<Question, 'matter' | 'measure'> & { reading?: Question['reading'] },
  lexicon: Lexicon,
): boolean {
  if (!asks.matter)
    return (
      !namesNotCounts(words, at, asks.measure!, lexicon) &&
      (measured(words, at, asks.measure!) ||
        numberOfAsked(words, at, asks.measure!, lexicon) ||
        kindCounted(words, at, asks.measure!, lexicon) ||
        (!namesCalibre(asks.reading?.words ?? []) && roundsByCalibre(words, at, asks.measure!, lexicon)))
    );
  for (let k = at + 1; k < Math.min(words.length, at + 4); k++) {
    if (isOf(asks.measure!, words[k])) return true;
    if (isNoun(words[k]) && words[k + 1]?.lemma === 'of' && isOf(asks.measure!, words[k + 2])) return true;
    const unit = isNoun(words[k]) && filedNoun(words[k]!.text.toLowerCase(), lexicon) === 'noun.quantity';
    if (!unit && !['ADJ', 'NUM', 'SYM', 'PUNCT'].includes(words[k]!.pos)) return false;
  }
  return false;
}

/**
 * Whether the number at `at`, where a question counts things, names or measures, not counts: a bare number before
 * a military unit names which unit it is ("1st KANDAK/2nd BDE *209 Corps* ANA" is the 209th Corps, no count of ANA
 * soldiers; a count of units is written "2x platoons"), and a number with a unit of length measures a distance ("*6km*
 * NE of FOB ZEDELMEVER Personnel Details" counts no people). Not where the question counts that unit or measures a
 * length itself ("how many platoons", "how many km").
 */
function namesNotCounts(words: Word[], at: number, measure: Set<string>, lexicon: Lexicon): boolean {
  const next = words[at + 1];
  const glued = NUMBER_WITH_UNIT.exec(words[at]!.text)?.[1]?.toLowerCase();
  const unit = glued ?? (next && unitAfterNumber(words, at + 1, lexicon) ? next.text.toLowerCase() : undefined);
  if ([...measure].some((m) => filedNoun(m, lexicon) === 'noun.quantity')) return false;
  if (unit && lexicon.isA(unit, LENGTH_UNIT)) return true;
  // The unit itself, which wink may split from its number ("6 *km*"), measures as its number does.
  if (unitAfterNumber(words, at, lexicon) && lexicon.isA(words[at]!.text.toLowerCase(), LENGTH_UNIT)) return true;
  const named = !glued && next?.pos !== 'NUM' && next && !/^x$/i.test(next.text) ? next : undefined;
  return !!named && isNoun(named) && !isOf(measure, named) && lexicon.isA(named.lemma.toLowerCase(), MILITARY_UNIT);
}
const MILITARY_UNIT = 'military_unit';
const LENGTH_UNIT = 'linear_unit';

/**
 * Whether the number at `at` is what "the number of X" is said to be, X the question's measure or a kind of it: "the
 * total number of *wounded* that were evacuated from crash is 26" counts the wounded, who are people, though no noun
 * follows the number. So does a noun of quantity said to be it (countNounAsked): "New facility *detainee count* is
 * 635".
 */
function numberOfAsked(words: Word[], at: number, measure: Set<string>, lexicon: Lexicon): boolean {
  // A figure joined by "and" to another, each with the word saying which of the count it is, is said of the same
  // count: "headcount is 229669 assigned and *669* present" says the headcount of those present too.
  if (figureJoined(words, at)) return numberOfAsked(words, at - 3, measure, lexicon);
  // The reports' notes drop the copula: "New facility headcount 730a/730p" says the headcount is 730.
  if (countNounAsked(words, at - 1, measure, lexicon)) return true;
  if (words[at - 1]?.lemma !== 'be') return false;
  if (countNounAsked(words, at - 2, measure, lexicon)) return true;
  let k = at - 2;
  while (k >= 0 && !(words[k]!.lemma === 'number' && words[k + 1]?.lemma === 'of')) k--;
  let x = k + 2;
  while (words[x]?.pos === 'DET' || words[x]?.pos === 'ADJ') x++;
  const counted = words[x];
  if (k < 0 || !counted || x >= at) return false;
  return countsAsked(counted, measure, lexicon);
}

/**
 * Whether the number at `at` follows "and" and a figure with its word ("229669 assigned and *669* present"): a second
 * figure of the count the first is said to be, each told apart by an adjective or participle after it.
 */
const figureJoined = (words: Word[], at: number) =>
  at >= 3 &&
  words[at - 1]!.lemma === 'and' &&
  ['ADJ', 'VERB'].includes(words[at - 2]!.pos) &&
  words[at - 3]!.pos === 'NUM' &&
  ['ADJ', 'VERB'].includes(words[at + 1]?.pos ?? '');

/**
 * Whether a sentence says a noun of quantity counting what is asked is some number: "New facility *headcount* is 703
 * assigned and 703 present" counts detainees, a headcount being the number of people (WordNet's gloss) and a detainee
 * a person; so does "the number of wounded is 26". The War Diary logs a transfer and then, in a sentence of its own,
 * the count the facility holds after it.
 */
export function countSaid(words: Word[], measure: Set<string>, lexicon: Lexicon): boolean {
  return words.some((w, at) => w.pos === 'NUM' && numberOfAsked(words, at, measure, lexicon));
}

/** What a count of people counts: WordNet's person, whose kinds the reports count (detainees, PAX). */
export const PERSON = 'person';

/**
 * Whether the noun a count stands before, past its War Diary "x", is a kind of what the question counts: "*4x
 * detainees* transferred" counts prisoners, for WordNet a detainee is a prisoner held in custody. So does the noun
 * written capitalised, as the detention log often writes it and the tagger reads a proper name ("*1X Detainee*
 * transfer from TF 373.", "*2X Detainees* transferred into BTIF by TF 373."): WordNet's kinds say what it is.
 */
function kindCounted(words: Word[], at: number, measure: Set<string>, lexicon: Lexicon): boolean {
  // Not where people at large are counted: every noun for someone is a person ("5 *males*" killed, for "how many
  // people were hurt?"); which people a count is of, the casualty words said with it tell (counts.ts).
  if (measure.has(PERSON)) return false;
  const next = /^x$/i.test(words[at + 1]?.text ?? '') ? at + 2 : at + 1;
  const noun = words[next];
  return isNoun(noun) && countsAsked(noun!, measure, lexicon);
}

/** Whether a "how many" question counts ammunition: rounds, shells, ammo, as WordNet files them. */
const countsAmmunition = (measure: Set<string>, lexicon: Lexicon) =>
  [...measure].some((m) => m === AMMUNITION || lexicon.isA(m, AMMUNITION));
const AMMUNITION = 'ammunition';

/**
 * Whether the count at `at` stands before a bare calibre, past its War Diary "x", no noun after it: the reports count
 * rounds fired by their bore ("EDDY 57 *150 x 30mm*", "fired 20 x 81mm"), so it counts ammunition. A noun after the
 * calibre is what is counted ("20 x 81mm *mortars*"), read as any count's noun. Only for a question naming no calibre
 * (measuresAsked): "how many rounds of 7.62mm" asks one bore's, and "200X 20MM" counts another's.
 */
function roundsByCalibre(words: Word[], at: number, measure: Set<string>, lexicon: Lexicon): boolean {
  if (words[at]?.pos !== 'NUM') return false;
  const last = calibreEnd(words, /^x$/i.test(words[at + 1]?.text ?? '') ? at + 2 : at + 1);
  return last !== undefined && !isNoun(words[last + 1]) && countsAmmunition(measure, lexicon);
}

/** Whether words (a question's) name a calibre anywhere. */
const namesCalibre = (words: Word[]) => words.some((_, k) => calibreEnd(words, k) !== undefined);

/**
 * The last word of a calibre starting at word `at`, written whole or apart ("120mm", "7,62 mm"); undefined when none
 * starts there.
 */
export function calibreEnd(words: Word[], at: number): number | undefined {
  const w = words[at];
  if (!w) return undefined;
  if (w.pos === 'NUM' && /^mm$/i.test(words[at + 1]?.text ?? '')) return at + 1;
  return /^\d+(?:[.,]\d+)?mm$/i.test(w.text) ? at : undefined;
}

/** Whether a noun is of the measure or a kind of it, as written or in base form ("wounded", read "wound"). */
function countsAsked(counted: Word, measure: Set<string>, lexicon: Lexicon): boolean {
  // The tagger reads a participle standing for people as its verb ("wounded" as "wound"): the word as written is asked.
  const forms = [counted.text.toLowerCase(), counted.lemma.toLowerCase()];
  return isOf(measure, counted) || [...measure].some((m) => forms.some((f) => lexicon.isA(f, m)));
}

/** WordNet's gloss of a noun of quantity telling whom it counts: headcount, "number of *people* in a group". */
const NUMBER_OF = /^(?:the )?(?:total )?number of (\w+)/;

/** Whether a noun is a count's noun, a kind of number WordNet files first among quantities: "count", "headcount". */
export const isCountNoun = (noun: string, lexicon: Lexicon) =>
  lexicon.filedUnder(noun, 'noun') === 'noun.quantity' && lexicon.isA(noun, 'number');

/** Whom a noun of quantity counts, as WordNet's gloss of it says: "headcount", the number of people, counts persons. */
export function countedByGloss(noun: string, lexicon: Lexicon): string | undefined {
  const whom = NUMBER_OF.exec(lexicon.senses(noun.toLowerCase(), 'noun')[0]?.gloss ?? '')?.[1];
  return whom === 'people' ? PERSON : whom;
}

/**
 * Whether the noun at `n`, before the copula of a number, is a noun of quantity (WordNet's noun.quantity) counting what
 * is asked: the noun before it says what ("New facility *detainee* count is 635"), or WordNet's gloss does ("New
 * facility headcount is 644": a headcount is the number of people, so it counts detainees or prisoners, kinds of
 * person).
 */
function countNounAsked(words: Word[], n: number, measure: Set<string>, lexicon: Lexicon): boolean {
  const noun = words[n];
  if (!isNoun(noun) || lexicon.filedUnder(noun!.lemma.toLowerCase(), 'noun') !== 'noun.quantity') return false;
  if (isNoun(words[n - 1]) && countsAsked(words[n - 1]!, measure, lexicon)) return true;
  const kind = countedByGloss(noun!.lemma, lexicon);
  return !!kind && [...measure].some((m) => m === kind || lexicon.isA(m, kind));
}

/** Words that set a bound on a measure, not its value: "*under* the age of 15", "*over* 2 km". */
const BOUNDS = new Set(['under', 'over', 'below', 'above', 'beyond']);
/** Time units a rate is said per, after "/" or "per": "60km/h", "10 m/s", "30 miles per hour". */
const PER_TIME = new Set(['h', 'hr', 'hour', 's', 'sec', 'second', 'min', 'minute']);

/** The unit after the number at `at` and the words after that unit, a hyphen passed ("7-year-old"). */
function afterNumber(words: Word[], at: number): Word[] {
  return words.slice(at + 1, at + 8).filter((w) => w.text !== '-');
}

/** Whether the number at `at` is a rate, its unit said per a unit of time: "60km/h", "30 miles per hour". */
function rateAt(words: Word[], at: number): boolean {
  const [, then, per] = afterNumber(words, at);
  return ['/', 'per'].includes(then?.text.toLowerCase() ?? '') && PER_TIME.has(per?.lemma.toLowerCase() ?? '');
}

/**
 * Whether the number a span begins with measures something other than the question's measure, as its words after the
 * unit say: an age ("7 year *old*", "7-year-old") is no duration a "how long" asks, a rate ("60 km per hour", "60km/h")
 * no distance a "how far" asks; unless the question asks an age or a speed.
 */
export function measuresOther(words: Word[], s: { start: number; end: number }, measure: Set<string>): boolean {
  const first = words.findIndex((w) => w.start >= s.start);
  // The span's number, or the one its unit follows ("7 *year* old") or its noun is said to be ("*speed* was 60km/h").
  const at = [first, first - 1, first + 1, first + 2].find((k) => words[k]?.pos === 'NUM');
  if (at === undefined) return false;
  const [unit, then] = afterNumber(words, at);
  const aged = !measure.has('old') && !!unit && then?.lemma.toLowerCase() === 'old';
  return aged || (rateAt(words, at) && !measure.has(SPEED));
}

/** Words that may stand between a bound and its number: "under *the age of* 15". */
const TO_BOUND = new Set(['DET', 'NOUN', 'ADP']);

/** Whether the number at `at` is a bound of what is measured ("under the age of 15 years"), not what it is. */
export function bounded(words: Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (BOUNDS.has(words[k]!.lemma)) return true;
    if (!TO_BOUND.has(words[k]!.pos)) return false;
  }
  return false;
}

/** WordNet's classes of the nouns for money, and for its units ("dollar", "afghani"). */
const MONEY_CLASSES = new Set(['noun.possession', 'noun.quantity']);
/** Words that ask what something cost: "how much was it *worth*", "what did it *cost*". */
const PRICED = new Set(['worth', 'cost', 'pay']);

/** Whether a noun names money or a sum of it, as WordNet files it first: "money", "payment", "compensation". */
export const isMoney = (word: Word, lexicon: Lexicon) => lexicon.filedUnder(word.lemma, 'noun') === 'noun.possession';

/**
 * Whether a question asks for a sum of money: "how much money", "how much compensation", "how much was it worth". Only
 * a sum answers it, not any number ("22 sub-governors", "Unit 03").
 */
export const asksMoney = (
  { expects, reading, measure }: Pick<Question, 'expects' | 'measure'> & { reading?: Question['reading'] },
  lexicon: Lexicon,
) =>
  // A question that names its unit says what the number is in: "how old was detainee ISN 20033 *found* to be" asks
  // years, though the tagger reads "found" as WordNet's noun for board and lodging.
  !measure &&
  expects.has('quantity') &&
  !!reading?.words.some((w) => PRICED.has(w.lemma) || (w.pos === 'NOUN' && isMoney(w, lexicon)));

/**
 * Whether a question asks "how much" with no noun of its own after it: "how much *was* the contract?", "how much *did*
 * he donate?". It asks a sum or a measure, never a count of things: "13 schools" answers "how *many*".
 */
export const asksBareMuch = ({ reading }: { reading?: Question['reading'] }) =>
  !!reading?.words.some(
    (w, k, all) => w.lemma === 'much' && all[k - 1]?.lemma === 'how' && VERBAL.has(all[k + 1]?.pos ?? ''),
  );
/** The tags of a verb opening what a bare "how much" asks: "how much *was*…", "how much *did*…", "how much *cost*…". */
const VERBAL = new Set(['AUX', 'VERB']);

/**
 * Whether the number at `at` counts things, not a sum nor a measure: a noun follows it that is no unit ("13
 * *schools*"), and the number bears no unit or currency of its own ("$48,750.00", "10-12 kg", "30LBS").
 */
export const countsThings = (words: Word[], at: number, lexicon: Lexicon) =>
  words[at + 1]?.pos === 'NOUN' && !withUnit(words, at, lexicon) && !isSum(words, at, lexicon);

/** Whether the number at `at` is a sum of money: "$10,000", "$ 500", "2000 afghanis", "500 dollars". */
export function isSum(words: Word[], at: number, lexicon: Lexicon): boolean {
  if (words[at]!.text.includes('$') || words[at - 1]?.text === '$') return true;
  let k = at + 1;
  while (words[k] && ['ADJ', 'NUM'].includes(words[k]!.pos)) k++;
  const unit = words[k];
  return !!unit && unit.pos === 'NOUN' && MONEY_CLASSES.has(lexicon.filedUnder(unit.lemma, 'noun') ?? '');
}

/** Whether the word at `k` is a unit after its number, a measure ("80 mm"); not the War Diary's count ("1 x"). */
export const unitAfterNumber = (words: Word[], k: number, lexicon: Lexicon) =>
  words[k - 1]?.pos === 'NUM' && words[k]!.text.toLowerCase() !== 'x' && withUnit(words, k - 1, lexicon);

/** The class WordNet files a noun under, as written or in its base form ("meters": "meter"). */
export const filedNoun = (text: string, lexicon: Lexicon) =>
  lexicon.filedUnder(text, 'noun') ?? lexicon.filedUnder(lexicon.baseForms(text, 'noun')[0]?.lemma ?? text, 'noun');
