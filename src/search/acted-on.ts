/**
 * The phrases a question's verbs act on in a sentence: the verbs saying its acts (the same, said with their particle,
 * or brought close by WordNet; done by whom the question says, active or passive), each with the noun phrase after it
 * ("keep *a then recent discovery*") or, passive, before it ("*a bomb* was found"). What a "what did they V?" question
 * asks is among them (kinds.ts, objectSpans).
 */
import { isIngForm, read, type Word } from './nlp.ts';
import { getPassive, LIGHT_VERBS, phrasalAt, type Question } from './question.ts';
import type { Lexicon } from './lexicon.ts';
import { catenatives } from './catenative.ts';
import { actNouns, aimedAt } from './act-nouns.ts';
import { IN_PHRASE } from './slots.ts';
import { battles, fightsAs } from './kinds.ts';

export const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM']);
/** Where the phrase a verb acts on ends: another clause, a preposition, a full stop. */
const PHRASE_ENDS = new Set(['VERB', 'ADP', 'CCONJ', 'SCONJ']);

/** How many words a phrase a verb acts on may run to. */
const PHRASE_WORDS = 8;

/**
 * The verbs of a sentence saying the question's acts, each with the noun phrases it acts on: after the verb ("keep *a
 * then recent discovery*"), or before it and its auxiliaries when the sentence is passive ("*a bomb* was found").
 */
export function actedPhrases(
  words: Word[],
  acts: NonNullable<Question['acts']>,
  lexicon: Lexicon,
): { verb: number; phrases: Word[][] }[] {
  const joins = (i: number) => joinAt(words, i, acts) !== undefined;
  // "Turned up a cache": the verb said with its particle, as the question's "turn up" is.
  const together = (i: number) => {
    const phrasal = phrasalAt(words, i, lexicon);
    return phrasal && words[i + 1] === phrasal.next && acts.verbs.has(phrasal.together);
  };
  // "Made contact", "built a road": the question's "made of" is said past "of", "from", "with".
  const acting = words.flatMap((w, i) =>
    (w.pos === 'VERB' || pastReadAsNoun(words, i, acts.verbs)) &&
    (acts.verbs.has(w.lemma) ||
      w.pos !== 'VERB' ||
      together(i) ||
      returnsAct(words, i, acts.verbs) ||
      saysAsked(w, acts.asked, lexicon) ||
      askedNear(words, i, acts.asked, lexicon) ||
      foughtWith(w, acts, lexicon)) &&
    (together(i) || !withoutPreposition(w, acts.asked, lexicon)) &&
    (joins(i) || !(acts.instrument || acts.joined?.has(w.lemma))) &&
    (words[i - 1]?.pos === 'AUX' ||
      passiveAux(words, i) ||
      shortPassive(words, i) ||
      doneBy(words, i, acts.doers, lexicon)) &&
    (!(passiveAux(words, i) || shortPassive(words, i)) || doneAfterBy(words, i, acts.doers)) &&
    !otherPurpose(words, i, acts.purpose)
      ? [i]
      : [],
  );
  const byVerb = acting.map((i) => {
    const joined = joinAt(words, i, acts) ?? (together(i) ? i + 1 : i);
    const after = phraseFrom(words, joined + 1, 1);
    // "A bomb was found": what is acted on stands before the auxiliary; in the War Diary's short style, before the
    // verb itself ("IED discovered at the school"), when the question asks what was acted on.
    const aux = passiveAux(words, i);
    // "The IED was made *from* a pressure cooker": before a verb joined to its parts stands the whole. Before a verb
    // with no auxiliary and a thing after it stands who did it: "*EOD team* discovered a second IED".
    const active = !aux && after.some((p) => NOMINAL.has(p.pos));
    const passive =
      (aux || (acts.passive && !active)) && !joins(i) ? phraseFrom(words, pastAuxiliaries(words, i), -1) : [];
    return { verb: i, phrases: [after, passive] };
  });
  return [...byVerb, ...actSaidAsNoun(words, acts, lexicon)];
}

/**
 * The question's act said as a noun (act-nouns.ts), with the phrase it was done to: after its "of" when the verb takes
 * an object ("the *destruction of* the cache"), or after the preposition it is aimed by ("an RPG *attack* was carried
 * out *on* an ANP District HQ" for "what was attacked?"). A question with `acts` asks what the act was done to; not one
 * asking what with, nor what it was made of.
 */
function actSaidAsNoun(
  words: Word[],
  acts: NonNullable<Question['acts']>,
  lexicon: Lexicon,
): { verb: number; phrases: Word[][] }[] {
  if (acts.instrument || acts.joins || acts.purpose) return [];
  const nouns = undergoerNouns(acts, lexicon);
  return words.flatMap((w, i) => {
    if (w.pos !== 'NOUN' || !nouns.has(w.lemma.toLowerCase())) return [];
    const at = words[i + 1]?.lemma === 'of' ? i + 1 : aimedAt(words, i);
    return at === undefined ? [] : [{ verb: i, phrases: [phraseFrom(words, at + 1, 1)] }];
  });
}

/** The nouns of the question's own acts whose "of" names what they were done to, memoised per question. */
const nounsByActs = new WeakMap<object, Set<string>>();
function undergoerNouns(acts: NonNullable<Question['acts']>, lexicon: Lexicon): Set<string> {
  let nouns = nounsByActs.get(acts);
  if (!nouns) {
    const said = [...(acts.asked ?? [])].map((v) => actNouns(v, lexicon));
    nouns = new Set(said.flatMap((n) => (n?.of === 'undergoer' ? [...n.nouns] : [])));
    nounsByActs.set(acts, nouns);
  }
  return nouns;
}

/**
 * Whether the verb at `i` is "return" with the asked act said as its noun: "*returned fire*" is firing back, as
 * "returned the greeting" is greeting back. What it was done with follows the noun ("returned fire *with* 50 cal").
 */
const returnsAct = (words: Word[], i: number, verbs: Set<string>) =>
  words[i]!.lemma === 'return' && words[i + 1]?.pos === 'NOUN' && verbs.has(words[i + 1]!.lemma.toLowerCase());

/**
 * Whether the word at `i`, read by the tagger as a noun, is the past of one of the acts' verbs between its subject and
 * what it acted on: "ANA *shot* one of the IEDs" (after a name, before a number or an article). Only an inflected form
 * ("shot", not "shoot") reads so: a bare noun there is more often one of a compound ("the ANA patrol").
 */
function pastReadAsNoun(words: Word[], i: number, verbs: Set<string>): boolean {
  const [before, w, after] = [words[i - 1], words[i]!, words[i + 1]];
  if (w.pos !== 'NOUN' || !NOMINAL.has(before?.pos ?? '') || !['DET', 'NUM'].includes(after?.pos ?? '')) return false;
  // WordNet keeps no irregular pasts ("shot"): the word is read as the verb after a pronoun, memoised by its text.
  const text = w.text.toLowerCase();
  const verb = read(`they ${text}`).words[1];
  return verb?.pos === 'VERB' && verb.lemma !== text && verbs.has(verb.lemma);
}

/**
 * Where the word joining the verb at `i` to what the question asks stands ("made *of*"): right after the verb, or when
 * the question asks what the act was done with, after its object too ("engaged INSs *with* 1 x rocket").
 */
function joinAt(words: Word[], i: number, acts: NonNullable<Question['acts']>): number | undefined {
  if (acts.joins?.has(words[i + 1]?.lemma ?? '')) return i + 1;
  const past = i + 1 + phraseFrom(words, i + 1, 1).length;
  return acts.instrument && acts.joins?.has(words[past]?.lemma ?? '') ? past : undefined;
}

/**
 * Whether a sentence's verb is the bare verb of one the question asks with the preposition that takes what is asked
 * ("what did the commander *ask for*?"): said without it, what it acts on is another role ("he did ask *the PRT
 * Commander* for a well" names who was asked, not what for). Said with it ("asked for an air strike"), or by another
 * verb ("requested AIR STRIKE"), it stands. A particle WordNet knows as an adverb ("blow *up*", "set *off*") may be
 * left out with the same object ("blew the IED in place").
 */
const withoutPreposition = (w: Word, asked: Set<string> | undefined, lexicon: Lexicon) =>
  [...(asked ?? [])].some((a) => {
    const [verb, particle] = a.split('_');
    return verb === w.lemma.toLowerCase() && !!particle && !lexicon.senses(particle, 'adv').length;
  });

/**
 * Whether an infinitive after what the verb at `i` acts on, before any other verb, says another purpose than the
 * question's: "will use planes *to look* at the area" is no answer to what they used to recover the vehicle.
 */
function otherPurpose(words: Word[], i: number, purpose: Set<string> | undefined): boolean {
  if (!purpose) return false;
  let k = i + 1;
  while (words[k] && words[k]!.pos !== 'VERB' && !/^[.;:!?]$/.test(words[k]!.text) && k - i <= PHRASE_WORDS) k++;
  const to = words[k - 1];
  if (to?.lemma !== 'to' || to.pos !== 'PART' || words[k]?.pos !== 'VERB') return false;
  // Its clause may say the purpose by a word WordNet derives from it: "hire a tow truck driver to assist *in the
  // recovery*" for what they hired to recover the vehicle.
  const end = words.findIndex((w, j) => j > k && /^[.;:!?,]$/.test(w.text));
  return !words.slice(k, end < 0 ? undefined : end).some((w) => purpose.has(w.lemma.toLowerCase()));
}

/**
 * Whether an auxiliary makes the verb at `i` passive, its subject what was acted on ("a truck *was* seized"): a form
 * of "be" or "get" (also "get" read as a verb, "One vehicle *got* stuck"). After "have" the verb is active ("ANP in
 * Spin Boldak *have* confiscated a truck"), and the words before it say who acted and where, not what.
 */
const passiveAux = (words: Word[], i: number) =>
  (words[i - 1]?.pos === 'AUX' && (words[i - 1]!.lemma === 'be' || words[i - 1]!.lemma === 'get')) ||
  getPassive(words, i - 1);

/**
 * Where the subject of the verb at `i` ends, back past all its auxiliaries: a passive's may be several ("CAS *has
 * been* requested", "the IED *will be* destroyed"), the one acted on standing before the first.
 */
function pastAuxiliaries(words: Word[], i: number): number {
  let k = i - 1;
  while (words[k]?.pos === 'AUX' || getPassive(words, k)) k--;
  return k;
}

/**
 * Whether the subject of an active verb at `i` may be who the question says did the act ("what did the robot find?"):
 * a subject naming none of them, or a pronoun ("ANP reported *they* found an IED"), tells what someone else did. A
 * verb with no subject before it (the War Diary's "…and located by robot 1x RCIED", "Found 1x IED") may be theirs.
 * Compared by lemma, or by the subject's head that WordNet files with a doer in one sense ("EOD *team*" for the bomb
 * *squad*: team, squad): a subject in other words that are no one synonym ("US forces" for "the Americans") declines,
 * the safer way.
 */
function doneBy(words: Word[], i: number, doers: Set<string> | undefined, lexicon: Lexicon): boolean {
  if (!doers) return true;
  let k = i - 1;
  // Past a verb it follows ("TF TITAN reported *finding*", "began *to* search"), whose subject is its own.
  while (words[k] && ['ADV', 'AUX', 'VERB', 'PART'].includes(words[k]!.pos)) k--;
  // What a subject is in brackets says of it: "C/S SHAMUS *(OH-58)* observed 4 x INS"; it names the subject as surely
  // as the words before it do: "the last vehicle *(Type DINGO)* fired a warning shot" tells what the Dingo fired.
  const bracket: Word[] = [];
  if (words[k]?.text === ')') while (k >= 0 && words[k + 1]?.text !== '(') bracket.push(words[k--]!);
  const subject: Word[] = [];
  for (; words[k] && ['NOUN', 'PROPN', 'PRON'].includes(words[k]!.pos); k--) subject.push(words[k]!);
  // A participle after the object of a preposition tells of the clause's subject, not of that object: "Enemy conducted
  // an ambush on unit *utilizing* burned Mazdas" — the enemy used them.
  if (isIngForm(words[i]!.text) && words[k]?.pos === 'ADP' && subject.length) return clauseSubject(words, k, doers);
  return (
    !subject.length ||
    [...subject, ...bracket].some((w) => doers.has(w.lemma.toLowerCase())) ||
    synonymOfDoer(subject[0]!, doers, lexicon) ||
    pointsBefore(words, subject, i, doers)
  );
}

/** Whether a common noun shares one of its senses with a doer's noun: "team" with "squad". */
const synonymOfDoer = (head: Word, doers: Set<string>, lexicon: Lexicon) =>
  head.pos === 'NOUN' &&
  lexicon.senses(head.lemma.toLowerCase(), 'noun').some((s) => s.words.some((w) => doers.has(w)));

/** Pronouns of someone told of, not of the one writing: "*they* found the UXO", not "*we* reported this". */
const TOLD_OF = new Set(['they', 'he', 'she']);

/**
 * Whether a subject is only a pronoun that opens its sentence ("There *they* found the UXO"): it stands for someone of
 * the sentence before, who may be the question's doer ("our EOD-Squad was tasked to check the area"), as a verb with
 * no subject may be theirs; or for one of them named before it ("*FF* reported that *they* found 3ox 80mm Mortar
 * Rounds" for what FF found). Not when only someone else is named before it: "ANP reported *they* found an IED".
 */
function pointsBefore(words: Word[], subject: Word[], i: number, doers: Set<string>): boolean {
  // The word nearest the verb is its subject ("There *they* found": the tagger reads "There" as a pronoun too), and
  // the verb its own: not one after another verb of it ("They liked *seeing* the ANP": they did not see, they liked).
  const pronoun = subject[0];
  if (!pronoun || !TOLD_OF.has(pronoun.lemma.toLowerCase())) return false;
  const at = words.indexOf(pronoun);
  if (words.slice(at + 1, i).some((w) => w.pos === 'VERB')) return false;
  const before = words.slice(0, at);
  if (before.every((w) => w.pos !== 'NOUN' && w.pos !== 'PROPN')) return true;
  // Opening its sentence, it stands for the one last named before it: "… to the north of the *convoy*. *They* then
  // returned fire".
  if (/^[.;:]$/.test(before.at(-1)?.text ?? '') && doers.has(before.at(-2)?.lemma.toLowerCase() ?? '')) return true;
  // Who is named as the subject of a verb before it: "*FF* reported", "*ANP* was on patrol" (not "on *patrol*").
  return before.some((w, j) => ['VERB', 'AUX'].includes(w.pos) && subjectBefore(words, j).some((n) => doers.has(n)));
}

/**
 * The lemmas of the run of nouns and names right before the word at `j`: the subject of a verb there. Its head may
 * stand before an "of" ("one of the two top cover *soldiers* of the rear vehicle issued"): each phrase joined so.
 */
function subjectBefore(words: Word[], j: number): string[] {
  const run: string[] = [];
  for (let k = j - 1; ; k--) {
    for (; words[k] && ['NOUN', 'PROPN'].includes(words[k]!.pos); k--) run.push(words[k]!.lemma.toLowerCase());
    while (words[k] && ['DET', 'ADJ', 'NUM'].includes(words[k]!.pos)) k--;
    if (!run.length || words[k]?.lemma !== 'of') return run;
  }
}

/** Whether the noun run opening the clause that holds the word at `k` names one of `doers`. */
function clauseSubject(words: Word[], k: number, doers: Set<string>): boolean {
  let first = k;
  while (first > 0 && !/^[.;:,]$/.test(words[first - 1]!.text)) first--;
  while (words[first] && words[first]!.pos === 'DET') first++;
  const subject: Word[] = [];
  for (let j = first; words[j] && ['NOUN', 'PROPN'].includes(words[j]!.pos); j++) subject.push(words[j]!);
  return subject.some((w) => doers.has(w.lemma.toLowerCase()));
}

/**
 * Whether who a passive verb at `i` names after "by" may be who the question says did the act: "the components of an
 * IED were found *by ANSF*" tells what ANSF found, not what the LN who told of it found. A passive naming no one after
 * it ("a cache was recovered") may be theirs.
 */
function doneAfterBy(words: Word[], i: number, doers: Set<string> | undefined): boolean {
  // Past the verb's particle: "turned in by a LN".
  const k =
    words[i + 1]?.lemma === 'by' ? i + 1 : words[i + 2]?.lemma === 'by' && words[i + 1]?.pos === 'ADP' ? i + 2 : -1;
  if (!doers || k < 0) return true;
  const by: Word[] = [];
  for (let j = k + 1; words[j] && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(words[j]!.pos); j++)
    by.push(words[j]!);
  return !by.length || by.some((w) => doers.has(w.lemma.toLowerCase()));
}

/**
 * The War Diary's passive without its auxiliary, its doer after "by": "1 FOX VEHICLE *HIT BY* ONE RPG". What stands
 * before the verb is what was acted on, not who acted: the doer is read after "by" (doneAfterBy).
 */
const shortPassive = (words: Word[], i: number) => words[i + 1]?.lemma === 'by' && words[i - 1]?.pos !== 'AUX';

/** How close WordNet must bring a sentence's verb to the question's to say its act: a hypernym ("locate" → find). */
const SAYS_ASKED = 0.4;

/** Whether a sentence's verb is, to WordNet, a way of doing what the question's verb says. */
export const saysAsked = (w: Word, asked: Set<string> | undefined, lexicon: Lexicon) =>
  !!asked && lexicon.related(w.lemma, 'verb').some((r) => r.weight >= SAYS_ASKED && asked.has(r.word));

/**
 * Whether a sentence's verb of fighting itself (battles) says the question's verb of fighting or striking, when the
 * question asks what its act was done with: "what did TF Titan *hit* the enemy position with?" is answered by "spotted
 * enemy 82mm mortar position … and *engaged with* counter-mortar fire". The War Diary says a unit struck a target by
 * "engaging" it, a sense of "engage" WordNet lacks. A verb of touching alone ("marked", "covered") says no strike.
 */
const foughtWith = (w: Word, acts: NonNullable<Question['acts']>, lexicon: Lexicon) =>
  !!acts.instrument &&
  w.pos === 'VERB' &&
  battles(w.lemma, lexicon) &&
  [...(acts.asked ?? [])].some((a) => fightsAs(a, lexicon));

/**
 * Whether the question's verb is, to WordNet, near a sentence's verb the other way: WordNet weighs a pair by each one's
 * own commonest senses, so "shoot" is far from "fire" though "fire" is near "shoot" ("is *shooting* 81MM at the AAF"
 * for what the Apache element fired). Not a light verb ("this action was *taken*" stole nothing) nor one taking the
 * act as its complement ("*continued* to provide security" covered nothing, catenative.ts): what follows says the act.
 */
const askedNear = (words: Word[], i: number, asked: Set<string> | undefined, lexicon: Lexicon) =>
  !!asked &&
  !LIGHT_VERBS.has(words[i]!.lemma) &&
  !catenatives(words.slice(i, i + 3)).length &&
  [...asked].some((a) => lexicon.related(a, 'verb').some((r) => r.weight >= SAYS_ASKED && r.word === words[i]!.lemma));

/**
 * What a sentence says a thing is believed, thought or said to be, for a question ending in "to be" ("what was OBJ
 * McKinnley believed *to be*?"): the phrase after the "to be" that follows the act's verb ("was believed to be *an HQN
 * training camp area*"), the complement English gives the thing there.
 */
export const saidToBe = (words: Word[], acted: { verb: number }[]): Word[][] =>
  acted.flatMap(({ verb }) =>
    words[verb + 1]?.lemma === 'to' && words[verb + 2]?.lemma === 'be' ? [phraseFrom(words, verb + 3, 1)] : [],
  );

/**
 * The words of a phrase from `k`, one way, up to where another clause, a preposition or a stop begins; in the text's
 * order.
 */
function phraseFrom(words: Word[], k: number, step: 1 | -1): Word[] {
  const phrase: Word[] = [];
  // Punctuation within a phrase is no word of it: "the would-be suicide bombers’ explosive vests" is seven words.
  const wordsIn = () => phrase.filter((w) => w.pos !== 'PUNCT').length;
  for (; words[k] && wordsIn() < PHRASE_WORDS; k += step) {
    const w = words[k]!;
    // Going back, an auxiliary ends the clause before ("… had been found"); after a verb, it may be a misread word.
    // "1 FENNEK *and* 1 DINGO": after the verb, "and" before another noun phrase joins it to the first.
    const joined =
      (step > 0 && w.pos === 'CCONJ' && ['DET', 'NUM', 'NOUN', 'PROPN'].includes(words[k + 1]?.pos ?? '')) ||
      (step < 0 && partOf(words, k));
    // Going back, a symbol ends it too: the War Diary's time before the phrase, "1210D* One vehicle…".
    const ends = step < 0 && (w.pos === 'AUX' || w.pos === 'SYM');
    if ((PHRASE_ENDS.has(w.pos) && !joined) || ends || /^[.,;:!?]$/.test(w.text)) break;
    phrase.push(w);
  }
  return step === 1 ? phrase : phrase.reverse();
}

/**
 * Whether the word at `k` joins a thing to what it holds, between nouns: "the 5z BMP-1 Rockets *with* 5x Fuses were
 * destroyed" destroyed the rockets, not only their fuses; "the components *of* an IED were found" found the components.
 */
const partOf = (words: Word[], k: number) =>
  (words[k]!.lemma === 'with' || words[k]!.lemma === 'of') &&
  NOMINAL.has(words[bracketed(words, k - 1)]?.pos ?? '') &&
  IN_PHRASE.has(words[k + 1]?.pos ?? '');

/** Past what a noun is in brackets, back to the noun: "One vehicle *(DINGO)* of INF PLT K" is a vehicle's. */
function bracketed(words: Word[], k: number): number {
  if (words[k]?.text !== ')') return k;
  let open = k;
  while (open > 0 && words[open]!.text !== '(') open--;
  return open - 1;
}
