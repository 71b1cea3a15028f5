/**
 * Reading a question: which wh-word it asks with, what kind of answer that
 * expects (a person or group, a place, a time, a quantity, a reason), the noun
 * that names what is asked for ("which *unit*", "what *size*": the answer need
 * not repeat it), and how much each of its words says about what is asked.
 */
import { hyphenated } from './acts.ts';
import { OBJECT_FRAMES } from './act-nouns.ts';
import { catenatives } from './catenative.ts';
import { asksCondition } from './conditions.ts';
import { isMovement } from './destinations.ts';
import { auxiliaryRestored } from './dropped-auxiliary.ts';
import { countedByGloss, isCountNoun, PERSON } from './measures.ts';
import type { Lexicon, Related, WordClass } from './lexicon.ts';
import {
  isEdForm,
  isIngForm,
  participle,
  pastAdverbs,
  read,
  SCENE_OPENERS,
  touching,
  type Reading,
  type Word,
} from './nlp.ts';
import { pastReadAsNoun } from './past-read-as-noun.ts';
import { PARTICLES } from './phrasal.ts';
import type { QueryUnit } from './query.ts';
import { acronymPlural, irregularBase, type Token } from './text.ts';
import { asksThing } from './thing-asked.ts';
import { seeingVerbs } from './verb-steps.ts';

/**
 * `instance`: a kind or an instance of the noun a "which X" names ("Iran" for "which country"); `object`: what the
 * verb of a "what did they find?" acts on ("found *a bomb*"); `act`: what "what did they do?" asks was done ("brought
 * it to the gate").
 */
export type AnswerKind =
  | 'agent'
  | 'place'
  | 'time'
  | 'quantity'
  | 'reason'
  | 'instance'
  | 'object'
  | 'act'
  /** How often: "regularly", "every week", "twice a month". */
  | 'frequency'
  /** How it was done: "with the camp eye", "through intelligence" (means.ts). */
  | 'means';

export interface Question {
  /** The wh-word as asked, lowercased; null for a yes/no question or a request. */
  wh: string | null;
  /** The kinds of answer the question expects; empty when any will do ("what happened?"). */
  expects: Set<AnswerKind>;
  /**
   * How likely each expected kind is, 0–1, when the question names it through
   * a noun: the kind of its commonest sense most ("value" is first an amount,
   * only in music a length of time).
   */
  likelihood?: Map<AnswerKind, number>;
  /**
   * Whether the kind must be there: "who", "when", "where", "how many" name
   * it; "which X" and "what X" only hint at it through X.
   */
  strict: boolean;
  /** Offsets in the question of the noun naming what is asked for. */
  focus?: { start: number; end: number };
  /** What a quantity asked for is of, or in: "how many *kids*", "how old" (years), "how far" (metres…). */
  measure?: Set<string>;
  /**
   * What a "how many" question about the dead or wounded counts, of its measure: "how many *kids* died" counts
   * children, where the measure also holds the words counting any dead ("KIA", "killed").
   */
  counted?: Set<string>;
  /**
   * The noun a "how many" question counts, when nouns before it say which ("how many school *projects*"), in its forms
   * and the words WordNet holds close to it: a count of it answers surely, a count of one of those nouns less so.
   */
  countedHead?: Set<string>;
  /** The nouns a "how many" question counts, as written ("German soldiers", "Afghan police"), for the glossary. */
  countedAs?: string;
  /**
   * The words the reports count a "how many" question's dead or wounded by ("how many died": "KIA", "killed"), when it
   * asks of them; a count said with the others ("11 US WIA") counts other casualties.
   */
  casualties?: Set<string>;
  /**
   * "How close", "how near": the number asked measures how far apart, though the asker names no unit; it counts
   * nothing ("*One soldier* fired a burst" is no distance).
   */
  uncounted?: boolean;
  /** "How much *explosive*": the number asked is an amount of the thing named, said just before it (measure). */
  matter?: boolean;
  /**
   * The question asks how many, by "how many" or by a noun of quantity after "what" ("what was the detainee *count*"):
   * a standing total answers it, a number moved does not (counts.ts).
   */
  tallied?: boolean;
  /** "What was the name of…": the answer is a name, not a role ("Local National", "NDS agent"). */
  named?: boolean;
  /**
   * The words of a "what was the name of…" question past the word asking the name ("name", "identity"), "of" first
   * ("of *the HUN doctor* who treated the boy?"): whose name is asked, read from them by what looks for it (nameUnsaid,
   * personNamed).
   */
  namedOf?: Word[];
  /**
   * "How *badly* was the truck damaged?": the answer says how much of the harm `instanceOf` names there was, an
   * adjective before it ("*Minor* damage") or an adverb before its verb ("*lightly* damaged"), not which harm.
   */
  degree?: boolean;
  /** "What was the *tail number*…": the number asked names one thing; it counts or measures nothing. */
  identifies?: boolean;
  /** The base form of the noun a "which X" names, of which the answer is a kind or an instance. */
  instanceOf?: string;
  /**
   * "What *size* mortar shell…": the question asks an attribute of `instanceOf`, said by a modifier before it in the
   * sentence ("*80mm* mortar shell"), not which thing it is.
   */
  attribute?: boolean;
  /**
   * The verbs of a "what" question that names no noun ("what did they find?"), in base form: the answer is what they
   * act on, after them ("found a bomb"), or before them when the question is passive ("what was found?").
   */
  acts?: {
    verbs: Set<string>;
    passive: boolean;
    /** The words the answer may follow the verb with: "made *of*", "built *from*", "consisting *of*". */
    joins?: Set<string>;
    /**
     * The question's own verbs of a "made of" question, and their synonyms: they say what a thing is made of only past
     * one of `joins` ("made *of* wire", not "made contact").
     */
    joined?: Set<string>;
    /**
     * The question's own verbs, in base form: a sentence's verb that WordNet brings to one of them says its act too,
     * as a kind of it ("*located* by robot 1x RCIED" for "what did the robot find?": locating is a way of finding).
     */
    asked?: Set<string>;
    /**
     * The nouns naming who did the act, in lower case, when the question names them: "what did *the robot* find?". A
     * sentence telling someone else doing it ("ANP reported *they* found an IED") tells what they found, not it.
     */
    doers?: Set<string>;
    /**
     * What the act was for, when the question says it by an infinitive ("what did they use *to recover* the vehicle?"),
     * with the verbs WordNet brings close to it: a sentence saying another purpose ("will use planes *to look* at the
     * area") tells another use.
     */
    purpose?: Set<string>;
    /**
     * The question asks what the act was done with, "with" left at its end ("what did the insurgents attack the OMLT
     * *with*?"): the answer follows "with" after the verb or its object ("were attacked *with* RPG, SAF and mortar").
     */
    instrument?: boolean;
  };
  /**
   * "What did the elders *want* the coalition to do?": the act asked is one the question's verb (and its synonyms)
   * wants of someone else, said after it as "to" and a verb ("wanted CFs *to come back*"), not one the elders did.
   */
  wanted?: Set<string>;
  /**
   * Offsets of the noun phrase naming the thing a "what did they do *with* / *to* X?" question asks what was done to:
   * the act answering it acts on X ("*the mines* were BIP", "blow *the suspect IED* in place").
   */
  doneTo?: { start: number; end: number };
  /** "What happened to X?" names no doer: an act anyone did to X answers ("combatant *blew off right hand*"). */
  byAnyone?: boolean;
  /**
   * Offsets of the subject of a "what was S doing (when …)?" question: the act answering is the one S did ("*Convoy*
   * was conducting a resupply"), not one of the scene the question sets ("M1114 *recovered*").
   */
  doer?: { start: number; end: number };
  /**
   * Offsets of the subject of a "what did S do (when …)?" question: only an act S is said to do answers ("*EW*
   * responded with approx 180 rounds"), not one of another named in its report ("INF PLT E … tried to found…").
   */
  actor?: { start: number; end: number };
  /** Offsets of the words that only ask ("how many", "what kind of"): they are not looked for. */
  asking?: { start: number; end: number };
  reading: Reading;
  /**
   * Verbs said with a second word, by the offset of the verb: "turned down" is WordNet's "turn_down" (refuse), "looking
   * into" its "look_into" (investigate). The second word is part of the verb, not a word of its own.
   */
  phrasal: Map<number, string>;
  /**
   * Offsets of words not looked for on their own: the second word of a phrasal verb ("turned *down*"), the word that
   * names what "how much" measures ("how much was it *worth*", "did it *cost*"), which only asks.
   */
  aside: Set<number>;
}

const WH = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);
const HOW_MUCH = new Set([
  'many',
  'much',
  'long',
  'far',
  'old',
  'big',
  'large',
  'few',
  'tall',
  'heavy',
  'high',
  'deep',
  'wide',
  'close',
  'often',
]);
/** WordNet's classes of nouns, as the kinds of answer they ask for. */
const KIND_OF_LEXNAME: Record<string, AnswerKind> = {
  'noun.person': 'agent',
  'noun.group': 'agent',
  'noun.location': 'place',
  'noun.time': 'time',
  'noun.quantity': 'quantity',
  'noun.possession': 'quantity',
  'noun.attribute': 'quantity',
  'noun.motive': 'reason',
};
/** Nouns that ask for a name: "what was the *name* of the interpreter". */
const NAME_WORDS = new Set(['name', 'names', 'identity']);
/** The noun for a number that, with a noun before it, names one thing: "*tail number*", "*serial number*". */
const IDENTIFIER = 'number';
const KIND_WORDS = new Set(['kind', 'type', 'sort', 'form', 'sorts', 'kinds', 'types']);
/**
 * Senses of a focus noun that count: "unit" is first a measure, but also a group of people; "force" is a group fifth.
 */
const FOCUS_SENSES = 5;

const WORD_CLASS: Record<string, WordClass> = { NOUN: 'noun', PROPN: 'noun', VERB: 'verb', ADJ: 'adj', ADV: 'adv' };
export const wordClassOf = (word: Word | undefined): WordClass | undefined => (word ? WORD_CLASS[word.pos] : undefined);

/** The kinds of answer a noun asks for, from the classes WordNet files its commonest senses under. */
export function kindsOfNoun(lexicon: Lexicon, lemma: string, senses = FOCUS_SENSES): Set<AnswerKind> {
  const kinds = new Set<AnswerKind>();
  for (const s of lexicon.senses(lemma, 'noun', senses)) {
    const kind = KIND_OF_LEXNAME[s.lexname];
    if (kind) kinds.add(kind);
  }
  return kinds;
}

/**
 * The kinds a noun asks for, each as likely as its commonest sense of that kind is common (WordNet lists senses
 * commonest first).
 */
function kindsBySense(lexicon: Lexicon, lemma: string): Map<AnswerKind, number> {
  const kinds = new Map<AnswerKind, number>();
  lexicon.senses(lemma, 'noun', FOCUS_SENSES).forEach((s, rank) => {
    const kind = KIND_OF_LEXNAME[s.lexname];
    if (kind && !kinds.has(kind)) kinds.set(kind, 1 - 0.15 * rank);
  });
  return kinds;
}

/** Whether a word is a noun whose commonest sense is a measure: "*probability* match", "*weight* limit". */
const measuredBy = (word: Word | undefined, lexicon: Lexicon) =>
  isNoun(word) && KIND_OF_LEXNAME[lexicon.filedUnder(word!.lemma.toLowerCase(), 'noun') ?? ''] === 'quantity';

/** The broader kinds of the buildings and installations one is taken to: a hospital, a base, a detention facility. */
const SITE_KINDS = ['structure', 'facility'];

/**
 * Whether a noun's commonest sense is one of SITE_KINDS' commonest, or a kind of one: "hospital", "base", "prison",
 * "facility" itself; not "grid", whose rarer sense only is a framework of bars.
 */
const siteFirst = (lemma: string, lexicon: Lexicon) => SITE_KINDS.some((k) => lemma === k || lexicon.isA(lemma, k, 1));

/**
 * Whether a "which X" question asks where a movement took someone to X, X first of all a building or an installation
 * (siteFirst): the question says a verb of movement ("taken", "sent"), or one whose noun is one ("transferred": a
 * transfer).
 */
function movedToSite(words: Word[], focus: Word, lexicon: Lexicon): boolean {
  const moves = (w: Word) => isMovement(w.text.toLowerCase(), lexicon) || isMovement(w.lemma.toLowerCase(), lexicon);
  // The tagger reads an irregular past ending the question as a noun ("… were the detainees *sent*?"): a verb still.
  const verb = (w: Word) => w.pos === 'VERB' || !!irregularBase(w.text.toLowerCase());
  return siteFirst(focus.lemma.toLowerCase(), lexicon) && words.some((w) => w !== focus && verb(w) && moves(w));
}

/**
 * The noun a "what"/"which" question names: the head of the first noun phrase
 * after the wh-word ("which al Qaeda *figure*", "what was the *value* of…",
 * "what kind of *car*"), and the last word that only asks. A noun a verb
 * follows ("what was *the boy* riding") is who does it, not what is asked for.
 */
function focusAfter(words: Word[], at: number, lexicon: Lexicon): { focus?: Word; asking: number } {
  let asking = at;
  for (let i = at + 1; i < words.length; i++) {
    const w = words[i]!;
    if (KIND_WORDS.has(w.lemma) && words[i + 1]?.lemma === 'of') {
      asking = ++i;
      continue;
    }
    if (i === at + 1 && asksAttribute(words, i, lexicon)) {
      asking = i;
      continue;
    }
    if (w.pos === 'NOUN' || w.pos === 'PROPN') {
      let head = i;
      while (['NOUN', 'PROPN'].includes(words[head + 1]?.pos ?? '') || hyphenJoined(words, head)) head++;
      // A possessor's noun only says whose: the phrase's head is the noun owned after its "'s" ("what were the
      // interpreter's *attackers* armed with?" asks about the attackers), save a name, which asks who the possessor
      // is ("what was the interpreter's *name*?", as "the name of the interpreter").
      const owned = words[head + 2];
      if (words[head + 1]?.lemma === "'s" && words[head + 1]!.pos === 'PART' && !NAME_WORDS.has(owned?.lemma ?? '')) {
        i = head + 1;
        continue;
      }
      const focus = words[head]!;
      // A thing named straight after the wh-word is what is asked, though it acts: "what *aircraft* observed…?". So is
      // any noun straight after "what kind of", thing or body: "what kind of *gun* fired the tracers?" asks the gun,
      // "what kind of *cars* approached?" the cars, not what they fired or approached.
      // So is a person named so, as WordNet files the noun first: "which militia *leader* died…?" asks which leader.
      const named = asksThing(focus.lemma, lexicon) || lexicon.filedUnder(focus.lemma, 'noun') === 'noun.person';
      // "Which *of* the ISNs assigned … was a recapture?": "of" straight after the wh-word names the set the answer is
      // one of, so its noun is asked though a participle follows it (it only says which ISNs).
      // After "kind of", its adjectives are of the phrase asked: "what kind of *AT mine* got left?" asks the mine.
      const kindAsked = asking > at && words.slice(asking + 1, i).every((x) => x.pos === 'ADJ');
      const asked = (i === at + 1 && named) || kindAsked || words[at + 1]?.lemma === 'of';
      // "Which platoon *got* hit…?" is passive as "which platoon *was* hit…?" is: a noun of people or a group is whom
      // the act was done to, and asked as the subject before "was" is. A noun WordNet knows no such sense of ("which
      // two *elements* got ambushed?") is left to what the act was done to ("were ambushed, *CB13 and Whiskey 36*").
      const passive = getPassive(words, head + 1) && kindsBySense(lexicon, focus.lemma).has('agent');
      const acts = words[head + 1]?.pos === 'VERB' && !passive;
      return acts && !asked && !doerAsked(words, head, lexicon) ? { asking } : { focus, asking };
    }
    if (w.lemma === 'of') continue;
    // "What was the value": past the copula and its article, not past another verb.
    if (w.pos === 'AUX' && w.lemma === 'be' && i === at + 1) continue;
    if (!['DET', 'ADJ', 'NUM', 'ADV'].includes(w.pos)) return { asking };
  }
  return { asking };
}

/**
 * Whether the word after `at` is a hyphen or the part it joins, written with no space either side: one word to the
 * reader though wink splits it, as the War Diary's codes are ("the US *TIF-A* head count": the hyphen is no end of the
 * noun phrase, whose head is still ahead, "count"; wink reads the "A" a determiner).
 */
function hyphenJoined(words: Word[], at: number): boolean {
  const part = words[at + 2]?.text ?? '';
  if (words[at + 1]?.text === '-')
    return touching(words, at, at + 1) && touching(words, at + 1, at + 2) && /^\p{L}/u.test(part);
  return words[at]?.text === '-' && touching(words, at - 1, at) && touching(words, at, at + 1);
}

/**
 * The noun a question asks what it is through a verb of its subject's, the question ending in the copula: "what did
 * the task force think *the real name* of the prisoner was?" asks, as "what was the real name…?" does, a name.
 */
function thoughtToBe(words: Word[], at: number): Word | undefined {
  if (words.filter((w) => w.pos !== 'PUNCT').at(-1)?.lemma !== 'be') return undefined;
  let k = words.findIndex((w, i) => i > at && w.pos === 'VERB') + 1;
  if (k <= 0) return undefined;
  while (words[k]?.pos === 'DET' || words[k]?.pos === 'ADJ') k++;
  if (!isNoun(words[k])) return undefined;
  while (isNoun(words[k + 1])) k++;
  // A name is no kind asked of: "what did the S2 believe *Objective McKinnley* to be?" asks what the one named is.
  return words[k]!.pos === 'PROPN' ? undefined : words[k];
}

/** The verb WordNet files first in the sense of coming to in all ("the bill *totalled* $2,000"). */
const SUMMING = 'total';

/**
 * The noun a "what did S V?" question asks what it is, S a count's noun (isCountNoun) and V a verb of coming to in all
 * (WordNet's sense shared by "total", "come", "add up", "number"), its clause ending at V or its preposition: "what
 * did *the headcount* come to after ISN 20028 was issued?" asks, as "what was the headcount…?" does, the count; "what
 * did the patrol come to?" asks where it came.
 */
function amountedTo(words: Word[], at: number, lexicon: Lexicon): Word | undefined {
  if (words[at + 1]?.lemma !== 'do') return undefined;
  let k = at + 2;
  while (words[k]?.pos === 'DET' || words[k]?.pos === 'ADJ') k++;
  if (!isNoun(words[k])) return undefined;
  while (isNoun(words[k + 1])) k++;
  const verb = words[k + 1];
  if (!isCountNoun(words[k]!.lemma, lexicon)) return undefined;
  const summing = lexicon.senses(SUMMING, 'verb')[0]?.offset;
  if (verb?.pos !== 'VERB' || !lexicon.senses(verb.lemma, 'verb').some((s) => s.offset === summing)) return undefined;
  const end = ownClauseEnd(words, at);
  const rest = words.slice(k + 2, end).filter((w) => w.pos !== 'PUNCT');
  // The tagger may read the preposition as an infinitive's "to" when a scene's opener follows ("come *to* once …").
  const preposition = (w: Word) => w.pos === 'ADP' || (w.pos === 'PART' && w.lemma === 'to');
  return rest.length <= 1 && rest.every(preposition) ? words[k] : undefined;
}

/**
 * Whether the noun at `head`, straight after the wh-word and before its verb, asks who did the act: "which *unit*
 * reported the truck hitting an IED?", "which Afghan *ministry* wanted the discovery kept quiet?". A sense of it
 * WordNet knows is of people or a group, and the verb has its object in the question, so what it acted on is not asked.
 * The object may follow the verb's particle ("which *unit* handed over the detainees", "which task *force* sent over
 * 20066 and 20067", "which task *force* called in the car bomb") or be a number (the ISNs a transfer is asked by).
 */
function doerAsked(words: Word[], head: number, lexicon: Lexicon): boolean {
  const lemma = words[head]!.lemma;
  // A word WordNet knows no noun of is the War Diary's letters for a unit: "which *tf* sent 4200 and 4201".
  if (!kindsBySense(lexicon, lemma).has('agent') && lexicon.senses(lemma, 'noun').length) return false;
  const particle = PARTICLES.has(words[head + 2]?.text.toLowerCase() ?? '');
  const after = words[head + (particle ? 3 : 2)];
  return !!after && OPENS_PHRASE.has(after.pos);
}

/**
 * Whether the noun at `i`, straight after the wh-word, asks an attribute of the noun after it: "what *size* mortar
 * shell", "what *colour* van". WordNet files such a word first as an attribute; it only asks, and the thing is the noun
 * after it, whose modifier answers ("*80mm* mortar shell").
 */
export const asksAttribute = (words: Word[], i: number, lexicon: Lexicon) =>
  words[i]!.pos === 'NOUN' &&
  isNoun(words[i + 1]) &&
  lexicon.filedUnder(words[i]!.lemma, 'noun') === 'noun.attribute' &&
  // Not a compound WordNet knows whole: "what *age group*" asks which group.
  !lexicon.senses(`${words[i]!.lemma}_${words[i + 1]!.lemma}`, 'noun').length;

/** What the quantity of a "how …" question is in: "how old" in years, "how far" in metres or miles. */
const UNITS: Record<string, string[]> = {
  old: ['year', 'years', 'yr', 'yrs', 'old', 'age', 'month', 'months', 'y/o', 'yo', 'yoa'],
  far: ['m', 'km', 'meter', 'metre', 'mile', 'kilometer', 'kilometre', 'ft', 'feet', 'foot', 'yard', 'yd', 'mi'],
  big: ['m', 'cm', 'mm', 'km', 'inch', 'in', 'ft', 'feet', 'meter', 'metre', 'dia', 'diameter', 'kg', 'lb', 'ton'],
};
/** "How long": a duration's units, as written in the reports' capitals too ("16 YEARS"), or a length's. */
const DURATION = ['second', 'minute', 'min', 'hour', 'hr', 'day', 'week', 'month', 'year'];
const DURATIONS = [...DURATION, ...DURATION.map((unit) => `${unit}s`)];
UNITS.long = [...DURATIONS, ...UNITS.far!];
for (const size of ['large', 'wide', 'deep', 'tall', 'high', 'heavy', 'small']) UNITS[size] = UNITS.big!;
/** "How low": an altitude, which the reports give in feet above the ground ("30FT AGL", "500 AGL"). */
UNITS.low = ['ft', 'feet', 'foot', 'agl', 'msl'];
/** "How fast": a speed, as the reports write it ("45 mph", "110KTS", "60km/h"). */
UNITS.fast = ['mph', 'kph', 'km/h', 'kmh', 'kt', 'kts', 'knot', 'knots'];
UNITS.quick = UNITS.fast;
/**
 * "How close", "how near" ask a distance, but one the reports may give without a unit, or in words ("within range"):
 * no unit is required of the answer (requiring one lost a right answer), only a count is no answer.
 */
const NEARNESS = new Set(['close', 'near']);
/**
 * Words of a question about the dead or the wounded, and how the reports count each ("3x KIA", "2x WIA"): "how many
 * insurgents were killed" is not counted by "3X US MIL WIA". "Casualties" are either.
 */
// The noun of the act counts them too: "resulted in the *death* of 1 child, 1 woman, 5 males". Each code is filed by
// its glossary gloss, a death or an injury: DOW (died of wounds) and NBD (non-battle death) count the dead, NBI
// (non-battle injury) the hurt, so "how many … were *hurt*" in "2 (two) NBD ANA soldiers and 1 (one) NBI ANA soldier"
// counts the one NBI, and "how many … died" the two NBD.
const KILLED = ['kia', 'ekia', 'dow', 'nbd', 'killed', 'dead', 'died', 'death', 'casualties'];
const WOUNDED = ['wia', 'ewia', 'nbi', 'wounded', 'injured', 'hurt', 'casualties'];
const CASUALTY_FORMS: Record<string, string[]> = {
  die: KILLED,
  kill: KILLED,
  dead: KILLED,
  death: KILLED,
  killed: KILLED,
  wound: WOUNDED,
  wounded: WOUNDED,
  injure: WOUNDED,
  injured: WOUNDED,
  hurt: WOUNDED,
  burn: WOUNDED,
  casualty: [...new Set([...KILLED, ...WOUNDED])],
};
/**
 * The casualty words a question counts by. A question naming the dead or the wounded counts them, though it says
 * "casualties" too: "how many … *died* in the strike whose *casualties* went to PRT Konduz" asks no count of wounded.
 */
function casualtyForms(words: Word[]): string[] {
  const said = words.filter((w, i) => CASUALTY_FORMS[w.lemma] || losesLife(words, i));
  const named = said.filter((w) => w.lemma !== 'casualty');
  return [...new Set((named.length ? named : said).flatMap((w) => CASUALTY_FORMS[w.lemma] ?? KILLED))];
}

/** How far after "lose" its object "life" may stand: "lost *their* lives", "lost *his own* life". */
const LIFE_AFTER = 3;
/** "Lost their lives": English's idiom for dying, which counts the dead as "died" does, not the injured beside them. */
const losesLife = (words: Word[], i: number) =>
  words[i]!.lemma === 'lose' && words.slice(i + 1, i + 1 + LIFE_AFTER).some((w) => w.lemma.toLowerCase() === 'life');
/** The casualty words counting the dead or the wounded a word of theirs tells of ("casualty": either), if any. */
export const casualtyFormsOf = (lemma: string): string[] | undefined => CASUALTY_FORMS[lemma.toLowerCase()];

/** Every word the reports count the dead or the wounded by. */
export const CASUALTY_WORDS = new Set([...KILLED, ...WOUNDED]);

/**
 * Whether the word at `i` tells of the dead or the wounded: a casualty word as written ("3x INS *KIA*", "2 LN
 * *wounded*") or a form of its verb or noun ("*killing* two ANP", "*injuries*"), or "lost their lives".
 */
export const casualtyAt = (words: Word[], i: number) =>
  CASUALTY_FORMS[words[i]!.lemma.toLowerCase()] !== undefined ||
  CASUALTY_WORDS.has(words[i]!.text.toLowerCase()) ||
  losesLife(words, i);

export const isNoun = (w: Word | undefined) => w?.pos === 'NOUN' || w?.pos === 'PROPN';

/**
 * Whether the question's word at `i` leaves the preposition after it standing, no noun after that ("who were the shots
 * fired *at* near…?", "who did they work *for*?"): the question asks the one the preposition takes. One reading for
 * the gate setting a doer aside (gates.ts doerNotAsked) and the choice of the phrase taken (typed.ts).
 */
export const strandsPreposition = (words: Word[], i: number): boolean => {
  const after = words[i + 2];
  return words[i + 1]?.pos === 'ADP' && (!after || after.pos === 'ADP' || after.pos === 'PUNCT');
};

/**
 * The nouns of the first noun phrase from `from`, its head last: "how many German soldiers" counts soldiers, and the
 * reports may name them by either ("2x DEU SOLDIERS", "3x US MIL").
 */
function nounPhrase(words: Word[], from: number): Word[] {
  let last = words.findIndex((w, i) => i >= from && isNoun(w));
  if (last < 0) return [];
  const first = last;
  while (isNoun(words[last + 1])) last++;
  return words.slice(first, last + 1);
}

/**
 * What a "how many of the N were X" question counts: X, the part of the N its copula names ("how many *of* the Camp
 * Arena casualties were *Afghans*?" counts the Afghans, not the casualties); none when it asks no part so, or names
 * none by a noun.
 */
function partCounted(words: Word[], at: number): Word[] | undefined {
  if (words[at + 2]?.lemma !== 'of') return undefined;
  const whole = nounPhrase(words, at + 3);
  const be = words.findIndex((w, i) => i > words.indexOf(whole.at(-1)!) && w.lemma === 'be');
  if (!whole.length || be < 0) return undefined;
  const part = nounPhrase(words, be + 1);
  return part.length && words.slice(be + 1, words.indexOf(part[0]!)).every((w) => w.pos === 'ADJ') ? part : undefined;
}

/**
 * The units of the measure a "how old / far / long" question asks ("years", "km"): not a count of things ("how many",
 * "what was the headcount") nor an amount of a matter ("how much explosive"), whose number is said of what it counts.
 */
export const unitsAsked = (question: Question) =>
  question.measure && !question.tallied && !question.matter ? question.measure : undefined;

/** The nouns a "how many" question counts: the part it asks of a whole (partCounted), or those after "how many". */
export const countedNouns = (words: Word[], at: number) => partCounted(words, at) ?? countedPhrase(words, at);

/**
 * The noun phrase right after "how many", past the words saying which or how many more ("how many *German soldiers*",
 * "how many more *rounds*"); none when a verb comes first ("how many *were held* at Bagram", "how many were killed by
 * the land mine"): what is counted is left unsaid, the verb's subject, and a noun after the verb says where or by what.
 */
function countedPhrase(words: Word[], at: number): Word[] {
  const nouns = nounPhrase(words, at + 2);
  const first = nouns.length ? words.indexOf(nouns[0]!) : at + 2;
  return words.slice(at + 2, first).every((w) => COUNTED_MODIFIERS.has(w.pos)) ? nouns : [];
}
/** The words that may stand between "how many" and the noun it counts. */
const COUNTED_MODIFIERS = new Set(['ADJ', 'DET', 'NUM', 'ADV']);

/**
 * The asker's term for a person ("how many *guys* got hurt in the qrf dingo rollover", "how many *dudes* got isns 20032
 * and 20018": askersTermForPerson) counts people, as "how many people" does: the reports count them by their role ("4X
 * ISAF (DEU) WIA", "2 X Detainees transferred into BTIF"), never by the asker's word, which WordNet brings close only
 * to men ("guy": "man", "hombre").
 */
const personAsked = (lexicon: Lexicon) => (w: Word) =>
  askersTermForPerson(w, lexicon) ? { ...w, text: PEOPLE, lemma: PEOPLE } : w;
const PEOPLE = 'people';

/** What the number a "how many/much/old/far…" question asks for must count or measure; none when anything goes. */
function measureOf(words: Word[], at: number, asked: string, lexicon: Lexicon): Set<string> | undefined {
  const part = asked === 'many' ? partCounted(words, at) : undefined;
  if (part) return new Set(alikeNouns(part, lexicon));
  const nouns = asked === 'many' ? countedPhrase(words, at) : nounPhrase(words, at + 2);
  const measured = nouns.at(-1);
  if (UNITS[asked]) {
    // "How big was the group": a group's size is how many it holds, a number of anything. An age is in years whoever
    // is asked about ("how old was detainee ISN 20033": WordNet files "ISN" under groups).
    const sized = UNITS[asked] === UNITS.big;
    const group = sized && measured && (measured.lemma === 'group' || lexicon.isA(measured.lemma, 'group'));
    return group ? undefined : new Set(UNITS[asked]);
  }
  if (asked === 'much') return amountOf(words, at, lexicon);
  if (asked !== 'many') return undefined;
  const casualties = casualtyForms(words);
  if (!measured) return casualties.length ? new Set(casualties) : undefined;
  return new Set([...alikeNouns(nouns.map(personAsked(lexicon)), lexicon), ...casualties]);
}

/**
 * What a "how much X" question measures: X, said right after it ("how much *explosive*"), as the reports give it after
 * the number and its unit ("10-12 kg *explosives*"). Money is left to its own reading (asksMoney): a sum is said with
 * its currency, not the word "money"; "how much did it cost" names nothing measured.
 */
function amountOf(words: Word[], at: number, lexicon: Lexicon): Set<string> | undefined {
  const word = words[at + 2];
  // The tagger may read a noun of matter as an adjective ("how much *explosive*"): WordNet knows it as a noun too.
  const matter = word?.text.toLowerCase() ?? '';
  const asNoun = word?.pos === 'ADJ' && !isNoun(words[at + 3]) && lexicon.senses(matter, 'noun').length;
  const nouns = isNoun(word) ? nounPhrase(words, at + 2) : asNoun ? [{ ...word!, lemma: matter }] : [];
  const head = nouns.at(-1);
  if (!head || lexicon.filedUnder(head.lemma, 'noun') === 'noun.possession') return undefined;
  return new Set(alikeNouns(nouns, lexicon));
}

/**
 * The nouns of what a "how many" question counts, and those WordNet holds close to them ("kids": "child"). An acronym's
 * plural ("UECs") counts what the reports write as the acronym ("3 x UEC's", "1 x UEC"): the tagger gives a proper noun
 * no base form.
 */
const alikeNouns = (nouns: Word[], lexicon: Lexicon) =>
  nouns.flatMap((n) => [
    n.lemma,
    n.text.toLowerCase(),
    ...(acronymPlural(n.text, 0, n.text.length) ? [n.text.slice(0, -1).toLowerCase()] : []),
    ...lexicon
      .related(n.lemma, 'noun')
      .filter((r) => r.weight >= 0.4)
      .map((r) => r.word),
  ]);

/** The last noun of what a "how many" question counts, when nouns before it say which ("school *projects*"). */
function headOf(words: Word[], at: number, lexicon: Lexicon): Set<string> | undefined {
  const nouns = countedNouns(words, at);
  return nouns.length > 1 ? new Set(alikeNouns(nouns.slice(-1), lexicon)) : undefined;
}

/** What a "how many" question about the dead or wounded counts ("how many *kids* died"); none for other questions. */
function countedOf(words: Word[], at: number, lexicon: Lexicon): Set<string> | undefined {
  const nouns = countedNouns(words, at);
  return nouns.length && casualtyForms(words).length ? new Set(alikeNouns(nouns, lexicon)) : undefined;
}

/**
 * A "how" question asking how much harm was done: an adverb after "how" and a participle of a verb whose noun WordNet
 * files first as a state or an event ("how badly was the truck *damaged*?", "how seriously was he *injured*?"): the
 * noun is the verb itself or a form WordNet derives from it, sharing its stem (injure, injury).
 */
function degreeAsked(words: Word[], at: number, lexicon: Lexicon): Partial<Question> | undefined {
  const how = words[at + 1];
  if (how?.pos !== 'ADV' || UNITS[how.text.toLowerCase()] || HOW_MUCH.has(how.text.toLowerCase())) return undefined;
  // The participle of the question's own clause, not of one setting its scene ("…when the RPG was *fired*").
  const clause = words.slice(0, ownClauseEnd(words, at));
  // After a form of "be" a verb not in "-ing" is its passive participle, however spelled: "was he *hurt*?".
  const passive = clause.some((w) => w.pos === 'AUX' && w.lemma === 'be');
  const pastForm = (w: Word) => isEdForm(w.text) || (passive && !isIngForm(w.text));
  const verb = clause.find((w, i) => i > at + 1 && w.pos === 'VERB' && pastForm(w));
  if (!verb) return undefined;
  const derived = lexicon
    .related(verb.lemma, 'verb')
    .filter((r) => r.weight >= DERIVED)
    .map((r) => r.word);
  const stem = verb.lemma.slice(0, STEM);
  const noun = [verb.lemma, ...derived].find(
    (n) => n.startsWith(stem) && !n.includes('_') && asksCondition(n, lexicon),
  );
  if (!noun) return undefined;
  const likelihood = new Map<AnswerKind, number>([['instance', 1]]);
  return { expects: new Set(likelihood.keys()), likelihood, instanceOf: noun, degree: true };
}
/** How close WordNet brings a derived form ("injury" of "injure"); and how many letters a verb and its noun share. */
const DERIVED = 0.6;
const STEM = 4;

/** "whats", "what's", "who's": the wh-word with its verb. */
const whOf = (text: string) => text.toLowerCase().replace(/[’']s$|s$/, '');
/** "Whose", "what's": a word that asks, never a misspelling of a word the reports hold. */
export const isWhWord = (text: string) => WH.has(text.toLowerCase()) || WH.has(whOf(text));
const isWh = (w: Word) => WH.has(w.lemma) || isWhWord(w.text);

export function readQuestion(text: string, lexicon: Lexicon): Question {
  const bare = auxiliaryRestored(read(text));
  const phrasal = phrasalReadAsNoun(pastReadAsNoun(bare, lexicon), lexicon);
  const reading = doSupported(passive(progressive(phrasal, lexicon), lexicon), lexicon);
  const asked = readAsked(reading, lexicon);
  const verbs = phrasalVerbs(reading.words, lexicon);
  if (asked.wh === 'how' && asked.expects.has('quantity'))
    for (const w of reading.words) if (PRICED.has(w.lemma)) verbs.aside.add(w.start);
  for (const w of adverbialNouns(reading.words, lexicon)) verbs.aside.add(w.start);
  return { ...asked, ...verbs };
}

/**
 * The noun of a phrase WordNet knows as an adverb, its determiner "the" or a possessive: "on the *way* to Zormat" is
 * "en route", "*in the end*" "finally". It says when or how, not what the question is about: a report tells the same
 * ("Convoy was tipped off by civilians") without any word of it, and one holding "way" or "direction" is no nearer.
 */
function adverbialNouns(words: Word[], lexicon: Lexicon): Word[] {
  return words.filter((w, i) => {
    const [prep, det] = [words[i - 2], words[i - 1]];
    if (w.pos !== 'NOUN' || prep?.pos !== 'ADP' || !det || !['DET', 'PRON'].includes(det.pos)) return false;
    return lexicon.senses(`${prep.lemma}_the_${w.lemma}`.toLowerCase(), 'adv').length > 0;
  });
}

/**
 * Whether the word at `k` is a particle: a preposition taking no noun phrase after it ("roll *over*?", "hand *over* on
 * the day"); one before its noun phrase is a preposition of the clause ("take *on* objective Wrentham").
 */
const particle = (words: Word[], k: number) => words[k]?.pos === 'ADP' && !OPENS_PHRASE.has(words[k + 1]?.pos ?? '');

/** Whether two words together are a verb WordNet knows only as a verb: "hand over" (hand_over), "let go" (let_go). */
export function onlyVerb(first: string, second: string, lexicon: Lexicon): boolean {
  const together = `${first.toLowerCase()}_${second.toLowerCase()}`;
  return lexicon.senses(together, 'verb').length > 0 && !lexicon.senses(together, 'noun').length;
}

/**
 * A phrasal verb whose first word the tagger read as a noun, the second as the verb: "when was detainee 2067 *let go*"
 * (after a number, "let" is read as a noun). WordNet knows the two together as a verb only ("let_go", release): the
 * first word is the verb, the second its particle. So when the second is read as a particle: "did the German Wolf
 * *roll over*?", "did TF Paladin *hand over* on the day…".
 */
function phrasalReadAsNoun(reading: Reading, lexicon: Lexicon): Reading {
  const { words } = reading;
  const misread = words.find((w, i) => {
    const next = words[i + 1];
    if (w.pos !== 'NOUN' || !next || (next.pos !== 'VERB' && !particle(words, i + 1))) return false;
    return onlyVerb(w.text, next.text, lexicon);
  });
  if (!misread) return reading;
  return {
    ...reading,
    words: words.map((w) => (w === misread ? { ...w, pos: 'VERB', lemma: w.text.toLowerCase() } : w)),
  };
}

/**
 * A question asked in the progressive, its verb read as a noun by the tagger: "what were the workers *building*?" asks
 * what they built, not which building. Only after "were"/"are" and a plural noun, as "the target building" is a noun.
 * The verb ends the question, or leaves its preposition standing before the scene ("what were the drivers *training*
 * with in the blue box?" asks what they trained with, not which training).
 */
function progressive(reading: Reading, lexicon: Lexicon): Reading {
  const words = reading.words.filter((w) => w.pos !== 'PUNCT');
  const stranded = words.findIndex((_, i) => i > 2 && strandsPreposition(words, i));
  const at = stranded < 0 ? words.length - 1 : stranded;
  const [wh, be, last, subject] = [words[0], words[1], words[at], words[at - 1]];
  if (!wh || !isWh(wh) || !be || !['were', 'are'].includes(be.text.toLowerCase())) return reading;
  if (
    last?.pos !== 'NOUN' ||
    !isIngForm(last.text) ||
    subject?.pos !== 'NOUN' ||
    subject.lemma === subject.text.toLowerCase()
  )
    return reading;
  const verb = lexicon.baseForms(last.text.toLowerCase(), 'verb')[0]?.lemma;
  if (!verb) return reading;
  return { ...reading, words: reading.words.map((w) => (w === last ? { ...w, pos: 'VERB', lemma: verb } : w)) };
}

/**
 * A question asked in the passive, its participle read as a noun by the tagger: "where was one of the fighters *shot*?"
 * asks where the shooting hit, not where a shot was. English asks with "was"/"were", the subject, then the participle
 * last; read so when the clause has no other verb, a noun ends the subject, and WordNet knows the last word only as an
 * inflected verb, irregular ("shot" is "shoot" done) or by its ending; "report" is its own base form and stays the noun
 * of "when was the report".
 */
function passive(reading: Reading, lexicon: Lexicon): Reading {
  const words = reading.words.filter((w) => w.pos !== 'PUNCT');
  const [wh, be, last, subject] = [words[0], words[1], words.at(-1), words.at(-2)];
  if (!wh || !isWh(wh) || !be || !['was', 'were'].includes(be.text.toLowerCase())) return reading;
  // A subject may end in the number naming it, after its noun: "where was ISN *4189* sent?".
  const named = subject?.pos === 'NUM' && isNoun(words.at(-3));
  if (last?.pos !== 'NOUN' || !(isNoun(subject) || named)) return reading;
  if (words.some((w) => w.pos === 'VERB')) return reading;
  const text = last.text.toLowerCase();
  const verb = irregularBase(text) ?? lexicon.baseForms(text, 'verb').find((f) => f.lemma !== text)?.lemma;
  if (!verb || isIngForm(text)) return reading;
  return { ...reading, words: reading.words.map((w) => (w === last ? { ...w, pos: 'VERB', lemma: verb } : w)) };
}

/**
 * Whether a word is an auxiliary a question's subject and its bare verb follow: "do" or a modal ("will", "can",
 * "might"), any auxiliary but "be" (before a participle) and "have" (before a past participle, which WordNet's bare
 * forms may not hold).
 */
export const supports = (w: Word | undefined) => w?.pos === 'AUX' && w.lemma !== 'be' && w.lemma !== 'have';

/** The parts of speech of a noun phrase: the subject of a question's "did". */
const SUBJECT = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * A question asked with "do" whose verb the tagger read as a noun: "where did the helicopter *land*?", "what did the
 * enemy *use* to block the road?", "how did the UXO *end* up there?". English asks with "did", its subject and the
 * verb's bare form; with no other verb the clause has (one after "to" is an infinitive of its own), the last word of
 * the subject's run of nouns is that verb when WordNet knows it as one in its bare form. A modal asks so too, its
 * subject and the bare verb after it: "what will the task unit *use* to look at the area?".
 */
function doSupported(reading: Reading, lexicon: Lexicon): Reading {
  const { words } = reading;
  const at = words.findIndex(isWh);
  // Past the thing a "what weapons did…" asks for.
  let did = at + 1;
  while (['what', 'which'].includes(words[at]?.lemma ?? '') && SUBJECT.has(words[did]?.pos ?? '')) did++;
  if (at < 0 || !supports(words[did])) return reading;
  let last = did;
  // A determiner after the subject's noun opens a phrase of its own, the verb's object: "did the insurgents *attack*
  // the Belgian OMLT with?".
  const objectAfter = (k: number) => k > did + 1 && words[k]!.pos === 'NOUN' && words[k + 1]?.pos === 'DET';
  // A hyphen written inside a name joins its pieces: "did *Orgun-E* fire back"; a word in capitals is a name, whatever
  // the tagger read it as ("did *FOB* Orgun-E fire back", FOB read as a verb).
  const capitals = (k: number) => /^[A-Z]{2,}$/.test(words[k]?.text ?? '') && words[k]!.pos === 'VERB';
  // A word read as a verb between a name's adjective and a noun is a noun of the subject's compound: "did the BSG *top
  // cover* point at…" (the BSG's top cover soldiers), the noun after it, before a preposition, the verb. After an
  // article the adjective may be the subject ("did the local *tell* police about…").
  const compound = (k: number) =>
    words[k]?.pos === 'VERB' &&
    words[k - 1]?.pos === 'ADJ' &&
    ['NOUN', 'PROPN'].includes(words[k - 2]?.pos ?? '') &&
    words[k + 1]?.pos === 'NOUN' &&
    words[k + 2]?.pos === 'ADP';
  const goesOn = (k: number) =>
    SUBJECT.has(words[k]?.pos ?? '') ||
    (capitals(k) && SUBJECT.has(words[k + 1]?.pos ?? '')) ||
    hyphenated(words, k) ||
    compound(k) ||
    namingParticiple(words, k);
  while (goesOn(last + 1) && !objectAfter(last)) last++;
  last = pastPlaceOfSubject(words, last);
  const named = new Set(words.filter((w, k) => k > did && k < last && (capitals(k) || compound(k))));
  const verb = words[last]!;
  // A verb the clause has, past the subject and not after "to", is the one "did" asks with; not one of a clause setting
  // the scene ("did TF 333 shoot *after* the rockets landed"), nor one inside a phrase a preposition after the subject
  // takes, which says of its noun ("fire at the truck *speeding* toward…", "at the rocket *launch* point").
  const clause = words.slice(0, ownClauseEnd(words, last));
  const preposition = clause.findIndex((w, i) => i > last && w.pos === 'ADP');
  const own = preposition < 0 ? clause : clause.slice(0, preposition);
  const hasVerb = own.some(
    (w, i) =>
      i > did &&
      ['VERB', 'AUX'].includes(w.pos) &&
      !named.has(w) &&
      !(words[i - 1]?.lemma === 'to') &&
      !(i < last && namingParticiple(words, i)),
  );
  if (hasVerb || verb.pos !== 'NOUN' || last < did + 2) return reading;
  const text = verb.text.toLowerCase();
  if (!lexicon.baseForms(text, 'verb').some((f) => f.lemma === text)) return reading;
  const retagged = (w: Word): Word =>
    w === verb ? { ...w, pos: 'VERB', lemma: text } : named.has(w) ? { ...w, pos: 'PROPN' } : w;
  return { ...reading, words: words.map(retagged) };
}

/**
 * Whether a word is a participle inside a question's subject, naming its noun by a number or a name: "where did the
 * detainee *numbered* 2840 go?", "when did the man *called* Ali arrive?". It says which one the subject is, a clause of
 * its own; the verb "did" asks with comes after the name. (After a number the tagger reads that verb as a noun: "2840
 * *go*".) Only an inflected form: a bare one ("did the convoy *hit* 2 IEDs") may be the verb itself.
 */
const namingParticiple = (words: Word[], k: number) =>
  words[k]?.pos === 'VERB' &&
  inflected(words[k]!) &&
  isNoun(words[k - 1]) &&
  ['NUM', 'PROPN'].includes(words[k + 1]?.pos ?? '');

/** Whether a verb is in a participle's form: not its bare form, nor one in "s" ("found", "hidden"; not "finds"). */
export const inflected = (w: Word) => w.text.toLowerCase() !== w.lemma && !w.text.toLowerCase().endsWith('s');

/**
 * The last word of a "did" question's subject run, past a preposition's phrase that places the subject when the word
 * after that phrase is a noun its particle or stranded preposition shows to be the verb: "did the convoy *on Route
 * Idaho fire* back with?" asks of the convoy's firing, not its convoying. A phrase ending the question ("did the
 * helicopter land *on the hill*?") is the verb's own.
 */
function pastPlaceOfSubject(words: Word[], last: number): number {
  if (words[last + 1]?.pos !== 'ADP') return last;
  let k = last + 2;
  while (SUBJECT.has(words[k]?.pos ?? '')) k++;
  const after = words[k];
  const stranded = after?.pos === 'ADP' && (!words[k + 1] || words[k + 1]!.pos === 'PUNCT');
  const particle = after?.pos === 'ADV' || after?.pos === 'PART';
  return k - 1 > last + 2 && words[k - 1]!.pos === 'NOUN' && (stranded || particle) ? k - 1 : last;
}

/** Words that name what "how much" asks for: "how much was it worth?" asks a value, as "what was its value?". */
const PRICED = new Set(['worth', 'cost']);

/**
 * The verbs said with the word after them, or after their object ("knocked him down"), that WordNet knows together:
 * people ask in these ("blown up", "let go", "hush up"); the reports often say the one-word verb (detonated, released).
 * Light verbs are left alone: "go through" and "keep quiet" mean more than WordNet's commonest senses of them.
 */
function phrasalVerbs(words: Word[], lexicon: Lexicon): Pick<Question, 'phrasal' | 'aside'> {
  const phrasal = new Map<number, string>();
  const aside = new Set<number>();
  words.forEach((w, i) => {
    const found = phrasalAt(words, i, lexicon);
    if (!found) return;
    phrasal.set(w.start, found.together);
    aside.add(found.next.start);
  });
  return { phrasal, aside };
}

/** The verb at `i` as WordNet knows it with the word after it, or after its object ("turn_up", "knock_down"). */
export function phrasalAt(words: Word[], i: number, lexicon: Lexicon): { together: string; next: Word } | undefined {
  const w = words[i]!;
  if (w.pos !== 'VERB' || (LIGHT_VERBS.has(w.lemma) && !endsOnParticle(words, i, lexicon))) return undefined;
  const next = words[i + 1]?.pos === 'PRON' ? words[i + 2] : words[i + 1];
  const together = next && `${w.lemma}_${next.text.toLowerCase()}`;
  return together && lexicon.senses(together, 'verb').length ? { together, next } : undefined;
}

/**
 * A light verb whose particle ends its clause ("how did the gunman *get away*?", "when did it *go off*"): a particle
 * with no object after it is no preposition, so the two words are one verb, which WordNet's senses of it name
 * (get_away: escape). With an object after the particle ("go through the village") it stays a light verb and a place.
 * The clause gives the pair no object, so it is one verb only when its commonest sense takes none (get_away: "Somebody
 * ----s"); a pair first of all said with one ("go through" something: experience) is the light verb in a rarer sense
 * ("did the deal go through?": was approved), which its WordNet pair would misread.
 */
function endsOnParticle(words: Word[], i: number, lexicon: Lexicon): boolean {
  const next = words[i + 1];
  const after = words[i + 2];
  if (!next || !PARTICLES.has(next.text.toLowerCase()) || (after && after.pos !== 'PUNCT')) return false;
  const first = lexicon.senses(`${words[i]!.lemma}_${next.text.toLowerCase()}`, 'verb')[0];
  return !!first && !first.frames.some((f) => OBJECT_FRAMES.has(f));
}

/**
 * Whether the wh-word of a question opening with its auxiliary opens a clause setting the scene, not what is asked:
 * "Was Akeeb Khan on Objective White *when* they hit it?" asks yes or no. After a verb ("did the report say *where* the
 * IED was?") it asks what that verb takes: where. A verb that never takes a clause ("was anyone *hurt* when the Dingo
 * rolled over?") leaves it the scene as after a noun.
 */
const settingClause = (words: Word[], at: number, lexicon: Lexicon) =>
  words[0]?.pos === 'AUX' && at > 0 && (words[at - 1]!.pos !== 'VERB' || !takesClause(words[at - 1]!, lexicon));

/** WordNet's frames of a verb taking a clause: "Somebody ----s that CLAUSE", "… ----s whether …", "It ----s that …". */
const CLAUSE_FRAMES = new Set([26, 29, 34]);

/** Whether some sense of the verb takes a clause, so a wh-word after it may open what it says, knows or asks. */
const takesClause = (verb: Word, lexicon: Lexicon) =>
  lexicon.senses(verb.lemma, 'verb').some((s) => s.frames.some((f) => CLAUSE_FRAMES.has(f)));

/**
 * What an open question about an act reads of it ("what happened to X", "what did S do", "what was S doing"): whom it
 * was done to, who did it, and what was wanted.
 */
function actReading(words: Word[], at: number, lexicon: Lexicon): Partial<Question> {
  const doneTo = doneToOf(words, at);
  const byAnyone = happenedTo(words, at) || undefined;
  const doer = doingOf(words, at);
  // What someone was doing is said by an act of theirs, as who did it is by a name: a sentence without one can't say.
  const doing = doer && { doer, strict: true };
  const actor = !doer && !doneTo ? actorOf(words, at) : undefined;
  return {
    ...(actor && { actor }),
    ...(doneTo && { doneTo }),
    ...(byAnyone && { byAnyone }),
    ...wantedOf(words, at, lexicon),
    ...doing,
  };
}

/** What a "how many / how much / how far" question counts or measures, read from the words after "how". */
function quantityAsked(words: Word[], at: number, asked: string, lexicon: Lexicon) {
  const many = asked === 'many';
  const measure = measureOf(words, at, asked, lexicon);
  const casualties = many ? casualtyForms(words) : [];
  return {
    measure,
    counted: many ? countedOf(words, at, lexicon) : undefined,
    countedHead: many ? headOf(words, at, lexicon) : undefined,
    countedAs: many
      ? countedNouns(words, at)
          .map((w) => w.text)
          .join(' ') || undefined
      : undefined,
    casualties: casualties.length ? new Set(casualties) : undefined,
    uncounted: NEARNESS.has(asked) || undefined,
    tallied: many || undefined,
    matter: (asked === 'much' && !!measure) || undefined,
  };
}

function readAsked(reading: Reading, lexicon: Lexicon): Omit<Question, 'phrasal' | 'aside'> {
  const { words } = reading;
  const at = words.findIndex(isWh);
  const none = { wh: null, expects: new Set<AnswerKind>(), strict: false, reading };
  if (at < 0) return { ...none, ...countNamed(words, lexicon) };
  if (settingClause(words, at, lexicon)) return none;
  const wh = WH.has(words[at]!.text.toLowerCase()) ? words[at]!.text.toLowerCase() : whOf(words[at]!.text);
  const next = words[at + 1];
  const only = (last: number) => ({ start: words[at]!.start, end: words[last]!.end });
  const is = (...kinds: AnswerKind[]) => ({ wh, expects: new Set(kinds), strict: true, reading, asking: only(at) });
  if (wh === 'who' || wh === 'whom' || wh === 'whose') return is('agent');
  if (wh === 'when') return is('time');
  if (wh === 'where') return is('place');
  if (wh === 'why') return is('reason');
  if (wh === 'how') {
    const asked = next?.text.toLowerCase() ?? '';
    const how = { asking: only(at + 1) };
    // "How long" asks a duration ("for several months", "55 minutes") or a length ("200m"), not a date or a clock time.
    // "How long did it *take*": a time taken is measured in time, not in metres ("fell 15-20m" is no answer).
    const taken = words.some((w) => w.lemma === 'take');
    if (asked === 'long')
      return { ...is('time', 'quantity'), ...how, measure: new Set(taken ? DURATIONS : UNITS.long) };
    if (asked === 'often') return { ...is('frequency'), ...how };
    const degree = degreeAsked(words, at, lexicon);
    // A degree of harm is said in words of degree ("*minor* damage", "*lightly* injured") as a time is in a date: a
    // sentence telling the harm without them cannot answer, and one of its report saying them goes before it.
    if (degree) return { ...none, wh, asking: only(at + 1), ...degree, strict: true };
    // "How was he spotted?", "how did it end up there?": a verb after "how" and its auxiliary asks the means.
    // "How fast", though the tagger reads "fast" as an adverb, asks a measure as "how far" does.
    // A means is said as a place or a time is, in a phrase (means.ts): a sentence naming none cannot say how, and one
    // of the sentences read that names it goes first ("person escaped *via a wadi*" before the report of the shooting).
    const means = { expects: new Set<AnswerKind>(['means']), strict: true };
    if (!HOW_MUCH.has(asked) && next?.pos !== 'ADJ' && !UNITS[asked])
      return { ...none, wh, asking: only(at), ...(next?.pos === 'AUX' && means) };
    return { ...is('quantity'), ...how, ...quantityAsked(words, at, asked, lexicon) };
  }
  if (asksQuality(words, at)) return { ...none, wh, asking: only(at + 2) };
  if (asksAct(words, at) || happenedTo(words, at))
    return { ...none, wh, asking: only(at), expects: new Set<AnswerKind>(['act']), ...actReading(words, at, lexicon) };
  const parts = partsAsked(words, at, lexicon);
  if (parts) return { ...none, wh, asking: only(at), ...parts };
  const after = focusAfter(words, at, lexicon);
  const { asking } = after;
  const focus = after.focus ?? thoughtToBe(words, at) ?? amountedTo(words, at, lexicon);
  if (!focus) return { ...none, wh, asking: only(asking), ...actedOn(words, at, lexicon) };
  if (NAME_WORDS.has(focus.lemma)) {
    // "What was the name of": all of it only asks; what the name is of is looked for.
    const name = words.indexOf(focus);
    const of = words[name + 1]?.lemma === 'of' ? name + 1 : name;
    // Past the wh-word and a verb ("what did *the task force think* the name … was?"), only the wh-word asks.
    return { ...is('agent'), asking: only(after.focus ? of : at), named: true, namedOf: words.slice(name + 1) };
  }
  // "What *speed* were they flying at?" asks what "how fast" does: a measure in its units ("110 knots"), no distance.
  const measured = !asksAttribute(words, at + 1, lexicon) && measuringWord(focus.lemma, lexicon);
  if (measured) return { ...is('quantity'), asking: only(asking), measure: new Set(UNITS[measured]) };
  const tally = countAsked(words, focus, lexicon);
  if (tally) return { ...is('quantity'), asking: only(asking), ...tally };
  const likelihood = kindsBySense(lexicon, focus.lemma).set('instance', 1);
  // "To which *facility* were the detainees transferred?": a building or an installation someone is moved to is where
  // the movement ended ("transferred *into BTIF*", "evacuated *to KAF*"), asked as a place; its rarer sense of an
  // attribute ("facility", ease) asks no number ("New facility headcount is 637").
  if (movedToSite(words, focus, lexicon)) likelihood.set('place', 1).delete('quantity');
  // "What drone was sent up": a noun first of all a thing asks a thing; its rarer sense of a person ("drone", an idler)
  // does not make a unit or a name near the question's words ("ANP patrol") its answer.
  // Nor does its rarer sense of a measure ("plate", a plateful) make a number or a measure's word its answer ("TASK
  // *UNIT* A QRF DEU" for "what was the plate on the green toyota?"): a thing is named, not measured — unless a noun
  // before it says a measure it has ("what *probability* match did they find?" asks the probability).
  const thing = asksThing(focus.lemma, lexicon);
  if (thing) likelihood.delete('agent');
  if (thing && !measuredBy(words[words.indexOf(focus) - 1], lexicon)) likelihood.delete('quantity');
  // "Which town…": a noun first of all a place asks a place; its rarer sense of the people there ("the town voted")
  // does not make a vehicle's or a unit's name ("APC DINGO II") its answer.
  if (lexicon.filedUnder(focus.lemma, 'noun') === 'noun.location') likelihood.delete('agent');
  // "Which village did they sleep *in*?": a question ending in a preposition of place asks X as where the act was, not
  // as the people there ("(DEU)" naming whose the soldiers are).
  if (likelihood.has('place') && endsInPlace(words)) likelihood.delete('agent');
  // "What damage was done?": a noun first of all a state or an event asks which one it was (conditions.ts); its rarer
  // sense of a sum ("damages" paid) is asked with "how much", and no count ("truck #*3* in convoy") says which damage.
  // A noun first of all an event ("time": a single occasion) that WordNet also files under time asks one still: "what
  // *time* did the escalation of force start?" asks the clock's.
  if (asksCondition(focus.lemma, lexicon))
    for (const kind of likelihood.keys()) if (kind !== 'instance' && kind !== 'time') likelihood.delete(kind);
  // "What kind of unit was hit?": a kind is named, never counted; a noun's sense of a measure ("unit" of length) does
  // not make a distance ("*12KM* South of PB WILSON") the kind asked.
  if (KIND_WORDS.has(words[asking - 1]?.lemma ?? '')) likelihood.delete('quantity');
  const head = words.indexOf(focus);
  // A number a noun before it says the use of ("tail number", "serial number", "ISN number") names one thing, as
  // WordNet's compounds of it are filed (among communication: "phone_number", "license_number").
  const identifies = focus.lemma === IDENTIFIER && isNoun(words[head - 1]);
  // "Which vehicles were *in* the patrol?" asks what the patrol held too: "a patrol consisting of 1 FENNEK, 1 DINGO".
  const inIt = words[head + 1]?.lemma === 'be' && words[head + 2]?.lemma === 'in';
  if (inIt) likelihood.set('object', 1);
  // "What weapons did TF 373 turn up?": a thing asked before "did" and the question's subject is what its verb acts
  // on, as in "what did TF 373 turn up?": a sentence telling that act answers by what it acts on.
  const object = !inIt && asksThing(focus.lemma, lexicon) ? actedOnAfterDo(words, head, lexicon) : undefined;
  if (object) likelihood.set('object', 1);
  return {
    wh,
    expects: new Set(likelihood.keys()),
    likelihood,
    strict: false,
    focus: { start: focus.start, end: focus.end },
    asking: only(asking),
    instanceOf: focus.lemma.toLowerCase(),
    reading,
    ...(asksAttribute(words, at + 1, lexicon) && { attribute: true }),
    ...(inIt && { acts: partsActs([HAVE_PARTS], lexicon) }),
    ...(object && { acts: object }),
    ...(identifies && { identifies }),
  };
}

/**
 * A question put as a bare noun phrase headed by a count's noun, no wh-word ("headcount after isns 20071 and 20073",
 * "btif count after 20021 was assigned?"), asks what "what was the headcount …?" asks: the number the noun says
 * ("The new facility head count is 713A / 713P"). Its noun names a quantity, not its rarer senses ("count", a noble).
 */
function countNamed(words: Word[], lexicon: Lexicon): Partial<Question> {
  const end = words.findIndex((w) => !isNoun(w));
  const head = words[(end < 0 ? words.length : end) - 1];
  if (!head || !isCountNoun(head.lemma.toLowerCase(), lexicon)) return {};
  const likelihood = new Map<AnswerKind, number>([
    ['quantity', 1],
    ['instance', 1],
  ]);
  const focus = { start: head.start, end: head.end };
  return { expects: new Set(likelihood.keys()), likelihood, focus, instanceOf: head.lemma.toLowerCase() };
}

/**
 * A "what" question whose noun is a noun of quantity (WordNet files "count", "headcount" first among quantities, as
 * kinds of number; a "unit" of measure or a "figure" of a person is none) asks a number as "how many" does when it
 * names before it whom it counts, a kind of what WordNet's gloss says it numbers ("headcount: number of *people*"):
 * "what was the *detainee count*" asks how many detainees. A place before it ("*facility* headcount") says where the
 * count is, not what. A bare "count" or "headcount" names no kind: "person" would take any number of people in a
 * sentence, so it is read as any noun asked, the sentence naming the headcount answering, with the sentence before it
 * that tells the question's event ("ISNs 20061 … assigned. New facility headcount 730a/730p"). A number a noun before
 * it says the use of ("tail number") names one thing, and counts nothing.
 */
function countAsked(words: Word[], focus: Word, lexicon: Lexicon): Partial<Question> | undefined {
  const head = words.indexOf(focus);
  const counting = isCountNoun(focus.lemma, lexicon);
  if (!counting || (focus.lemma === IDENTIFIER && isNoun(words[head - 1]))) return undefined;
  const whom = countedByGloss(focus.lemma, lexicon);
  let first = head;
  while (words[first - 1]?.pos === 'NOUN') first--;
  const kinds = words.slice(first, head).filter((n) => lexicon.isA(n.lemma, whom ?? PERSON));
  // A bare "count" says not what it counts ("the count at the BTIF"): it is read as any other noun asked.
  return kinds.length ? { measure: new Set(alikeNouns(kinds, lexicon)), tallied: true } : undefined;
}

/**
 * The adjective of a "how …" question whose measure a noun is, as WordNet gives it the noun's attribute: "speed" of
 * "fast", "distance" of "far", "age" of "old", "height" of "high". A size (the attribute of "big") is left out: a
 * group's is how many it holds ("what size was the group"), not a length.
 */
function measuringWord(noun: string, lexicon: Lexicon): string | undefined {
  const adjectives = lexicon
    .senses(noun, 'noun')
    .flatMap((s) =>
      s.pointers.filter((p) => p.symbol === '=').flatMap((p) => lexicon.synset(p.wordClass, p.offset).words),
    );
  return adjectives.includes('big') ? undefined : adjectives.find((a) => UNITS[a]);
}

/** Prepositions of place a question may end in, their noun phrase the one the wh-word asks: "sleep *in*", "from". */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'inside',
  'into',
  'from',
  'to',
  'through',
  'around',
  'outside',
]);

/** Whether a question's last word, past its punctuation, is a preposition of place left without its noun phrase. */
function endsInPlace(words: Word[]): boolean {
  const last = words.filter((w) => w.pos !== 'PUNCT').at(-1);
  return last?.pos === 'ADP' && PLACE_PREPOSITIONS.has(last.lemma.toLowerCase());
}

/**
 * Whether a "what" question asks what a thing was like: "what was *wrong with* the soldier…", "what was *odd about*…".
 * No kind of phrase answers it, and a verb after the thing only picks it out ("the soldier TF Titan *asked* a medevac
 * for"): what was asked is no answer.
 */
const asksQuality = (words: Word[], at: number) =>
  words[at + 1]?.lemma === 'be' && words[at + 2]?.pos === 'ADJ' && words[at + 3]?.pos === 'ADP';

/**
 * Whether a "what" question asks what was done: "do" is its own verb, past the auxiliary the question opens with
 * ("what *did* they find?", "which country *did* he try…") and before no other verb: "what did the workers *do* with
 * it?", "what are they supposed to *do*?".
 */
function asksAct(words: Word[], at: number): boolean {
  const aux = words.findIndex((w, i) => i > at && w.pos === 'AUX');
  // "What *damage* was done?": "do" made passive by "be" after a noun the wh-word asks is done to that noun; the
  // question asks which damage, not an act.
  const doneToAsked = (i: number) => words[i - 1]?.lemma === 'be' && isNoun(words[at + 1]);
  return words.some(
    (w, i) =>
      i > Math.max(at, aux) &&
      w.lemma === 'do' &&
      !['VERB', 'AUX'].includes(words[i + 1]?.pos ?? '') &&
      !doneToAsked(i),
  );
}

/**
 * The verb of a "what did X want Y to do?" question that wants the act of another, Y, standing between it and "to do",
 * with the verbs WordNet brings close to it; none when the doer wants the act of itself ("what did they plan to do?").
 */
function wantedOf(words: Word[], at: number, lexicon: Lexicon): Pick<Question, 'wanted'> {
  const to = words.findIndex((w, i) => i > at && w.lemma === 'to' && words[i + 1]?.lemma === 'do');
  let verb = to - 1;
  while (verb > at && words[verb]!.pos !== 'VERB') verb--;
  if (to < 0 || verb <= at || !words.slice(verb + 1, to).some(isNoun)) return {};
  const wants = words[verb]!.lemma;
  return { wanted: new Set([wants, ...alikeVerbs([wants], lexicon)]) };
}

/**
 * The prepositions after a verb that name what an act was done to: "do *with* the mines", "do *to* the car", "what
 * happened *to* the hand?", "what became *of* the mine?".
 */
const DONE_TO: Record<string, Set<string>> = {
  do: new Set(['with', 'to']),
  happen: new Set(['to']),
  become: new Set(['of']),
};

/**
 * Whether a "what" question asks what happened to a thing, or what became of it: "what" is the subject of "happen" or
 * "become" and the thing follows its preposition. It asks an act done to the thing or a state it came to ("the hand
 * was *severed*", "the mine was *disposed of on site*"), as "what did they do with X?" does, whoever did it.
 */
const happenedTo = (words: Word[], at: number) =>
  (words[at + 1]?.lemma === 'happen' || words[at + 1]?.lemma === 'become') &&
  !!DONE_TO[words[at + 1]!.lemma]!.has(words[at + 2]?.lemma ?? '');

/**
 * The noun phrase of what a "what did they do with / to X?" or "what happened to X?" question asks was done to: the
 * one right after the verb and its preposition ("do with *the suspected bomb*"), from its first word to its head noun;
 * or, when a possessive follows that noun, the phrase it owns ("what happened to the young fighter*'s right hand*").
 */
function doneToOf(words: Word[], at: number): { start: number; end: number } | undefined {
  const doing = words.findIndex((w, i) => i > at && !!DONE_TO[w.lemma]?.has(words[i + 1]?.lemma ?? ''));
  if (doing < 0) return undefined;
  const nouns = nounPhrase(words, doing + 2);
  if (!nouns.length) return undefined;
  // Only the phrase right after the preposition: past its determiner and adjectives, not a noun further on.
  const between = words.slice(doing + 2, words.indexOf(nouns[0]!));
  if (between.some((w) => !['DET', 'ADJ', 'NUM', 'PUNCT'].includes(w.pos) && !participle(w))) return undefined;
  const owned = possessed(words, words.indexOf(nouns.at(-1)!));
  if (owned) return { start: owned[0]!.start, end: owned.at(-1)!.end };
  return { start: words[doing + 2]!.start, end: nouns.at(-1)!.end };
}

/**
 * The noun phrase a possessive after the noun at `last` goes on to, its adjectives first: what befell "the young
 * fighter*'s right hand*" or "the 18 year old*'s hand*" befell the hand, not the fighter nor a year.
 */
function possessed(words: Word[], last: number): Word[] | undefined {
  let k = last + 1;
  while (words[k]?.pos === 'ADJ') k++;
  if (words[k]?.pos !== 'PART' || !/^['’]s?$/i.test(words[k]!.text)) return undefined;
  const owned = nounPhrase(words, k + 1);
  if (!owned.length || words.slice(k + 1, words.indexOf(owned[0]!)).some((w) => w.pos !== 'ADJ')) return undefined;
  return words.slice(k + 1, words.indexOf(owned.at(-1)!) + 1);
}

/**
 * The subject of a question asked in the progressive of "do", "what was *the convoy* doing (when …)?": the noun phrase
 * after the wh-word's "be", to its head before any phrase picking it out ("the six *men* in the road near COP Najil":
 * the road and the COP are where they were, not who).
 */
function doingOf(words: Word[], at: number): { start: number; end: number } | undefined {
  const be = words[at + 1];
  const doing = words.findIndex((w, i) => i > at + 2 && w.lemma === 'do' && isIngForm(w.text));
  if (be?.lemma !== 'be' || doing < 0) return undefined;
  const phrase = nounPhrase(words, at + 2).filter((w) => words.indexOf(w) < doing);
  return phrase.length ? { start: words[at + 2]!.start, end: phrase.at(-1)!.end } : undefined;
}

/**
 * The subject of a "what did S do?" question: the noun phrase between its "did" (or modal) and "do", when it is one
 * ("what did *the electronic warfare squad* do when…"), to its last noun. Past a verb there, S is whom that verb
 * takes, the phrase right after it up to the next verb ("what did the soldiers see *the insurgent* trying to do"): the
 * act asked is the insurgent's, not the soldiers' ("ANA were en route to detain the 1x INS").
 */
function actorOf(words: Word[], at: number): { start: number; end: number } | undefined {
  const aux = words.findIndex((w, i) => i > at && w.pos === 'AUX');
  const does = words.findIndex((w, i) => i > aux && w.lemma === 'do');
  if (aux < 0 || does < 0) return undefined;
  const between = words.slice(aux + 1, does);
  const verb = between.findIndex((w) => w.pos === 'VERB');
  const after = between.slice(verb + 1);
  const next = after.findIndex((w) => w.pos === 'VERB');
  const subject = verb < 0 ? between : after.slice(0, next < 0 ? after.length : next);
  if (!subject.length || subject.some((w) => !['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(w.pos))) return undefined;
  const nouns = subject.filter(isNoun);
  return nouns.length ? { start: subject[0]!.start, end: nouns.at(-1)!.end } : undefined;
}

/** How close WordNet must bring a verb to the question's for its object to answer: a synonym of a common sense. */
const SAME_ACT = 0.5;
/** Verbs whose object says nothing of what is asked: "what did they do?", "what happened?". */
const ACTS_ON_NOTHING = new Set(['be', 'have', 'do', 'happen', 'go', 'come', 'say', 'tell', 'know']);

/** Words that open a noun phrase: after "to", "in"…, they make it a preposition ("brought *to Bagram*"). */
const OPENS_PHRASE = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADJ']);

/** The verb at `i` with its particle, when the particle takes no noun phrase of its own ("turn *up* after…"). */
function particled(words: Word[], i: number, lexicon: Lexicon): string | undefined {
  const found = phrasalAt(words, i, lexicon);
  const after = found && words[words.indexOf(found.next) + 1];
  return found && !OPENS_PHRASE.has(after?.pos ?? '') ? found.together : undefined;
}

/**
 * Words that open a clause setting the question's scene ("… *after* watching the suspects") or saying which thing it
 * means ("the bomb *that* hit the police"): its verbs are not the one whose object is asked.
 */
const OTHER_CLAUSE = new Set([...SCENE_OPENERS, 'because', 'if', 'that', 'which']);

/** Where the question's own clause ends, past `from`: at a word opening another (OTHER_CLAUSE), or at its end. */
function ownClauseEnd(words: Word[], from: number): number {
  const end = words.findIndex((w, i) => i > from && w.pos !== 'DET' && OTHER_CLAUSE.has(w.lemma.toLowerCase()));
  return end < 0 ? words.length : end;
}

/**
 * The verbs a "what" question asks what they act on, as `object`: those of its main clause, each as WordNet knows it
 * with its particle ("turn up"); nothing when it has none but light ones.
 */
function actedOn(words: Word[], at: number, lexicon: Lexicon): Partial<Question> {
  const clause = words.slice(at + 1, ownClauseEnd(words, at));
  const acting = clause.filter((w, i) => w.pos === 'VERB' && !ACTS_ON_NOTHING.has(w.lemma) && !getPassive(clause, i));
  // "What did the enemy use *to block* the road?": an infinitive after a verb that takes none as its complement (as
  // "want to", "try to" do, catenative.ts, and light verbs: "get to inspect", "have to") tells what for; what is asked
  // is what the first verb acts on.
  const [first] = acting;
  const complemented = !!first && (LIGHT_VERBS.has(first.lemma) || catenatives(words).includes(first));
  const purpose = (v: Word) => v !== first && words[words.indexOf(v) - 1]?.lemma === 'to' && !complemented;
  const verbs = acting.filter((v) => !purpose(v));
  const purposes = acting.filter(purpose).map((v) => v.lemma);
  const purposeOf = purposes.length ? { purpose: new Set([...purposes, ...alikeVerbs(purposes, lexicon)]) } : {};
  if (!verbs.length) return {};
  // "What *caused* the fire?": "what" is the verb's subject, the thing that did it (acts.ts), not what it acted on.
  if (clause.find((w) => w.pos !== 'ADV') === verbs[0]) return { expects: new Set(['object']) };
  // "What was found…": the wh-word is the subject of a passive verb.
  const passive = (words[at + 1]?.lemma === 'be' || getPassive(words, at + 1)) && words[at + 2] === verbs[0];
  const asked = new Set(verbs.map((v) => particled(words, words.indexOf(v), lexicon) ?? v.lemma));
  // The report may say it with another verb: found, discovered; a seeing in the War Diary's verbs of it, "TF Titan
  // *observed* secondary explosions" for what TF Titan saw (seeingVerbs).
  const seen = [...asked].flatMap((v) => seeingVerbs(v, lexicon));
  const verbsOf = new Set([...asked, ...alikeVerbs([...asked], lexicon), ...seen]);
  const doers = doersOf(clause, verbs[0]!);
  const acts = {
    verbs: verbsOf,
    passive,
    asked,
    ...(doers.size && { doers }),
    ...purposeOf,
    ...withWhat(clause),
  };
  return { expects: new Set(['object']), acts };
}

/**
 * A question asking what its act was done with: "with" ends its clause, after the verb ("what did they fire back
 * *with*?") or its object ("attack the OMLT *with*?"); what the verb acts on is then not asked, only what follows its
 * "with" in a sentence. Only a question asked with "do" or a modal, naming who acted: a passive one ("what were the
 * vests filled with?") would be answered by a sentence filling something else ("CONTAINERS FILLED WITH a substance").
 */
function withWhat(clause: Word[]): Partial<NonNullable<Question['acts']>> {
  const words = clause.filter((w) => w.pos !== 'PUNCT');
  if (words.at(-1)?.lemma !== 'with' || words.at(-1)?.pos !== 'ADP' || !words.some(supports)) return {};
  return { joins: INSTRUMENT, instrument: true };
}

/** The word after which a report says what an act was done with. */
const INSTRUMENT = new Set(['with']);

/**
 * Whether the word at `i` is "get" making the verb after it passive, as "be" does: "what *got* stuck?", "the Dingo
 * *got* hit" (the tagger reads it as a verb of its own; after "get" a verb not in -ing is a participle, "got going"
 * goes on). It acts on nothing: the verb after it says the act.
 */
export const getPassive = (words: Word[], i: number) =>
  words[i]?.lemma === 'get' && words[i + 1]?.pos === 'VERB' && !isIngForm(words[i + 1]!.text);

/**
 * The acts of a "what X did S V?" question (`head` at X): its verb's, as `actedOn` reads them (its verb read so by
 * doSupported where the tagger read a noun: "did TF 373 *turn* up", "did the Germans *use*").
 */
function actedOnAfterDo(words: Word[], head: number, lexicon: Lexicon): Question['acts'] {
  const aux = head + 1;
  if (!supports(words[aux])) return undefined;
  // "What vehicle did the convoy hit *the boy* with?": a verb with an object of its own does not act on the X.
  const v = words.findIndex((w, i) => i > aux && w.pos === 'VERB');
  const particle = v >= 0 && particled(words, v, lexicon) !== undefined;
  if (v < 0 || OPENS_PHRASE.has(words[v + (particle ? 2 : 1)]?.pos ?? '')) return undefined;
  return actedOn(words, head, lexicon).acts;
}

/**
 * The nouns of a "what did X do to…" question's subject: between its "do" (or modal) and its verb ("what did *the
 * robot* find?", "what will *the task unit* use?").
 * A passive question ("what was found?") or one without "do" names no doer so.
 */
function doersOf(clause: Word[], verb: Word): Set<string> {
  const aux = clause.findIndex(supports);
  const v = clause.indexOf(verb);
  // A passive question names its doer after "by": "what was hit *by an RPG*?" is not answered by what an IED hit.
  if (aux < 0 && clause[v + 1]?.lemma === 'by') return nounsOf(phraseAt(clause, v + 2));
  const subject = aux < 0 ? [] : clause.slice(aux + 1, v);
  return new Set([...nounsOf(subject), ...initialsOf(subject), ...describedNoun(subject)]);
}

/**
 * A subject's describing words and nouns as one phrase of lemmas: "*friendly forces*" is "friendly force", as the
 * glossary writes the body its short form stands for (asWritten: FF), where its noun alone, "force", is any force.
 */
function describedNoun(subject: Word[]): string[] {
  const phrase = subject.filter((w) => w.pos === 'ADJ' || w.pos === 'NOUN');
  return phrase.length > 1 && phrase.at(-1)!.pos === 'NOUN' ? [phrase.map((w) => w.lemma.toLowerCase()).join(' ')] : [];
}

/**
 * The initials of a subject's run of common nouns, as the reports write a title or a body in short: "the *district
 * commissioner*" is "the DC" ("The DC also constructed a water tower").
 */
function initialsOf(subject: Word[]): string[] {
  const nouns = subject.filter((w) => w.pos === 'NOUN');
  const run = nouns.length > 1 && subject.indexOf(nouns.at(-1)!) - subject.indexOf(nouns[0]!) === nouns.length - 1;
  return run ? [nouns.map((w) => w.text[0]!.toLowerCase()).join('')] : [];
}

/** The nouns of some words, lower case. */
const nounsOf = (words: Word[]) =>
  new Set(words.filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN').map((w) => w.lemma.toLowerCase()));

/** The noun phrase opening at `at`: up to its first word that is none of a noun phrase's. */
function phraseAt(words: Word[], at: number): Word[] {
  const end = words.findIndex((w, i) => i >= at && !['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(w.pos));
  return words.slice(at, end < 0 ? undefined : end);
}

/** The words that end a question asking what a thing is made of: "made *of*", "built *from*". */
const PARTS_ASKED = new Set(['of', 'from']);
/** The words that join a thing to what it is made of or holds in the reports: those, and "packed *with*". */
const PARTS_JOIN = new Set([...PARTS_ASKED, 'with']);
/** WordNet's verb for having parts: it and its synonyms (consist, contain, incorporate) say what is in what. */
const HAVE_PARTS = 'comprise';
/**
 * The verb English says a thing's parts by in its passive, "the IED *was composed of* wires": WordNet files it under
 * making up a whole ("form the substance of"), not under having parts, so no synonym of those brings it.
 */
const MADE_UP = 'compose';

/**
 * A question asking what a thing is made of or holds: its verb ends it with "of", "from" or "with" ("what was the bomb
 * *made of*?", "what was it *built from*?"), or it asks what *was in* something. The answer is what the report says it
 * consisted of, contained, or was made or built of: the object of the question's verb or of WordNet's verbs for having
 * parts, past the word that joins them.
 */
function partsAsked(words: Word[], at: number, lexicon: Lexicon): Partial<Question> | undefined {
  const last = words.at(-1)?.pos === 'PUNCT' ? words.length - 2 : words.length - 1;
  const madeOf = PARTS_ASKED.has(words[last]?.lemma ?? '') && words[last - 1]?.pos === 'VERB';
  const inIt = words[at + 1]?.lemma === 'be' && words[at + 2]?.lemma === 'in';
  if (!madeOf && !inIt) return undefined;
  const own = madeOf ? [words[last - 1]!.lemma] : [];
  const acts = partsActs([HAVE_PARTS, ...own], lexicon);
  const joined = own.length ? { joined: new Set([...own, ...alikeVerbs(own, lexicon)]) } : {};
  // Only a sentence saying what the thing holds answers: one naming the thing alone does not.
  return { expects: new Set(['object']), strict: true, acts: { ...acts, ...joined } };
}

/**
 * What the verbs saying what a thing holds or is made of act on, past "of", "from" or "with", and their synonyms'; and
 * "composed of" (MADE_UP), not its synonyms: those are of writing ("pen", "write").
 */
function partsActs(verbs: string[], lexicon: Lexicon): NonNullable<Question['acts']> {
  return { verbs: new Set([...verbs, ...alikeVerbs(verbs, lexicon), MADE_UP]), passive: false, joins: PARTS_JOIN };
}

/** The verbs WordNet brings at least `closeness` near some of `verbs`: those saying the same act. */
export const alikeVerbs = (verbs: string[], lexicon: Lexicon, closeness = SAME_ACT) =>
  verbs.flatMap((v) =>
    lexicon
      .related(v, 'verb')
      .filter((r) => r.weight >= closeness)
      .map((r) => r.word),
  );

/** How close "made of", "built from" come to WordNet's verb for having parts: as close as a synonym. */
const PARTS_BRIDGE = 0.7;

/**
 * The words the verb of a "made of" question ("what was the bomb *made* of?", "*built* from") is bridged to: WordNet's
 * verbs for having parts, in which the reports say it ("the device *consisted* of a receiver", "the cache *contained*
 * …"). Without them, a sentence saying the parts so holds no word of the question's verb.
 */
export function partsBridges(question: Question, word: Word | undefined, lexicon: Lexicon): Related[] {
  if (!word || word.pos !== 'VERB' || !question.acts?.joined?.has(word.lemma)) return [];
  const alike = lexicon.related(HAVE_PARTS, 'verb').filter((r) => r.weight >= SAME_ACT);
  return [{ word: HAVE_PARTS, weight: PARTS_BRIDGE }, ...alike];
}

/** Parts of speech that say less than a name or a noun; words that only join others ("through", "of") say nothing. */
const ROLE_OF_POS: Record<string, number> = {
  ADJ: 0.8,
  ADV: 0.4,
  ADP: 0,
  PART: 0,
  DET: 0,
  PRON: 0,
  CCONJ: 0,
  SCONJ: 0,
  INTJ: 0,
};
/** Verbs that carry little of what is asked: "When will the shipment come?" is about the shipment. */
export const LIGHT_VERBS = new Set([
  'be',
  'have',
  'do',
  'get',
  'go',
  'come',
  'make',
  'take',
  'happen',
  'give',
  'put',
  'keep',
  'say',
  'tell',
  'know',
]);

/**
 * The verbs of a question that carry its act, not light ones: "why did they *engage* the ridgeline?", "when was the
 * vehicle *recovered*?"; "get", "go", "take" say little of what was done.
 */
export const actVerbs = (words: Word[]): Word[] => words.filter((w) => w.pos === 'VERB' && !LIGHT_VERBS.has(w.lemma));

/** The word of the question as read (wink) that holds a token of its query. */
export const wordOfToken = (question: Question, token: Token): Word | undefined =>
  question.reading.words.find((w) => w.start <= token.start && w.end >= token.end);

/** The role (roleOf) of a word that says what a question is about: a verb that carries meaning, a noun, a name. */
export const TELLING = 0.7;

/** The role of a light verb ("get", "go", "take"): it says little of what was done. */
export const LIGHT_ROLE = 0.25;

/**
 * A gloss calling a word a manner of speaking for a person WordNet names otherwise: "guy: an *informal term for* a
 * youth or man", "fellow: an informal *form of address for* a man", "cop: uncomplimentary *terms for* a policeman".
 */
const TERM_FOR = /^(?:an? )?(?:[\w-]+ )?(?:terms?|forms?) (?:of address )?for\b/i;

/**
 * A word in capitals, an abbreviation of the War Diary's the tagger may read as another word: "Kamdesh *COP*" (a combat
 * outpost), "7x *AT* Mines" (anti-tank, not "at").
 */
export const ABBREVIATED = /^[A-Z]{2,}$/;

/**
 * Whether a word is a noun whose commonest sense WordNet defines as a term for a person: the asker's speech ("the two
 * *guys* who got 4059 and 4060", "what isns did the paladin *guys* get"), where the reports write a role ("2x
 * detainees", "5 X Detainees transferred into BTIF from TF Paladin"). Rare in the reports (one chat transcript's "CAN
 * YOU *GUYS* MAKE A VIDEO"), it would weigh as the question's rarest word, though it says only that the one asked of is
 * a person. Not a word in capitals: an abbreviation of the War Diary's spelled like one ("Kamdesh *COP*", a combat
 * outpost, not a policeman).
 */
export function askersTermForPerson(word: Word, lexicon: Lexicon): boolean {
  if (!isNoun(word) || ABBREVIATED.test(word.text)) return false;
  const first = lexicon.senses(word.lemma.toLowerCase(), 'noun')[0];
  return first?.lexname === 'noun.person' && TERM_FOR.test(first.gloss);
}

/**
 * How much a unit of the question says about what is asked, 0–1, from the
 * part of speech of its words: names and nouns most, light verbs least; the
 * focus noun a little (the answer need not repeat it).
 */
export function roleOf(question: Question, unit: QueryUnit, lexicon?: Lexicon): number {
  const token = unit.tokens[0]!;
  const inFocus = !!question.focus && token.start < question.focus.end && token.end > question.focus.start;
  // A focus noun naming no one (a thing, a place) a little, though the glossary names it: "what *vehicle*
  // overturned?" (VEH to the reports) is answered by its make, "ISAF VEH (*DEU WOLF*)", which need not repeat it. A
  // group's is weighed as the glossary's: "which company" is answered "2 *COY*", or a business the glossary's army
  // company is not.
  if (inFocus && !question.expects.has('agent')) return 0.3;
  // A glossary concept is a name or a thing the reports spell several ways (TB, IED); one said as a verb
  // ("evacuated": evac'd, evacd) is still what was done, weighed as a verb.
  if (unit.conceptId && wordOfToken(question, token)?.pos !== 'VERB') return 1;
  if (inFocus) return 0.3;
  if (question.aside.has(token.start)) return 0;
  const word = wordOfToken(question, token);
  if (!word) return 1;
  // An auxiliary that is no light verb is a modal ("might", "must"): it says how sure, not what was done.
  if (word.pos === 'AUX' && !LIGHT_VERBS.has(word.lemma)) return 0;
  // "Trying to get", "going to hit": the verb after says what was done; the aspect says as little as a light verb.
  const light = LIGHT_VERBS.has(word.lemma) || catenatives(question.reading.words).includes(word);
  // A verb the tagger reads as a noun after "do" and its subject says what was done, as any verb does: "what do TF 31
  // *think* the … name really is?" is about the name, not a thing called a think.
  const verb = word.pos === 'VERB' || (lexicon && verbReadAsNoun(question.reading.words, lexicon) === word);
  if (verb || word.pos === 'AUX' || light) return light ? LIGHT_ROLE : 0.7;
  if (gerundWithObject(question.reading.words, word)) return 0.7;
  return ROLE_OF_POS[word.pos] ?? 1;
}

/**
 * Whether an -ing word the tagger reads as a noun is a verb's gerund, acting on the phrase after it: a noun is not
 * followed by an article, a gerund is ("seen *planting the* bomb", "*laying an* IED"). It says what was done, as a
 * verb.
 */
const gerundWithObject = (words: Word[], word: Word) =>
  word.pos === 'NOUN' && isIngForm(word.text) && words[words.indexOf(word) + 1]?.pos === 'DET';

/**
 * The verb of a question asked with "did", "does", "do" that the tagger reads as a noun compounding its subject: "how
 * many insurgents did the NDS *arrest*?". It ends the subject's run of nouns, follows a noun, is followed by no verb,
 * and WordNet knows it as a verb.
 */
export function verbReadAsNoun(words: Word[], lexicon: Lexicon): Word | undefined {
  const aux = words.findIndex((w) => w.pos === 'AUX' && w.lemma === 'do');
  if (aux < 0) return undefined;
  let k = aux + 1;
  // A determiner after a noun opens the next phrase, the object: "did the workers mark *the* UXO".
  const opensObject = (i: number) => words[i]!.pos === 'DET' && ['NOUN', 'PROPN'].includes(words[i - 1]!.pos);
  while (words[k] && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(words[k]!.pos) && !opensObject(k)) k++;
  const last = words[k - 1];
  const before = words[k - 2];
  // A verb after the run is the question's own: the run was all subject ("did the weapons deal actually go through").
  const verbAfter = ['VERB', 'AUX'].includes(words[pastAdverbs(words, k)]?.pos ?? '');
  // A unit's name ends in its number: "what do *TF 31* think…" compounds the name with no noun.
  const named = before?.pos === 'NUM' && words[k - 3]?.pos === 'PROPN';
  if (k - 2 <= aux || verbAfter || last?.pos !== 'NOUN' || !(['NOUN', 'PROPN'].includes(before?.pos ?? '') || named))
    return undefined;
  if (lexicon.senses(last.lemma, 'verb').length) return last;
  // Or the noun right after a name, its object after it: "who did *Iran* supply weapons to?" (a name compounds no
  // noun after it as "the NDS arrest" would).
  const afterName = words.slice(aux + 2, k - 1).find((w, i) => w.pos === 'NOUN' && words[aux + 1 + i]!.pos === 'PROPN');
  return afterName && lexicon.senses(afterName.lemma, 'verb').length ? afterName : undefined;
}
