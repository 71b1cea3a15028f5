/**
 * Where a movement went. "Where were casualties evacuated to?" asks the destination of a movement; a report may name
 * the movement in other words ("organizing transports for injured people to TEHERAN"), which WordNet puts steps
 * apart from the question's verb. A word of movement (a verb WordNet files among verbs of motion, or a noun derived
 * from one: transports, transfer, flight, evacuation) followed in its clause by "to" and what it goes to tells where
 * a movement went: for a "where … to?" question asking of a verb of motion, that is the question's movement.
 *
 * Both sides give one term (as phrasal.ts gives verbs of two words): a sentence saying a movement to somewhere holds
 * it, and the question's verb of motion is bridged to it. Which place it names is the kinds' reading (kinds.ts).
 */
import { LRUCache } from 'lru-cache';
import { SENSE_DECAY, type Lexicon, type Related, type Synset } from './lexicon.ts';
import { phrasalStem, type Phrasal, type PhraseReader } from './phrasal.ts';
import type { Word } from './nlp.ts';
import { irregularBase, respelledBase } from './text.ts';
import { IN_PHRASE } from './slots.ts';

export const MOTION = 'verb.motion';
/** The term a movement to somewhere is held as: no word of a report, nor a verb of two words WordNet knows. */
const MOTION_TO = 'motion_to';
const MOVED_TO = phrasalStem(MOTION_TO);
/** As close as a broader verb: a movement, not the question's own. */
const MOVEMENT = 0.4;
/** Words a movement may stand before its "to": "transports for injured people to TEHERAN". */
const REACH = 5;
export const ARTICLES = new Set(['the', 'a', 'an']);

/** Whether one of a word's commonest senses is a movement: a verb of motion, or a noun WordNet derives from one. */
function movesBy(senses: Synset[], words: Lexicon): boolean {
  return senses
    .slice(0, SENSE_DECAY.length)
    .some(
      (s) =>
        s.lexname === MOTION ||
        s.pointers.some(
          (p) => p.symbol === '+' && p.wordClass === 'verb' && words.synset('verb', p.offset).lexname === MOTION,
        ),
    );
}

/**
 * Whether a verb is, in its commonest sense, WordNet's verb of putting a thing somewhere ("put, set, place, pose,
 * position, lay"): where it was put is where it went, so a movement into a place tells it, though putting is no verb of
 * motion: "1X Detainee *transfer into BTIF* from TF 373" says where TF 373 *put* the detainee.
 */
export function putsSomewhere(lemma: string, words: Lexicon): boolean {
  const putting = words.senses('put', 'verb', 1)[0]?.offset;
  return putting !== undefined && words.senses(lemma, 'verb', 1)[0]?.offset === putting;
}

/**
 * Whether the verb at `k` assigns someone to a place, "to" and no verb after it: one of its commonest senses is
 * WordNet's first of "assign" ("give an assignment to (a person) to a post") or a kind of it ("task", "post"). The War
 * Diary sends a team so: "the EOD Team FEY was *tasked to the NDS office* FEY" tells where it was sent, though
 * assigning is no verb of motion. Not "tasked *to check* the area", the task and not the place.
 */
export function assignedTo(said: Word[], k: number, words: Lexicon): boolean {
  const assigning = words.senses('assign', 'verb', 1)[0]?.offset;
  if (assigning === undefined || said[k + 1]?.lemma !== 'to' || said[k + 2]?.pos === 'VERB') return false;
  const isAssigning = (s: Synset) =>
    s.offset === assigning || s.pointers.some((p) => p.symbol === '@' && p.offset === assigning);
  return words.senses(said[k]!.lemma, 'verb', SENSE_DECAY.length).some(isAssigning);
}

/** Whether the verb at `k` tells a going: a verb of motion, or an assigning to a place (assignedTo). */
export const goesBy = (said: Word[], k: number, words: Lexicon) =>
  isMovement(said[k]!.text.toLowerCase(), words) || assignedTo(said, k, words);

/**
 * Whether the word at `k` says its subject is back at a place: "ALL UNITS ARE *BACK IN* DARZAB POLICE STATION", "All
 * the troops are back in CAMP WAREHOUSE now". Being back somewhere is where a going back ended: the War Diary closes
 * an incident so, telling where its forces went, with no verb of motion.
 */
export const backAt = (said: Word[], k: number) =>
  said[k]!.text.toLowerCase() === 'back' && said[k - 1]?.lemma === 'be' && BACK_AT.has(said[k + 1]?.lemma ?? '');
/** The prepositions of being at a place one came back to. */
const BACK_AT = new Set(['in', 'at', 'on']);

const moving = new LRUCache<string, boolean>({ max: 5_000 });
/** Whether a word (a verb's or a noun's form) says a movement: "evacuated", "flown", "transports". */
export function isMovement(word: string, words: Lexicon): boolean {
  let found = moving.get(word);
  if (found === undefined) {
    // "Flown", "taken", "sent": the irregular forms of verbs of motion are the War Diary's commonest movements; and
    // "1 x Detainee *Transferred* into BTIF", a form WordNet's rules of endings miss (respelledBase).
    const base = irregularBase(word);
    const verbs = words.baseForms(base ?? word, 'verb');
    const respelled = base || verbs.length ? undefined : respelledBase(word);
    const forms = [
      ...verbs,
      ...(respelled ? words.baseForms(respelled, 'verb') : []),
      ...(base ? [] : words.baseForms(word, 'noun')),
    ];
    found =
      forms.some((f) => movesBy(words.senses(f.lemma, f.wordClass), words)) ||
      (!forms.length && codedMove(word, words));
    moving.set(word, found);
  }
  return found;
}

/**
 * Whether a word WordNet knows in no form is a noun it knows used as a verb in the past, its ending glued on as the War
 * Diary writes a code ("Wounded were *medevacd* to PRT Kunduz", "*MEDEVAC'd*", "*medevaced*"): it says the act of the
 * noun's kind, a medevac being an evacuation, derived from to evacuate, a verb of motion.
 */
function codedMove(word: string, words: Lexicon): boolean {
  const noun = /^(.{3,}?)'?e?d$/.exec(word)?.[1];
  const first = noun ? words.senses(noun, 'noun')[0] : undefined;
  if (!first) return false;
  const kinds = first.pointers.filter((p) => p.symbol === '@').map((p) => words.synset('noun', p.offset));
  return movesBy([first], words) || kinds.some((k) => movesBy([k], words));
}

/**
 * Whether words tell a movement: a verb or a noun saying one ("medevacd", "transports"), or an assigning to a place
 * (assignedTo), or a being back somewhere (backAt), not only where one was. Given `moved` (a lemma), a verb's
 * movement must move it, as its subject ("*IED* has been returned to FOB Zormat") or its object ("EOD took *the IED*
 * to FOB Zormat"): "TF 37 recovery package was enroute to Zormat, came across an IED" moves the package, not the IED.
 * `moved` holds the lemma and the glossary's other forms of it (as for wentTo).
 */
export const tellsMovement = (words: Word[], lexicon: Lexicon, moved?: ReadonlySet<string>) =>
  words.some(
    (w, i) =>
      ((w.pos === 'NOUN' && isMovement(w.text.toLowerCase(), lexicon)) ||
        (w.pos === 'VERB' && goesBy(words, i, lexicon)) ||
        backAt(words, i)) &&
      (moved === undefined ||
        (w.pos === 'VERB' && [...movedBefore(words, i), ...movedAfter(words, i)].some((l) => moved.has(l)))),
  );

/**
 * The bridge of a "where … to?" question's verb of motion ("evacuated") to a movement to somewhere; none for another
 * question, or another verb.
 */
export function destinationBridges(question: Word[], verb: Word, words: Lexicon): Related[] {
  const said = question.filter((w) => w.pos !== 'PUNCT');
  const toWhere = said[0]?.lemma === 'where' && said.at(-1)?.lemma === 'to';
  if (!toWhere || verb.pos !== 'VERB') return [];
  return movesBy(words.senses(verb.lemma, 'verb'), words) ? [{ word: MOTION_TO, weight: MOVEMENT }] : [];
}

/**
 * The movements to somewhere among tokens[from, to), when sought: a "to" a few words after a word of movement, in its
 * clause (each word a space apart: no comma or stop between), not an infinitive's ("moved to attack").
 */
export const destinationStems: PhraseReader = (tokens, from, to, words, sought) => {
  const found: Phrasal[] = [];
  if (!sought.has(MOVED_TO)) return found;
  for (let i = from + 1; i < to - 1; i++) {
    if (tokens[i]!.norm !== 'to' || !goesTo(tokens[i + 1]!.norm, words)) continue;
    for (let k = i - 1; k >= Math.max(from, i - REACH) && tokens[k + 1]!.start - tokens[k]!.end === 1; k--) {
      if (!isMovement(tokens[k]!.norm, words)) continue;
      found.push({ stem: MOVED_TO, start: tokens[k]!.start });
      break;
    }
  }
  return found;
};

/** Whether the word after a "to" begins what is gone to: an article, or a word WordNet knows as no verb. */
const goesTo = (next: string, words: Lexicon) => ARTICLES.has(next) || !words.senses(next, 'verb').length;

/**
 * Whether the place starting at `start` is where a movement ended, after "to" or "into" a verb of motion takes ("has
 * been *taken to* the local hospital"): it answers where someone went, not where an act that moves no one was done
 * ("where was the driver hit?"). A code WordNet knows in no form, which wink may tag a noun, is read as the verb it
 * is used as ("Wounded were *medevacd* to PRT Kunduz", codedMove). Given `moved` (a lemma), the movement must move
 * it: the noun phrase right before the verb, past its auxiliaries, is what moved ("*Wounded* were medevacd to PRT
 * Kunduz" moves the wounded; "two suicide bombers were tasked by … leaders to come to LashKarGah City" moves no
 * Iranians). `moved` holds the lemma and the glossary's other forms of it ("insurgent", "ins").
 */
export function wentTo(words: Word[], start: number, lexicon: Lexicon, moved?: ReadonlySet<string>): boolean {
  let k = words.findIndex((w) => w.start >= start) - 1;
  while (k >= 0 && INSIDE_PLACE.has(words[k]!.pos)) k--;
  const v = verbBefore(words, k);
  const verb = words[v];
  return (
    GOAL.has(words[k]?.lemma.toLowerCase() ?? '') &&
    (verb?.pos === 'VERB' || (!!verb && !lexicon.baseForms(verb.text.toLowerCase()).length)) &&
    isMovement(verb.text.toLowerCase(), lexicon) &&
    (moved === undefined || movedBefore(words, v).some((l) => moved.has(l)))
  );
}

/**
 * The index of the verb whose goal's preposition is at `k`: the word before it, or the word before where the movement
 * left, which a verb of motion's particle tells before where it went ("INS have *pulled out of the area* towards WEST",
 * "moved *off the road* into …"). A "from" phrase is not read so: "QRF WAS MOVING FROM EMAM SAHEB TO POSITION …" then
 * outranks another report's movement told by a noun ("on the deployment from KDZ to MES"), which wentTo does not read.
 * Nor does a verb's particle right before the goal part them: "were *handed over to* hospital", "*came back to* FOB".
 */
function verbBefore(words: Word[], k: number): number {
  if (PARTICLE.has(words[k - 1]?.pos ?? '') && words[k - 2]?.pos === 'VERB') return k - 2;
  let j = k - 1;
  while (j >= 0 && IN_PHRASE.has(words[j]!.pos)) j--;
  const phrase = j;
  while (j >= 0 && SOURCE.has(words[j]!.lemma.toLowerCase())) j--;
  return phrase < k - 1 && j < phrase ? j : k - 1;
}

/**
 * The lemmas of the noun phrase right before the verb at `v`, past its auxiliaries and adverbs: what it moved. Each of
 * a subject of phrases joined by "and" moved: "*The LN and the two DEU wounded soldiers* were handed over to hospital"
 * moves the LN as well as the soldiers.
 */
function movedBefore(words: Word[], v: number): string[] {
  let k = v - 1;
  while (k >= 0 && BEFORE_VERB.has(words[k]!.pos)) k--;
  const phrase: string[] = [];
  for (; k >= 0 && (IN_PHRASE.has(words[k]!.pos) || describes(words, k)); k--) {
    phrase.push(words[k]!.lemma.toLowerCase());
    if (words[k - 1]?.lemma.toLowerCase() === AND && IN_PHRASE.has(words[k - 2]?.pos ?? '')) k--;
  }
  return phrase;
}

/** Whether the word at `k` is a participle before a noun, describing it: "the two DEU *wounded* soldiers". */
const describes = (words: Word[], k: number) => words[k]!.pos === 'VERB' && NOUNS.has(words[k + 1]?.pos ?? '');
const NOUNS = new Set(['NOUN', 'PROPN']);

/** The conjunction joining the phrases of one subject: "the LN *and* the two DEU wounded soldiers". */
const AND = 'and';
/** The lemmas of the noun phrase right after the verb at `v`: what a transitive verb moved ("took *the IED*"). */
function movedAfter(words: Word[], v: number): string[] {
  const phrase: string[] = [];
  for (let k = v + 1; k < words.length && IN_PHRASE.has(words[k]!.pos); k++) phrase.push(words[k]!.lemma.toLowerCase());
  return phrase;
}
/** The words between a subject and its verb: "Wounded *were* medevacd", "they *had then* moved". */
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
/** The words a place's phrase may open with, before its name: "the local hospital". */
const INSIDE_PLACE = new Set(['DET', 'ADJ']);
/** The prepositions of a movement's end or its heading: "taken *to*", "moved *into*", "pulled out *towards* WEST". */
const GOAL = new Set(['to', 'into', 'toward', 'towards']);
/** A particle of a verb of motion and the preposition of what it left: "pulled *out of* the area", "moved *off*". */
const SOURCE = new Set(['out', 'of', 'off']);
/** The tags of a verb's particle: "handed *over*", "came *back*". */
const PARTICLE = new Set(['ADP', 'ADV', 'PART']);
