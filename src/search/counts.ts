/**
 * Whether a count a sentence gives is one a "how many" question wants: not one said with other casualties' words ("*3
 * ANP* WIA" for the police killed), nor of other people ("5x AFG *Civilians*" for insurgents), nor of things where a
 * distance or a pick is asked, nor one listed with numbers the question names, nor a whole where what remains is
 * asked. The kinds' reading (kinds.ts) drops the counts these find.
 */
import { isIngForm, touching, wordsAt, type Word } from './nlp.ts';
import {
  CASUALTY_WORDS,
  countedNouns,
  isNoun,
  LIGHT_VERBS,
  onlyVerb,
  verbReadAsNoun,
  type Question,
} from './question.ts';
import { LRUCache } from 'lru-cache';
import type { Lexicon } from './lexicon.ts';
import { BRACKETS, fieldCounted, filedNoun, isCountNoun, isOf, NATIONALITY, PERSON } from './measures.ts';
import { numbers } from './weighed.ts';

/** Whether a word says what is left of a whole: "remain", "the *remaining* 6 schools", "the *remainder*". */
const saysRemainder = (w: Word | undefined) => !!w && /^remain/i.test(w.lemma);

/**
 * Whether a count is not the one a question asking what remains wants ("how many schools *remain* to be contracted?"):
 * it is not said to remain, by the word before or after it or its own ("the *remaining* 6 schools"). A total beside
 * it ("a part of *13 schools* recommended…") counts the whole, not what is left.
 */
export function remainderUnsaid(
  asks: { reading?: Question['reading'] },
  words: Word[],
  s: { start: number; end: number },
): boolean {
  if (!asks.reading?.words.some(saysRemainder)) return false;
  const [a, b] = wordsAt(words, s.start, s.end);
  return !words.slice(Math.max(0, a - 1), b + 2).some(saysRemainder);
}

/** The words that join the members of a list: "4229, 4230, and 4010". */
const LISTING = new Set([',', 'and', 'or', '&']);
/** How many other numbers a comma-parted run holds beside one, making a series of three. */
const SERIES = 2;
const isNumber = (w: Word) => w.pos === 'NUM';

/**
 * Whether the number at `at` stands in a list of numbers one of which the question names, joined by "and" or "or": a
 * comma alone may part a name's number from a count ("ISO OP KHERS 4, 5 x INS engaged"), but not three numbers or more
 * from each other, a series ("ISN's 4185, 4186, *4187*, 4188 issued").
 */
export function listedWithAsked(words: Word[], at: number, asked: (word: Word) => boolean): boolean {
  const member = (w: Word | undefined) => !!w && (w.pos === 'NUM' || LISTING.has(w.lemma.toLowerCase()));
  const listed: Word[] = [];
  for (let k = at - 1; member(words[k]); k--) listed.push(words[k]!);
  for (let k = at + 1; member(words[k]); k++) listed.push(words[k]!);
  const joined = listed.some((w) => w.pos === 'CCONJ' || w.lemma === '&') || listed.filter(isNumber).length >= SERIES;
  return joined && listed.some((w) => w.pos === 'NUM' && asked(w));
}

/**
 * Whether a count is no answer: "which" asks to pick one out ("*seven Arabs*", "*one* of the Deputies" pick out no
 * figure); "how close" asks a distance, which neither a count of things ("1x burst") nor a number naming one thing
 * after its noun is (weighed.ts's `numbers`: "TF *373*", "NDS *6*" name a unit), nor a noun with no number ("TF 373
 * *forces*", which WordNet knows as a physical quantity).
 */
export const countNotAsked = (
  asks: Pick<Question, 'uncounted'> & { reading?: Question['reading'] },
  words: Word[],
  inside: Word[],
  lexicon: Lexicon,
) =>
  !!asks.reading?.words.some((w) => w.lemma === 'which') ||
  unitNumbered(asks.reading?.words ?? [], words, inside) ||
  (!!asks.uncounted &&
    (countsThings(words, inside, lexicon) ||
      inside.some((w) => w.pos === 'NUM' && numbers(words, w)) ||
      !inside.some((w) => w.pos === 'NUM'))) ||
  (asksMany(asks) && namesProperty(inside, lexicon));

/**
 * Whether every number of a phrase, for a "how" question, is a unit's number after its abbreviation, nothing after it
 * but the clause's end: "by *TF 373*." counts nothing, whatever amount is asked ("how full was btif after 20078 20079
 * 20080" is not told 373). A "what number" question may ask such a number ("ISN 4179 issued"); a form's item may be
 * written before its count in small letters ("Tarps 80"), and a measure between two nouns ("laying an IED *6km* SW of
 * PANJWAYI DC"). A word after the number may be what it counts, or what they did: a form's field is its count and fate
 * after the group ("NATO/ISAF *1 Died* of Wounds"). A unit after a preposition is named, whatever follows ("transfer
 * from *TF 373* into the BTIF"): a preposition takes a noun phrase, and a count stands before its noun ("from *3X*
 * LN"), not after; the War Diary writes the task force's number with its hyphen too ("from *TF 3-73*").
 */
function unitNumbered(question: Word[], words: Word[], inside: Word[]): boolean {
  const said = inside.filter((w) => w.pos === 'NUM');
  const unit = (w: Word) => /^[A-Z]{2,}$/.test(words[words.indexOf(w) - 1]?.text ?? '');
  const ends = (w: Word) => (words[words.indexOf(w) + 1]?.pos ?? 'PUNCT') === 'PUNCT';
  const taken = (w: Word) => words[words.indexOf(w) - 2]?.pos === 'ADP';
  const naming = (w: Word) => unit(w) && (ends(w) || taken(w)) && /^\d+(?:-\d+)?$/.test(w.text);
  return question.some((w) => w.lemma === 'how') && said.length > 0 && said.every(naming);
}

/** How far past a count its casualty word may stand, and the words that may stand between (who it counts). */
const AFTER_COUNT = 5;
const WHO_AFTER = new Set(['PROPN', 'NOUN', 'ADJ', 'PUNCT']);

/**
 * The casualty words a count is said with, in its phrase, right before it, or after it past who it counts ("killed *4
 * ANA soldiers*", "*10 US KIA*", "*3x NATO/ISAF* (GER) WIA"): which of the dead or the wounded it counts.
 */
function casualtiesSaid(words: Word[], start: number, end: number): Set<string> {
  const inside = words.flatMap((w, k) => (w.start >= start && w.end <= end ? [k] : []));
  if (!inside.length) return new Set();
  const last = inside.at(-1)!;
  let after = last + 1;
  while (after < words.length && after - last < AFTER_COUNT && WHO_AFTER.has(words[after]!.pos)) after++;
  const forms = words
    .slice(Math.max(0, inside[0]! - 1), after + 1)
    .flatMap((w) => [w.lemma.toLowerCase(), w.text.toLowerCase()]);
  return new Set(forms.filter((f) => CASUALTY_WORDS.has(f)));
}

/**
 * Whether a count is said only with the words of other casualties than a "how many" question asks of: "*3 ANP* WIA"
 * counts the wounded, not the police killed; the War Diary counts its dead and its wounded apart. A count of a casualty
 * form's field is said with its field's fate (fieldFate), which the question must name, whatever fate it asks:
 * "how many police went missing" is not "1 Died of Wounds afghan(AFG) Local Civilian".
 */
export function countsOtherCasualties(words: Word[], s: { start: number; end: number }, asks: FieldAsks): boolean {
  const { casualties, reading } = asks;
  const at = wordsAt(words, s.start, s.end)[1];
  const field = fieldCounted(words, at);
  if (field) {
    const asked = (w: Word) => isOf(casualties ?? NONE, w) || !!reading?.words.some((q) => sameWord(q, w));
    return !fieldFate(words, at, field).some(asked) || otherAffiliation(words, field, asks);
  }
  if (!casualties) return false;
  const said = casualtiesSaid(words, s.start, s.end);
  return said.size > 0 && ![...said].some((w) => casualties.has(w));
}

/**
 * The words of a casualty form's field naming what befell those its count at `at` counts, up to the field's "in" or
 * "of" (`field`: the words it counts, fieldCounted): "2 *Missing* in Action afghan(AFG) ANP", "1 *Died* of Wounds
 * afghan(AFG) Local Civilian", "6 *Detained* None(None) Insurgent". The form counts each fate apart, so a question
 * asking who went missing is answered by the Missing field's count, not the Died of Wounds' beside it.
 */
function fieldFate(words: Word[], at: number, field: [number, number]): Word[] {
  const name = words.slice(at + 1, field[0]);
  const end = name.findIndex((w) => ['ADP', 'PUNCT'].includes(w.pos));
  return name.slice(0, end < 0 ? name.length : end);
}
const NONE = new Set<string>();

/**
 * Whether a form field's count counts another affiliation than the people a "how many" question counts: its head noun
 * names the field's affiliation ("how many Afghan *police*": "afghan(AFG) *ANP*") or its nationality ("how many
 * *Afghans*"); "how many Afghan *civilians* went missing" is not "2 Missing in Action afghan(AFG) ANP", Afghans though
 * they are. `measured` (measures.ts) matched the field's words against the question's measure, head and modifiers
 * alike.
 */
function otherAffiliation(words: Word[], field: [number, number], { reading, measure }: FieldAsks): boolean {
  const question = reading?.words ?? [];
  const how = question.findIndex((w, i) => w.lemma === 'how' && question[i + 1]?.lemma === 'many');
  const head = how < 0 ? undefined : countedNouns(question, how).at(-1);
  if (!head || !measure) return false;
  const affiliation = words.slice(field[0] + NATIONALITY, field[1]);
  return countedKey(head) !== countedKey(words[field[0]]!) && !affiliation.some((w) => isOf(measure, w));
}
type FieldAsks = Pick<Question, 'casualties' | 'measure'> & { reading?: Question['reading'] };
/** Whether two words are one, as written or in base form: "went *missing*" and "*Missing* in Action". */
const sameWord = (a: Word, b: Word) =>
  [a.lemma, a.text].some((f) => [b.lemma, b.text].some((g) => f.toLowerCase() === g.toLowerCase()));

/**
 * Whether a count of the dead or the wounded counts people of another kind than those asked: "how many *insurgents*
 * were killed" is not answered by "approx 5x AFG *Civilians* were killed". Only a noun WordNet files as people, none of
 * those the question counts nor a kind of them: the War Diary's abbreviations ("5x LN", "3x ANA") are no such noun, and
 * may count anyone.
 */
export function countsOtherPeople(inside: Word[], { counted }: Pick<Question, 'counted'>, lexicon: Lexicon): boolean {
  if (!counted || inside.some((w) => isOf(counted, w))) return false;
  const base = (w: Word) => lexicon.baseForms(w.text.toLowerCase(), 'noun')[0]?.lemma ?? w.lemma.toLowerCase();
  const abbreviation = (w: Word) => /^[A-Z]+$/.test(w.text);
  // A kind of those counted is of them: "how many *people* died" counts "the death of 1 *child*, 1 *woman*, 5 *males*".
  const ofCounted = (w: Word) => [...counted].some((c) => lexicon.isA(base(w), c));
  return inside.some(
    (w) => isNoun(w) && !abbreviation(w) && lexicon.filedUnder(base(w), 'noun') === 'noun.person' && !ofCounted(w),
  );
}

/** Whether the question asks "how many": a count of things. */
const asksMany = (asks: { reading?: Question['reading']; tallied?: boolean }) =>
  !!asks.tallied || !!asks.reading?.words.some((w, i, all) => w.lemma === 'how' && all[i + 1]?.lemma === 'many');

/**
 * Whether a phrase with no number is headed by a noun WordNet files first as a property ("troop *strengths*", "its
 * size"): it says what was measured, not how many there were.
 */
function namesProperty(inside: Word[], lexicon: Lexicon): boolean {
  const head = inside.at(-1)!;
  return !inside.some((w) => w.pos === 'NUM') && isNoun(head) && filedNoun(head.lemma, lexicon) === 'noun.attribute';
}

/**
 * Whether a number of a phrase counts things, not measures a distance: said with the War Diary's "x" ("1x burst",
 * "2 x"), or before a noun (past its adjectives and brackets) WordNet files under no measure ("*One soldier*", "1x
 * (one) burst"). A noun WordNet lacks ("m.", "mtrs") may be a unit: the number stands.
 */
function countsThings(words: Word[], inside: Word[], lexicon: Lexicon): boolean {
  return inside.some((w) => {
    if (w.text.toLowerCase() === 'x' || /^\d+x$/i.test(w.text)) return true;
    if (w.pos !== 'NUM') return false;
    let k = words.indexOf(w) + 1;
    while (words[k]?.pos === 'ADJ' || BRACKETS.has(words[k]?.text ?? '')) k++;
    const next = words[k];
    if (next?.text.toLowerCase() === 'x') return true;
    const filed = isNoun(next) ? filedNoun(next!.text.toLowerCase(), lexicon) : undefined;
    return !!filed && filed !== 'noun.quantity';
  });
}

/** The numbers written in words the reports and askers count small groups by. */
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** The value of a number as written, in digits or a word ("2", "two", "ONE"); none for "1717D", "7-10", "20033th". */
const valueOf = (w: Word) =>
  /^\d+$/.test(w.text) ? Number(w.text) : NUMBER_WORDS.indexOf(w.text.toLowerCase()) + 1 || undefined;

/** The indefinite articles, which count one of the noun they stand before: "*an* RPG". */
const INDEFINITE = new Set(['a', 'an']);

/** A noun as counts compare it: lower case, its plural "s" dropped ("RPGs", "RPGS", "rpg"). */
const countedKey = (w: Word) => w.text.toLowerCase().replace(/s$/, '');

/**
 * The things a text counts, each with the numbers it counts them by: a number, past the War Diary's "x" and
 * adjectives, before nouns ("hit by *two RPGs*", "*2X RPGS*", "*ONE TACTICAL FOX VEHICLE*" counts vehicles). A number
 * after a noun names one ("TF 373", "Hill 432"): it counts nothing. With `articles` (a question's words), the
 * indefinite article counts one too: "attacked with *an* RPG" asks of one RPG, not of "5 x RPG". The reports' own "a"
 * is looser ("an RPG attack" may be of many), so only the question's is read so.
 */
export function countsSaid(words: Word[], articles = false): Map<string, Set<number>> {
  const counts = new Map<string, Set<number>>();
  words.forEach((w, i) => {
    const one = articles && w.pos === 'DET' && INDEFINITE.has(w.text.toLowerCase()) ? 1 : undefined;
    const value = w.pos === 'NUM' && !isNoun(words[i - 1]) ? valueOf(w) : one;
    if (value === undefined) return;
    for (const noun of nounsCounted(words, i)) {
      const key = countedKey(noun);
      counts.set(key, (counts.get(key) ?? new Set()).add(value));
    }
  });
  return counts;
}

/**
 * The numbers a text's counts (countsSaid) give the thing `key` names, under its own noun or one WordNet says is a kind
 * of it or it a kind of: an asker's word is often broader or narrower than the report's ("where was *the one
 * prisoner*…" is told by "*1 X Detainee* is in the CSH", a detainee being a prisoner). Not through a person at large:
 * every noun for someone is one (measures.ts kindCounted), and "the one person" may be anyone the report counts.
 */
export function countOf(counts: Map<string, Set<number>>, key: string, lexicon: Lexicon): number[] {
  const kindOf = (a: string, b: string) => b !== PERSON && lexicon.isA(a, b);
  const kin = (other: string) => other === key || kindOf(other, key) || kindOf(key, other);
  return [...counts].flatMap(([other, values]) => (kin(other) ? [...values] : []));
}

/**
 * The nouns a count at `at` counts: those right after it, past the War Diary's "x" and adjectives ("5x BMP-1
 * *Rockets*").
 */
function nounsCounted(words: Word[], at: number): Word[] {
  let k = at + 1;
  while (words[k]?.pos === 'ADJ' || /^x$/i.test(words[k]?.text ?? '')) k++;
  const nouns: Word[] = [];
  for (; isNoun(words[k]); k++) nouns.push(words[k]!);
  return nouns;
}

/**
 * A "how many X" question's counts, where a number of the sentence counts X itself, by the nouns right after it: a list
 * of counted things gives each its own count, so only that number answers and its phrase ends with its nouns. "5x BMP-1
 * Rockets with *5x fuses*" for "how many fuses came with the BMP rockets" (the rockets are only given). A form's list
 * written item first ("Tarps 80 Radios 500") is read so too, each number counting the item after it, which there is
 * the next item's count: such lists are not yet told apart. Spans of other kinds stand as found.
 */
export function countsOfAsked<S extends { start: number; end: number; kind: string }>(
  words: Word[],
  spans: S[],
  asks: Pick<Question, 'measure' | 'tallied' | 'casualties'> & { reading?: Question['reading'] },
): S[] {
  const { measure } = asks;
  // A casualty question's measure holds its casualty words ("KIA", "killed"): its counts are read apart
  // (countsOtherCasualties, kinds.ts's othersCounted).
  if (!measure || asks.casualties || !asksMany(asks)) return spans;
  const counts = words.flatMap((w, k) =>
    w.pos === 'NUM' && nounsCounted(words, k).some((n) => isOf(measure, n)) ? [k] : [],
  );
  const countIn = (s: S) => {
    const [a, b] = wordsAt(words, s.start, s.end);
    return s.kind === 'quantity' ? counts.find((k) => k >= a && k <= b) : undefined;
  };
  // Where no phrase found holds such a count, the phrases found stand: the list's count was not read as one.
  if (!spans.some((s) => countIn(s) !== undefined)) return spans;
  return spans.filter((s) => s.kind !== 'quantity' || countIn(s) !== undefined);
}

/** Words opening the clause that sets a question's time, not what it asks: "… *after* ISN 20030 was issued". */
const SETTING_OPENERS = new Set(['after', 'when', 'once', 'before', 'while', 'since', 'until', 'as']);

/** How many of a verb's commonest senses tell whether it moves a thing (WordNet's motion and possession files). */
const MOVING_SENSES = 2;
/** How far after a count the word telling how it moved may stand: "1X Detainee *transferred*". */
const MOVED_AFTER = 3;

/**
 * Whether a word names a moving or a handing over, as a verb or the noun of that act: "transferred", "sent", "2X
 * Detainee *transfer*". A noun only if WordNet files it first as an act: a thing counted ("10 x *rockets*") is no
 * moving, though WordNet knows a verb "rocket".
 */
const moves = (w: Word, lexicon: Lexicon) =>
  (w.pos === 'VERB' || (isNoun(w) && lexicon.filedUnder(w.lemma.toLowerCase(), 'noun') === 'noun.act')) &&
  [w.lemma.toLowerCase(), ...misspeltVerbs(w, lexicon)].some((lemma) =>
    lexicon
      .senses(lemma, 'verb')
      .slice(0, MOVING_SENSES)
      .some((s) => s.lexname === 'verb.motion' || s.lexname === 'verb.possession'),
  );

/**
 * The verbs of a question's main clause, before the clause setting its time: "how many detainees did TF 373 *hand*
 * over the day ISN 20046 got issued?", not "got" nor "issued". "do" is only the question's auxiliary.
 */
function mainClauseVerbs(words: Word[]): Word[] {
  return mainClause(words).filter((w) => (w.pos === 'VERB' || w.pos === 'AUX') && w.lemma !== 'do');
}

/** A question's main clause: its words before the clause setting its time ("how many … *the day* ISN 20046 got…"). */
function mainClause(words: Word[]): Word[] {
  const end = words.findIndex((w, i) => i > 0 && (w.pos === 'SCONJ' || SETTING_OPENERS.has(w.lemma.toLowerCase())));
  return words.slice(0, end < 0 ? words.length : end);
}

/**
 * The mirror of movedNotStanding: a "how many" question asking how many an act moved ("how many detainees did TF 373
 * *hand over* the day ISN 20046 got issued?") is not answered by a standing total, a count's noun said to be a number
 * ("New Facility *headcount* is 689 assigned and 689 present", "headcount: 627"): that is how many the facility held
 * after, the sum of every transfer before, while the report tells the one moved apart ("1 x Detainee transferred into
 * BTIF by TF 373"). A light verb ("how many came in") is left alone: it says too little of a moving to rule a total
 * out.
 */
export function standingNotMoved(
  asks: { reading?: Question['reading']; tallied?: boolean },
  words: Word[],
  s: { start: number; end: number },
  lexicon: Lexicon,
): boolean {
  const [first] = wordsAt(words, s.start, s.end);
  // Past the counts said with it: "headcount is 689 assigned and *689* present".
  let k = first - 1;
  while (k > 0 && !isNoun(words[k]) && !['be', ':', '.'].includes(words[k]!.lemma)) k--;
  const copula = ['be', ':'].includes(words[k]?.lemma ?? '');
  const noun = words[k - 1];
  if (!copula || !isNoun(noun) || !isCountNoun(noun!.lemma.toLowerCase(), lexicon) || !asksMany(asks)) return false;
  // A verb the total says its number with asks the total: "how many were *assigned*" of "644 *assigned* 644 present".
  const roll = new Set(words.slice(k + 1).map((w) => w.lemma.toLowerCase()));
  return movingAsked(asks, lexicon).some((v) => !roll.has(v.lemma.toLowerCase()));
}

/**
 * The verbs of a question's main clause saying a moving or a handing over, light ones left out ("how many came in"
 * says too little of a moving): "did TF 373 *hand over*", read as a verb though the tagger reads "hand" as a noun.
 */
function movingAsked(asks: { reading?: Question['reading'] }, lexicon: Lexicon): Word[] {
  const asked = asks.reading?.words ?? [];
  const asNoun = verbReadAsNoun(asked, lexicon);
  const verbs = [
    ...mainClauseVerbs(asked),
    ...(asNoun ? [{ ...asNoun, pos: 'VERB' }] : []),
    ...phrasalReadAsNouns(asked, lexicon),
  ];
  return verbs.filter((v) => !LIGHT_VERBS.has(v.lemma) && moves(v, lexicon));
}

/**
 * Whether the number at `at` counts people a moving took, for a "how many" question counting people at large by a
 * moving ("how many *guys* did TF 373 *hand over* the day ISN 20046 got issued"): the report counts them by their role
 * and says the moving right after ("*1 x Detainee transferred* into BTIF by TF 373"). A role is no count of people at
 * large elsewhere (measures.ts kindCounted: "5 *males*" killed, for "how many people were hurt?", where the casualty
 * words tell whom a count is of); a moving both say ties the count to the question's act instead.
 */
export function movedPeopleCounted(
  words: Word[],
  at: number,
  asks: { reading?: Question['reading']; tallied?: boolean; measure?: Set<string> },
  lexicon: Lexicon,
): boolean {
  if (words[at]?.pos !== 'NUM' || !asks.measure?.has(PERSON) || !asksMany(asks)) return false;
  const next = /^x$/i.test(words[at + 1]?.text ?? '') ? at + 2 : at + 1;
  const noun = words[next];
  if (!isNoun(noun) || !lexicon.isA(noun!.lemma.toLowerCase(), PERSON)) return false;
  const after = words.slice(next + 1, next + 1 + MOVED_AFTER);
  return (after.some((w) => moves(w, lexicon)) || takenIn(after)) && movingAsked(asks, lexicon).length > 0;
}

/**
 * The first words of verbs of two words the tagger read as nouns, as verbs: "did TF 373 *hand over* the day…" (a noun
 * and a preposition WordNet knows together only as a verb, hand_over).
 */
function phrasalReadAsNouns(words: Word[], lexicon: Lexicon): Word[] {
  return words.flatMap((w, i) => {
    const next = words[i + 1];
    const phrasal = isNoun(w) && next?.pos === 'ADP' && onlyVerb(w.lemma, next.text, lexicon);
    return phrasal ? [{ ...w, pos: 'VERB' }] : [];
  });
}

/** How long a word WordNet lacks must be to be read as a misspelling: a shorter one is nearer too many words. */
const MISSPELT_LENGTH = 6;
const misspelt = new LRUCache<string, string[]>({ max: 512 });

/**
 * The verbs a word the tagger reads as a verb, but WordNet knows in no form, misspells by one letter left out, added,
 * changed or swapped in its stem: War Diary logs are typed in haste ("2x Detainees *tranferred* into the BTIF" for
 * "transferred"). A word WordNet knows is never read as another, nor a short one, near too many. Remembered by word.
 */
function misspeltVerbs(w: Word, lexicon: Lexicon): string[] {
  const text = w.text.toLowerCase();
  if (w.pos !== 'VERB' || !/^[a-z]+$/.test(text) || text.length < MISSPELT_LENGTH) return [];
  let found = misspelt.get(text);
  if (!found) {
    const known = lexicon.baseForms(text).length > 0 || lexicon.senses(w.lemma.toLowerCase()).length > 0;
    found = known ? [] : [...new Set(stemsOf(text).flatMap((stem) => lexicon.spelledNear(stem, 'verb')))];
    misspelt.set(text, found);
  }
  return found;
}

/** The stems a verb's written form may have: "tranferred" → "tranferr", "tranferre", "tranfer" (its final consonant
 * doubled before "-ed" or "-ing", as in "transferred"). */
function stemsOf(text: string): string[] {
  const ending = /(?:ing|ed|es|s)$/.exec(text)?.[0];
  if (!ending) return [text];
  const base = text.slice(0, -ending.length);
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(base) ? [base.slice(0, -1)] : [];
  return [base, `${base}e`, ...undoubled];
}

/**
 * Whether a "how many" question asks a standing total, what a place holds or has: every verb of its main clause (before
 * the clause setting its time) is first of all one of state ("did the facility *hold*", "*were* at the facility"). So
 * does "how" with an adjective said of a place by the copula: "how *full* was btif after 20007 and 20038 were issued"
 * asks what it held ("New facility headcount is 666"), not how many came ("2X Detainees transferred into BTIF").
 */
function asksStanding(asks: { reading?: Question['reading']; tallied?: boolean }, lexicon: Lexicon): boolean {
  const words = asks.reading?.words ?? [];
  const verbs = mainClauseVerbs(words);
  // Not where a word in "-ing" WordNet files under acts stands in the clause: a verb going on, which the tagger read as
  // a noun ("how *low* was Nazgul 63 *flying*" asks how it flew, not what it held); "the building" is no act.
  const goingOn = (w: Word) => isIngForm(w.text) && lexicon.filedUnder(w.lemma.toLowerCase(), 'noun') === 'noun.act';
  const howState =
    words.some((w, i) => w.lemma === 'how' && words[i + 1]?.pos === 'ADJ') && !mainClause(words).some(goingOn);
  return (
    (asksMany(asks) || howState) &&
    verbs.length > 0 &&
    verbs.every((v) => v.lemma === 'be' || lexicon.filedUnder(v.lemma, 'verb') === 'verb.stative')
  );
}

/**
 * Whether a count is a number moved, no standing total a question about what a place holds asks: "*1X Detainee*
 * transferred into BTIF" tells how many came, not how many the facility held after ("New facility headcount is 644").
 * A count said by the copula ("headcount is 644") is a total; so is one a heading's colon gives ("Current BTIF
 * detainees: *736* assigned / 736 present" — "assigned" there says the roll, not a moving).
 */
export function movedNotStanding(
  asks: { reading?: Question['reading']; tallied?: boolean },
  words: Word[],
  s: { start: number; end: number },
  lexicon: Lexicon,
): boolean {
  const [first, last] = wordsAt(words, s.start, s.end);
  if (['be', ':'].includes(words[first - 1]?.lemma ?? '') || !asksStanding(asks, lexicon)) return false;
  const after = words.slice(last + 1, last + 1 + MOVED_AFTER);
  return after.some((w) => moves(w, lexicon)) || takenIn(after);
}

/**
 * Whether words open with a verb written with "in-" before it, the detention log's word for taking detainees in ("2 x
 * Detainees *in-processed* into the BTIF"): the count is of those who came, as "transferred" says.
 */
const takenIn = (words: Word[]) =>
  words[0]?.lemma === 'in' &&
  words[1]?.text === '-' &&
  words[2]?.pos === 'VERB' &&
  touching(words, 0, 1) &&
  touching(words, 1, 2);

/** The part of a head count after its number: "520*A / 520P*", as the War Diary writes assigned and present. */
const COUNT_TAIL = (w: Word) => w.pos === 'NUM' || w.text === '/' || /^\d*[AP]$/i.test(w.text);
/** What ends a count's label: the list's comma, or the sentence's end. */
const LABEL_END = /^[,.;]$/;

/**
 * The name a count is told of after a dash, its assigned/present tail passed: the detention logs give each facility's
 * head count in one list, "520A / 520P -*BTIF*, 228A / 228P - *US TIF-A*". Empty where no dash follows.
 */
function labelAfter(words: Word[], at: number): Word[] {
  let k = at + 1;
  while (words[k] && COUNT_TAIL(words[k]!)) k++;
  if (words[k]?.text !== '-') return [];
  const label: Word[] = [];
  for (k++; words[k] && !LABEL_END.test(words[k]!.text); k++) label.push(words[k]!);
  return label;
}

/**
 * Whether a count is labelled with another name than the one the question asks of, when another count of the same
 * list is labelled with it: in "520A / 520P -BTIF, 228A / 228P - US TIF-A" the US TIF-A's head count is 228, not 520,
 * though 520 is nearer the question's other words ("facility head count").
 */
export function labelledOther(
  words: Word[],
  s: { start: number; end: number },
  asked: (word: Word) => boolean,
): boolean {
  const [first, last] = wordsAt(words, s.start, s.end);
  const own = labelAfter(words, last);
  if (own.length && !own.some(asked)) return words.some((w, k) => w.pos === 'NUM' && labelAfter(words, k).some(asked));
  return !own.length && ofOtherCallsign(words, first, asked);
}

/** A call sign's name: a word in capitals, as the War Diary writes its aircraft and units ("EDDY 53", "GLORY 6"). */
const CALLSIGN = /^[A-Z][A-Z]+$/;

/** The call sign told right before the count at `at`, its name and its number: "*EDDY 53* 160 x 30mm". */
const callsignBefore = (words: Word[], at: number): [Word, Word] | undefined => {
  const [name, number] = [words[at - 2], words[at - 1]];
  return number?.pos === 'NUM' && name && CALLSIGN.test(name.text) ? [name, number] : undefined;
};

/**
 * Whether a count is told after a call sign the question names but with another number, where another count of the
 * sentence follows the call sign with the question's number: the War Diary lists each aircraft's expenditure as call
 * sign and count, "EDDY 53 160 x 30mm, EDDY 57 *150 x 30mm*", and "how many rounds did EDDY 57 fire" asks the second.
 */
function ofOtherCallsign(words: Word[], at: number, asked: (word: Word) => boolean): boolean {
  const own = callsignBefore(words, at);
  if (!own || asked(own[1]) || !asked(own[0])) return false;
  return words.some((w, k) => {
    const other = w.pos === 'NUM' ? callsignBefore(words, k) : undefined;
    return !!other && other[0].text === own[0].text && asked(other[1]);
  });
}
