/**
 * Whether a sentence says the act the question asks about (actsSaid): the question's verbs that carry meaning, of its
 * main clause and not of one setting the scene or picking out which thing it means, said in a sentence's own words, a
 * noun WordNet derives from them, a word bridged to them, or a light verb's complement; and whether it says it as not
 * done.
 */
import { actNamedBy, derivedActs, namesAct } from './act-nouns.ts';
import { harmNamedBy } from './casualty-lines.ts';
import { catenatives } from './catenative.ts';
import { backAt, goesBy, isMovement, putsSomewhere } from './destinations.ts';
import { endsUp } from './ways.ts';
import { nounOnlyStems } from './homographs.ts';
import { analyze, type SearchIndex } from './index.ts';
import { fights, type KindSpan } from './kinds.ts';
import { calibreEnd } from './measures.ts';
import { meansSpans } from './means.ts';
import type { Glossary } from './glossary.ts';
import { SENSE_DECAY, type Lexicon } from './lexicon.ts';
import { isIngForm, NEGATIONS, read, SCENE_OPENERS, type Word } from './nlp.ts';
import { PARTICLES, phrasalStems } from './phrasal.ts';
import type { ParsedQuery } from './query.ts';
import {
  alikeVerbs,
  inflected,
  isNoun,
  LIGHT_VERBS,
  supports,
  verbReadAsNoun,
  wordClassOf,
  wordOfToken,
  type Question,
} from './question.ts';
import { RELATIVE } from './role.ts';
import { isTelling } from './tellers.ts';
import type { Saying } from './stated.ts';
import { madeNoun } from './made-nouns.ts';
import { attackOf, broaderOf, definedBy, doneFor, seenAlike, wayOf } from './verb-steps.ts';
import { type Weighed, holds, stepped, isPhrasal, MOTION } from './weighed.ts';
import { type Candidate, type Terms, termsOf } from './candidates.ts';

/**
 * Whether what a question asks is told with its act, as who did or underwent it is: "who" and "what did they V?",
 * "what was V-ed?" (what the act was done to: "*Nothing suspect* was found", "*One vehicle (DINGO)* … got stuck",
 * not "…a green Toyota came too close to the roadblock", which tells the scene and no finding).
 */
export const toldWithAct = (question: Question) =>
  question.wh === 'who' || (question.expects.has('object') && !!question.acts);

/**
 * Whether what a question asks is told with its main clause's act alone: what toldWithAct reads (not "who", which the
 * scene's acts support), and a thing a "which X" or "what X" asks when the main clause has an act of its own: "which
 * vehicle was *damaged* when B Platoon was protecting the liaison monitoring team?" is told by "BDA: 1x FUCHS vehicle
 * *damaged*", which need not say the protecting that sets the scene. So is what any question but "who" asks when its
 * main clause has an act (a count, a place): the reports tell the scene in a sentence of its own ("how many Germans
 * were *wounded* … while recovering the vehicle?" by "3x NATO/ISAF (GER) *WIA*", the recovery told before it).
 */
const toldWithMainAct = (question: Question, main: Weighed[]) =>
  (toldWithAct(question) && question.wh !== 'who') ||
  (main.length > 0 && (question.wh !== 'who' || question.expects.has('instance')));

/** The role roleOf gives a light verb ("be", "have", "come"): one that says little of what was done. */
export const LIGHT_ROLE = 0.25;

/** How fully a text must hold a verb of the question (its own word or a close bridge) to say it. */
export const SAYS_ACT = 0.5;
/**
 * How close a verb of two words WordNet files with the act must be for a likely answer's sentence to tell the act by
 * it: "handed over" for "delivered" (hand_over, at 0.49), a bridge SAYS_ACT weighs as not fully saying it.
 */
const BRIDGES_ACT = 0.4;
/** How fully a verb said in other words (inOtherWords) holds the question's: as a synonym does (lexicon.ts, 0.7). */
const OTHER_WORDS = 0.7;
/** How much saying the acts of the scene or of a describing clause adds to saying the main one: only a tie-break. */
const SUPPORTS = 0.01;

/** Whether a unit of the question is in a clause saying which one is meant: after a relative, or picking out a noun. */
function describesWhich(question: Question, query: ParsedQuery, units: Weighed[]) {
  const relative = relativeOpener(question.reading.words);
  return (u: Weighed) => {
    const token = query.units[units.indexOf(u)]!.tokens[0]!;
    const word = wordOfToken(question, token);
    return (!!relative && token.start > relative.start) || (!!word && picksOut(question.reading.words, word));
  };
}

/**
 * The question's verbs saying no act of its own (`isAct`) but a light one's. A light verb weighs too little to be an
 * act searched for, yet a question ending in its preposition ("who did Iran *give* weapons to?") asks whom that act
 * went to: only a sentence saying it, in a form of the verb or one WordNet finds alike ("supplied"), names who
 * received it. Not a verb WordNet knows with that preposition as its particle ("who might they have *gone after*?"):
 * it asks the object of another act, "pursue". Nor an aspect verb ("who *keeps* saying…", "who *tried* to tell…"):
 * the act is its complement's, and a sentence telling another keeping ("the MFA wants to *keep* the issue … under the
 * radar") says no saying.
 */
function lightVerbs(question: Question, isAct: (w: Word) => boolean, lexicon: Lexicon): Word[] {
  const words = question.reading.words;
  const last = words.filter((w) => w.pos !== 'PUNCT').at(-1)?.lemma;
  const phrasal = (w: Word) => lexicon.senses(`${w.lemma}_${last}`, 'verb').length > 0;
  const aspects = catenatives(words);
  return words.filter((w) => w.pos === 'VERB' && !isAct(w) && !phrasal(w) && !aspects.includes(w));
}

/**
 * Whether a unit of a "who" question stands in the clause its verb of telling takes ("who keeps *saying* iranian arms
 * turn up in afghanistan?"): that clause is what was told, and asks no act. A sentence telling only that ("the
 * Iranian-made weapons recently found in Kandahar") names who found, not who said.
 */
function toldClause(question: Question, query: ParsedQuery, units: Weighed[], lexicon: Lexicon) {
  const aspects = catenatives(question.reading.words);
  const verb = question.reading.words.find((w) => w.pos === 'VERB' && !aspects.includes(w));
  const told = question.wh === 'who' && verb && isTelling(verb.lemma, lexicon) ? verb.start : Infinity;
  return (u: Weighed) => query.units[units.indexOf(u)]!.tokens[0]!.start > told;
}

/**
 * Whether a verb of the question's main clause (`lemma`; `verb`, with its particle) asks a going, which any verb of
 * motion tells ("Hekmatyar *went* to Konar" for "where did he head?"): going is what it says first in WordNet
 * ("repair" goes only in its second sense, "repair to the kitchen"). So does an ending up somewhere ("where did the
 * 20043 guy *end up*?", endsUp), told by the movement taking him there, and a putting somewhere (putsSomewhere): "1X
 * Detainee *transfer into* BTIF" for "where did TF 373 *put* the detainee who got ISN 4149?".
 */
const asksGoing = (lemma: string, verb: string, words: Lexicon) =>
  words.filedUnder(lemma, 'verb') === MOTION || endsUp(verb, words) || putsSomewhere(lemma, words);

/**
 * Whether a candidate's own words say the actions the question asks about: its verbs that carry meaning ("helping",
 * "arrest", "evacuated"), or words WordNet bridges them to. A question with none of them is said by any.
 */
export function actsSaid(question: Question, query: ParsedQuery, units: Weighed[], index: SearchIndex, words: Lexicon) {
  const acts = actUnits(question, query, units, words);
  const wordOf = (u: Weighed) => wordOfToken(question, query.units[units.indexOf(u)]!.tokens[0]!);
  const lemmaOf = (u: Weighed) => wordOf(u)?.lemma ?? '';
  // The verb with its particle where WordNet knows the pair ("dropped *off*": drop_off), the act said in other words.
  const verbOf = (u: Weighed) => question.phrasal.get(wordOf(u)?.start ?? -1) ?? lemmaOf(u);
  const [own, makes] = [asActs(acts, lemmaOf, index, words), makesActs(question, query, units, acts, index, words)];
  // The acts of the main clause, not of the one setting the scene ("where was the Dingo *repaired* after it slid off
  // the road?"): a sentence telling only the scene tells where that happened, not where the act asked was done.
  // Nor of a clause saying which one is meant ("the cyclist *that Mohawk hit*", "the ammunition *handed over* by NDS"):
  // the report says it in its own words.
  const [setting, describes] = [settingOf(question, query), describesWhich(question, query, units)];
  const tells = toldClause(question, query, units, words);
  const main = acts.filter((u) => !setting[units.indexOf(u)] && !describes(u) && !tells(u));
  const goes = main.some((u) => asksGoing(lemmaOf(u), verbOf(u), words));
  // Not by the scene's own verb: "an APC DINGO *slipped* off the road" tells the slide of "where was the OMLT going
  // *when their Dingo slipped off the road*?", not the going.
  const scene = new Set(acts.filter((u) => setting[units.indexOf(u)]).map(lemmaOf));
  const moves = (text: string) => goesByOwnVerb(text, scene, words);
  // So is one the question goes to lightly for the act it asks: "who *came* from CJ7 *to join* the engineers?" asks who
  // came, the infinitive telling what for, and "CPT Miller from CJ7 *arrived* at the PRT" tells it.
  const goesFor = acts.length > 0 && acts.every((u) => goneFor(question.reading.words, wordOf(u), words));
  // A "where" question whose main clause goes only by a light verb ("where was the boy hit by the convoy *taken*?")
  // asks where the going ended: a sentence telling the act that picks out whom it asks of and no movement ("a GER
  // convoy from MES to KDZ hit a local boy") names where that act was, or where someone else went.
  const goesLightly = question.wh === 'where' && !main.length && acts.length > 0 && goesByLightVerb(question, words);
  // A bridge held only by a noun spelled like it ("the K-G *pass* area" for "die") says no act.
  const asAct = (u: Weighed, stems: Set<string>, nouns: Set<string>) =>
    nouns.size ? new Set([...stems].filter((s) => !nouns.has(s) || own.get(u)!.has(s))) : stems;
  // How fully a sentence says the act is how fully it says the main clause's: what an act was done to is told with that
  // act, not with the one setting the scene ("what got hit by the RPG *when the task unit was attacked*?": "One vehicle
  // got hit by RPG"), and a count or a place with it, not with the act telling which thing is meant ("which province
  // was the roadside bomb *that wounded* six ANA soldiers in?" asks no wounding said). A question whose acts only
  // describe says none. The others only support it: of two sentences saying the main act as fully, the one saying the
  // scene too ("B Plt … suffered an IED *Strike* … while they were providing Force *Protection*" for "who was B platoon
  // protecting when they hit the bomb?") says more of it than one telling another protecting.
  const measured = toldWithMainAct(question, main) ? main : acts.filter((u) => !describes(u));
  const others = acts.filter((u) => !measured.includes(u));
  const saying = (text: string) => {
    if (!acts.length) return 0;
    const { stems, concepts } = withVerbLemmas(termsOf(text, index), text, index);
    const bridgedOnly = acts.some((u) => [...u.related.keys()].some((s) => stems.has(s) && !own.get(u)!.has(s)));
    const nouns = bridgedOnly ? nounOnlyStems(text, index) : new Set<string>();
    const of = (u: Weighed) => (fired(lemmaOf(u), text, index, words) ? 1 : holds(u, asAct(u, stems, nouns), concepts));
    const least = (told: Weighed[]) => (told.length ? Math.min(...told.map(of)) : 0);
    return least(measured) + SUPPORTS * least(others);
  };
  // Whether the main clause asks a using is the question's, read once, not per candidate weighed (usedAsMeans).
  const using = asksUsing(main.map(lemmaOf), words);
  /**
   * Whether a candidate's own words say an act (of the main clause only, `mainOnly`), in a form of its verb (wink's
   * lemma reaches an irregular one: "laid" is said by "laying"), a noun WordNet derives from it, a word bridged to it,
   * or, for the main clause's, a verb a step or two from it.
   */
  const says = (c: Candidate, mainOnly = false) => {
    const told = mainOnly ? main : acts;
    const made = told.some((u) => makes(u, c.text)) || (using && usedAsMeans(c));
    if (!told.length || ((mainOnly || goesFor) && (goes || goesFor) && moves(c.text)) || made) return true;
    const { stems, concepts } = termsOf(c.text, index);
    // Its verbs of two words: "handed over" says "delivered" (WordNet's "hand_over").
    const { tokens } = analyze(c.text, index.glossary);
    const phrasal = new Set(phrasalStems(tokens, 0, tokens.length, words).map((p) => p.stem));
    const sentence = read(c.text).words;
    const lemmas = new Set(sentence.map((w) => w.lemma));
    // A verb a step or two from the main clause's in WordNet's tree (verb-steps.ts) says its act in the report's words:
    // "Hafizullah *attempted to immigrate* to Iran" for "where did he try to *emigrate* to?", both ways to migrate. Not
    // the scene's: "a convoy … was *travelling*" tells no sliding off the road. So does a report verb WordNet relates
    // to it through its own commonest senses (inOtherWords): "delivered" for "bring".
    return told.some(
      (u) =>
        holds(u, stems, concepts) >= SAYS_ACT ||
        [...u.related].some(([stem, w]) => isPhrasal(stem) && w >= BRIDGES_ACT && phrasal.has(stem)) ||
        lemmas.has(lemmaOf(u)) ||
        [...own.get(u)!].some((s) => stems.has(s)) ||
        (main.includes(u) && (stepped(u, stems) > 0 || inOtherWords(sentence, verbOf(u), words))),
    );
  };
  const light = lightVerbs(question, (w) => acts.some((u) => lemmaOf(u) === w.lemma), words);
  const saysLightly = saysLightAct(question, light, words);
  const onlyLight = !acts.length && light.length > 0;
  /**
   * Where a sentence's words say an act of the question, each alone (`k`), among the sentence's `words`. With
   * `coded`, a word the glossary reads as the act's concept says it too, as `saying` counts it: "1 x ISAF (DEU) *KIA*"
   * says "killed".
   */
  const saidAt = (text: string, told = acts, coded = false) => {
    const { words } = read(text);
    const nouns = nounOnlyStems(text, index);
    const says = (w: Word) => saysByWord(w, told, index, (u, stems) => asAct(u, stems, nouns), coded);
    return words.flatMap((w, k) => (says(w) ? [{ words, k }] : []));
  };
  return {
    says,
    /** Whether it says an act, or every act is of a clause whose name says which one is meant (namedSubjectAt). */
    saysAsked: (c: Candidate) => namedSubjects(question.reading.words, acts.map(wordOf)) || says(c),
    /** The acts, or a light verb's if the main clause has none: "who *made* the list (of items *found*…)?" */
    saysOrLight: (c: Candidate) => (main.length || !light.length ? says(c) : read(c.text).words.some(saysLightly)),
    /**
     * Whether a candidate says only acts that set the scene or tell which thing the question means, none of its main
     * clause: "NDS handed over the ammunition to the DEU EOD" for "where was the ammunition handed over by NDS
     * destroyed?" names where the handing over was, not the destroying.
     */
    tellsAnother: (c: Candidate) =>
      (goesLightly ? !moves(c.text) : main.length > 0 && !says(c, true)) && main.length < acts.length && says(c),
    /**
     * Where a sentence's verbs say an act of the question in its own or other words (the word indexes of its reading),
     * or, when it has only a light verb, that verb's act: "INFORMED" says "told", as WordNet finds them alike.
     */
    verbsSaying: (text: string) => (onlyLight ? wordsSaying(text, saysLightly) : verbsAt(saidAt(text))),
    /** The verbs saying an act of the main clause, not the scene's (any of the question's when it has none). */
    mainVerbsSaying: (text: string) => verbsAt(saidAt(text, main.length ? main : acts)),
    /** The question's act is only a light verb's ("who *told* PRT MES…?"): `saysOrLight` tells who says it. */
    onlyLight,
    /** How fully a candidate's own words say the acts: as fully as they hold the one they hold least. */
    saying: (c: Pick<Candidate, 'text'>) => saying(c.text),
    /**
     * Whether the answer a candidate names stands in the clause saying the act: "…derived from *HUMINT* notes that
     * seven Arabs had been *seen*" names HUMINT in another clause than the seeing. `verbal`: said by a verb, not only
     * by the noun of a thing told ("CB 6 reported machine gun *fire*" tells of the firing, it does not do it).
     * `coded`: said by the glossary's code of the act too, a casualty's ("1 x ISAF (DEU) *KIA*" says the killing that
     * "1 x ISAF" counts); only for the share gate, where the count must also count what is asked (countsAsked).
     */
    answers: (c: Candidate, verbal = false, coded = false) => {
      if (!c.kind || saying(c.text) < SAYS_ACT) return false;
      const kind = c.kind;
      const at = saidAt(c.text, acts, coded && !verbal);
      return at.some(({ words, k }) => (!verbal || words[k]!.pos === 'VERB') && sameClause(words, k, kind));
    },
    /** Whether a candidate names who did the act of the question's light verbs, all it asks (lightDoer). */
    answersLightly: (c: Candidate) => onlyLight && lightDoer(c, question, light),
    /**
     * Whether a candidate says an act of the question only by a noun, no verb: "5 SOLDIERS … WHO HAVE CARBON MONOXIDE
     * *POISONING*" tells what befell them, and names no one who did it.
     */
    saysByNounOnly: (c: Candidate) => {
      const at = saidAt(c.text);
      return at.length > 0 && at.every(({ words, k }) => words[k]!.pos !== 'VERB');
    },
    /**
     * Whether a candidate tells the act of the question's main clause as not done: "the attempted Controlled
     * Detonation was *not successful*" says nothing of when, where or by whom it succeeded.
     */
    denies: (c: Candidate) => saidAt(c.text, main).some(({ words, k }) => negated(words, k)),
    /** The candidate with the main clause's verbs it says in other words counted in the share its gate reads. */
    inShare: (c: Candidate) => inShare(c, main, units, verbOf, words, harmNamedBy(question, words, wordOf)),
  };
}

/**
 * Whether a text tells a going by a verb (goesBy) other than the question's scene's (`scene`, their lemmas), or by
 * being back at a place (backAt).
 */
const goesByOwnVerb = (text: string, scene: Set<string>, words: Lexicon) =>
  read(text).words.some(
    (w, k, said) => (w.pos === 'VERB' && !scene.has(w.lemma) && goesBy(said, k, words)) || backAt(said, k),
  );

/**
 * Whether a candidate names who did the act of a "who" question's light verbs (`light`) in the clause of that very
 * verb: "*HUN doctor* gave first aid to the child" for "who gave first aid to the boy?". The verb's object carries the
 * act ("first aid"), so only the same verb says it: one WordNet finds alike says another act ("conducted render safe
 * procedures" for "gave the IED components", "traveled" for "went with").
 */
function lightDoer(c: Candidate, question: Question, light: Word[]): boolean {
  const kind = c.kind;
  if (question.wh !== 'who' || !kind) return false;
  const lemmas = new Set(light.map((w) => w.lemma));
  const { words } = read(c.text);
  return words.some((w, k) => w.pos === 'VERB' && lemmas.has(w.lemma) && sameClause(words, k, kind));
}

/** Whether one of the main clause's `verbs` is in its commonest sense WordNet's first of "use" (utilize, employ). */
function asksUsing(verbs: string[], words: Lexicon): boolean {
  const using = words.senses('use', 'verb')[0]?.offset;
  return verbs.some((v) => !!v && words.senses(v, 'verb')[0]?.offset === using);
}

/**
 * Whether a candidate tells a using the main clause asks (asksUsing) by the means it names: what it names stands in a
 * phrase telling the means of one of its verbs (means.ts). "INF Coy requested reconnaissance *via UAV KZO*" says what
 * served for "what drone did the infantry company *use* to check on the police?", though no "use" stands in it.
 */
function usedAsMeans(c: Candidate): boolean {
  const kind = c.kind;
  if (!kind) return false;
  const said = read(c.text).words;
  return meansSpans(said, () => true).some(([a, b]) => said[a]!.start <= kind.start && kind.end <= said[b]!.end);
}

/**
 * A candidate with the main clause's verbs (`main`) its own verbs say in other words (inOtherWords) counted in its
 * share as a synonym weighs: "TF 31 *spotted* 3x persons" holds the question's "saw" as fully as "witnessed" would,
 * though WordNet bridges no word of "see" to "spot"; so is a yes/no question's verb of harm a casualty line names by
 * its noun ("NO INJURIES." for "was anyone hurt…?", casualty-lines.ts harmNamedBy). Only the share: what it holds of
 * each unit (`held`, `said`) stays as read.
 */
function inShare(
  c: Candidate,
  main: Weighed[],
  units: Weighed[],
  lemmaOf: (u: Weighed) => string,
  lexicon: Lexicon,
  harmNamed: (u: Weighed, text: string) => boolean,
) {
  const sentence = read(c.text).words;
  const otherwise = main.filter((u) => inOtherWords(sentence, lemmaOf(u), lexicon) || harmNamed(u, c.text));
  if (!otherwise.length) return c;
  const total = units.reduce((sum, u) => sum + u.weight, 0);
  const raise = (held: number[]) =>
    otherwise.reduce((sum, u) => sum + (Math.max(0, OTHER_WORDS - held[units.indexOf(u)]!) * u.weight) / total, 0);
  const [own, all] = [raise(c.said), raise(c.held)];
  return own || all ? { ...c, own: c.own + own, ownWithNames: c.ownWithNames + own, all: c.all + all } : c;
}

/**
 * Whether a sentence's verbs say a verb of the question in other words, as WordNet relates them through the report
 * verb's commonest senses: a way of it (wayOf, "delivered" for "bring"), its act named by it (actNamedBy,
 * "apprehending" for "catch"), one seeing told in other words (seenAlike, "spotted" for "seen"), the narrow verb the
 * question's is a way of (wayOf read the other way: "1 x INS *fled* on a motorcycle" for "how did he *escape*?", to
 * escape being a way to flee, whose seven kinds are one act), a broader verb a few steps up from the question's
 * (broaderOf: "1 X detainee *transferred* into BTIF by TF 373" for "who *brought* him in"), the act the question's is
 * done for (doneFor: "sent … to *determine* his age" for "whose age was *checked*?"), or one its gloss defines by it
 * (definedBy, "BLEW OUT THE WINDOWS" for "break").
 */
const inOtherWords = (sentence: Word[], lemma: string, lexicon: Lexicon) =>
  sentence.some(
    (w, k) =>
      w.pos === 'VERB' &&
      (wayOf(w.lemma, lemma, lexicon) ||
        actNamedBy(w.lemma, lemma, lexicon) ||
        seenAlike(w.lemma, lemma, lexicon) ||
        wayOf(lemma, w.lemma, lexicon) ||
        broaderOf(w.lemma, lemma, lexicon) ||
        doneFor(w.lemma, lemma, lexicon) ||
        definedBy(withParticle(sentence, k, lexicon), lemma, lexicon)),
  );

/** WordNet's verb of discharging a weapon, which "shoot" is a way of: "fire", "open fire", "shoot". */
const FIRE = 'fire';

/** Whether a question's verb says firing a weapon: a sense WordNet files with "fire" as a fight, or a way of it. */
const firing = (lemma: string, lexicon: Lexicon) =>
  lexicon
    .senses(lemma, 'verb')
    .slice(0, SENSE_DECAY.length)
    .some((s) => s.words.includes(FIRE) && s.lexname === 'verb.competition') || wayOf(lemma, FIRE, lexicon);

/** Whether a text says the question's verb of firing (`lemma`) by a verb of fighting and the weapon (firesWeapon). */
const fired = (lemma: string, text: string, index: SearchIndex, lexicon: Lexicon) =>
  firing(lemma, lexicon) && firesWeapon(read(text).words, index.glossary, lexicon);

/** How many words after "with" or "by" may name the weapon: "engaged with *SAF and PKM*". */
const WEAPON_WORDS = 4;

/**
 * Whether a sentence says a weapon was fired by a verb of fighting with the weapon after its "with" or "by": "element
 * is *engaging with 120mm*", "5 x INS engaged *with SAF* and PKM", "were engaged *by RPG fire*" — the War Diary says a
 * unit fired X so, as it says it "returned fire". WordNet files "engage" first as a social act and relates no sense of
 * it to "fire". Only a weapon, a calibre or fire after it: "engaged in talks", "engaged with the elders" fire nothing.
 */
function firesWeapon(sentence: Word[], glossary: Glossary, lexicon: Lexicon): boolean {
  return sentence.some((w, i) => {
    const tool = sentence[i + 1];
    if (!fights(asVerb(sentence, i, lexicon), lexicon) || !tool || !['with', 'by'].includes(tool.lemma.toLowerCase()))
      return false;
    const after = sentence.slice(i + 2, i + 2 + WEAPON_WORDS);
    const end = after.findIndex((x) => x.pos === 'PUNCT' || x.pos === 'VERB');
    return after
      .slice(0, end < 0 ? undefined : end)
      .some((x, k) => calibreEnd(sentence, i + 2 + k) !== undefined || isWeapon(x.text, glossary, lexicon));
  });
}

/**
 * A word as the verb it is: wink tags a progressive after "be" as an adjective ("element is *engaging* with 120mm"),
 * read as the verb WordNet finds for the "-ing" form.
 */
function asVerb(sentence: Word[], i: number, lexicon: Lexicon): Word | undefined {
  const w = sentence[i];
  if (w?.pos !== 'ADJ' || !isIngForm(w.text) || sentence[i - 1]?.lemma !== 'be') return w;
  const verb = lexicon.baseForms(w.text.toLowerCase(), 'verb')[0];
  return verb ? { ...w, pos: 'VERB', lemma: verb.lemma } : w;
}

/**
 * Whether a word names a weapon or its fire: a kind of weapon in WordNet ("rifle", "mortar"), a fire ("Direct *Fire*",
 * "gunfire"), or a code the glossary spells out as one ("SAF": small arms fire, "RPG": rocket-propelled grenade).
 */
function isWeapon(text: string, glossary: Glossary, lexicon: Lexicon): boolean {
  const word = text.toLowerCase();
  const spelled = (glossary.formsByFirstStem.get(word) ?? []).filter((f) => f.stems.length === 1);
  const heads = spelled.map((f) => f.concept.name.toLowerCase().split(/\s+/).at(-1)!);
  return [word, ...heads].some((h) => h.endsWith(FIRE) || lexicon.isA(h, 'weapon') || lexicon.isA(h, 'weaponry'));
}

/**
 * A verb with the particle right after it, where WordNet knows the pair as a verb ("BLEW OUT": blow_out), else its
 * lemma: the pair is the act its gloss defines.
 */
function withParticle(sentence: Word[], k: number, lexicon: Lexicon): string {
  const lemma = sentence[k]!.lemma;
  const next = sentence[k + 1]?.text.toLowerCase();
  const pair = next && PARTICLES.has(next) ? `${lemma}_${next}` : '';
  return pair && lexicon.senses(pair, 'verb').length ? pair : lemma;
}

/** Prepositions a verb may take before the number it says a measure came to: "stood *at* 643", "went *to* 691". */
const TO_NUMBER = new Set(['at', 'to']);

/**
 * Whether a unit of the question is a verb of its scene (the clause setting its time) that only says a count or
 * measure came to a number: "when the headcount *reached* 690", "*hit* 667", "*stood at* 643". It tells no act of its
 * own, and the reports say the number with the copula ("New facility headcount is 690"): the number ties the scene,
 * not the verb. A number counting the noun after it makes the verb an act on what it counts ("when they *fired* 9
 * rounds"), no level reached; so it is none of the question's acts (actUnits). `setting`: settingOf's reading.
 */
export function reachesNumber(question: Question, k: number, query: ParsedQuery, setting: boolean[]): boolean {
  const { words } = question.reading;
  const word = wordOfToken(question, query.units[k]!.tokens[0]!);
  if (!setting[k] || word?.pos !== 'VERB') return false;
  let at = words.indexOf(word) + 1;
  if (TO_NUMBER.has(words[at]?.lemma.toLowerCase() ?? '')) at++;
  return words[at]?.pos === 'NUM' && !isNoun(words[at + 1]);
}

/**
 * The question's units that are its acts: its verbs that carry meaning, or one the tagger misread as a noun. A verb the
 * glossary reads as a concept ("killed": KIA, "wounded": WIA) is an act all the same, said by the concept ("3x INS
 * probably killed" counts the killing); not in a "who" question: the concept tells only whom it was done to ("SAID
 * RAHMAN … IS THE 1X KIA" names no killer), and its victim is told as often by the act it causes ("the *death* of 1
 * child, 1 woman, 5 males"), which the concept is not.
 */
function actUnits(question: Question, query: ParsedQuery, units: Weighed[], words: Lexicon): Weighed[] {
  const misread = verbReadAsNoun(question.reading.words, words);
  const who = question.wh === 'who';
  const setting = settingOf(question, query);
  return units.filter((u, k) => {
    const word = wordOfToken(question, query.units[k]!.tokens[0]!);
    if (reachesNumber(question, k, query, setting)) return false;
    return (!u.conceptId || !who) && (word === misread || verbAct(question, query, u, k));
  });
}

/**
 * The question's word of unit `k` when it is a verb that carries meaning, no light one ("be", "have"): a word that may
 * say the question's act. One test for every reading of the question's acts: actUnits here and in typed.ts, and the
 * acts an answer says (leads.ts tellsSubject).
 */
export function contentVerb(question: Question, query: ParsedQuery, u: Weighed, k: number): Word | undefined {
  const word = wordOfToken(question, query.units[k]!.tokens[0]!);
  return wordClassOf(word) === 'verb' && u.role > LIGHT_ROLE ? word : undefined;
}

/** Whether the question's unit `k` is a verb saying its act: one carrying meaning, describing no noun (attributive). */
export function verbAct(question: Question, query: ParsedQuery, u: Weighed, k: number): boolean {
  const verb = contentVerb(question, query, u, k);
  return !!verb && !attributive(question.reading.words, verb);
}

/** Whether no clause boundary stands between the word at `k` and a span: "…derived from *HUMINT* notes that…". */
function sameClause(words: Word[], k: number, span: KindSpan): boolean {
  const w = words[k]!;
  const [from, to] = w.end <= span.start ? [w.end, span.start] : [span.end, w.start];
  return !words.some((b) => b.start >= from && b.end <= to && isClauseBoundary(b));
}

/**
 * Whether a text says an act by the noun the act makes, as WordNet defines the question's object ("roadblock: a barrier
 * *set up* by police", made-nouns.ts), with a verb a step or two from the act (verb-steps.ts): "ANA PLT *built*
 * roadblock" tells who set up a roadblock. Not with a verb of another act ("attacked the roadblock"): naming the thing
 * made does not say who made it.
 */
function makesActs(
  question: Question,
  query: ParsedQuery,
  units: Weighed[],
  acts: Weighed[],
  index: SearchIndex,
  words: Lexicon,
): (u: Weighed, text: string) => boolean {
  const said = question.reading.words;
  const made = new Map(
    acts.map((u) => {
      const word = wordOfToken(question, query.units[units.indexOf(u)]!.tokens[0]!);
      const noun = word && madeNoun(said, said.indexOf(word), question.phrasal.get(word.start) ?? word.lemma, words);
      return [u, noun ? [...termsOf(noun.replace(/_/g, ' '), index).stems] : []];
    }),
  );
  return (u, text) => {
    const noun = made.get(u)!;
    if (!noun.length) return false;
    const { stems, concepts } = withVerbLemmas(termsOf(text, index), text, index);
    return noun.every((s) => stems.has(s)) && (stepped(u, stems) > 0 || holds(u, stems, concepts) > 0);
  };
}

/**
 * Whether a word alone says one of the acts `told`, in its stems as `asAct` keeps them, or with `coded` by the
 * glossary's concept of the act it is read as ("*KIA*" says "killed").
 */
function saysByWord(
  w: Word,
  told: Weighed[],
  index: SearchIndex,
  asAct: (u: Weighed, stems: Set<string>) => Set<string>,
  coded: boolean,
): boolean {
  const { stems, concepts } = wordTerms(w, index);
  return told.some((u) => holds(u, asAct(u, stems), coded ? concepts : new Set()) >= SAYS_ACT);
}

/** A word's terms, a verb's with its lemma's (withVerbLemmas). */
const wordTerms = (w: Word, index: SearchIndex) => termsOf(w.pos === 'VERB' ? `${w.text} ${w.lemma}` : w.text, index);

/**
 * A text's terms with the stems of the verbs wink reads in it: an irregular form that is also another word, which the
 * index leaves apart ("left", a side), says its verb where wink reads it as one ("LUNA UAV *left* scene": "leave").
 */
function withVerbLemmas(terms: Terms, text: string, index: SearchIndex): Terms {
  const lemmas = read(text)
    .words.filter((w) => w.pos === 'VERB' && w.lemma !== w.text.toLowerCase())
    .map((w) => w.lemma);
  if (!lemmas.length) return terms;
  const verbs = termsOf(lemmas.join(' '), index);
  return {
    ...terms,
    stems: new Set([...terms.stems, ...verbs.stems]),
    concepts: new Set([...terms.concepts, ...verbs.concepts]),
  };
}

/** The verbs a word may be: its lemma and, read as another word in capitals ("ANP *INFORMED*"), its base forms. */
const asVerbs = (w: Word, lexicon: Lexicon) => [
  w.lemma,
  ...lexicon.baseForms(w.text.toLowerCase(), 'verb').map((f) => f.lemma),
];

/** The indexes of a text's words that say an act (`says`). */
const wordsSaying = (text: string, says: (w: Word) => boolean) =>
  new Set(read(text).words.flatMap((w, k) => (says(w) ? [k] : [])));

/** The indexes of the verbs among where a sentence's words say an act. */
const verbsAt = (at: { words: Word[]; k: number }[]) =>
  new Set(at.flatMap(({ words, k }) => (words[k]!.pos === 'VERB' ? [k] : [])));

/**
 * Whether a word says the act of the question's light verbs (lightActs), read as a verb: in capitals the tagger may
 * read it as a name ("PRT MES WAS *INFORMED* BY NDS").
 */
function saysLightAct(question: Question, light: Word[], lexicon: Lexicon): (w: Word) => boolean {
  const lightVerbs = lightActs(question.reading.words, light, lexicon);
  return (w) => asVerbs(w, lexicon).some((v) => lightVerbs.has(v));
}

/** How close a verb must be to a light verb to say its act: one broader than a sense of it ("inform" for "tell"). */
const LIGHT_ALIKE = 0.3;

/**
 * The words saying the act of a question's light verbs: the verbs, those WordNet finds alike, and an adjective the verb
 * makes its object ("who *made* the IED *safe*?" is said by "IEDD TEAM RENDERED THE IED SAFE"): the light verb says
 * little, its complement the act.
 */
function lightActs(said: Word[], light: Word[], lexicon: Lexicon): Set<string> {
  const complements = light.flatMap((v) => {
    const after = said.slice(said.indexOf(v) + 1);
    const end = after.findIndex((w) => w.pos === 'VERB' || isClauseBoundary(w));
    return (end < 0 ? after : after.slice(0, end)).filter(
      (w, i, clause) => w.pos === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(clause[i + 1]?.pos ?? ''),
    );
  });
  return new Set([
    ...light.flatMap((w) => [w.lemma, ...alikeVerbs([w.lemma], lexicon, LIGHT_ALIKE)]),
    ...complements.map((w) => w.lemma),
  ]);
}

/** How far back a negator may stand: "was *not* yet fully successful". */
const NEGATED_WITHIN = 3;

/** A word denying: "not", "never", "no", or "n't" as the tagger splits it off. */
export const isNegator = (w: Word) => NEGATIONS.has(w.lemma) || w.text.toLowerCase() === "n't";

/** Whether the word at `k` is denied by a negator just before it, nothing but auxiliaries and adverbs between. */
function negated(words: Word[], k: number): boolean {
  for (let b = k - 1; b >= 0 && k - b <= NEGATED_WITHIN; b--) {
    if (isNegator(words[b]!)) return true;
    if (!['AUX', 'ADV', 'PART'].includes(words[b]!.pos)) return false;
  }
  return false;
}

/**
 * The stems that may say each act unit's verb as a noun: its own ("raid" for "raided"), those of the nouns WordNet
 * derives from its senses for their act ("death" for "die", "discovery" for "find"; not "pass", a place), and an attack
 * for a verb of attacking (attackOf).
 */
function asActs(
  acts: Weighed[],
  lemmaOf: (u: Weighed) => string,
  index: SearchIndex,
  words: Lexicon,
): Map<Weighed, Set<string>> {
  return new Map(
    acts.map((u) => {
      // A synonym's noun stemmed as the synonym ("issuing", of "issue" for "supply") is held by the synonym's own
      // noun, when that is first no act ("the *issue* of the Iranian-made weapons", a topic): it says no act.
      const alike = new Set(
        words
          .senses(lemmaOf(u), 'verb', SENSE_DECAY.length)
          .flatMap((s) => s.words.filter((w) => w !== lemmaOf(u) && nounOfNoAct(w, words)))
          .flatMap((w) => [...termsOf(w, index).stems]),
      );
      const nouns = [...derivedActs(lemmaOf(u), words, true)].flatMap((n) => [...termsOf(n, index).stems]);
      // An attack said for an asker's "hit" (attackOf), as verb or noun alike: "patrol *attacked* by ACF".
      const attack = [...attackOf(lemmaOf(u), words)].flatMap((w) => [...termsOf(w, index).stems]);
      return [u, new Set([...u.stems, ...nouns.filter((n) => !alike.has(n)), ...attack])];
    }),
  );
}

/** Whether a word is a noun whose commonest sense is no act: "issue", first a topic. */
const nounOfNoAct = (word: string, words: Lexicon) =>
  words.senses(word, 'noun', 1).length > 0 && !namesAct(word, words);

/** Words that may stand before a participle that describes a noun: "the *missing* soldier", "a *wounded* colleague". */
const BEFORE_ATTRIBUTE = new Set(['DET', 'ADJ', 'NUM']);

/** Whether a verb's participle only describes the noun after it ("the missing US soldier"): it asks of no act. */
export function attributive(words: Word[], word: Word): boolean {
  const at = words.indexOf(word);
  return BEFORE_ATTRIBUTE.has(words[at - 1]?.pos ?? '') && ['NOUN', 'PROPN'].includes(words[at + 1]?.pos ?? '');
}

/**
 * Whether the question's own verb, not one picking out what it asks of, is a light verb of going ("taken", "go"): one
 * WordNet knows as a movement.
 */
function goesByLightVerb(question: Question, words: Lexicon): boolean {
  const said = question.reading.words;
  const relative = relativeOpener(said);
  // Its last word is the main clause's, past a clause picking out whom it asks of: "the boy who was hit … *taken*?".
  const last = said.filter((w) => w.pos !== 'PUNCT').at(-1);
  return said.some(
    (w) =>
      w.pos === 'VERB' &&
      LIGHT_VERBS.has(w.lemma) &&
      (!relative || w.start < relative.start || w === last) &&
      !picksOut(said, w) &&
      isMovement(w.text.toLowerCase(), words),
  );
}

/**
 * Whether a verb is an infinitive of purpose after a light verb of going in its clause: "who *came* from CJ7 *to join*
 * the engineers?", "who *went* back *to carry* the wounded?". The going is the act done; the infinitive, what for.
 */
function goneFor(said: Word[], word: Word | undefined, lexicon: Lexicon): boolean {
  const at = word ? said.indexOf(word) : -1;
  if (at < 2 || said[at - 1]!.lemma !== 'to') return false;
  const before = said.slice(0, at - 1);
  const verb = before.filter((w) => w.pos === 'VERB').at(-1);
  if (!verb || !LIGHT_VERBS.has(verb.lemma) || !isMovement(verb.text.toLowerCase(), lexicon)) return false;
  return !before.slice(before.indexOf(verb) + 1).some(isClauseBoundary);
}

/**
 * Whether a verb of a passive or progressive question ("was", "were") only tells which thing it means, as a participle
 * after its noun does when the question's own verb comes after it: "where was the ammunition *handed over* by NDS
 * destroyed?", "where were the soldiers *hurt* in the rollover treated?".
 */
function picksOut(words: Word[], word: Word): boolean {
  const at = words.indexOf(word);
  const passive = words.some((w, i) => i < at && w.pos === 'AUX' && w.lemma === 'be');
  const afterNoun = ['NOUN', 'PROPN'].includes(words[at - 1]?.pos ?? '');
  // The question's own verb, in its clause: not one opening a scene ("… *when* a convoy knocked him down"), nor an
  // infinitive its verb governs ("were the weapons expected *to arrive*").
  const rest = words.slice(at + 1);
  const opens = rest.findIndex(opensClause);
  const own = (w: Word, i: number) => w.pos === 'VERB' && rest[i - 1]?.lemma !== 'to';
  const ownAfter = afterNoun && rest.slice(0, opens < 0 ? undefined : opens).some(own);
  if (passive) return ownAfter;
  // So with "do" or a modal, its verb's bare form after the subject: "where did the detainee *numbered* 2840 go?",
  // "where did the explosives *packed* into the vests come from?". Only an inflected form, as below.
  return (supported(words, at) && inflected(word) && ownAfter) || (afterNoun && afterOwnVerb(words, at));
}

/**
 * Whether the verb at `at`, past its noun, is a participle picking out which thing is meant because its clause already
 * has its own verb before that noun: "who *made* the list of items *found* in the suspect's truck?" asks who made the
 * list, not who found the items; "when did TF 373 *find* weapons *hidden* in the house?" asks of the finding. Only an
 * inflected form ("found", "hidden"), not a base verb, can so follow a noun; not one past a word opening the scene
 * ("who got hurt *when* the soldiers *fired*…?"). A passive question's participles are read above.
 */
function afterOwnVerb(words: Word[], at: number): boolean {
  if (!inflected(words[at]!)) return false;
  const verb = words
    .slice(0, at)
    .map((w) => w.pos === 'VERB')
    .lastIndexOf(true);
  return verb >= 0 && !words.slice(verb + 1, at).some(opensClause);
}

/** Whether a question asks with "do" or a modal (supports) before the word at `at`, its verb's bare form to come. */
const supported = (words: Word[], at: number) => words.some((w, i) => i < at && supports(w));

/**
 * Words that open another clause: "notes *that* they were seen", "the man *who*…", "*because*…", a semicolon, or the
 * full stop ending the sentence before ("…Bermel District. He has been implicated … in an ied strike").
 */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', ';', '.', '!', '?']);
export const isClauseBoundary = (w: Word) => w.pos === 'SCONJ' || CLAUSE_OPENERS.has(w.lemma);

/** A clause boundary, or a word opening the question's scene ("… *when* a convoy knocked him down"). */
const opensClause = (w: Word) => isClauseBoundary(w) || SCENE_OPENERS.has(w.lemma.toLowerCase());

/** What the best sentence says of the question, as stated.ts weighs it. */
export const sayingOf = (c: Candidate, query: ParsedQuery, question: Question, units: Weighed[]): Saying => ({
  text: c.text,
  held: c.held,
  said: c.said,
  roles: units.map((u) => u.role),
  asked: query.units.map((u) => wordOfToken(question, u.tokens[0]!)),
  report: c.hit.report.quotes.join('\n'),
});

/**
 * Whether each unit of the question stands in a clause that sets its scene, opened by "when", "while", "after"…
 * ("who got the bodies of the insurgents killed *while planting a bomb at a culvert*"): what the question asks is in
 * the main clause; the report may tell the scene in words of its own.
 */
export function settingOf(question: Question, query: ParsedQuery): boolean[] {
  // Past its first word, which may ask "when".
  const opener = question.reading.words.find((w, i) => i > 0 && SCENE_OPENERS.has(w.lemma.toLowerCase()));
  return query.units.map((u) => !!opener && u.tokens[0]!.start > opener.start);
}

/** The stems of the words setting the question's scene (settingOf): "after *the road accident*". */
export function sceneStems(question: Question, query: ParsedQuery, units: Weighed[]): Set<string> {
  const setting = settingOf(question, query);
  return new Set(units.flatMap((u, k) => (setting[k] ? u.stems : [])));
}

/**
 * The word opening a clause saying which one is meant: "the afghan cop *who* brought…", "the cyclist *that*…", or a
 * place told by where it stands in a story: "the textile factory *where* the rifles were found" (a relative adverb
 * after its noun, not the question's own "where").
 */
export const relativeOpener = (words: Word[]) =>
  words.find(
    (w, i) =>
      i > 0 &&
      (RELATIVE.has(w.lemma.toLowerCase()) || w.lemma.toLowerCase() === 'where') &&
      ['NOUN', 'PROPN'].includes(words[i - 1]!.pos),
  );

/** Whether there are verbs, each a clause's with a name for its subject after a noun (namedSubjectAt). */
const namedSubjects = (words: Word[], verbs: (Word | undefined)[]) =>
  verbs.length > 0 && verbs.every((v) => namedSubjectAt(words, v));

/**
 * Whether a name, ending in its number or not, stands between a common noun and the verb: a name does not
 * compound the noun before it ("detainees TF 373" is no kind of detainee), so it opens a clause of its own, a contact
 * clause saying which one is meant ("the 4 detainees [that] *TF 373 sent* to the BTIF").
 */
function namedSubjectAt(words: Word[], verb: Word | undefined): boolean {
  const at = verb ? words.indexOf(verb) : -1;
  if (at < 0) return false;
  const inName = (i: number) => words[i]?.pos === 'PROPN' || (words[i]?.pos === 'NUM' && words[i - 1]?.pos === 'PROPN');
  let n = at - 1;
  while (inName(n)) n--;
  return n < at - 1 && words[n]?.pos === 'NOUN';
}
