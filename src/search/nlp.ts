/**
 * Reading English with wink-nlp and its English model: each word's part of
 * speech and base form, and the dates, times, durations, numbers, amounts and
 * percentages a text names, all with their offsets in the text as given. The
 * answerer reads questions and the few sentences that may answer them with it.
 */
import { LRUCache } from 'lru-cache';
import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemEntity, type ItemToken, type ItsFunction } from 'wink-nlp';
import { lowered, wordsToLower } from './capitals.ts';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Universal part of speech: NOUN, PROPN, VERB, AUX, ADJ, ADP, NUM… */
  pos: string;
  /** Base form, lowercased: "went" → "go", "casualties" → "casualty". */
  lemma: string;
}

export interface Entity {
  start: number;
  end: number;
  /** DATE, TIME, DURATION, CARDINAL, ORDINAL, MONEY, PERCENT… */
  type: string;
}

export interface Reading {
  words: Word[];
  entities: Entity[];
}

type Engine = ReturnType<typeof winkNLP>;
/**
 * Two pipelines of one model: wink's entity recogniser costs as much again as its tagger, and only the kinds of a
 * sentence (kinds.ts) read entities, of few of the sentences the answerer weighs. Each step reads the tokens alone,
 * so words and entities come out as one pipeline gives them.
 */
let tagger: Engine | undefined;
let namer: Engine | undefined;
/**
 * How many words the model knows. wink numbers them first and a word it meets in a text after them, so the first word
 * it does not know, read before any other text, gets this number: a made-up word read as the model loads.
 */
let vocabulary = 0;
const UNKNOWN_WORD = 'qzxqvj';
const taggerOf = () => {
  if (tagger) return tagger;
  tagger = winkNLP(model, ['sbd', 'pos']);
  vocabulary = Number(tagger.readDoc(UNKNOWN_WORD).tokens().out(tagger.its.uniqueId)[0]);
  return tagger;
};
const namerOf = () => (namer ??= winkNLP(model, ['sbd', 'ner']));

/** Whether the model knows each word (in lower case). */
function knows(words: string[]): boolean[] {
  const engine = taggerOf();
  return engine
    .readDoc(words.join(' '))
    .tokens()
    .out(engine.its.uniqueId)
    .map((id) => Number(id) < vocabulary);
}

/**
 * Loads the model (a tenth of a second or more, for each pipeline): the desk does it once it is
 * open, before anyone asks, so the first question does not wait for it.
 */
export const prepareReading = () => void [taggerOf(), namerOf()];

/**
 * Reads a text. Its prose written in capitals is read as if its words English knows were in lower case (see
 * capitals.ts); each word keeps the text as written.
 */
export function read(text: string): Reading {
  let reading = readings.get(text);
  if (!reading) readings.set(text, (reading = readAfresh(text)));
  return reading;
}

/**
 * The word at `k` as written, the pieces the tagger split it into joined while `joins` takes the next: "18 *y/o*" is
 * read "y", "/", "o", a unit of age only whole; "1547D*" is read "1547", a number, and "D*".
 */
export function writtenAt(words: Word[], k: number, joins: (piece: Word) => boolean = () => true): string {
  let text = words[k]?.text ?? '';
  while (touching(words, k, k + 1) && joins(words[k + 1]!)) text += words[++k]!.text;
  return text;
}

/** Whether a word ends as a past participle mostly does: "kill*ed*", "tak*en*". */
export const isEdForm = (text: string): boolean => /(?:ed|en)$/i.test(text);

/** A participle before a noun describes it, as an adjective does: "the *damaged* FOX vehicle", "the *stolen* car". */
export const participle = (w: Word) => w.pos === 'VERB' && isEdForm(w.text);

/** The verbs that, before a participle, tell its act in the passive: "was attacked", "got hit". */
export const PASSIVE = new Set(['be', 'get']);

/** Whether a word ends in "-ing": a verb going on or used as a noun ("was *firing*", "after *using*"), no passive. */
export const isIngForm = (text: string): boolean => /ing$/i.test(text);

/**
 * The readings of the texts read last, shared, so never changed by a reader: the answerer reads each sentence it weighs
 * in several steps (its kinds, the act it says, its marked words), and wink tags a text in capitals twice. A question
 * whose verb has many steps may read several hundred sentences to weigh them (candidates.ts heldIn) before its best
 * are read again: as many are kept, a few megabytes.
 */
const readings = new LRUCache<string, Reading>({ max: 1000 });

function readAfresh(text: string): Reading {
  const first = tag(text);
  const lower = wordsToLower(first, knows);
  if (!lower.length) return reading(text, first);
  const read = lowered(text, lower);
  return reading(
    read,
    tag(read).map((w) => ({ ...w, text: text.slice(w.start, w.end) })),
  );
}

/** A reading of `text`, its entities found when first asked for: most sentences read are never asked theirs. */
function reading(text: string, words: Word[]): Reading {
  let entities: Entity[] | undefined;
  return {
    words,
    get entities() {
      return (entities ??= entitiesOf(text));
    },
  };
}

/** Each token of `doc`, its text and where `text` has it (-1 where not found): wink keeps each token's text. */
function eachToken(
  doc: ReturnType<Engine['readDoc']>,
  text: string,
  visit: (t: ItemToken, value: string, start: number) => void,
) {
  let at = 0;
  doc.tokens().each((t: ItemToken) => {
    const value = t.out();
    const start = text.indexOf(value, at);
    if (start >= 0) at = start + value.length;
    visit(t, value, start);
  });
}

/** The words of `text`, each with its part of speech and base form. */
function tag(text: string): Word[] {
  const engine = taggerOf();
  const its = engine.its;
  // out() calls its.lemma as it calls its.pos, (index, document, addons); wink's typings declare a token's `its`
  // functions with a fourth parameter, which lemma lacks.
  const lemma = its.lemma as ItsFunction<string>;
  const words: Word[] = [];
  eachToken(engine.readDoc(text), text, (t, value, start) => {
    if (start >= 0)
      words.push({
        start,
        end: start + value.length,
        text: value,
        pos: t.out(its.pos),
        lemma: t.out(lemma).toLowerCase(),
      });
  });
  return antiTankRead(words);
}

/** The dates, times, numbers, amounts… `text` names, as wink's recogniser finds them. */
function entitiesOf(text: string): Entity[] {
  const engine = namerOf();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const byToken: (Pick<Word, 'start' | 'end'> | undefined)[] = [];
  eachToken(
    doc,
    text,
    (_, value, start) => void byToken.push(start < 0 ? undefined : { start, end: start + value.length }),
  );
  const entities: Entity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const span = e.out(its.span);
    const [first = -1, last = -1] = typeof span === 'string' ? [] : span;
    const from = byToken[first];
    const to = byToken[last];
    if (from && to) entities.push({ start: from.start, end: to.end, type: e.out(its.type) });
  });
  return entities;
}

/**
 * The War Diary's "AT" before "mine" is anti-tank, a modifier of the noun: "a TC-6 *AT mine*", "what kind of AT mine
 * was left?". wink reads the pair a preposition and a possessive pronoun ("at" + "mine"), but English puts no "mine"
 * of ownership straight after "at" (one says "at my place"), so the pair is read an adjective and its noun.
 */
function antiTankRead(words: Word[]): Word[] {
  return words.map((w, i) => {
    const [before, after] = [words[i - 1], words[i + 1]];
    if (w.pos === 'ADP' && w.text === 'AT' && after?.pos === 'PRON' && after.lemma === 'mine')
      return { ...w, pos: 'ADJ' };
    if (w.pos === 'PRON' && w.lemma === 'mine' && before?.pos === 'ADP' && before.text === 'AT')
      return { ...w, pos: 'NOUN' };
    return w;
  });
}

/** Words denying what follows them: "*not* fragmentation injuries", "was *not* successful", "*no* casualties". */
export const NEGATIONS = new Set(['not', 'no', 'without', 'nor', 'never']);

/** The possessives English says whose a thing is with: "pieced *his* MP7", "at *his* home". */
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/**
 * Words opening a clause that sets a scene in time ("… *while* planting a bomb", "*after* the road accident"): one list
 * for the readings of a question's scene (acts-said.ts) and of the clauses beside its own (acts.ts, question.ts).
 * People ask "*once*" for "after" ("what did the facility headcount come to *once* ISNs 4141 … had been issued?").
 */
export const SCENE_OPENERS = new Set(['when', 'while', 'after', 'before', 'until', 'during', 'once']);

/**
 * The first word at or after `from` whose tag is none of `tags` (or the end): one loop for every reading that steps
 * past words of some tags ("*the* vehicle", "*actually* went").
 */
export function pastTags(words: Word[], from: number, tags: ReadonlySet<string>): number {
  let k = from;
  while (tags.has(words[k]?.pos ?? '')) k++;
  return k;
}

/** The first word at or after `from` that is no adverb: where a clause goes on past "actually", "repeatedly". */
export const pastAdverbs = (words: Word[], from: number): number => pastTags(words, from, ADVERB);
const ADVERB = new Set(['ADV']);

/** A phrase's word indices from its offsets in the text: its first word and its last. */
export const wordsAt = (words: Word[], start: number, end: number): [number, number] => {
  const first = words.findIndex((w) => w.start >= start);
  const after = words.findIndex((w) => w.start >= end);
  return [first, (after < 0 ? words.length : after) - 1];
};

/** Whether the words at `a` and `b` are written with nothing between them, as pieces of one word the tagger split. */
export const touching = (words: Word[], a: number, b: number): boolean =>
  !!words[a] && !!words[b] && words[a]!.end === words[b]!.start;
