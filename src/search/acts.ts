/**
 * Who did it, and to whom: the role a "who" or "where" question asks about around its verb, and where a phrase of a
 * sentence stands to that verb. "Who shot the employee?" asks the doer of the shooting: in an active sentence its
 * subject ("*INS* shot the employee"), in a passive one the phrase after "by" ("the employee was shot *by two
 * gunmen*"); "whom did they shoot?", "who was shot?" ask the one it was done to; "where was he shot?" where the
 * shooting was, not where he was taken afterwards. Read from the parts of speech of English clauses, as word indices.
 */
import { actNouns, aimedAt, causedActNouns, doerNouns, OBJECT_FRAMES, type ActNouns } from './act-nouns.ts';
import { gerundAfter, isCatenative } from './catenative.ts';
import { isBodyPart, isNamed, type KindSpan } from './kinds.ts';
import { PEOPLE_FILES, type Lexicon } from './lexicon.ts';
import { isEdForm, isIngForm, PASSIVE, pastAdverbs, read, SCENE_OPENERS, touching, wordsAt, type Word } from './nlp.ts';
import { alikeVerbs, isWhWord, phrasalAt, strandsPreposition } from './question.ts';
import { SERVE, takesOffice } from './office.ts';
import { asksThing } from './thing-asked.ts';
import { firstJoined } from './slots.ts';
import { effectsOfHit, seeing, seeingVerbs } from './verb-steps.ts';
import { isTelling } from './tellers.ts';

/** The doer of the act, the one it is done to, or where it is done. */
export type ActRole = 'doer' | 'undergoer' | 'place';

export interface ActAsked {
  /** The verb's base forms that say the act: its own and WordNet's close bridges of it (wound for shoot). */
  verbs: Set<string>;
  role: ActRole;
  /** The role is asked of a thing ("*what* caused the fire?"): the phrase in it answers, whatever it names. */
  thing?: boolean;
  /**
   * The question names the thing ("what *aircraft* arrived?"): the phrase in the role is one of it, an instance, and is
   * no answer when surely someone or somewhere (thing-asked.ts). The noun's base form.
   */
  named?: string;
  /** The nouns saying the question's own verb as an act: "the *death* of", "the *arrest* of". */
  nouns?: ActNouns;
  /**
   * A passive "where" question whose preposition aims the act at its subject ("where was the German PRT *fired on*?"):
   * it asks where the act was done to that subject, not where the subject did it.
   */
  doneTo?: boolean;
  /** The nouns naming the act's doer (act-nouns.ts, doerNouns): "initiator" for "what set off…?". */
  doerNouns?: Set<string>;
  /**
   * A "what V-ed?" question whose verb takes no object there and can be said of a thing alone ("what *broke* on the
   * Dingo?"): what it asks is the one the act befell, the subject of the verb's passive too (befallen).
   */
  befell?: boolean;
  /**
   * Asked by "which N" (groupDoing): the noun already says what answers, so the act only narrows its phrases to the
   * one a sentence shows in the role, and keeps them all where it shows none.
   */
  kindNamed?: boolean;
}

/** WordNet's files of nouns naming an act or an event. */
const ACT_FILES = new Set(['noun.act', 'noun.event']);
/** How close a WordNet bridge of the verb must be to say the same act, its roles the same: a synonym or a hypernym. */
const SAME_ACT = 0.4;
/**
 * How close WordNet must bring a verb of telling to the question's for it to say the same act: a telling is one act
 * whichever verb tells it, its teller the doer ("JOC was informed *by Commander HQ COY*" says who told the JOC), and
 * WordNet brings "tell" to "inform" only through tell's second sense, "let something be known", at 0.34.
 */
const TELLING_ALIKE = 0.3;
/** Words after which a clause sets the question's scene: its verb is not the one asked about. */
const SCENE = new Set([...SCENE_OPENERS, 'because', 'if']);
/** Verbs that say little of an act: their roles say nothing of it ("who got the bodies", "who gave the orders"). */
const LIGHT = new Set(['be', 'have', 'do', 'get', 'go', 'come', 'make', 'take', 'give', 'put', 'keep', 'happen']);
/** Prepositions a passive leaves after its verb aiming the act at its subject: "fired *on*", "shot *at*". */
const AIMED = new Set(['on', 'at', 'upon', 'against']);
/** Verbs that say nothing of where: "where *was* it?", "where *did* they have it?". */
const EMPTY = new Set(['be', 'have', 'do']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * The act a "who" or "where" question asks a role of, or none when it asks none the sentence's clause can show (a
 * "who is the X?", a "who were they linked to?" asking what follows a preposition, a light verb's).
 */
export function actAsked(words: Word[], lexicon: Lexicon): ActAsked | undefined {
  // The question's own wh-word, its first: "what was the name of the employee *who* was shot?" asks no role.
  const at = words.findIndex((w) => isWhWord(w.text));
  if (at >= 0 && words[at]!.lemma === 'what') return thingDoing(words, at, lexicon) ?? groupDoing(words, at, lexicon);
  if (at >= 0 && words[at]!.lemma === 'which') return groupDoing(words, at, lexicon);
  if (at < 0 || !['who', 'whom', 'where'].includes(words[at]!.lemma)) return undefined;
  let end = words.findIndex((w, i) => i > at && (SCENE.has(w.lemma) || w.pos === 'PUNCT'));
  if (end < 0) end = words.length;
  const last = words[end - 1];
  const where = words[at]!.lemma === 'where';
  const aux = words[at + 1]?.pos === 'AUX' || words[at + 1]?.lemma === 'get' ? at + 1 : at;
  // "Who was he shot *by*?": the verb stands before the "by"; "where was the PRT fired *on*?" before its preposition.
  const verbAt = mainVerb(words, aux + 1, last?.pos === 'ADP' ? end - 1 : end);
  if (verbAt === undefined) return undefined;
  // The wh-word is the subject unless a noun phrase stands before the verb: "who did *the insurgents* shoot?".
  const subject = words.slice(aux + 1, verbAt).some((w) => NOMINAL.has(w.pos)) && !whichOf(words, aux, verbAt);
  const passive =
    aux > at && PASSIVE.has(words[aux]!.lemma) && words[verbAt - 1]?.lemma !== 'to' && !isIngForm(words[verbAt]!.text);
  // "Who were they linked *to*?", "where did it come *from*?": what the preposition takes is asked, not a role; but a
  // passive's preposition aimed at its subject ("where was the PRT fired *on*?") asks where it was done to it.
  const aimed = where && passive && subject && verbAt === end - 2 && AIMED.has(last!.lemma);
  if (last?.pos === 'ADP' && (where || last.lemma !== 'by') && !aimed) return undefined;
  const lemma = verbLemma(words[verbAt]!);
  // "Who was made chief?", "who became governor?": the one who took the role is who serves in it (office.ts), the
  // doer of serving; the question's own act too when he did it (became), not when it was done to him (was made).
  if (!where && !subject && lemma && takesOffice(words, verbAt, lexicon))
    return {
      verbs: new Set([...alikeActs(SERVE, lexicon), ...(passive ? [] : alikeActs(lemma, lexicon))]),
      role: 'doer',
    };
  // Where someone was taken, went or came is where the light verb's act was done.
  if (!lemma || (where ? EMPTY : LIGHT).has(lemma)) return undefined;
  // A light verb's preposition left standing before a phrase of the scene is asked as the last word's is, the verb
  // saying nothing of the act: "where was the shooting *coming from* on the … road" asks where the shooting came from,
  // not where anything moved.
  if (where && LIGHT.has(lemma) && strandsPreposition(words, verbAt)) return undefined;
  const verbs = alikeActs(lemma, lexicon);
  if (where) return { verbs, role: 'place', ...(aimed && { doneTo: true }) };
  const nouns = actNouns(lemma, lexicon);
  if (!subject)
    return { verbs, role: passive ? 'undergoer' : 'doer', nouns: passive ? withCaused(nouns, lemma, lexicon) : nouns };
  // "Who was he shot *by*?" asks the doer; "who did they shoot?", "who were they helping?" the one it was done to.
  if (last?.lemma === 'by') return { verbs, role: 'doer', nouns };
  return passive ? undefined : { verbs, role: 'undergoer', nouns };
}

/**
 * Whether what stands between the wh-word at `at` and its verb is only a phrase a preposition takes, saying among whom
 * the one asked is: "who *in the convoy* fired…", "who *of the guards* shot…". It is no subject of the verb; the
 * wh-word is.
 */
const whichOf = (words: Word[], at: number, verbAt: number) =>
  words[at + 1]?.pos === 'ADP' && verbAt > at + 2 && words.slice(at + 2, verbAt).every((w) => IN_DOER.has(w.pos));

/**
 * The nouns saying a passive question's act, with those of the acts it causes ("who was killed?": "the death of"),
 * whose "of" names the one it was done to as the verb's own do when it takes an object.
 */
function withCaused(nouns: ActNouns | undefined, lemma: string, lexicon: Lexicon): ActNouns | undefined {
  const caused = causedActNouns(lemma, lexicon);
  if (!caused.size || nouns?.of === 'doer') return nouns;
  return { nouns: new Set([...(nouns?.nouns ?? []), ...caused]), of: 'undergoer' };
}

/**
 * The act a "what" question asks the doer of, when "what" is the subject of its verb: "what *caused* the fire?", "what
 * *hit* the convoy?" ask the thing that did it, the subject of an active verb or the phrase after "by" ("the fire was
 * caused *by a short circuit*"). Not "what did they find?" nor "what was found?", which ask what the verb acts on.
 */
function thingDoing(words: Word[], at: number, lexicon: Lexicon): ActAsked | undefined {
  // "What *aircraft* arrived…?": the thing named straight after "what" does it, as "what" alone would.
  const named = thingNamed(words, at, lexicon);
  const v = pastAdverbs(words, named ?? at + 1);
  const verb = words[v];
  if (verb?.pos !== 'VERB' || LIGHT.has(verb.lemma)) return undefined;
  const noun = named && words[named - 1]!.lemma.toLowerCase();
  const nouns = undergoneAsNoun(words, v, lexicon);
  const doers = doerNouns(phrasalAt(words, v, lexicon)?.together ?? verbLemma(verb) ?? verb.lemma, lexicon);
  return {
    // What hit a thing is the doer of the damage it did: "the office damaged *by one RPG round*" (effectsOfHit).
    verbs: new Set([...alikeActs(verb.lemma, lexicon), ...effectsOfHit(verb.lemma, lexicon)]),
    role: 'doer',
    thing: true,
    ...(noun && { named: noun }),
    ...(nouns && { nouns }),
    ...(befallen(words, v, lexicon) && { befell: true }),
    ...(doers.size && { doerNouns: doers }),
  };
}

/**
 * The act a "which/what N V-ed…?" question asks the doer of, N naming people or a group ("which task force
 * *transferred* the detainee?", "which squad *found* the grenade?"): the noun phrase right after the wh-word is the
 * subject of the verb straight after it, so it asks who did the act, as "who transferred…?" does. A verb after an
 * auxiliary ("which unit *was* hit") or a light verb asks no role (actAsked).
 */
function groupDoing(words: Word[], at: number, lexicon: Lexicon): ActAsked | undefined {
  let k = at + 1;
  while (['NOUN', 'PROPN', 'ADJ'].includes(words[k]?.pos ?? '')) k++;
  const verb = words[k];
  if (k === at + 1 || words[k - 1]!.pos !== 'NOUN' || verb?.pos !== 'VERB' || LIGHT.has(verb.lemma)) return undefined;
  // "Which detainee *brought to* Bagram … had been released?": a participle going straight on to a preposition
  // describes the noun; the question's own verb comes later.
  if (words[k + 1]?.pos === 'ADP') return undefined;
  // "Which ministry *wanted* the discovery kept quiet?": a catenative verb says only how far the act after it went,
  // whoever does that act (catenative.ts).
  if (isCatenative(verb.lemma)) return undefined;
  return { verbs: alikeActs(verb.lemma, lexicon), role: 'doer', nouns: actNouns(verb.lemma, lexicon), kindNamed: true };
}

/** WordNet's sentence frame "Something ----s": the verb said of a thing alone, with no object. */
const THING_ALONE = 1;

/**
 * Whether a "what V-ed?" question's verb takes no object there (objectAfter) and WordNet says it of a thing alone
 * ("the mirror broke"): English says the same act befell that thing in the passive, "the two mirrors on the left side
 * are *broken*", so that passive's subject is what the question asks (phraseIn). "What hit the office?" has its object.
 */
function befallen(words: Word[], v: number, lexicon: Lexicon): boolean {
  const lemma = verbLemma(words[v]!) ?? words[v]!.lemma;
  return !objectAfter(words, v, lexicon) && lexicon.senses(lemma, 'verb').some((s) => s.frames.includes(THING_ALONE));
}

/** Whether the verb at `v` (with its particle: "break down") has an object right after it: "hit *the* office". */
function objectAfter(words: Word[], v: number, lexicon: Lexicon): boolean {
  const phrasal = phrasalAt(words, v, lexicon);
  const after = phrasal ? words.indexOf(phrasal.next) + 1 : v + 1;
  return OBJECT_OPENS.has(words[after]?.pos ?? '');
}

/** What may stand as the object right after a verb: "hit *the* office", "killed *him*". */
const OBJECT_OPENS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/**
 * The nouns of the act of a "what V-ed?" question whose verb (with its particle: "break down") takes no object there:
 * its subject is the one the act befell, which the noun names after "of" whether WordNet reads the verb as taking an
 * object or not — the same verb says "X broke down" and "they broke X down", and "the *breakdown of* an APC DINGO II"
 * tells what broke down. With an object ("what hit the office?") "of" names that object, not what is asked.
 */
function undergoneAsNoun(words: Word[], v: number, lexicon: Lexicon): ActNouns | undefined {
  if (objectAfter(words, v, lexicon)) return undefined;
  const phrasal = phrasalAt(words, v, lexicon);
  const said = actNouns(phrasal?.together ?? verbLemma(words[v]!) ?? words[v]!.lemma, lexicon);
  return said && { nouns: said.nouns, of: 'doer' };
}

/**
 * Where the verb of a "what X did it?" question stands, past X, when X is first of all a thing (thing-asked.ts): "what
 * *aircraft* arrived to help…". None when no noun follows "what".
 */
function thingNamed(words: Word[], at: number, lexicon: Lexicon): number | undefined {
  let k = at + 1;
  while (['NOUN', 'PROPN', 'ADJ'].includes(words[k]?.pos ?? '')) k++;
  const head = words[k - 1];
  return k > at + 1 && head?.pos === 'NOUN' && asksThing(head.lemma, lexicon) ? k : undefined;
}

/**
 * A verb's base form with WordNet's close bridges of it and, for a seeing, the verbs telling one seeing (seeingVerbs):
 * the verbs that say the same act, its roles the same ("TF 31 *spotted* 3x persons … 6km SW" says where they were
 * seen).
 */
const alikeActs = (lemma: string, lexicon: Lexicon) =>
  new Set([
    lemma,
    ...alikeVerbs([lemma], lexicon, isTelling(lemma, lexicon) ? TELLING_ALIKE : SAME_ACT),
    ...seeingVerbs(lemma, lexicon),
  ]);

/**
 * The verb of the question's main clause between `from` and `end`: right after the wh-word and its auxiliary
 * ("who *shot*…", "who is *looking* into…"), else the last verb before the end, past the subject and what describes
 * it ("where was the cyclist that Mohawk hit *taken*?"), but not one of an infinitive that has its own object ("who
 * were they *helping* to carry out attacks?"). A word the tagger reads as a noun where the verb stands counts.
 */
function mainVerb(words: Word[], from: number, end: number): number | undefined {
  const isVerb = (i: number) => words[i]?.pos === 'VERB' || (words[i]?.pos === 'NOUN' && !!verbLemma(words[i]!));
  const k = pastAdverbs(words, from);
  if (k < end && isVerb(k)) return infinitiveOf(words, k, end);
  const verbs: number[] = [];
  for (let i = from; i < end; i++) if (words[i]!.pos === 'VERB' && !describes(words, i)) verbs.push(i);
  // "Where was the NDS employee *shot*?", "whom did the Taliban *attack*?": a verb read as a noun, ending it or the
  // words before the question's first preposition ("who did TF 373 *capture* near Jalalabad?").
  const at = words.findIndex((w, i) => i >= from && w.pos === 'ADP');
  const last = (at < 0 || at > end ? end : at) - 1;
  if (!verbs.length && last > from && words[last]!.pos === 'NOUN' && words[last - 1]?.pos !== 'DET' && isVerb(last))
    verbs.push(last);
  let v = verbs.at(-1);
  if (v === undefined) return undefined;
  const before = verbs.at(-2);
  const chained = before !== undefined && words[v - 1]?.lemma === 'to' && before === v - 2;
  if (chained && words.slice(v + 1, end).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')) v = before;
  return v;
}

/**
 * Past "going to", "trying to", "about to": the verb of the infinitive says the act; and past an aspect verb taking a
 * gerund, "keeps *saying*", "began *firing*": the gerund says it.
 */
function infinitiveOf(words: Word[], k: number, end: number): number {
  for (;;) {
    const gerund = gerundAfter(words, k) ?? end;
    if (k + 2 < end && words[k + 1]!.lemma === 'to' && words[k + 2]!.pos === 'VERB') k += 2;
    else if (gerund < end) k = gerund;
    else return k;
  }
}

/**
 * Whether a sentence says the act only as done, by a participle describing the one it was done to: "the *wounded*
 * soldier was back to CM" names no one who wounded him, so none of its names is the doer asked.
 */
function saidDone(words: Word[], act: ActAsked): boolean {
  return words.some(
    (w, i) => w.pos === 'ADJ' && isEdForm(w.text) && describes(words, i) && act.verbs.has(verbLemma(w) ?? ''),
  );
}

/**
 * The base form of a sentence's verb at `i`: a verb's, or a passive participle's the tagger read as an adjective after
 * its "be" ("JOC was *informed* by Commander HQ COY"): the passive tells the act all the same, its doer after "by".
 */
function actingLemma(words: Word[], i: number, lexicon: Lexicon): string | undefined {
  const w = words[i]!;
  if (w.pos === 'VERB') return w.lemma;
  const participle = w.pos === 'ADJ' && isEdForm(w.text) && PASSIVE.has(words[i - 1]?.lemma ?? '');
  return participle ? lexicon.baseForms(w.text.toLowerCase(), 'verb')[0]?.lemma : undefined;
}

/** A participle describing the noun after it: "the *missing* US soldier". */
const describes = (words: Word[], i: number) =>
  ['DET', 'ADJ', 'NUM'].includes(words[i - 1]?.pos ?? '') && ['NOUN', 'PROPN'].includes(words[i + 1]?.pos ?? '');

/**
 * A word's base form as a verb: wink's, or, where wink read the word as a noun ("who *shot* the employee?"), as it
 * reads it after a subject ("they shot" → shoot). None when the word is no verb.
 */
export function verbLemma(word: Word): string | undefined {
  if (word.pos === 'VERB') return word.lemma;
  const asVerb = read(`they ${word.text}`).words[1];
  return asVerb?.pos === 'VERB' ? asVerb.lemma : undefined;
}

/** Words that end a clause: a stop, a comma, a semicolon. */
const CLAUSE_END = /^[.,;:!?()]$/;
/** What may stand between a subject and its verb: "*INS* reportedly shot", "*LN driver* was wounded". */
const TO_VERB = new Set(['AUX', 'ADV', 'PART', 'DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** What may stand between "by" and the phrase naming the doer: "by *3x* persons", "by *two* gunmen". */
const IN_DOER = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** How many words may stand between a subject and its verb. */
const SUBJECT_WORDS = 6;

/**
 * Whether the verb at `v` is passive: after "was", "were", "got" ("was shot", "has been wounded"), before "by", or a
 * headline's verb with no object (headlinePassive).
 */
function passiveAt(words: Word[], v: number, lexicon: Lexicon): boolean {
  let b = v - 1;
  while (words[b]?.pos === 'ADV') b--;
  const aux = words[b];
  if (aux && PASSIVE.has(aux.lemma) && !isIngForm(words[v]!.text)) return true;
  // The War Diary's short style: a participle ending its clause says what was done to the phrase before ("1 X CH-47
  // *destroyed*, 10 US KIA"), where an active verb would go on to what it was done to.
  if (words[v + 1]?.lemma === 'by' || (/ed$/i.test(words[v]!.text) && CLAUSE_END.test(words[v + 1]?.text ?? '.')))
    return true;
  return headlinePassive(words, v, lexicon);
}

/** Prepositions of the path a thing is moved along: "transferred *into* BTIF *from* TF 373". */
const PATH = new Set(['to', 'into', 'from']);

/**
 * Whether the preposition at `k`, after the passive verb at `v`, opens the phrase naming its doer: "by", or "from"
 * after a verb moving what it takes along a path (headlinePassive): "1 x Detainee Transferred into BTIF *from* TF 373"
 * says what the War Diary says as "2 X Detainees transferred into BTIF *by* TF 373" — the one it came from handed it
 * over.
 */
const namesDoer = (words: Word[], v: number, k: number, lexicon: Lexicon) =>
  words[k]?.lemma === 'by' || (words[k]?.lemma === 'from' && headlinePassive(words, v, lexicon));

/**
 * The War Diary's headlines drop the passive's "was": "1 x Detainee *Transferred* into BTIF from TF 373", "2X Detainee
 * *transfer* from TF 373 into BTIF". A verb whose commonest sense WordNet says only with an object (transfer, detain),
 * a preposition of its path straight after it where that object would stand, is said of the phrase before it as the
 * one it was done to. A particle there ("called *off* A/C") leaves the verb its object.
 */
function headlinePassive(words: Word[], v: number, lexicon: Lexicon): boolean {
  const verb = words[v]!;
  if (verb.pos !== 'VERB' || !PATH.has(words[v + 1]?.lemma ?? '') || isIngForm(verb.text)) return false;
  // "asked *to* meet" is an infinitive, no place it was moved to.
  if (['VERB', 'AUX'].includes(words[v + 2]?.pos ?? '')) return false;
  const first = lexicon.senses(verb.lemma, 'verb')[0];
  return !!first && first.frames.every((f) => OBJECT_FRAMES.has(f));
}

/**
 * The role the phrase of words `first`…`last` stands in to the verb at `v`: before it in its clause, its subject (the
 * doer, or in a passive the one it was done to); after "by", the doer; right after an active verb, its object.
 */
export function roleTo(words: Word[], v: number, first: number, last: number, lexicon: Lexicon): ActRole | undefined {
  const passive = passiveAt(words, v, lexicon);
  // "TU TEZ was warned to leave": the one told to do it is its doer.
  const told = toldTo(words, v, lexicon);
  if (told !== undefined && last < told)
    return roleTo(words, told, first, last, lexicon) === 'undergoer' ? 'doer' : undefined;
  if (fromDoer(words, first, last, v)) return 'doer';
  if (last < v) {
    const between = words.slice(pastBracket(words, last + 1, v), v);
    // A comma may open the relative clause, which then adds to the noun before it: "reported to *convoy commander*,
    // who ordered to … fire a warning shot" (a non-restrictive relative: its verb's doer is that noun).
    const relativeComma = (w: Word, i: number) => w.text === ',' && RELATIVE.has(between[i + 1]?.lemma ?? '');
    if (
      between.length > SUBJECT_WORDS ||
      !between.every((w, i) => TO_VERB.has(w.pos) || RELATIVE.has(w.lemma) || relativeComma(w, i))
    )
      return undefined;
    if (saidOfSubject(words, first, v)) return undefined;
    return passive ? 'undergoer' : 'doer';
  }
  if (first <= v) return undefined;
  let b = first - 1;
  while (b > v && (IN_DOER.has(words[b]!.pos) || hyphenated(words, b))) b--;
  const between = words.slice(v + 1, b + 1);
  if (between.some((w) => CLAUSE_END.test(w.text) || w.pos === 'VERB' || w.pos === 'SCONJ')) return undefined;
  if (namesDoer(words, v, b, lexicon)) return 'doer';
  return b === v && !passive ? 'undergoer' : undefined;
}

/**
 * The verb of telling or ordering whose passive takes the infinitive at `v`: its subject, the one told, is to do the
 * infinitive's act ("TU TEZ was *warned* to leave", "the QRF was ordered to escort the convoy"). WordNet files such
 * verbs first under communication (warn, tell, order, ask, instruct).
 */
function toldTo(words: Word[], v: number, lexicon: Lexicon): number | undefined {
  return words[v - 1]?.lemma === 'to' && tellsTo(words, v - 2, lexicon) ? v - 2 : undefined;
}

/** Whether the verb at `t` is a passive of telling or ordering taking an infinitive: "was *warned* to leave". */
function tellsTo(words: Word[], t: number, lexicon: Lexicon): boolean {
  const told = words[t];
  if (told?.pos !== 'VERB' || words[t + 1]?.lemma !== 'to' || !passiveAt(words, t, lexicon)) return false;
  return ['VERB', 'NOUN'].includes(words[t + 2]?.pos ?? '') && lexicon.filedUnder(told.lemma, 'verb') === VERB_TELLING;
}

/** WordNet's file of verbs of telling. */
const VERB_TELLING = 'verb.communication';
/** How many words an aside between commas or brackets may run to. */
const ASIDE_WORDS = 12;

/**
 * Whether the phrase `first`…`last` is what "from" takes after a noun and the participle at `v` follows it, past an
 * aside between commas: what comes from someone and does the act says they did it ("messages *from Qari Nejat*, known
 * mid-level Taliban commander in Tagab valley, *threatening* the governor").
 */
function fromDoer(words: Word[], first: number, last: number, v: number): boolean {
  if (last >= v || !isIngForm(words[v]!.text) || words[v]!.pos !== 'VERB') return false;
  if (words[first - 1]?.lemma !== 'from' || words[first - 2]?.pos !== 'NOUN') return false;
  if (v === last + 1) return true;
  const aside = words.slice(last + 2, v - 1);
  return (
    words[last + 1]!.text === ',' &&
    words[v - 1]!.text === ',' &&
    aside.length <= ASIDE_WORDS &&
    !aside.some((w) => CLAUSE_END.test(w.text))
  );
}

/**
 * Past an aside in brackets opening at `k`, before `v`: "*Tefhan* (the former Deputy Chief of Police under Wazil)
 * would serve" — the bracket adds to the name, which stays the subject.
 */
function pastBracket(words: Word[], k: number, v: number): number {
  if (words[k]?.text !== '(') return k;
  const close = words.findIndex((w, i) => i > k && i < v && w.text === ')');
  return close > 0 && close - k <= ASIDE_WORDS ? close + 1 : k;
}

/** Before an aside in brackets closing at `k`: the word before its "(" ("Tefhan *(*the former…) would serve"). */
function beforeBracket(words: Word[], k: number): number {
  if (words[k]?.text !== ')') return k;
  let open = k - 1;
  while (open > 0 && k - open <= ASIDE_WORDS && words[open]!.text !== '(' && words[open]!.text !== ')') open--;
  return words[open]?.text === '(' ? open - 1 : k;
}

/**
 * Whether the word at `k` is a piece of a word joined by hyphens, which the tagger splits: "the *would-be* suicide
 * bombers" is one adjective before the noun, not an auxiliary.
 */
export function hyphenated(words: Word[], k: number): boolean {
  const hyphen = (i: number) => words[i]?.text === '-';
  return hyphen(k)
    ? touching(words, k - 1, k) && touching(words, k, k + 1)
    : (hyphen(k + 1) && touching(words, k, k + 1)) || (hyphen(k - 1) && touching(words, k - 1, k));
}

/** Relative pronouns between a subject and its verb: "the gunmen *who* shot". */
const RELATIVE = new Set(['who', 'that', 'which']);

/**
 * Whether a place (words `first`…`last`) says where the verb at `v` was done: the nearest verb before it is that one
 * ("shot *in Kabul*"), or none stands before it ("*In Kabul*, INS shot…"); not a place another verb goes to ("taken
 * *to the hospital*"), nor one someone came from.
 */
function placeOf(words: Word[], v: number, first: number, lexicon: Lexicon): boolean {
  // "Upon return *from* North Korea, Dr Amin stayed in Helmand": where one came from is not where the act was done.
  if (words[first - 1]?.lemma === 'from') return false;
  // A participle after an article qualifies a noun, no act: "shooting from *the estimated* enemy pos: 41 SNV…".
  const acting = (k: number) => words[k]!.pos === 'VERB' && words[k - 1]?.pos !== 'DET';
  let k = first - 1;
  while (k >= 0 && !acting(k)) k--;
  return k < 0 || k === v || seenDoing(words, v, k, lexicon);
}

/**
 * Whether the verb at `k` tells what the one seen at `v` was seen doing, its object between them: "TF 31 *spotted* 3x
 * persons *laying* an IED 6km SW of PANJWAYI DC" — one is seen where one does what one is seen doing.
 */
function seenDoing(words: Word[], v: number, k: number, lexicon: Lexicon): boolean {
  if (k <= v + 1 || !isIngForm(words[k]!.text) || !seeing(words[v]!.lemma, lexicon)) return false;
  return words.slice(v + 1, k).every((w) => w.pos !== 'VERB' && w.pos !== 'AUX' && w.pos !== 'PUNCT');
}

/** The noun phrase of words of `IN_DOER` from `k` one way, as [first, last] when it holds a noun. */
function phraseFrom(words: Word[], k: number, step: 1 | -1): [number, number] | undefined {
  const from = k;
  while (words[k] && IN_DOER.has(words[k]!.pos) && Math.abs(k - from) < SUBJECT_WORDS) k += step;
  const [first, last] = step > 0 ? [from, k - 1] : [k + 1, from];
  return words.slice(first, last + 1).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN') ? [first, last] : undefined;
}

/**
 * A phrase with the name set beside it between commas, which names the same one: "WOUNDED *ONE INS ELEMENT, BASHIR*,
 * WHO IS A NDS TARGET".
 */
function withAppositive(words: Word[], phrase: [number, number] | undefined): [number, number] | undefined {
  if (!phrase || words[phrase[1] + 1]?.text !== ',') return phrase;
  let k = phrase[1] + 2;
  while (words[k]?.pos === 'PROPN') k++;
  const closed = !words[k] || /^[,.;]$/.test(words[k]!.text);
  return k > phrase[1] + 2 && closed ? [phrase[0], k - 1] : phrase;
}

/**
 * The noun phrase standing in a role to the verb at `v`: its subject, past auxiliaries and adverbs ("*INS* reportedly
 * shot"), is the doer of an active verb and the undergoer of a passive one; the phrase after "by" the doer of a
 * passive ("attacked by *3x persons*"); the phrase right after an active verb its undergoer.
 */
function phraseIn(
  words: Word[],
  v: number,
  role: ActRole,
  lexicon: Lexicon,
  befell = false,
): [number, number] | undefined {
  // A verb joined to a passive one is told in the passive too: "the IED was found and *destroyed*".
  const passive = passiveAt(words, v, lexicon) || passiveAt(words, firstJoined(words, v), lexicon);
  // What the act befell is the passive's subject, when no one is said to have done it (ActAsked.befell): "the two
  // mirrors … are *broken*" for "what broke?"; not a passive of a verb with its preposition ("ANA were *fired on*").
  if (befell && role === 'doer' && passive && !byOrStranded(words, v))
    return befellPhrase(words, beforeAuxiliaries(words, v), lexicon);
  const means = role === 'doer' && meansOf(words, v);
  if (means !== undefined && means !== false) return phraseIn(words, means, role, lexicon);
  const told = role === 'doer' && toldTo(words, v, lexicon);
  if (told !== undefined && told !== false) return phraseIn(words, told, 'undergoer', lexicon);
  if ((role === 'doer') !== passive) {
    const subject = complementOf(words, v, phraseFrom(words, beforeAuxiliaries(words, v), -1));
    const whole = subject && memberOf(words, subject, lexicon);
    if (whole) return whole;
    // "a GER convoy from MES to *KDZ* hit a boy": a phrase a preposition takes ends a longer subject, not the subject.
    return subject && words[subject[0] - 1]?.pos !== 'ADP' ? subject : undefined;
  }
  if (role === 'undergoer') return withAppositive(words, phraseFrom(words, v + 1, 1));
  for (let k = v + 1; words[k] && !CLAUSE_END.test(words[k]!.text) && words[k]!.pos !== 'VERB'; k++)
    if (namesDoer(words, v, k, lexicon)) return phraseFrom(words, k + 1, 1);
  return undefined;
}

/**
 * The whole subject when the phrase before the verb is what "of" takes after someone among those it names: "*A
 * member of the last vehicle* fired a MG burst", "*one of the guards* shot", "*the driver of the truck* fled". The
 * head of such a subject stands before "of", a person or a count of them: who did the act (headOfRole), not the group.
 */
function memberOf(words: Word[], phrase: [number, number], lexicon: Lexicon): [number, number] | undefined {
  if (words[phrase[0] - 1]?.lemma !== 'of') return undefined;
  const before = phraseFrom(words, phrase[0] - 2, -1) ?? countFrom(words, phrase[0] - 2);
  if (!before || words[before[0] - 1]?.pos === 'ADP') return undefined;
  const head = nouns(words.slice(before[0], before[1] + 1)).at(-1);
  return !head || namesSomeone(head, lexicon) ? [before[0], phrase[1]] : undefined;
}

/** A count standing alone before "of", with its article: "*one* of the guards", "*the two* of them". */
function countFrom(words: Word[], k: number): [number, number] | undefined {
  if (words[k]?.pos !== 'NUM') return undefined;
  return words[k - 1]?.pos === 'DET' ? [k - 1, k] : [k, k];
}

/** The head of a phrase standing in a role: the noun before its "of" when it names someone among those (memberOf). */
function headOfRole(inside: Word[]): Word {
  const of = inside.findIndex((w) => w.lemma === 'of');
  return nouns(of > 0 ? inside.slice(0, of) : inside).at(-1) ?? nouns(inside).at(-1)!;
}

/**
 * The subject ending at `k` of a passive saying what an act befell, past a phrase a preposition takes, which says
 * which one it is ("the two mirrors *on the left side* are broken"), and over a plural the tagger read as a verb after
 * a count or an article ("two *mirrors*"): "the two mirrors".
 */
function befellPhrase(words: Word[], k: number, lexicon: Lexicon): [number, number] | undefined {
  let phrase = phraseFrom(words, k, -1);
  const end = phrase?.[1] ?? k;
  while (phrase && words[phrase[0] - 1]?.pos === 'ADP') {
    k = phrase[0] - 2;
    phrase = phraseFrom(words, k, -1);
  }
  const misread = misreadCounted(words, phrase ? phrase[0] - 1 : k, lexicon);
  const first = misread?.[0] ?? phrase?.[0];
  return first !== undefined ? [first, end] : undefined;
}

/**
 * A plural the tagger read as a verb after a count or an article, with them ("*the two mirrors*"): a form WordNet
 * knows as a noun's plural.
 */
function misreadCounted(words: Word[], k: number, lexicon: Lexicon): [number, number] | undefined {
  const w = words[k];
  if (w?.pos !== 'VERB' || !/s$/i.test(w.text) || !['NUM', 'DET'].includes(words[k - 1]?.pos ?? '')) return undefined;
  const form = w.text.toLowerCase();
  if (!lexicon.baseForms(form, 'noun').some((f) => f.lemma !== form)) return undefined;
  let first = k - 1;
  while (['NUM', 'DET', 'ADJ'].includes(words[first - 1]?.pos ?? '')) first--;
  return [first, k];
}

/** Whether a passive verb goes on to "by" or a preposition of its own: "shot *by* INS", "were fired *on*". */
const byOrStranded = (words: Word[], v: number) => {
  const next = words[pastAdverbs(words, v + 1)];
  return next?.lemma === 'by' || (next?.pos === 'ADP' && !OBJECT_OPENS.has(words[words.indexOf(next) + 1]?.pos ?? ''));
};

/**
 * The subject of an infinitive whose "to" follows what a form of "be" says of someone ("MOHAWK 6 IS *ENROUTE* TO
 * PROVIDE ASSISTANCE", the tagger reading the War Diary's capitals as a name): the subject of that "be".
 */
function complementOf(words: Word[], v: number, phrase: [number, number] | undefined): [number, number] | undefined {
  if (!phrase || !saidOfSubject(words, phrase[0], v)) return phrase;
  return phraseFrom(words, beforeAuxiliaries(words, phrase[0]), -1);
}

/** Whether the phrase at `first`, before the "to" of the infinitive at `v`, follows a "be": "IS *ENROUTE* TO". */
const saidOfSubject = (words: Word[], first: number, v: number) =>
  words[v - 1]?.lemma === 'to' && words[first - 1]?.pos === 'AUX' && words[first - 1]!.lemma === 'be';

/**
 * The verb a gerund after "by" says the means of, whose subject does both: "*Iranians* have provided support on the
 * ground by organizing transports". None for another verb, or one with no verb before it in its clause.
 */
function meansOf(words: Word[], v: number): number | undefined {
  if (words[v - 1]?.lemma !== 'by' || !isIngForm(words[v]!.text)) return undefined;
  let k = v - 2;
  while (k >= 0 && words[k]!.pos !== 'VERB' && !CLAUSE_END.test(words[k]!.text)) k--;
  return words[k]?.pos === 'VERB' ? k : undefined;
}

/**
 * The phrases standing in the role asked to the act said as a noun (act-nouns.ts): after its "of", the verb's subject
 * or its object as the verb takes none or one ("the *death* of *1 child, 1 woman, 5 males*", "the *arrest* of *two
 * suspects*"); after "by", right after the noun or past its "of" phrase, the doer of a verb taking one ("the arrest of
 * two suspects by *the ANP*").
 */
function nounPhrases(words: Word[], act: ActAsked): [number, number][] {
  const said = act.nouns;
  if (act.role === 'place') return [];
  if (!said) return doerPhrases(words, act.doerNouns);
  const ofNoun = words.flatMap((w, i): [number, number][] => {
    if (w.pos !== 'NOUN' || !said.nouns.has(w.lemma)) return [];
    const of = words[i + 1]?.lemma === 'of' ? listFrom(words, i + 2) : undefined;
    if (of && act.role === said.of) return [of];
    // "Suicide *attacks against* U.S. and Italian troops": a noun of an act done to someone names them after "against"
    // or "on" as well, the one it is aimed at (act-nouns.ts, aimedAt).
    const at = of ? undefined : aimedAt(words, i);
    const aimed = at !== undefined && said.of === 'undergoer' && listFrom(words, at + 1, true);
    if (aimed && act.role === 'undergoer') return [aimed];
    // "The arrest of two suspects by the ANP", "an attack by INS": the doer after "by", with or without the "of".
    const byAt = of ? of[1] + 1 : i + 1;
    const by = said.of === 'undergoer' && words[byAt]?.lemma === 'by' && phraseFrom(words, byAt + 1, 1);
    return by && act.role === 'doer' ? [by] : [];
  });
  return [...ofNoun, ...doerPhrases(words, act.doerNouns)];
}

/** The words a noun naming a thing may be made of before its head: "camera flash *initiator*", "remote detonator". */
const COMPOUND = new Set(['NOUN', 'ADJ']);

/**
 * The phrases headed by a noun naming the doer of the question's act (doerNouns): the phrase is itself the doer,
 * "CWIED consisted of … and *camera flash initiator*" tells what set the IED off. The head must end its phrase, not
 * describe a noun after it ("initiator cord" is a cord).
 */
function doerPhrases(words: Word[], doers: Set<string> | undefined): [number, number][] {
  if (!doers) return [];
  return words.flatMap((w, i): [number, number][] => {
    if (w.pos !== 'NOUN' || !doers.has(w.lemma.toLowerCase()) || words[i + 1]?.pos === 'NOUN') return [];
    let k = i;
    while (COMPOUND.has(words[k - 1]?.pos ?? '')) k--;
    return [[k, i]];
  });
}

/**
 * Whether a phrase is listed after the colon that ends the clause of the act at `v`, the phrase in the role asked
 * pointing ahead to that list: "*The following personnel* attended the meeting with Gov Sherzai: *Lt Col Phillips*
 * (PRT CDR), LTC Milhorn…" names who attended after the colon.
 */
function listedAhead(words: Word[], v: number, first: number, act: ActAsked, lexicon: Lexicon): boolean {
  const phrase = phraseIn(words, v, act.role, lexicon);
  if (!phrase || !words.slice(phrase[0], phrase[1] + 1).some((w) => w.lemma === 'following')) return false;
  const colon = words.findIndex((w, k) => k > v && w.text === ':');
  return colon > 0 && colon < first && !words.slice(v + 1, first).some((w) => w.pos === 'VERB');
}

/**
 * The noun phrase from `k` with those listed after it past commas: "1 child, 1 woman, 5 males"; with `and`, past "and"
 * too ("U.S. and Italian troops"), where no other act's noun may follow it ("…and the wounding of 3 others").
 */
function listFrom(words: Word[], k: number, and = false): [number, number] | undefined {
  const phrase = phraseFrom(words, k, 1);
  while (phrase && (words[phrase[1] + 1]?.text === ',' || (and && words[phrase[1] + 1]?.lemma === 'and'))) {
    const next = phraseFrom(words, phrase[1] + 2, 1);
    if (!next) break;
    phrase[1] = next[1];
  }
  return phrase;
}

/**
 * Whether the active verb at `v` has a subject naming the question's own words: "*DEU recce patrol* fired warning
 * shot in TANJAR" tells where the German patrol fired, not where the German PRT was fired on (ActAsked.doneTo).
 */
function doneByAsked(words: Word[], v: number, lexicon: Lexicon, asked: (w: Word) => boolean): boolean {
  if (passiveAt(words, v, lexicon)) return false;
  const subject = phraseIn(words, v, 'doer', lexicon);
  return !!subject && nouns(words.slice(subject[0], subject[1] + 1)).some(asked);
}

/** Whether the subject standing in the role asked is a pronoun: "*they* are helping HIG and TB". */
function pointsBack(words: Word[], v: number, role: ActRole, lexicon: Lexicon): boolean {
  if (role === 'place' || (role === 'doer') === passiveAt(words, v, lexicon)) return false;
  const k = beforeAuxiliaries(words, v);
  return words[k]?.pos === 'PRON' && !RELATIVE.has(words[k]!.lemma);
}

/** Where the subject of the verb at `v` ends: the word before its auxiliaries and adverbs ("INS *reportedly* shot"). */
function beforeAuxiliaries(words: Word[], v: number): number {
  // A verb joined by "and" to an earlier one shares its subject: "executed a patrol … and *found* one (1) UXO".
  const first = firstJoined(words, v);
  if (first !== v) return beforeAuxiliaries(words, first);
  let k = v - 1;
  while (words[k] && ['AUX', 'ADV', 'PART'].includes(words[k]!.pos)) k--;
  return beforeBracket(words, k);
}

const nouns = (words: Word[]) => words.filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN');

/** Whether a phrase's head names someone: a name, or a noun WordNet knows first as people ("persons", "gunmen"). */
function namesSomeone(head: Word, lexicon: Lexicon): boolean {
  if (head.pos === 'PROPN') return isNamed(head);
  // A part of the body is someone's, whatever rarer sense makes it someone: "with his *hands* tied" names no doer.
  if (isBodyPart(head, lexicon)) return false;
  const first = lexicon.senses(head.lemma, 'noun')[0];
  // WordNet files "person" itself among its top nouns, the people under it as persons.
  const person = first?.offset === lexicon.senses('person', 'noun')[0]?.offset;
  return person || PEOPLE_FILES.has(first?.lexname ?? '') || lexicon.isA(head.lemma, 'person');
}

/**
 * The phrases of a sentence that can answer what a question asks of an act: when the sentence says the act (its verb
 * or a close bridge), only a name or a noun standing in the role asked, or a place where the act was done; a phrase
 * standing elsewhere tells of someone or somewhere else ("*LN driver* was wounded" is not who shot). The phrase in the
 * role naming someone answers though WordNet files it under no kind ("attacked by *3x persons*"). Each phrase found
 * standing in the role is marked so (`inRole`). A sentence not saying the act may tell it in words of its own: all its
 * phrases stand.
 */
export function inRoleAsked(
  text: string,
  spans: KindSpan[],
  act: ActAsked | undefined,
  lexicon: Lexicon,
  asked: (w: Word) => boolean,
): KindSpan[] {
  if (!act) return spans;
  const { words } = read(text);
  // Where it was done is never who did it; nor whom or where it went to ("convoy from FOB SPERMAN *to FOB MSG* hit an
  // IED": the phrase is the convoy's, though it stands right before the verb).
  const prepositions = act.role === 'doer' ? AT_OR_TO : AT;
  const placed =
    act.role === 'place'
      ? spans
      : spans.filter((s) => s.kind !== 'agent' || !atPlace(words, wordsAt(words, s.start, s.end)[0], prepositions));
  const acting = words.flatMap((w, i) => (act.verbs.has(actingLemma(words, i, lexicon) ?? '') ? [i] : []));
  const nominal = nounPhrases(words, act);
  if (act.kindNamed && !acting.length) return spans;
  if (!acting.length && !nominal.length && act.role === 'doer' && !act.thing && saidDone(words, act))
    return placed.filter((s) => s.kind !== 'agent');
  // "Also *they* are helping HIG": the one in the role is named in the sentence before, by a phrase of its own.
  if (!acting.length && !nominal.length && act.role === 'place') return placed;
  if (!acting.length && !nominal.length) {
    const others = notInOtherRole(words, placed, verbsOf(words), act.role, lexicon, asked);
    if (act.role !== 'doer' || saysAsNoun(words, act, lexicon)) return others;
    return others.filter((s) => s.kind !== 'agent' || doesSome(words, s, lexicon));
  }
  // The one named before may be anyone of the sentence but the one in the other role: "they struck *a LN pedestrian*".
  if (acting.some((v) => pointsBack(words, v, act.role, lexicon)))
    return notInOtherRole(words, placed, acting, act.role, lexicon, asked);
  const placing = act.doneTo ? acting.filter((v) => !doneByAsked(words, v, lexicon, asked)) : acting;
  const inNominal = (first: number, last: number) => nominal.some(([f, l]) => first >= f && last <= l);
  const kept = placed.flatMap((s): KindSpan[] => {
    const [first, last] = wordsAt(words, s.start, s.end);
    if (first < 0) return [s];
    if (act.role === 'place')
      return s.kind !== 'place' || placing.some((v) => placeOf(words, v, first, lexicon)) ? [s] : [];
    if (s.kind !== 'agent') return [s];
    // A phrase inside one standing to the act's noun gives way to the whole of it: "death of *1 child, 1 woman…*".
    if (inNominal(first, last)) return [];
    const inRole = acting.some(
      (v) => roleTo(words, v, first, last, lexicon) === act.role || listedAhead(words, v, first, act, lexicon),
    );
    return inRole ? [{ ...s, inRole: true }] : [];
  });
  if (act.role === 'place') return kept;
  // The noun of a "which N" question has already chosen its phrases: the act only picks the one in its role, where
  // the sentence shows one (kindNamed).
  if (act.kindNamed) return kept.some((s) => s.inRole) ? kept.map(({ inRole: _, ...s }) => s) : spans;
  const phrases = [...acting.map((v) => phraseIn(words, v, act.role, lexicon, act.befell)), ...nominal];
  const added = phrases.flatMap((phrase): KindSpan[] => {
    if (!phrase) return [];
    const inside = words.slice(phrase[0], phrase[1] + 1);
    const head = headOfRole(inside);
    const [start, end] = [words[phrase[0]]!.start, words[phrase[1]]!.end];
    if (inside.every(asked) || (act.role === 'doer' && atPlace(words, phrase[0], prepositions))) return [];
    // "What caused the fire?": the thing in the role answers, whatever WordNet files it under, but not the question's
    // own ("1 X *CH-47* destroyed" does not say what destroyed the Chinook).
    const kind = act.named ? 'instance' : 'object';
    // A bare "what" asks a thing, not people: "what broke on the Dingo?" is not answered by "*The patrol* broke
    // through" (those asked by "who"); "what unit relieved…?" names the group it asks.
    // A noun naming the act's doer answers though WordNet files it as a person: "camera flash *initiator*".
    const doerNoun = !!act.doerNouns?.has(head.lemma.toLowerCase());
    const people = !act.named && head.pos === 'NOUN' && namesSomeone(head, lexicon) && !doerNoun;
    if (act.thing)
      return nouns(inside).every(asked) || people || otherThing(head, act.named, lexicon)
        ? []
        : [{ kind, start, end, strength: 1, inRole: true }];
    const shown = kept.some((s) => s.kind === 'agent' && s.start < end && s.end > start);
    if (shown || !namesSomeone(head, lexicon)) return [];
    return [{ kind: 'agent', start, end, strength: 1, inRole: true }];
  });
  return [...kept, ...added];
}

/**
 * Whether the head of a phrase in the role is a common noun WordNet knows as no kind of the thing the question names:
 * "what *rifle* fired the warning shot?" asks a rifle, and "the last *vehicle* (Type DINGO) fired a MG burst" names the
 * vehicle firing, no rifle; a name or a code ("*HK G36*") WordNet lacks may be one.
 */
function otherThing(head: Word, named: string | undefined, lexicon: Lexicon): boolean {
  if (!named || head.pos !== 'NOUN') return false;
  const lemma = head.lemma.toLowerCase();
  return lexicon.senses(lemma, 'noun').length > 0 && !lexicon.isA(lemma, named);
}

/** Prepositions saying where something is, not where it goes or comes from: "at", "in", "near", "IVO". */
const AT = new Set(['at', 'in', 'near', 'ivo', 'inside', 'outside', 'beside', 'behind', 'under', 'beneath', 'along']);
/** Those, and "to", which names whom or where an act went to: never who did it. */
const AT_OR_TO = new Set([...AT, 'to']);
/** Words a place's phrase may hold before the name: "at *the Dutch compound* MTF", "IVO *Kandahar* PRT". */
const IN_PLACE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** How many such words. */
const PLACE_WORDS = 4;

/**
 * Whether a name stands in the phrase a preposition of where takes: "IMPACT AT DUTCH COMPOUND *MTF*", "IVO Kandahar
 * *PRT*" say where it happened, not who did it.
 */
function atPlace(words: Word[], first: number, prepositions = AT): boolean {
  let k = first - 1;
  // The War Diary's "IVO" is read as a name: it is known by its word.
  const at = (w: Word | undefined) => !!w && prepositions.has(w.lemma);
  // A base's name in capitals after "to" is read as an infinitive's verb: "to *FOB* MSG".
  const inPlace = (w: Word) => IN_PLACE.has(w.pos) || (/^[A-Z]+$/.test(w.text) && words[k - 1]?.lemma === 'to');
  while (k >= 0 && first - k <= PLACE_WORDS && inPlace(words[k]!) && !at(words[k])) k--;
  return at(words[k]);
}

/**
 * The spans but the names standing in another role than `role` to one of the verbs at `verbs`. In a sentence not
 * saying the act, to any of its verbs: for the doer, not a name some verb acts on ("EXECUTE THE *VETCAP*", "requested
 * RTF including *MEPT*") or a preposition right after it takes ("reverted to *TTPs*"); for the one done to, not the
 * doer of some verb ("*TF 373* executed a HAF raid" does not say who was killed). Where a pronoun stands in the role,
 * to the act's own verbs: "they struck *a LN pedestrian*" does not make the pedestrian the striker.
 */
function notInOtherRole(
  words: Word[],
  spans: KindSpan[],
  verbs: number[],
  role: ActRole,
  lexicon: Lexicon,
  asked: (w: Word) => boolean,
): KindSpan[] {
  return spans.filter((s) => {
    const [first, last] = wordsAt(words, s.start, s.end);
    if (s.kind !== 'agent' || first < 0) return true;
    if (role === 'doer' && (received(words, first, lexicon) || ofAsked(words, first, asked))) return false;
    return !verbs.some((v) => {
      const stands = roleTo(words, v, first, last, lexicon);
      // The one told to do something is no one it was done to: "TU TEZ was warned to leave … to escort".
      const told = role === 'doer' && stands === 'undergoer' && tellsTo(words, v, lexicon);
      return (!!stands && stands !== role && !told) || (role === 'doer' && takenAfter(words, v, first));
    });
  });
}

/**
 * Whether the phrase at `first` is what the "to" of an adjective or a noun takes, or the "of" of a noun for another
 * act: "extremely helpful *to Coalition forces*", "valuable assistance *to numerous PRT missions*" name the one the
 * help was given to, "since the formation *of the Tagab Firebase*" what was formed, never who did the act asked.
 */
function received(words: Word[], first: number, lexicon: Lexicon): boolean {
  let k = first - 1;
  // From the name's first word: "the Tagab *Firebase*" is one name.
  while (words[k]?.pos === 'PROPN') k--;
  while (words[k]?.pos === 'DET' || words[k]?.pos === 'ADJ') k--;
  const before = words[k - 1];
  if (words[k]?.lemma === 'to') return before?.pos === 'ADJ' || before?.pos === 'NOUN';
  return words[k]?.lemma === 'of' && before?.pos === 'NOUN' && mayNameAct(before.lemma, lexicon);
}

/**
 * Whether the name at `first` is said after "of" to be what the question names as the one the act was done to: "the
 * *village* of Afghanya" for "who helped the *villagers*?" is the helped, never the helper.
 */
function ofAsked(words: Word[], first: number, asked: (w: Word) => boolean): boolean {
  let k = first - 1;
  while (words[k]?.pos === 'PROPN') k--;
  while (words[k]?.pos === 'DET') k--;
  return words[k]?.lemma === 'of' && words[k - 1]?.pos === 'NOUN' && asked(words[k - 1]!);
}

/** Senses of a noun that count for naming an act: "formation" is a group first, the forming second. */
const ACT_SENSES = 3;
/** Whether one of a noun's commonest senses is an act or an event (act-nouns.ts): "formation", "arrival". */
export const mayNameAct = (noun: string, lexicon: Lexicon) =>
  lexicon
    .senses(noun, 'noun')
    .slice(0, ACT_SENSES)
    .some((s) => ACT_FILES.has(s.lexname));

/**
 * Whether a name is the doer of some verb of its sentence: one telling the act asked in words of its own names its
 * doer so ("tasked by *Taliban/Al-Qaeda leaders*"); a name doing nothing there ("tied with AL MANSOUR, one of the
 * *OSAMA BIN LADEN Deputies*", for "who paid the Arabs?") is only said to be someone.
 */
function doesSome(words: Word[], s: KindSpan, lexicon: Lexicon): boolean {
  const [first, last] = wordsAt(words, s.start, s.end);
  // The tagger reads a past form in capitals as an adjective: "ANP *INFORMED* EUPOL ABOUT AN IED".
  const past = (w: Word) =>
    w.pos === 'ADJ' && /ed$/i.test(w.text) && lexicon.baseForms(w.text.toLowerCase(), 'verb').length > 0;
  const verbs = words.flatMap((w, i) => (w.pos === 'VERB' || past(w) ? [i] : []));
  return first < 0 || subjectOf(words, last) || verbs.some((v) => roleTo(words, v, first, last, lexicon) === 'doer');
}

/** Marks between a subject and its verb: "The Ministry of Interior (*MOI*) *“*placed…". */
const BETWEEN_SUBJECT = new Set([')', '“', '”', '"']);

/**
 * Whether the phrase ending at `last` is the subject of the verb, or the "be" or "have", right after it, past brackets
 * and quotes: "The village of *Afghanya* has been extremely helpful", "(*MOI*) “placed the individuals under
 * observation".
 */
function subjectOf(words: Word[], last: number): boolean {
  let k = last + 1;
  while (BETWEEN_SUBJECT.has(words[k]?.text ?? '') || words[k]?.pos === 'ADV') k++;
  // A form in "-ing" after a name is no finite verb of it: "witnessed *INS* installing the mines".
  return (words[k]?.pos === 'VERB' && !isIngForm(words[k]!.text)) || words[k]?.pos === 'AUX';
}

/** Whether a word the tagger reads as no verb is one of the act's verbs: "ANA *shot* one of the IEDs" (a noun). */
const saysAsNoun = (words: Word[], act: ActAsked, lexicon: Lexicon) =>
  words.some((w) => {
    const word = w.text.toLowerCase();
    const forms = [word, ...lexicon.baseForms(word, 'verb').map((f) => f.lemma)];
    return w.pos !== 'VERB' && forms.some((f) => act.verbs.has(f));
  });

/** The indices of a sentence's verbs. */
const verbsOf = (words: Word[]) => words.flatMap((w, i) => (w.pos === 'VERB' ? [i] : []));

/** Whether the phrase at `first` is what a preposition right after the verb at `v` takes: "reverted to *TTPs*". */
const takenAfter = (words: Word[], v: number, first: number) =>
  first === v + 2 && words[v + 1]!.pos === 'ADP' && words[v + 1]!.lemma !== 'by';
