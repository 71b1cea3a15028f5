/**
 * The question's units as the answerer weighs them (Weighed): each bridged to the words a report may say it in
 * (WordNet's, the glossary's other forms and the kinds it names, names written joined, phrases of two words), weighed
 * by its rarity and its role in the question, and how fully a text's terms hold it.
 */
import { namesDoerOf } from './act-nouns.ts';
import { PERSON } from './measures.ts';
import { demonymBridges } from './demonym.ts';
import { describedBridges } from './described.ts';
import { destinationBridges } from './destinations.ts';
import type { SearchIndex } from './index.ts';
import type { Glossary } from './glossary.ts';
import { PEOPLE_FILES, SENSE_DECAY, type Lexicon, type Related, type WordClass } from './lexicon.ts';
import type { Word } from './nlp.ts';
import { officeBridges } from './office.ts';
import { phrasalStem } from './phrasal.ts';
import { endsQuantity } from './quantities.ts';
import { MAX_RELATED, withRelated, type ParsedQuery, type QueryUnit } from './query.ts';
import { isNoun, LIGHT_VERBS, partsBridges, roleOf, wordClassOf, wordOfToken, type Question } from './question.ts';
import { stemOf, tokenize, type Token } from './text.ts';
import type { Step } from './verb-steps.ts';

/** A unit whose role in the question is at least this (a noun, a name, an adjective) must be held for a quote. */
export const ESSENTIAL = 0.8;
/** How fully its report must hold such a unit: its own word, its concept, or a close bridge. */
export const ESSENTIAL_HELD = 0.5;

/** One unit of the question as the answerer weighs it. */
export interface Weighed {
  /** A name WordNet does not know ("Meng Derakht", "Fennek"): it says which report, each of its sentences about it. */
  name: boolean;
  /** A name, or a word the tagger reads as one though WordNet knows it ("Jalalabad"): the question names it. */
  proper: boolean;
  weight: number;
  /** Whether some report holds the word itself (or its concept), not only words it is bridged to. */
  inCorpus: boolean;
  /** How much its role in the question says (roleOf): 1 for nouns and names. */
  role: number;
  stems: string[];
  conceptId?: string;
  related: Map<string, number>;
  /** Whether the question says it only as an amount ("a good *deal* of money"), as a text may. */
  amount: boolean;
  /** Verbs a step or two from the question's (verb-steps.ts): counted in the sentence's own words only. */
  steps: Map<string, Step>;
}

/** Rare words say more about what is asked than common ones (inverse document frequency). */
export function rarity(index: SearchIndex, unit: QueryUnit): number {
  const keys = unit.conceptId ? [unit.conceptId] : unit.tokens.map((t) => t.stem);
  const df = Math.max(...keys.map((k) => index.docFrequency.get(k) ?? 0));
  return Math.log(1 + (index.order.length + 1) / (df + 0.5));
}

/** Whether some report holds a unit's own words or its concept. */
const inCorpus = (index: SearchIndex, unit: QueryUnit) =>
  (unit.conceptId ? [unit.conceptId] : unit.tokens.map((t) => t.stem)).some((k) => index.docFrequency.has(k));

/** How fully a text's terms hold a unit: 1 by its words or concept, a bridged word's weight, or 0. */
export function holds(unit: Weighed, stems: Set<string>, concepts: Set<string>): number {
  if (unit.conceptId && concepts.has(unit.conceptId)) return 1;
  if (unit.stems.length && unit.stems.every((s) => stems.has(s))) return 1;
  let best = 0;
  for (const [stem, w] of unit.related) if (w > best && stems.has(stem)) best = w;
  return best;
}

/** How fully a sentence's own words hold a verb of the question by a verb a step or two from it. */
export function stepped(unit: Weighed, stems: Set<string>): number {
  let best = 0;
  for (const [stem, step] of unit.steps) if (step.weight > best && stems.has(stem) && step.verb()) best = step.weight;
  return best;
}

/** The stems of a unit's steps that would raise it above `held` in a text holding `stems`, as `stepped` counts. */
export const stepsAbove = (unit: Weighed, stems: Set<string>, held: number): string[] =>
  [...unit.steps].flatMap(([stem, step]) => (step.weight > held && stems.has(stem) && step.verb() ? [stem] : []));

/** How close a kind the glossary names by a word ("roadside *bomb*") is to the word: as close as a broader word. */
const KIND_NAMED = 0.4;

/** What the glossary says of one-word forms, by stem: the kinds a word ends the phrase of, and a form's other forms. */
interface GlossaryWords {
  /** The acronyms of the kinds a phrase ending in the word names: "bomb" → IED (roadside bomb), VBIED (car bomb). */
  kinds: Map<string, string[]>;
  /** The other one-word forms of the concept a word is a form of: "wounded" → WIA, "killed" → KIA. */
  forms: Map<string, string[]>;
}
const glossaryWords = new WeakMap<Glossary, GlossaryWords>();

function wordsOfGlossary(glossary: Glossary): GlossaryWords {
  let found = glossaryWords.get(glossary);
  if (found) return found;
  found = { kinds: new Map(), forms: new Map() };
  const add = (map: Map<string, string[]>, stem: string, words: string[]) =>
    map.set(stem, [...new Set([...(map.get(stem) ?? []), ...words])]);
  for (const concept of glossary.concepts) {
    const forms = concept.forms.map((f) => tokenize(f, glossary.protectedTerms));
    const single = forms.filter((f) => f.length === 1).map((f) => f[0]!);
    for (const form of forms)
      if (form.length > 1)
        add(
          found.kinds,
          form.at(-1)!.stem,
          single.map((t) => t.norm),
        );
    for (const t of single)
      add(
        found.forms,
        t.stem,
        single.filter((o) => o.stem !== t.stem).map((o) => o.norm),
      );
  }
  glossaryWords.set(glossary, found);
  return found;
}

/**
 * The one-word forms of the things the glossary names by a phrase ending in a word: "bomb" for the "roadside bomb"
 * and "car bomb" the reports write IED and VBIED, "killed" for the "enemy killed" they write EKIA. People ask in the
 * plain word; the reports write the kind's acronym.
 */
const kindWords = (glossary: Glossary, stem: string) => wordsOfGlossary(glossary).kinds.get(stem) ?? [];

/** Those forms as bridges of the word, at KIND_NAMED. */
function kindsNamedBy(glossary: Glossary, stem: string): Related[] {
  return kindWords(glossary, stem).map((word) => ({ word, weight: KIND_NAMED }));
}

/**
 * Whether a word is the glossary's one-word form of a thing it names by a phrase ending in one of a unit's words: "CSH"
 * (combat support hospital) for "hospital", "IED" for "bomb" (kindsNamedBy).
 */
export function namesKindOf(unit: Weighed, word: string, glossary: Glossary): boolean {
  const lower = word.toLowerCase();
  return unit.stems.some((stem) => kindWords(glossary, stem).includes(lower));
}

/**
 * Bridged words with the glossary's other forms of each, as close: "hurt" bridges to "wounded", which the War Diary
 * writes WIA; "died" to "kill", which it writes KIA.
 */
function withForms(glossary: Glossary, related: Related[]): Related[] {
  const forms = wordsOfGlossary(glossary).forms;
  return related.flatMap((r) => [
    r,
    ...(forms.get(stemOf(r.word, glossary.protectedTerms)) ?? []).map((word) => ({ word, weight: r.weight })),
  ]);
}

/**
 * A bridged word the reports never hold as written read in its past or plural form when they hold that: the stemmer
 * cuts "tied" and "ties" to "ti" but leaves the lemma "tie" whole ("died", "lied" alike), so the lemma alone would miss
 * the reports' "tied with". Only a form WordNet reads back as the word: "dud" (a bomb that failed) + "ed" is no form of
 * it, and stems as the call sign "DUDE 21".
 */
function inflectedAsHeld(related: Related[], index: SearchIndex, words: Lexicon): Related[] {
  const held = (word: string) => index.docFrequency.has(stemOf(word, index.glossary.protectedTerms));
  const formOf = (form: string, word: string) => words.baseForms(form).some((b) => b.lemma === word);
  return related.map((r) => {
    if (held(r.word)) return r;
    const form = [r.word + (r.word.endsWith('e') ? 'd' : 'ed'), r.word + 's'].find((f) => held(f) && formOf(f, r.word));
    return form ? { word: form, weight: r.weight } : r;
  });
}

/**
 * The base form wink reads a word as, when WordNet would read it as another word written alike: "found" is "find"
 * past, not "to found" a school; "saw" is "see", "fell" is "fall". WordNet's own forms know only regular endings.
 */
function homograph(word: Word | undefined, token: Token, wordClass: WordClass, words: Lexicon): string | undefined {
  if (!word || word.lemma === token.norm || !words.senses(token.norm, wordClass).length) return undefined;
  return words.senses(word.lemma, wordClass).length ? word.lemma : undefined;
}

/** The verbs after which a participle names a state: "were *injured*", "got *hurt*". */
const STATE_VERBS = new Set(['be', 'get']);

/**
 * A verb's participle read as the adjective WordNet knows it as, when the question says it as a state ("got *hurt*",
 * "were *injured*", "the *wounded* fighters", "the people *hurt* in the bombing"): what the adjective bridges to
 * ("hurt" → wounded, injured) is what the reports say of the people, where the verb's commonest senses mean something
 * else (to ache, to offend).
 */
function asState(word: Word | undefined, token: Token, question: Question, words: Lexicon): Related[] {
  if (!word || word.pos !== 'VERB' || !words.senses(token.norm, 'adj').length) return [];
  const at = question.reading.words.indexOf(word);
  const before = question.reading.words[at - 1];
  const inflected = token.norm !== word.lemma;
  const state = inflected || (before && STATE_VERBS.has(before.lemma)) || ofNoun(question.reading.words, at);
  return state ? words.related(token.norm, 'adj') : [];
}

/**
 * Whether the participle at `at` tells a state of the noun before it, a clause cut short ("the people *hurt* in the
 * bombing", "the soldier *hurt* by the mine"): a preposition or the question's end follows it, where a verb telling
 * what the noun did takes its object ("did the bomb *hurt* anyone").
 */
const ofNoun = (words: Word[], at: number) =>
  isNoun(words[at - 1]) && (!words[at + 1] || ['ADP', 'PUNCT'].includes(words[at + 1]!.pos));

/** How close an agent noun is to the verb naming what its doer does: as close as a derived form. */
const AGENT = 0.6;
/** The classes of WordNet's nouns for beings: an agent noun names one who does an act. */
const BEINGS = new Set(['noun.person', 'noun.animal']);

/**
 * A noun after another naming one who does an act to it ("bomb *layers*", "weapons *dealer*") is bridged to that act's
 * verb, spelled in it before "-er" ("lay"), where WordNet derives a being's sense of the noun from it, even a rare one
 * ("layer: a hen that lays eggs"): the reports tell the doer by the verb ("3x persons *laying* an IED"). Not a thing's
 * sense ("tower", a tug that tows): a "water tower" tows nothing.
 */
function agentBridges(question: Question, word: Word | undefined, words: Lexicon): Related[] {
  const said = question.reading.words;
  if (!word || word.pos !== 'NOUN' || !isNoun(said[said.indexOf(word) - 1])) return [];
  const noun = word.lemma.toLowerCase();
  const verbs = words
    .senses(noun, 'noun')
    .filter((s) => BEINGS.has(s.lexname))
    .flatMap((s) => s.pointers.filter((p) => p.symbol === '+' && p.wordClass === 'verb'))
    .flatMap((p) => words.synset('verb', p.offset).words)
    .filter((v) => noun === `${v}er` || noun === `${v}r`);
  return [...new Set(verbs)].map((v) => ({ word: v, weight: AGENT }));
}

/**
 * Whether a noun of the question names a person only as the doer of an act the question's own verb says (namesDoerOf):
 * "the *gunman* who *fired* on Sperwan Ghar Base" is whoever fired there, whom a report writes as "1x *person*".
 */
const doerOfAsked = (word: Word, question: Question, words: Lexicon) =>
  isNoun(word) &&
  question.reading.words.some(
    (w) => w.pos === 'VERB' && !LIGHT_VERBS.has(w.lemma) && namesDoerOf(word.lemma.toLowerCase(), w.lemma, words),
  );

/**
 * A noun naming the doer of the question's act (doerOfAsked) is bridged to WordNet's word for any person, as agents
 * are: the War Diary writes one it knows only by what they did so ("SAF from 1x person").
 */
const doerBridges = (question: Question, word: Word | undefined, words: Lexicon): Related[] =>
  word && doerOfAsked(word, question, words) ? [{ word: PERSON, weight: AGENT }] : [];

/** How close a word is to itself typed with one of its double letters single, or one letter doubled. */
const SLIPPED = 0.7;

/**
 * A word no report writes, as the reports' typing may write it: a double letter written once ("an old *Rusian*
 * tank" for Russian) or a letter doubled ("DASSHTE" for Dashte). withRelated keeps only those some report
 * holds. A word the reports write is told by its own spelling: a slip of it is likelier another word ("later",
 * "latter").
 */
function slipsOf(index: SearchIndex, unit: QueryUnit): Related[] {
  const word = unit.tokens[0]!.norm;
  if (unit.tokens.length !== 1 || inCorpus(index, unit)) return [];
  const slips = [...word].flatMap((letter, i) => [
    ...(letter === word[i + 1] ? [word.slice(0, i) + word.slice(i + 1)] : []),
    word.slice(0, i) + letter + word.slice(i),
  ]);
  return [...new Set(slips)].map((w) => ({ word: w, weight: SLIPPED }));
}

/** How close a name written in one word ("YAYAKHEL") is to the two it was asked in ("Yaya Khel"). */
const JOINED = 0.9;

/**
 * Names the reports write in one word where the question writes two, space or hyphen between ("Yaya Khel" for the
 * "YAYAKHEL Shura"): transliterations join and split their parts freely. Each of the two words is bridged to the one
 * the corpus holds.
 */
function joinedNames(index: SearchIndex, query: ParsedQuery): Map<QueryUnit, Related[]> {
  const joined = new Map<QueryUnit, Related[]>();
  query.units.forEach((unit, i) => {
    const next = query.units[i + 1];
    const [a, b] = [unit.tokens, next?.tokens];
    if (!next || a.length !== 1 || b?.length !== 1 || b[0]!.start - a[0]!.end > 1) return;
    const word = a[0]!.norm + b[0]!.norm;
    if (!index.docFrequency.has(stemOf(word, index.glossary.protectedTerms))) return;
    for (const u of [unit, next]) joined.set(u, [...(joined.get(u) ?? []), { word, weight: JOINED }]);
  });
  return joined;
}

/**
 * A verb's bridges without the light verbs WordNet gives among its synonyms ("take" for "remove", "get" for
 * "obtain"): in a report they say little of what was done ("can *take* care of its people", "*took* a site visit").
 * Verbs of motion stay: "went to Konar" tells where Hekmatyar headed.
 */
const withoutLight = (related: Related[], words: Lexicon) =>
  related.filter((r) => !LIGHT_VERBS.has(r.word) || words.filedUnder(r.word, 'verb') === MOTION);

/**
 * How close a kind of a noun is to it: as close as the broader word is the other way (lexicon.ts, hypernym 0.4), below
 * what a report must hold to tell the noun itself (ESSENTIAL_HELD).
 */
const KIND = 0.4;

/**
 * The one-word kinds (WordNet's hyponyms, one step) of a noun's commonest senses naming people: a person or group no
 * report writes of is named in the asker's word, and the reports name them by a kind of it, their role ("prisoner
 * 4256" is "ISN 4256", a detainee). Only for such a noun: one the reports write is told by its own word. Not a thing's
 * kinds: a word of many senses brings kinds of each ("layer" a coat, a film, a hen), other things.
 */
function peopleKindsOf(noun: string, words: Lexicon): Related[] {
  return words
    .senses(noun, 'noun')
    .slice(0, SENSE_DECAY.length)
    .flatMap((synset, rank) =>
      PEOPLE_FILES.has(synset.lexname)
        ? synset.pointers
            .filter((p) => p.symbol === '~')
            .flatMap((p) => words.synset('noun', p.offset).words.filter((w) => !w.includes('_')))
            .map((word) => ({ word, weight: KIND * SENSE_DECAY[rank]! }))
        : [],
    );
}

/** The question's units bridged to related words (all the lexicon gives, its definitions' words included). */
export function bridged(index: SearchIndex, query: ParsedQuery, question: Question, words: Lexicon): ParsedQuery {
  const joined = joinedNames(index, query);
  const phrasal = new Map<QueryUnit, Related[]>();
  const relatedOf = (unit: QueryUnit) => {
    const kinds = unit.tokens.length === 1 ? kindsNamedBy(index.glossary, unit.tokens[0]!.stem) : [];
    const related = withForms(
      index.glossary,
      inflectedAsHeld(
        [
          ...(joined.get(unit) ?? []),
          ...slipsOf(index, unit),
          ...kinds,
          ...wordsRelated(unit),
          ...phraseBridges(question, unit, words),
        ].sort((a, b) => b.weight - a.weight),
        index,
        words,
      ),
    );
    phrasal.set(
      unit,
      related.filter((r) => isPhrasal(r.word)),
    );
    return related;
  };
  const wordsRelated = (unit: QueryUnit) => {
    const token = unit.tokens[0]!;
    const word = wordOfToken(question, token);
    const wordClass = wordClassOf(word);
    const written = wordClass ? words.related(homograph(word, token, wordClass, words) ?? token.norm, wordClass) : [];
    const asWritten = wordClass === 'verb' && !LIGHT_VERBS.has(word!.lemma) ? withoutLight(written, words) : written;
    // A person asked in a word no report writes, by the kinds the reports name them by.
    const kinds = wordClass === 'noun' && !inCorpus(index, unit) ? peopleKindsOf(word!.lemma.toLowerCase(), words) : [];
    const state = [
      ...kinds,
      ...asState(word, token, question, words),
      ...partsBridges(question, word, words),
      ...agentBridges(question, word, words),
      ...doerBridges(question, word, words),
      ...officeBridges(question, word, words),
      ...demonymBridges(word, words),
    ];
    const related = state.length ? [...state, ...asWritten].sort((a, b) => b.weight - a.weight) : asWritten;
    // "Turned down": the verb's own words first (refuse, reject), then its alone (turn), read in the base form wink
    // gives an irregular past, which WordNet's forms do not reach: "*brought* in" is "bring" (transfer, convey), as the
    // reports say it ("1X Detainee transferred into BTIF from TF 3-73").
    const together = word && question.phrasal.get(word.start);
    const alone = related.length ? related : words.related(word?.lemma ?? token.norm, 'verb');
    // withRelated keeps each stem's first, so sorted by weight, its closest.
    if (together) return [...words.related(together, 'verb'), ...alone].sort((a, b) => b.weight - a.weight);
    return related.length ? related : words.related(token.norm);
  };
  const bridges = withRelated(query, index.glossary, relatedOf, (stem) => index.docFrequency.has(stem));
  return withPhrasal(bridges, query.units, phrasal);
}

/**
 * Bridges to verbs of two words ("withdraw" → "pull_back") beside those withRelated keeps: no report is indexed by
 * them, but a sentence that says them holds them (see phrasal.ts). Kept apart, they take no one-word bridge's place.
 */
function withPhrasal(query: ParsedQuery, asked: QueryUnit[], phrasal: Map<QueryUnit, Related[]>): ParsedQuery {
  const units = query.units.map((unit, i) => {
    const more = (phrasal.get(asked[i]!) ?? [])
      .map((r) => ({ norm: r.word, stem: phrasalStem(r.word), weight: r.weight }))
      .filter((r, k, all) => all.findIndex((o) => o.stem === r.stem) === k)
      .slice(0, MAX_RELATED);
    return more.length ? { ...unit, related: [...(unit.related ?? []), ...more] } : unit;
  });
  return { ...query, units };
}

/**
 * Bridges of a word to the phrases a report may say it in, held as terms of two words: a noun defined as people in a
 * state to those people ("casualties" → "injured people", described.ts), a "where … to?" question's verb of motion to
 * a movement to somewhere ("transports … to TEHERAN", destinations.ts).
 */
function phraseBridges(question: Question, unit: QueryUnit, words: Lexicon): Related[] {
  const word = unit.tokens.length === 1 ? wordOfToken(question, unit.tokens[0]!) : undefined;
  if (!word) return [];
  return word.pos === 'NOUN'
    ? describedBridges(word.lemma, words)
    : destinationBridges(question.reading.words, word, words);
}

/** A bridged verb of two words, as WordNet joins them: what sentences hold, though no report is indexed by it. */
export const isPhrasal = (stem: string) => stem.includes('_');

/**
 * A word WordNet knows in no form, which wink reads as a noun: a name of the reports' ("Meng Derakht", "Fennek"). So is
 * one the question writes in capitals, an abbreviation the reports name a place or a unit by, though WordNet knows it
 * for something else ("near FB *MF*": medium frequency); not in a question written all in capitals.
 */
function isName(unit: QueryUnit, question: Question, words: Lexicon): boolean {
  const token = unit.tokens[0]!;
  if (unit.conceptId || unit.tokens.length !== 1) return false;
  const word = wordOfToken(question, token);
  if (word?.pos === 'NUM') {
    const { words: said } = question.reading;
    return (numbers(said, word) || listed(said, word)) && !measures(said, word, words);
  }
  if (!word || (word.pos !== 'PROPN' && word.pos !== 'NOUN')) return false;
  if (ABBREVIATION.test(word.text) && question.reading.words.some((w) => /[a-z]/.test(w.text))) return true;
  if (namedBy(question.reading.words, word)) return true;
  return !words.baseForms(token.norm).length && !words.baseForms(word.lemma).length;
}

/**
 * The War Diary's words that a place's or a unit's name follows: a camp or base, a post, a call sign ("FOB *Cobra*",
 * "COP *Keating*", "PB *Wolf*", "Camp *Bastion*", "c/s *Mohawk*"). Not an operation's or an objective's word
 * ("Operation *Aragon*", "OBJ *Wolf*"): the reports name one in the sentence that opens the story, so counting it as a
 * name from there lifts that opening sentence beside the one telling what the question asks (who died, which injuries).
 */
const NAMERS = new Set(['camp', 'fob', 'cop', 'pb', 'c/s']);

/**
 * Whether a capitalised word follows one of the words a name follows (NAMERS): it names that base, post or call sign
 * whatever WordNet knows the word as ("FOB *Cobra*" is no snake), and like a name WordNet does not know it says which
 * report the question is about.
 */
function namedBy(words: Word[], word: Word): boolean {
  const at = words.indexOf(word);
  if (at < 1 || !/^[A-Z]/.test(word.text)) return false;
  // The tagger splits a call sign's "c/s" into three words.
  const before = [
    words[at - 1]!.text,
    words
      .slice(Math.max(0, at - 3), at)
      .map((w) => w.text)
      .join(''),
  ];
  return before.some((b) => NAMERS.has(b.toLowerCase()));
}

/**
 * Whether a number of the question names one thing, as the reports number them: after a name or a noun ("ISN *4134*",
 * "Nazgul *63*", "TF *373*", a year after its month), it says which detainee, aircraft, unit or month, not how many (a
 * count stands before its noun). Like a name, it says which report the question is about.
 */
export const numbers = (words: Word[], word: Word) => isNoun(words[words.indexOf(word) - 1]);

/**
 * Whether a noun before the list of numbers a number stands in says what it numbers: "*ISNs* 20014 and 20015" numbers
 * both, the second as much as the first.
 */
export function listNumbered(words: Word[], word: Word): boolean {
  let k = words.indexOf(word);
  for (;;) {
    if (words[k - 1]?.pos === 'NUM') k--;
    else if (joins(words[k - 1]) && words[k - 2]?.pos === 'NUM') k -= 2;
    else return numbers(words, words[k]!);
  }
}

/**
 * Whether a noun WordNet knows begins a name written in small letters, a name WordNet does not know right after it:
 * without capitals the tagger cannot tell the name's first word from a common noun ("near *shah* wali kot"), but a
 * name is read as one phrase, its words beside each other.
 */
function namePart(query: ParsedQuery, question: Question, names: boolean[], k: number): boolean {
  const [tokens, next] = [query.units[k]!.tokens, query.units[k + 1]?.tokens];
  if (tokens.length !== 1 || next?.length !== 1 || !names[k + 1]) return false;
  const small = (t: Token) => /^[a-z]+$/.test(query.text.slice(t.start, t.end));
  return (
    small(tokens[0]!) &&
    small(next[0]!) &&
    next[0]!.start - tokens[0]!.end === 1 &&
    isNoun(wordOfToken(question, tokens[0]!))
  );
}

/**
 * Whether a number stands in a list of numbers ("*4177 4178* and 20026", "*4252* to 4255", "20082 / *20083*"): a
 * count stands alone before what it counts ("*4 x* Detainees received"), so numbers listed name one thing each, as the
 * reports number detainees ("ISN 4181 and 4182 issued"). Like a name, each says which report the question is about.
 * Of three digits or more: a range of small numbers still counts ("3-4x IEDs", "10 to 15 fighters"); and no year
 * ("in 2008 and 2009"), which the reports write only in their date-time groups. A number of four digits or more names
 * one thing even alone: no question counts its noun in thousands unwritten, and the asker names a detainee by his ISN,
 * "ISN" left out ("where was the *20027* guy moved to", "how many were in btif after *4134* got his number"); but not a
 * clock time after "at" ("came on station *at 1039*").
 */
function listed(words: Word[], word: Word): boolean {
  if (!/^\d{3,}$/.test(word.text) || /^(?:19|20)\d\d$/.test(word.text)) return false;
  const at = words.indexOf(word);
  const isNumber = (w?: Word) => w?.pos === 'NUM';
  const beside = (step: number) =>
    isNumber(words[at + step]) || (joins(words[at + step]) && isNumber(words[at + 2 * step]));
  const alone = /^\d{4,}$/.test(word.text) && words[at - 1]?.lemma.toLowerCase() !== 'at';
  return alone || beside(1) || beside(-1);
}

/** The words joining the numbers of a list or a range: "4181 *and* 4182", "4219 *thru* 4225", "20082 / 20083". */
const LIST_JOINERS = new Set(['and', ',', 'to', 'thru', 'through', '/', '-', '&']);
const joins = (w?: Word) => !!w && LIST_JOINERS.has(w.lemma.toLowerCase());

/**
 * Whether a number stands before a unit of measure WordNet files under quantities: it says how far or how much, as a
 * count does, though a noun stands before it ("the ANA checkpoint *nine* kilometres west of…" names no checkpoint 9).
 */
function measures(words: Word[], word: Word, lexicon: Lexicon): boolean {
  const next = words[words.indexOf(word) + 1];
  return isNoun(next) && lexicon.filedUnder(next!.lemma, 'noun') === 'noun.quantity';
}

/** A word in capitals of two letters or more: "MF", "FOB". */
const ABBREVIATION = /^[A-Z]{2,}$/;

export function weighed(
  index: SearchIndex,
  query: ParsedQuery,
  question: Question,
  words: Lexicon,
  steps: Map<string, Step>[],
): Weighed[] {
  const amounts = quantityUnits(query, words);
  const names = query.units.map((u) => isName(u, question, words));
  return query.units.map((u, k) => {
    const name = names[k]!;
    const role = roleOf(question, u, words);
    return {
      name,
      proper: name || wordOfToken(question, u.tokens[0]!)?.pos === 'PROPN' || namePart(query, question, names, k),
      role,
      weight: rarity(index, u) * role,
      amount: amounts[k]!,
      inCorpus: inCorpus(index, u),
      stems: u.tokens.map((t) => t.stem),
      conceptId: u.conceptId,
      related: new Map((u.related ?? []).map((r) => [r.stem, r.weight])),
      steps: steps[k] ?? new Map(),
    };
  });
}

/** Which units of the question only say how much ("who made *a good deal* of money"): a text's amounts hold them. */
function quantityUnits(query: ParsedQuery, words: Lexicon): boolean[] {
  const tokens = tokenize(query.text);
  return query.units.map((u) => {
    const at = tokens.findIndex((t) => t.start === u.tokens[0]!.start);
    return u.tokens.length === 1 && at > 0 && endsQuantity(tokens, at, words);
  });
}

/**
 * A form written as a plural in small letters ("persons") is the noun a question's words hold in the singular: "how
 * many fighters" counts a "person", so "8-10 PAX" too. An acronym's last "s" is its own letter ("INS").
 */
const singularOf = (form: string) => (/^[a-z]+s$/.test(form) ? form.slice(0, -1) : form);

/** Words with the glossary's other one-word forms of them. */
export function writtenAs(words: Set<string>, glossary: Glossary): Set<string> {
  const written = new Set(words);
  for (const concept of glossary.concepts) {
    const forms = concept.forms.map((f) => f.toLowerCase());
    if (forms.some((f) => words.has(f)) || concept.forms.some((f) => words.has(singularOf(f))))
      for (const f of forms) if (!f.includes(' ')) written.add(f);
  }
  return written;
}

/** WordNet's file of verbs of motion: "send", "head", "evacuate". */
export const MOTION = 'verb.motion';

/**
 * Whether a unit of the question is a number counting the noun after it ("with *five* RPGs"): it says how many, not
 * what the question is about, and the reports write it in digits ("with 5 x RPG"). A number naming one thing after
 * its noun ("ISN *4176*") is a name. So is one with no noun after it to count (countsNoun): the asker names a detainee
 * by his number alone, the noun left out ("which unit sent *20091* and *20092* to btif", "where did *20059* and
 * *20060* go", "how many were in btif after *4134* got his number"), and the report writes it as asked ("ISN's 20091
 * and 20092 issued").
 */
export const countsUnit = (question: Question, u: QueryUnit, weighed: Weighed) => {
  const word = wordOfToken(question, u.tokens[0]!);
  return !weighed.name && word?.pos === 'NUM' && countsNoun(question.reading.words, word);
};

/** Words between a count and its noun: other numbers, "and", adjectives ("five *more* men"). */
const BETWEEN_COUNT_AND_NOUN = new Set(['NUM', 'CCONJ', 'ADJ', 'PUNCT']);

/**
 * Whether a number of the question counts: one before a noun in the plural, or of one ("*5* men", "*two* or *three*
 * RPGs", "*one* soldier"); one standing alone after a verb, the value it reaches ("when the count *hit* 700"). A
 * number before a noun in the singular names it ("the *20043* guy"), as do numbers listed together ("who got 20036 and
 * 20039") and one before a verb, which the tagger may misread as a noun ("where did 20059 and 20060 *go*").
 */
function countsNoun(words: Word[], word: Word): boolean {
  const at = words.indexOf(word);
  const next = words.slice(at + 1).find((w) => !BETWEEN_COUNT_AND_NOUN.has(w.pos));
  if (isNoun(next)) return PLURAL.test(next!.text) || next!.text.toLowerCase() !== next!.lemma || ONE.test(word.text);
  const listed = [words[at - 1], words[at + 1]].some((w) => w?.pos === 'CCONJ' || w?.pos === 'NUM');
  return words[at - 1]?.pos === 'VERB' && !listed;
}
/** A count of one, before its noun in the singular: "*one* soldier". */
const ONE = /^(?:one|1)$/i;
/** A noun ending in a single "s": "RPGs", which the lemmatizer keeps when it does not know the word. */
const PLURAL = /[^s]s$/i;
