/**
 * Verbs a step or two from a verb in WordNet's tree of verbs: people ask in a verb a step more general or more specific
 * than the report's. To *suspect* is a way to *think* (a troponym, a step down); to *immigrate* is a way to
 * *migrate*, itself a way to *move* (two steps up). A path goes one way, up or down: a step up and one down reaches
 * every verb beside it (to *think* and to *assess* are both ways to *evaluate*), most of them another act — but not
 * under a narrow verb, whose few kinds are ways of one act: to *warn* and to *tip off* are both ways to *advise*
 * ("Convoy was tipped off by civilians"), one of its eight kinds, where *inform* has thirty-five.
 *
 * A verb of two words ("turned down") is also read as the one-word verbs WordNet files it with, each in its own
 * commonest senses, a step away: WordNet files "turn_down" with *reject*, whose third sense is to *disapprove*
 * ("Medvac was disapproved"). A one-word verb is not: its synonyms' other senses are other acts ("serve" is "function",
 * which is "run").
 *
 * Weighed only, and only in a sentence's own words (candidates.ts): a step away is less than a synonym, a verb's kinds
 * would find half the War Diary, and a report holding a few of them somewhere is not about the question's act.
 */
import { LRUCache } from 'lru-cache';
import type { Glossary } from './glossary.ts';
import { SENSE_DECAY, verbsAbove, type Lexicon, type Related, type Synset } from './lexicon.ts';
import { phrasalStem } from './phrasal.ts';
import { relatedStem, type ParsedQuery } from './query.ts';
import { LIGHT_VERBS, wordClassOf, wordOfToken, type Question } from './question.ts';

/** How close a verb a step away is, and one two steps away: below a synonym (0.7) and a derived form (0.6). */
const STEP_WEIGHT = [1, 0.4, 0.3];
const STEPS = STEP_WEIGHT.length - 1;
/**
 * A verb with more kinds than this is too general for each of them to say its act ("move" has over a hundred: fly,
 * crawl, flee…; "think" as reasoning seventeen: brainstorm, plan, link…): its troponyms are not followed, nor read,
 * which keeps a verb's lookups to a few dozen synsets (a first "think" read 95 with 40 here, 13 with 12).
 */
const MOST_KINDS = 12;
/** The hypernym and troponym pointers: a broader verb, a way of doing it. */
const STEPPED = new Set(['@', '~']);
/** A broader verb with at most this many kinds is narrow: its kinds, the verbs beside the question's, are one act. */
const NARROW_KINDS = 8;
/** The way a path turned down after a step up, to a verb beside the question's: it goes no further. */
const BESIDE = 'beside';

interface Reached {
  synset: Synset;
  /** Steps from the verb, and the decay of the verb's sense it was reached from. */
  steps: number;
  decay: number;
}

/** The verb's commonest senses, and for a verb of two words the commonest senses of its one-word synonyms. */
function startsOf(lemma: string, lexicon: Lexicon): Reached[] {
  const own = lexicon
    .senses(lemma, 'verb')
    .slice(0, SENSE_DECAY.length)
    .map((synset, rank) => ({ synset, steps: 0, decay: SENSE_DECAY[rank]! }));
  if (!lemma.includes('_')) return own;
  const alike = own.flatMap(({ synset, decay }) =>
    synset.words
      .filter((w) => !w.includes('_'))
      .flatMap((w) =>
        lexicon
          .senses(w, 'verb')
          .slice(0, SENSE_DECAY.length)
          .map((s, rank) => ({ synset: s, steps: 1, decay: decay * SENSE_DECAY[rank]! })),
      ),
  );
  return [...own, ...alike];
}

/** The verb synsets within STEPS of a verb's commonest senses, up or down, each at its fewest steps. */
function reached(lemma: string, lexicon: Lexicon): Reached[] {
  const best = new Map<number, Reached>();
  const visit = ({ synset, steps, decay }: Reached, way?: string) => {
    const had = best.get(synset.offset);
    if (had && (had.steps < steps || (had.steps === steps && had.decay >= decay))) return;
    best.set(synset.offset, { synset, steps, decay });
    if (steps === STEPS) return;
    const kinds = synset.pointers.filter((p) => p.symbol === '~').length;
    // A step up to a narrow verb may turn down, once, to the verbs beside the question's.
    const turns = way === '@' && steps === 1 && kinds <= NARROW_KINDS;
    for (const p of synset.pointers) {
      if (!STEPPED.has(p.symbol) || p.wordClass !== 'verb') continue;
      const beside = turns && p.symbol === '~';
      if ((way && p.symbol !== way && !beside) || (p.symbol === '~' && kinds > MOST_KINDS)) continue;
      visit({ synset: lexicon.synset('verb', p.offset), steps: steps + 1, decay }, beside ? BESIDE : p.symbol);
    }
  };
  for (const start of startsOf(lemma, lexicon)) visit(start);
  return [...best.values()];
}

/**
 * A cache of what is read of a verb, by its lemma, for each lexicon: each answer is read from WordNet once, then asked
 * of the verbs of every candidate sentence.
 */
function byLemmaOf<V extends NonNullable<unknown>>(): (lexicon: Lexicon) => LRUCache<string, V> {
  const caches = new WeakMap<Lexicon, LRUCache<string, V>>();
  return (lexicon) => {
    let byLemma = caches.get(lexicon);
    if (!byLemma) caches.set(lexicon, (byLemma = new LRUCache<string, V>({ max: 2_000 })));
    return byLemma;
  };
}

const cache = byLemmaOf<Related[]>();

/**
 * The words of the verbs a step or two from a verb (in base form, "turn_down" for a verb of two words), closest
 * first, the words of its own senses left out (WordNet's related words weigh them). None for a light verb: "be",
 * "have", "get", "go"… reach nearly every verb.
 */
export function verbSteps(lemma: string, lexicon: Lexicon): Related[] {
  if (LIGHT_VERBS.has(lemma)) return [];
  const byLemma = cache(lexicon);
  let found = byLemma.get(lemma);
  if (found) return found;
  const weights = new Map<string, number>();
  for (const { synset, steps, decay } of reached(lemma, lexicon)) {
    if (!steps) continue;
    for (const w of synset.words) weights.set(w, Math.max(weights.get(w) ?? 0, STEP_WEIGHT[steps]! * decay));
  }
  // A verb whose gloss the verb heads is a way of it no step reaches: "blow out: melt, *break*…" (definedBy).
  for (const w of definedByVerb(lexicon).get(lemma) ?? [])
    weights.set(w, Math.max(weights.get(w) ?? 0, STEP_WEIGHT[STEPS]!));
  for (const s of lexicon.senses(lemma, 'verb').slice(0, SENSE_DECAY.length))
    for (const w of s.words) weights.delete(w);
  found = [...weights]
    .map(([word, weight]) => ({ word, weight }))
    .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1));
  byLemma.set(lemma, found);
  return found;
}

/** A verb a step or two from the question's, as a sentence's words may hold it. */
export interface Step {
  weight: number;
  /**
   * Whether WordNet knows the word as a verb at least as often as a noun, and it is no light verb: a report's words
   * are matched as written, and one mostly a noun ("high *level* officials") is more often the thing than the act.
   * Looked up when a sentence holds it: a lookup in the nouns' index costs a fraction of a millisecond.
   */
  verb: () => boolean;
}

/**
 * For each unit of the query, the verbs a step or two from it (verbSteps) that the corpus holds, by stem, when the
 * question says it as a verb (a verb of two words as its one lemma, "turn_down"): its own words and bridges left out.
 */
export function stepsOf(
  query: ParsedQuery,
  question: Question,
  glossary: Glossary,
  held: (stem: string) => boolean,
  lexicon: Lexicon,
): Map<string, Step>[] {
  return query.units.map((unit) => {
    const steps = new Map<string, Step>();
    const word = unit.tokens.length === 1 ? wordOfToken(question, unit.tokens[0]!) : undefined;
    if (unit.conceptId || !word || wordClassOf(word) !== 'verb') return steps;
    const had = new Set([...unit.tokens.map((t) => t.stem), ...(unit.related ?? []).map((r) => r.stem)]);
    for (const r of verbSteps(question.phrasal.get(word.start) ?? word.lemma, lexicon)) {
      // A verb of two words is held by a sentence that says it (phrasal.ts), though no report is indexed by it.
      const together = r.word.includes('_');
      const stem = together ? phrasalStem(r.word) : relatedStem(r.word, glossary);
      if (had.has(stem) || steps.has(stem) || !(together || held(stem))) continue;
      let verb: boolean | undefined = together || undefined;
      const firstAVerb = () =>
        !LIGHT_VERBS.has(r.word) && lexicon.senses(r.word, 'noun').length <= lexicon.senses(r.word, 'verb').length;
      steps.set(stem, { weight: r.weight, verb: () => (verb ??= firstAVerb()) });
    }
    return steps;
  });
}

/** The senses of a question's verb an asker may mean: bring's fourth (fetch) is one, hit's eleventh (murder) not. */
const ASKED_SENSES = 5;

const askedCache = byLemmaOf<Set<number>>();

/**
 * The offsets of the senses of a question's verb an asker may mean, built once per verb: wayOf is asked it for every
 * verb of every candidate sentence.
 */
function askedSenses(lemma: string, lexicon: Lexicon): Set<number> {
  const byLemma = askedCache(lexicon);
  let asked = byLemma.get(lemma);
  if (!asked) {
    asked = new Set(
      lexicon
        .senses(lemma, 'verb')
        .slice(0, ASKED_SENSES)
        .map((s) => s.offset),
    );
    byLemma.set(lemma, asked);
  }
  return asked;
}

/**
 * Whether a report's verb, in one of its commonest senses, is a way of the question's verb in one of the senses an
 * asker may mean (ASKED_SENSES), under a narrow one (NARROW_KINDS): "the spare parts … going to be *delivered* by
 * MI-8" says who was to *bring* them, to deliver being a way to "bring, fetch", a sense "bring" has fourth. Not in a
 * rare one: "*executed* an emergency landing" tells no helicopter *hit*, though to execute is a way to "murder, slay,
 * hit", hit's eleventh sense. A broad verb's kinds are other acts. No light verb either way.
 */
export function wayOf(reportLemma: string, questionLemma: string, lexicon: Lexicon): boolean {
  if (LIGHT_VERBS.has(reportLemma) || LIGHT_VERBS.has(questionLemma) || reportLemma === questionLemma) return false;
  const asked = askedSenses(questionLemma, lexicon);
  return lexicon
    .senses(reportLemma, 'verb')
    .slice(0, SENSE_DECAY.length)
    .some((s) =>
      s.pointers.some((p) => {
        if (p.symbol !== '@' || p.wordClass !== 'verb' || !asked.has(p.offset)) return false;
        return lexicon.synset('verb', p.offset).pointers.filter((q) => q.symbol === '~').length <= NARROW_KINDS;
      }),
    );
}

/** How many steps up from a sense of the question's verb a broader verb of the report's may stand. */
const BROADER_STEPS = 3;

const broaderCache = byLemmaOf<Set<string>>();

/**
 * The words of the broader verbs a few steps up (BROADER_STEPS) from the senses of a question's verb an asker may mean
 * (ASKED_SENSES), built once per verb; not WordNet's top verbs, which have no broader one ("move", "change", "act"):
 * every act of moving or making reaches them.
 */
function broaderVerbs(lemma: string, lexicon: Lexicon): Set<string> {
  const byLemma = broaderCache(lexicon);
  let words = byLemma.get(lemma);
  if (words) return words;
  words = new Set();
  const up = (s: Synset) => verbsAbove(s, lexicon);
  let level = lexicon.senses(lemma, 'verb').slice(0, ASKED_SENSES);
  for (let step = 1; step <= BROADER_STEPS && level.length; step++) {
    level = level.flatMap(up);
    for (const s of level) if (up(s).length) for (const w of s.words) words.add(w);
  }
  byLemma.set(lemma, words);
  return words;
}

/**
 * Whether a report's verb is a broader verb of the question's, a few steps up WordNet's tree from a sense an asker may
 * mean (broaderVerbs): the War Diary logs a detainee's coming in in one broad verb, "1x Detainee *transferred* into
 * BTIF by TF 373", where askers say how: "who *brought* him in" (bring, fetch: a way to transmit, transfer), "who
 * *dropped off* the two" (drop off → deliver → bring → transfer), "who *sent* him" (send: a way to transmit, transfer).
 * The report's verb says the act in its broader word, as "attacked" does not for "hit", no kind of attacking. Not a
 * light verb: "get", "give", "take" are broader verbs of most acts of having and moving.
 */
export function broaderOf(reportLemma: string, questionLemma: string, lexicon: Lexicon): boolean {
  if (LIGHT_VERBS.has(reportLemma) || LIGHT_VERBS.has(questionLemma) || reportLemma === questionLemma) return false;
  return broaderVerbs(questionLemma, lexicon).has(reportLemma);
}

/**
 * The pieces of a gloss's first clause its leading verbs head: "melt, break, or become otherwise unusable" (blow out)
 * is "melt", "break", "become otherwise unusable". The list ends at the first piece of more words, whose own words
 * tell its object or manner, not another act.
 */
const GLOSS_PIECES = /\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+/;

const definedCache = byLemmaOf<Set<string>>();

/** The verbs heading the definition of a verb's commonest sense (GLOSS_PIECES), built once per verb. */
function definingVerbs(lemma: string, lexicon: Lexicon): Set<string> {
  const byLemma = definedCache(lexicon);
  let heads = byLemma.get(lemma);
  if (heads) return heads;
  heads = glossHeads(lexicon.senses(lemma, 'verb')[0]?.gloss ?? '', (w) => lexicon.senses(w, 'verb').length > 0);
  byLemma.set(lemma, heads);
  return heads;
}

/** The verbs heading a gloss's definition (GLOSS_PIECES); `isVerb` tells a word WordNet knows as a verb. */
function glossHeads(gloss: string, isVerb: (w: string) => boolean): Set<string> {
  const heads = new Set<string>();
  for (const piece of gloss.split(';')[0]!.trim().toLowerCase().split(GLOSS_PIECES)) {
    const [head, ...rest] = piece.split(/\s+/);
    if (!head || !isVerb(head)) break;
    heads.add(head);
    if (rest.length) break;
  }
  return heads;
}

/**
 * Whether a report's verb is defined by the question's: WordNet's gloss of its commonest sense is headed by it, the
 * report's verb a way of doing the question's that no hypernym step reaches ("blow out: melt, *break*, or become
 * otherwise unusable": "the blast BLEW OUT THE WINDOWS" for "what did the blast break?"). Not a light verb: "be",
 * "get" head glosses of every kind of act.
 */
export function definedBy(reportLemma: string, questionLemma: string, lexicon: Lexicon): boolean {
  if (LIGHT_VERBS.has(reportLemma) || LIGHT_VERBS.has(questionLemma) || reportLemma === questionLemma) return false;
  return definingVerbs(reportLemma, lexicon).has(questionLemma);
}

/**
 * The act a verb's commonest sense is done for, as its gloss says it: "examine *so as to determine* accuracy, quality,
 * or condition" (check) is done to determine.
 */
const PURPOSE = /\b(?:so as|in order) to (\w+)/;

/**
 * Whether a report's verb is the act the question's is done for (PURPOSE): a sentence telling someone was sent "to
 * *determine* his age" tells his age was *checked*, to check being to examine so as to determine it. Not a light verb.
 */
export function doneFor(reportLemma: string, questionLemma: string, lexicon: Lexicon): boolean {
  if (LIGHT_VERBS.has(reportLemma) || LIGHT_VERBS.has(questionLemma) || reportLemma === questionLemma) return false;
  const gloss = lexicon.senses(questionLemma, 'verb')[0]?.gloss ?? '';
  return PURPOSE.exec(gloss.split(';')[0]!)?.[1] === reportLemma;
}

const definedIndexes = new WeakMap<Lexicon, Map<string, string[]>>();

/**
 * For each verb, the verbs whose commonest sense's gloss it heads (definingVerbs read backwards: "break" → blow_out),
 * built once from all WordNet's verbs: WordNet keeps no pointer from a verb to the glosses naming it.
 */
function definedByVerb(lexicon: Lexicon): Map<string, string[]> {
  let index = definedIndexes.get(lexicon);
  if (index) return index;
  index = new Map();
  const glosses = lexicon.verbGlosses();
  for (const [lemma, gloss] of glosses)
    for (const head of glossHeads(gloss, (w) => glosses.has(w)))
      if (!LIGHT_VERBS.has(head) && head !== lemma) index.set(head, [...(index.get(head) ?? []), lemma]);
  definedIndexes.set(lexicon, index);
  return index;
}

/** A gloss telling perceiving by sight: "perceive by *sight*" (see), "to perceive with *the eyes*" (spy, sight). */
const BY_SIGHT = /\bsight\b|\bthe eyes\b/;
/** How far up a verb's hypernyms the perceiving by sight may be told: to notice is to detect, a way to sight. */
const SIGHT_STEPS = 2;

const sightCache = byLemmaOf<boolean>();

/** Whether a verb's commonest sense is a perceiving by sight, told by its gloss or a broader verb's (BY_SIGHT). */
export function seeing(lemma: string, lexicon: Lexicon): boolean {
  const byLemma = sightCache(lexicon);
  let found = byLemma.get(lemma);
  if (found !== undefined) return found;
  let level = lexicon.senses(lemma, 'verb').slice(0, 1);
  found = false;
  for (let step = 0; step <= SIGHT_STEPS && level.length && !found; step++) {
    found = level.some((s) => s.lexname === 'verb.perception' && BY_SIGHT.test(s.gloss));
    level = level.flatMap((s) => verbsAbove(s, lexicon));
  }
  byLemma.set(lemma, found);
  return found;
}

/** How far the sisters of a seeing verb are looked for: up to the perceiving over it, and down twice from there. */
const SISTER_STEPS = 4;

const sistersCache = byLemmaOf<string[]>();

/**
 * The verbs telling one act of seeing with a verb (seenAlike), found among the perceivings near its commonest sense:
 * for "see", "spot", "sight", "observe", "notice"… None for a verb not of seeing.
 */
export function seeingVerbs(lemma: string, lexicon: Lexicon): string[] {
  const byLemma = sistersCache(lexicon);
  let found = byLemma.get(lemma);
  if (found) return found;
  const words = new Set<string>();
  const seen = new Set<number>();
  const visit = (synset: Synset, steps: number, way: string) => {
    if (seen.has(synset.offset) || synset.lexname !== 'verb.perception') return;
    seen.add(synset.offset);
    for (const w of synset.words) if (!w.includes('_') && seenAlike(w, lemma, lexicon)) words.add(w);
    if (steps === SISTER_STEPS) return;
    // Up while the path has gone only up (to the perceiving over the verb), then down.
    for (const p of synset.pointers)
      if (p.wordClass === 'verb' && (p.symbol === '~' || (p.symbol === way && steps < SIGHT_STEPS)))
        visit(lexicon.synset('verb', p.offset), steps + 1, p.symbol);
  };
  if (seeing(lemma, lexicon)) for (const s of lexicon.senses(lemma, 'verb').slice(0, 1)) visit(s, 0, '@');
  found = [...words];
  byLemma.set(lemma, found);
  return found;
}

/**
 * Whether a report's verb and the question's tell one act of seeing, each in its commonest sense: to *spot* (catch
 * sight of) and to *see* (perceive by sight) are sisters under "perceive", too broad a verb for its kinds to be one act
 * (wayOf), yet "TF 31 *spotted* 3x persons" says where they were *seen*. Only by sight: to *hear* and to *smell*,
 * perceiving too, are other acts, and a verb's rarer senses are ("see" as understand).
 */
export function seenAlike(reportLemma: string, questionLemma: string, lexicon: Lexicon): boolean {
  if (reportLemma === questionLemma || LIGHT_VERBS.has(reportLemma) || LIGHT_VERBS.has(questionLemma)) return false;
  return seeing(questionLemma, lexicon) && seeing(reportLemma, lexicon);
}

const attackCache = byLemmaOf<Set<string>>();

/**
 * The words of WordNet's verb of attacking ("attack, assail": to launch an offensive) when the question's verb is, in
 * one of its senses whatever its rank, a way of it a step or two down: hit's tenth sense, "strike, hit — make a
 * strategic, offensive, assault against an enemy", "bomb", "shell". The War Diary says an attack on a patrol by its
 * own word where askers say the patrol "got *hit*": "DEU, NDS, ANP patrol *attacked* by ACF", "an IED *attack* was
 * committed against a DEU patrol consisting of 1 FENNEK and 1 DINGO", "IED *attack* on 4 vehicle convoy of joint
 * patrol". None for another verb: "execute" is a way to "murder, slay, hit", no attack.
 */
export function attackOf(lemma: string, lexicon: Lexicon): Set<string> {
  const byLemma = attackCache(lexicon);
  let words = byLemma.get(lemma);
  if (words) return words;
  const attack = lexicon.senses('attack', 'verb', 1)[0];
  const under = (s: Synset, steps: number): boolean =>
    steps > 0 && verbsAbove(s, lexicon).some((up) => up.offset === attack?.offset || under(up, steps - 1));
  const attacks = !!attack && lexicon.senses(lemma, 'verb').some((s) => under(s, STEPS));
  words = new Set(attacks ? attack.words : []);
  byLemma.set(lemma, words);
  return words;
}

/**
 * How many of "hit"'s commonest senses are of hitting: "cause to move by striking", "come into sudden contact with",
 * "deal a blow to".
 */
const HITTING_SENSES = 3;
/** The verbs of an effect a hit has on a thing, each in its commonest sense: "inflict damage upon", "do away with". */
const HIT_EFFECTS = ['damage', 'destroy'];

/**
 * The words of the verbs telling a hit by what it did to the thing hit, when the question's verb is, in one of its
 * commonest senses, one of hitting ("hit"; "strike" and "collide with", sharing hit's "come into sudden contact"). The
 * War Diary tells what hit a thing by the damage it did: "The office *damaged by* one RPG round", "vehicle *destroyed
 * by* an IED", where askers ask "what hit the office?". WordNet brings hit and damage no closer than "affect".
 */
export function effectsOfHit(lemma: string, lexicon: Lexicon): string[] {
  const hitting = new Set(lexicon.senses('hit', 'verb', HITTING_SENSES).map((s) => s.offset));
  if (!lexicon.senses(lemma, 'verb', HITTING_SENSES).some((s) => hitting.has(s.offset))) return [];
  return HIT_EFFECTS.flatMap((verb) => lexicon.senses(verb, 'verb', 1)[0]?.words ?? []);
}
