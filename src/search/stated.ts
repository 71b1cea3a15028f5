/**
 * Whether a sentence states what a yes/no question asks ("Were the Revolutionary Guards involved with the Arabs?") or
 * one asking how something is done ("How are the Iranians helping the group?"). Neither asks for a kind of answer a
 * sentence could be checked for; a sentence answers only when it says the question's proposition itself, each of its
 * nouns, names and verbs that carry meaning (or a close WordNet bridge of them): "The four Iranians … are supporting
 * [the group] … through intelligence". One saying only some of it is as often about something else.
 */
import type { Lexicon, WordClass } from './lexicon.ts';
import { pastAdverbs, pastTags, read, SCENE_OPENERS, type Word } from './nlp.ts';
import { isNegator } from './acts-said.ts';
import { catenatives } from './catenative.ts';
import { countsSaid } from './counts.ts';
import { ANYONE } from './dropped-auxiliary.ts';
import { casualtyFormsOf, TELLING, wordClassOf, type Question } from './question.ts';
import { escapeRegExp } from './read-as.ts';
import { RELATIVE } from './role.ts';
import { IN_PHRASE } from './slots.ts';
import type { Glossary } from './glossary.ts';
import { writtenAs } from './weighed.ts';

/** How fully the sentence must hold each such unit: its word, its concept or a close bridge, not its context. */
const SAID = 0.5;
/**
 * How close WordNet must bring a word of the sentence to the question's, bridged from the sentence's side: a synonym,
 * a derived form, or the broader word of its commonest sense. A more specific word states the question's: to
 * *cooperate* with someone is WordNet's way of *working* (its hypernym), though "work" bridges to "cooperate" only
 * through a gloss.
 */
const RESTATES = 0.4;

/** A yes/no question, or "how" asked of how a thing is done ("how *are* they helping"), not "how often", "how far". */
const asksProposition = ({ wh, reading }: Question) =>
  wh === null || (wh === 'how' && reading.words[reading.words.findIndex((w) => w.lemma === 'how') + 1]?.pos === 'AUX');

/** What a sentence is weighed as saying of the question. */
export interface Saying {
  /** The sentence (or the two adjacent sentences) weighed. */
  text: string;
  /**
   * How fully the sentence holds each unit of the question (its context counting less than SAID; a name its report
   * holds elsewhere, or what a referring sentence refers back to, more).
   */
  held: number[];
  /**
   * How fully the text's own words hold each unit (a name its report holds elsewhere counting as said): what it
   * states. Its context, the sentences about it, only says which thing it means.
   */
  said: number[];
  /** Each unit's role in the question (roleOf). */
  roles: number[];
  /** The question's word each unit is, as read: what a word of the sentence may restate. */
  asked: (Word | undefined)[];
  /** The text of the sentence's report, which may name a thing by its class before the sentence refers back to it. */
  report?: string;
}

/**
 * Whether the sentence says each telling unit of the question: by holding it, or by a word of its own WordNet brings
 * back to it; its predicate by a verb or adjective of its own (saysPredicate). A word saying which thing the question's
 * subject is ("the *weapons* deal") may be told by the report instead, when the sentence names that thing by its head
 * noun as its own subject ("The deal was closed…"); so may the words of a clause saying which thing is meant ("the
 * Arabs *spotted in Herat*"), and people the sentence names as "the group". A question asking whether someone said
 * anything about a matter (aboutMatter) is stated by a sentence saying they said something of it: its nouns and names
 * said, or told by the sentences before when the sentence says it of them ("have repeatedly said *so*").
 */
export function statesQuestion(question: Question, saying: Saying, words: Lexicon): boolean {
  const { held, said, roles, asked } = saying;
  const telling = roles.flatMap((r, k) => (r >= TELLING ? [k] : []));
  if (!asksProposition(question) || !telling.length) return false;
  if (!saysAspect(question.reading.words, read(saying.text).words)) return false;
  const matter = aboutMatter(question.reading.words, words);
  const inMatter = (k: number) => !!matter && !!asked[k] && asked[k].start > matter.start;
  const which = describingFrom(question.reading.words);
  const relative = relativeOfSubject(question.reading.words);
  const describing = (k: number) =>
    !!asked[k] && (asked[k].start >= which || (asked[k].start >= relative[0] && asked[k].start < relative[1]));
  const sentence = read(saying.text).words;
  // A sentence denying the question's predicate of its subject denies it of any time or object it is narrowed to.
  const narrowing = narrowingFrom(question.reading.words);
  const denied = narrowing < Infinity ? denialIn(question.reading.words, sentence, narrowing, words) : undefined;
  // A harm denied by its noun with no one hurt named ("NO INJURIES") is denied of anyone the question asks of: "were
  // any of the Fuchs crew hurt…?".
  const narrows = (k: number) =>
    !!denied &&
    !!asked[k] &&
    (asked[k].start >= narrowing ||
      asked[k] === denied.head ||
      asked[k] === denied.verb ||
      (!!denied.ofAnyone && asked[k].start < denied.head.start));
  // What narrows the question to one event ("after *E Plt's warning shot*", "near *the ANBP checkpoint*") its report
  // may tell around the sentence: the War Diary sets the scene once ("E Plt (DEU) … blocked the road") and tells what
  // came of it in a short sentence after ("After 1 x warning shot … motorbike stopped."). Only a sentence telling an
  // act has a scene: "Target: OBJ WHITE Mullah Akeeb Khan." heads a form, and tells nothing done when they hit it.
  const acts = sentence.some((w) => w.pos === 'VERB');
  // The scene's verb the report may tell in words of its own, when the sentence names a thing of the scene itself:
  // "ROAD TRAFFIC ACCIDENT INVOLVING AN ISAF VEH (DEU *FUCHS*) AND A CIVILIAN PERSON RIDING A *BIKE*" tells which event
  // "when the Fuchs *hit* the kid on the bike" is, though it writes no hitting.
  const named = telling.some((k) => isNoun(asked[k]) && asked[k]!.start >= narrowing && said[k]! >= 1);
  const sceneVerb = (k: number) => named && asked[k]!.pos === 'VERB';
  const setsScene = (k: number) =>
    acts && !!asked[k] && asked[k].start >= narrowing && !inMatter(k) && (held[k]! >= AROUND || sceneVerb(k));
  const predicate = (k: number) => isPredicate(question.reading.words, asked[k]) && !inMatter(k) && !describing(k);
  // The verbs of a matter ("weapons *showing up*") or of a clause saying which thing is meant ("the Arabs *spotted* in
  // Herat") only say which: what is said of it is the sentence's own.
  const other = otherChoiceFrom(question.reading.words);
  const unsaid = telling.filter((k) =>
    narrows(k) || setsScene(k) || (!!asked[k] && asked[k].start > other)
      ? false
      : predicate(k)
        ? !saysPredicate(sentence, asked[k]!, words)
        : said[k]! < SAID && !((inMatter(k) || describing(k)) && roles[k]! < TOPIC),
  );
  if (!matter && !unsaid.length) return true;
  const reported = matter && reportedOf(sentence, words);
  if (matter && !reported) return false;
  const subject = subjectOf(question.reading.words);
  // A sentence names the subject by the noun its head is compounded with, when it says the head in a word of its own
  // (the head must be said, as every word is): "was the INS KIA from the SVBIED … ever confirmed?" is told by "1x INS
  // killed (not confirmed)", its phrases by the report.
  const told = !!subject && [subject.head, ...subject.compound].some((w) => namesAsSubject(sentence, w, words));
  const around = (k: number) => held[k]! >= AROUND;
  return unsaid.every(
    (k) =>
      restates(sentence, asked[k], words) ||
      countedAlike(question.reading.words, sentence, asked[k]) ||
      (told && held[k]! > 0 && subject.modifiers.includes(asked[k] as Word)) ||
      (held[k]! > 0 && !!subject && asked[k] === subject.head && namesByClass(sentence, subject.head, saying.report)) ||
      (((reported === 'before' && inMatter(k)) || describing(k)) && around(k)) ||
      (around(k) && namesAsGroup(sentence, asked[k], words)),
  );
}

/**
 * Whether the sentence counts what a number of the question counts, by the same number however written: the War Diary
 * counts in digits ("*1 X Detainee* transfer into the BTIF from TF 373"), an asker often in words ("was it just *one
 * detainee* that came in with isn 4195?").
 */
function countedAlike(question: Word[], sentence: Word[], asked: Word | undefined): boolean {
  const at = asked?.pos === 'NUM' ? question.indexOf(asked) : -1;
  // A number after a noun names one ("ISN 4195"): it counts nothing.
  if (at < 0 || isNoun(question[at - 1])) return false;
  const counted = countsSaid(sentence);
  const asks = countsSaid(question.slice(at));
  return [...asks].some(([noun, values]) => [...values].some((v) => counted.get(noun)?.has(v)));
}

/**
 * Where a yes/no question offers another choice than the one it asks first: "is FRAGO 199 secret *or just
 * confidential*?", "was ISN 4228 a regular detainee *or something else*?". A sentence telling the first ("FRAGO 199 to
 * OPORD 05-08 is SECRET//REL to USA…") answers it, and need not name the other.
 */
function otherChoiceFrom(words: Word[]): number {
  const aux = words.findIndex((w) => w.pos === 'AUX');
  const or = words.findIndex((w, i) => i > aux + 1 && w.lemma === 'or');
  return aux < 0 || aux > 1 || or < 0 ? Infinity : words[or]!.start;
}

/**
 * Adverbs asking whether a state goes on or an act came about again, early or at last: "is the CH-53 *still* at Kunduz
 * airfield?" asks of the time after its landing.
 */
const ASPECT = new Set(['still', 'already', 'yet', 'again', 'anymore']);

/**
 * Whether the sentence says each adverb of aspect the question asks with: one telling only the event ("CH-53 EXECUTED
 * AN EMERGENCY LANDING ON KDZ AIRFIELD") does not say it is *still* there ("THE HELICOPTER IS STILL ON KDZ AIRFIELD").
 */
function saysAspect(question: Word[], sentence: Word[]): boolean {
  const asked = question.filter((w) => w.pos === 'ADV' && ASPECT.has(w.lemma));
  return asked.every((a) => sentence.some((w) => w.lemma === a.lemma));
}

/**
 * Where a yes/no question narrows its predicate past what it asks is so: a clause setting the scene ("was Akeeb Khan on
 * Objective White *when they hit it*?"), or a preposition after the object of its verb, or after what "there is" says
 * is ("did the B1B drop a bomb *on the abandoned vehicle*?", "was there any motive *for the shooting*?"). A sentence
 * denying the predicate ("B1B … DID NOT DROP A BOMB") denies it of that time and that object too.
 */
function narrowingFrom(words: Word[]): number {
  const aux = words.findIndex((w) => w.pos === 'AUX');
  if (aux < 0 || aux > 1) return Infinity;
  const scene = words.findIndex((w, i) => i > aux && SCENE_OPENERS.has(w.lemma));
  const before = scene < 0 ? words.length : scene;
  const asked = verbAfter(words, aux);
  const said = words[aux + 1]?.lemma === 'there' ? aux + 1 : asked ? words.indexOf(asked) : -1;
  // A verb taking the infinitive of its purpose acts on that infinitive's object: "was a dog used *to find the
  // suspicious item* in the road…?" narrows past the item, as "did they find the item in the road?" does.
  const verb = words[said + 1]?.lemma === 'to' && words[said + 2]?.pos === 'VERB' ? said + 2 : said;
  // Past the noun phrase the verb acts on: "dropping *a bomb*", or the pronoun standing for one ("find *anything* in
  // the green toyota").
  const pronoun = words[verb + 1]?.pos === 'PRON' ? verb + 2 : -1;
  const object = verb > aux && verb < before ? Math.max(pronoun, pastTags(words, verb + 1, IN_PHRASE)) : -1;
  const adjunct = object > verb + 1 && words[object]?.pos === 'ADP' ? object : before;
  return words[Math.min(adjunct, before)]?.start ?? Infinity;
}

/**
 * The verb a yes/no question asks is so, after its auxiliary: past a catenative verb, which says only how it came about
 * ("did the B1B *end up* dropping a bomb?" asks whether it dropped one).
 */
function verbAfter(words: Word[], aux: number): Word | undefined {
  const catenative = new Set(catenatives(words));
  return words.find((w, i) => i > aux && w.pos === 'VERB' && !catenative.has(w));
}

/** The words that may stand between a negator and what it denies: "did *not* drop", "*no* apparent motive". */
const DENIAL_BETWEEN = new Set(['AUX', 'ADV', 'PART', 'DET', 'ADJ']);
/** How far back a negator may stand from the word it denies. */
const DENIED_WITHIN = 3;

/**
 * Where a sentence denies a question's word (`head`): from the negator (`from`) to the word denied (`to`); or, for a
 * thing given as unknown, from the thing to the word saying so, `verb` being the question's verb it denies.
 */
interface Denial {
  head: Word;
  verb?: Word;
  from: number;
  to: number;
  /** Whether it denies a harm by its noun ("NO INJURIES", namesHarm), of anyone. */
  ofAnyone?: boolean;
}

/**
 * The word of the question the sentence denies, what it asks is so before its narrowing: its verb ("did *not* drop"),
 * what "there is" says is ("there was *no* apparent motive"), or with no verb the preposition saying where or how its
 * subject stood ("WAS *NOT ON* OBJECTIVE WHITE"). The sentence says it, in whatever tags the tagger reads its capitals.
 */
function denialIn(question: Word[], sentence: Word[], narrowing: number, words: Lexicon): Denial | undefined {
  const asked = question.filter((w) => w.start < narrowing);
  // A denial is of what the sentence itself names: "NOT ON OBJECTIVE WHITE" denies nothing of Objective Black, though
  // its report names that too.
  const lemmas = new Set(sentence.map((w) => w.lemma));
  if (asked.some((w) => w.pos === 'PROPN' && !lemmas.has(w.lemma))) return undefined;
  const aux = asked.findIndex((w) => w.pos === 'AUX');
  const existential = asked[aux + 1]?.lemma === 'there';
  const head = existential
    ? asked.find((w, i) => i > aux + 1 && isNoun(w))
    : (verbAfter(asked, aux) ?? asked.find((w, i) => i > aux + 1 && w.pos === 'ADP'));
  if (!head) return undefined;
  const same = (w: Word) =>
    w.lemma === head.lemma ||
    (head.pos === 'VERB' && w.pos === 'VERB' && bridgedTo(w, head, 'verb', words)) ||
    namesHarm(w, head, words);
  const to = sentence.findIndex((w, k) => same(w) && negatorOf(sentence, k) >= 0);
  const ofAnyone =
    to >= 0 && asksOfAnyone(asked, head) && namesHarm(sentence[to]!, head, words) && !namesWhom(sentence, to);
  if (to >= 0) return { head, from: negatorOf(sentence, to), to, ofAnyone };
  return head.pos === 'VERB' ? unknownIn(asked, head, sentence) : undefined;
}

/** Whether the question asks its verb of anyone at all, such a word before it. */
const asksOfAnyone = (asked: Word[], verb: Word) =>
  asked.some((w) => w.start < verb.start && ANYONE.has(w.lemma.toLowerCase()));

/** Whether a harm noun names whom it befell ("INJURIES *TO ISAF TROOPS*"): then it denies it of them only. */
const namesWhom = (sentence: Word[], at: number) => sentence[at + 1]?.lemma.toLowerCase() === 'to';

/** How close WordNet must bring a noun to a verb of harm to name it: a synonym or a derived form, not "damage". */
const NAMES_HARM = 0.6;

/**
 * Whether a noun of the sentence names the harm a question's verb of harm asks of ("was anyone *hurt*…?"): the War
 * Diary tells that no one came to harm by the noun ("NO INJURIES", "NO CASUALTIES"). A casualty is anyone hurt or
 * killed, so it names either harm; an injury, WordNet's noun of hurting, only hurt; and "no one killed" denies no hurt.
 */
export function namesHarm(w: Word, head: Word, words: Lexicon): boolean {
  const asked = head.pos === 'VERB' ? casualtyFormsOf(head.lemma) : undefined;
  if (!asked || !isNoun(w)) return false;
  const lemmas = [w.lemma, ...words.baseForms(w.text.toLowerCase(), 'noun').map((b) => b.lemma)];
  return lemmas.some((lemma) => {
    const said = casualtyFormsOf(lemma);
    if (said) return asked.every((form) => said.includes(form));
    return words.related(lemma, 'noun').some((r) => r.word === head.lemma && r.weight >= NAMES_HARM);
  });
}

/** Words the reports give a value as not known by: "plate number *UNK*", "name unknown". */
const UNKNOWN = new Set(['unk', 'unknown']);

/**
 * Where the sentence gives what the question's verb acts on as unknown, the word saying so right after it ("a white
 * Jeep *plate number UNK*" for "did they get the plate number"): what no one knows was not got, found or noted,
 * whatever verb asks of it. From the thing's words the question holds to the word saying it is unknown.
 */
function unknownIn(asked: Word[], verb: Word, sentence: Word[]): Denial | undefined {
  const end = pastTags(asked, asked.indexOf(verb) + 1, IN_PHRASE);
  const head = asked[end - 1];
  if (!head || !isNoun(head)) return undefined;
  const to = sentence.findIndex((w, k) => UNKNOWN.has(w.lemma.toLowerCase()) && sentence[k - 1]?.lemma === head.lemma);
  if (to < 0) return undefined;
  const lemmas = new Set(asked.map((w) => w.lemma));
  let from = to - 1;
  while (from > 0 && isNoun(sentence[from - 1]) && lemmas.has(sentence[from - 1]!.lemma)) from--;
  return { head, verb, from, to };
}

/** Where a negator stands just before the word at `k`, nothing between but DENIAL_BETWEEN; -1 if none does. */
function negatorOf(words: Word[], k: number): number {
  for (let b = k - 1; b >= 0 && k - b <= DENIED_WITHIN; b--) {
    if (isNegator(words[b]!)) return b;
    if (!DENIAL_BETWEEN.has(words[b]!.pos)) break;
  }
  return subjectDenied(words, k);
}

/** The words a subject denied by "no" may hold before its verb's auxiliaries: "no *GSR testing* was done". */
const DENIED_SUBJECT = new Set(['NOUN', 'PROPN', 'ADJ']);
/** How many words such a subject may hold. */
const SUBJECT_WITHIN = 3;

/**
 * Pronouns naming no thing or no one: as the subject of a passive verb they deny it of anything ("*Nothing* suspect was
 * found" says they found nothing, whatever was asked of).
 */
const NO_THING = new Set(['nothing', 'none', 'nobody', 'noone']);

/**
 * Where "no" opens the subject of a passive verb at `k`, the verb's auxiliaries and the subject's words between: "*no*
 * GSR testing was done" says as much as "GSR testing was not done", and "no casualties were reported" that none were;
 * or where the subject is a pronoun naming nothing, its adjectives after it ("*Nothing* suspect was found"). -1 when
 * the verb stands after no such subject.
 */
function subjectDenied(words: Word[], k: number): number {
  let b = k - 1;
  if (words[b]?.pos !== 'AUX') return -1;
  while (words[b]?.pos === 'AUX') b--;
  const end = b;
  for (; b >= 0 && end - b <= SUBJECT_WITHIN; b--) {
    const lemma = words[b]!.lemma.toLowerCase();
    if (NO_THING.has(lemma)) return b;
    if (b < end && words[b]!.pos === 'DET' && lemma === 'no') return b;
    if (!DENIED_SUBJECT.has(words[b]!.pos)) return -1;
  }
  return -1;
}

/**
 * The words of a quote stating a yes/no question's answer (statesQuestion), to mark: of a denial, the negator and the
 * word denied ("B1B … DID *NOT DROP* A BOMB", "WAS *NOT ON* OBJECTIVE WHITE"), so the reader sees "no" in the report's
 * own words; else the predicate it affirms (predicateSpan).
 */
export function statedSpan(question: Question, text: string, words: Lexicon): [number, number] | undefined {
  const narrowing = narrowingFrom(question.reading.words);
  if (!asksProposition(question)) return undefined;
  const sentence = read(text).words;
  const denial = narrowing < Infinity ? denialIn(question.reading.words, sentence, narrowing, words) : undefined;
  if (!denial) return predicateSpan(question.reading.words, sentence);
  return [sentence[denial.from]!.start, sentence[denial.to]!.end];
}

/** Parts of speech of the words that say what a question asks of its subject: "*still* at *Kunduz airfield*". */
const SAYING_TAGS = new Set(['ADV', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB']);

/**
 * The predicate of a sentence stating a yes/no question's answer, to mark when it affirms: from the first to the last
 * of its words saying, word for word, what the question asks of its subject past the clause saying which it is ("is
 * the CH-53 that made the emergency landing *still at Kunduz airfield*?": "THE HELICOPTER IS *STILL ON KDZ
 * AIRFIELD*"), so the reader sees "yes" in the report's own words. None when the sentence restates it in words of its
 * own ("the deal *was closed*" for "go through"): marking other words would point the reader elsewhere.
 */
function predicateSpan(question: Word[], sentence: Word[]): [number, number] | undefined {
  const subject = subjectOf(question);
  if (!subject) return undefined;
  const [from, to] = relativeOfSubject(question);
  const which = describingFrom(question);
  const predicate = (w: Word) => w.start > subject.head.start && w.start < which && (w.start < from || w.start >= to);
  const asked = new Set(
    question.filter((w) => predicate(w) && SAYING_TAGS.has(w.pos)).map((w) => w.lemma.toLowerCase()),
  );
  const saying = sentence.filter((w) => asked.has(w.lemma.toLowerCase()));
  if (!saying.length) return undefined;
  return [saying[0]!.start, saying[saying.length - 1]!.end];
}

/**
 * Whether a word of the question is its predicate, what it asks is so of its subject: a verb, or an adjective not
 * before a noun ("were they *involved*", not "the *military* officials").
 */
function isPredicate(question: Word[], word: Word | undefined): boolean {
  if (!word || (word.pos !== 'VERB' && word.pos !== 'ADJ')) return false;
  const next = question[question.indexOf(word) + 1];
  return word.pos === 'VERB' || !['NOUN', 'PROPN', 'ADJ'].includes(next?.pos ?? '');
}

const GROUP = 'group';

/** WordNet's words for a connection between two things ("association", "connect"). */
const CONNECTION = new Set(['association', 'connect', 'connected']);

/**
 * Whether the sentence says the question's predicate by a verb or adjective of its own: the word, or one WordNet
 * bridges either way ("supporting" for "helping"); a word of another class holding its stem says another thing
 * ("actions" is no "fighting"). A predicate WordNet brings to a connection ("involved with", "tied to", "linked
 * with") asks only whether subject and thing are related: any verb of the sentence relating them says it ("they are
 * *supporting* [the group]").
 */
function saysPredicate(sentence: Word[], asked: Word, words: Lexicon): boolean {
  const wordClass = wordClassOf(asked)!;
  const ownClass = sentence.filter((w) => w.pos === 'VERB' || w.pos === 'ADJ');
  const same = (w: Word) =>
    w.lemma === asked.lemma || bridgedTo(w, asked, wordClass, words) || bridgedTo(asked, w, wordClass, words);
  if (ownClass.some(same)) return true;
  const connects = words.related(asked.lemma, wordClass).some((r) => CONNECTION.has(r.word));
  return connects && sentence.some((w) => w.pos === 'VERB');
}

/** The role (roleOf) of a noun, a name or an adjective: what a matter said of is about. */
const TOPIC = 0.8;
/**
 * How fully the sentences around must hold a word the sentence only points to ("said *so*", "[*the group*]") or one
 * saying which thing is meant: its word or a close bridge, at the 0.4 they count for.
 */
const AROUND = 0.2;

/**
 * Where a clause saying which thing a yes/no question means begins, past its predicate: a participle after a noun ("the
 * Arabs *spotted* in Herat") or a relative pronoun ("the men *who* fled"). Its words need only be its report's.
 */
function describingFrom(words: Word[]): number {
  const aux = words.findIndex((w) => w.pos === 'AUX');
  const attributive = (i: number) => ['NOUN', 'PROPN', 'ADJ'].includes(words[i + 1]?.pos ?? '');
  const predicate = words.findIndex(
    (w, i) => i > aux + 1 && (w.pos === 'VERB' || (w.pos === 'ADJ' && !attributive(i))),
  );
  if (aux < 0 || predicate < 0) return Infinity;
  const opens = (w: Word, i: number) => (w.pos === 'VERB' || RELATIVE.has(w.lemma)) && isNoun(words[i - 1]);
  return words.find((w, i) => i > predicate && opens(w, i))?.start ?? Infinity;
}

/**
 * The clause saying which thing a yes/no question's subject is, right after its head noun and before what is asked of
 * it: a relative pronoun its verb follows, and that verb's object ("is the CH-53 *that made the emergency landing*
 * still at Kunduz airfield?"). Its words, like any clause saying which, need only be its report's. [start, end) of the
 * clause in the question's text; empty when it has none. "A report *that* the Taliban…" opens no such clause: what
 * follows is a whole clause of its own, not a verb whose subject the noun is.
 */
function relativeOfSubject(words: Word[]): [number, number] {
  const subject = subjectOf(words);
  const at = subject ? words.indexOf(subject.head) + 1 : -1;
  const verb = at > 0 && RELATIVE.has(words[at]?.lemma ?? '') ? pastTags(words, at + 1, AUXILIARY) : -1;
  if (verb < 0 || words[verb]?.pos !== 'VERB') return [Infinity, Infinity];
  const end = pastTags(words, verb + 1, IN_PHRASE);
  return [words[at]!.start, words[end]?.start ?? Infinity];
}

const AUXILIARY = new Set(['AUX']);

/**
 * Whether the sentence names the question's subject by the class noun its report names it with before its name, as
 * War Diary prose refers back to a thing it has named: "DEU HELICOPTER CH-53 EXECUTED AN EMERGENCY LANDING…", then
 * "*THE HELICOPTER* IS STILL ON KDZ AIRFIELD". The noun must be the sentence's own subject, after "the" (the one
 * named before), and stand in the report right before the question's name.
 */
function namesByClass(sentence: Word[], head: Word, report: string | undefined): boolean {
  if (!report || head.pos !== 'PROPN') return false;
  const name = escapeRegExp(head.text);
  return sentence.some((w, i) => {
    if (w.pos !== 'NOUN' || sentence[i - 1]?.lemma !== 'the' || sentence[i - 2]?.pos === 'ADP') return false;
    if (!['AUX', 'VERB'].includes(sentence[i + 1]?.pos ?? '') || !/^[a-z]+$/i.test(w.text)) return false;
    return new RegExp(`\\b${w.text}\\s+${name}(?![\\w-])`, 'i').test(report);
  });
}

/**
 * Whether the sentence names people the question names in the plural ("the Arabs") by the group they make, as
 * reports point back to them: "[*the group*]", WordNet's word for any group (a group of a kind, "the police", is
 * another).
 */
function namesAsGroup(sentence: Word[], asked: Word | undefined, words: Lexicon): boolean {
  if (!asked || !isNoun(asked) || !/s$/i.test(asked.text)) return false;
  const person = words.senses(asked.lemma.replace(/s$/, ''), 'noun')[0] ?? words.senses(asked.lemma, 'noun')[0];
  if (person?.lexname !== 'noun.person') return false;
  const group = new Set(words.senses(GROUP, 'noun')[0]?.words ?? [GROUP]);
  return sentence.some((w, i) => {
    const before = sentence[i - 1]?.pos === 'PUNCT' ? sentence[i - 2] : sentence[i - 1];
    return w.pos === 'NOUN' && group.has(w.lemma) && before?.lemma === 'the';
  });
}

/** Whether a verb's commonest sense is one of saying: say, tell, report, mention, talk, comment, deny. */
const isSaying = (w: Word, words: Lexicon) =>
  w.pos === 'VERB' && words.filedUnder(w.lemma, 'verb') === 'verb.communication';

/**
 * The word opening the matter a yes/no question asks whether someone said anything of: "have officials *said* anything
 * *about* X?", "did the governor *talk about* X?". What is asked is that they said something of X, not what.
 */
function aboutMatter(question: Word[], words: Lexicon): Word | undefined {
  return question.find((w, i) => {
    if (w.lemma !== 'about') return false;
    let verb = i - 1;
    if (question[verb]?.pos === 'PRON') verb--;
    return !!question[verb] && isSaying(question[verb]!, words);
  });
}

/** Words a verb of saying says the sentences before with: "said *so*", "confirmed *this*". */
const POINTS_BACK = new Set(['so', 'this', 'that', 'it']);

/**
 * Whether the sentence says something is said, and of what: of the sentences before it, when its verb of saying takes
 * a word pointing back and nothing after ("American military officials have repeatedly said *so*."); else of what it
 * holds itself.
 */
function reportedOf(sentence: Word[], words: Lexicon): 'before' | 'itself' | undefined {
  const verbs = sentence.flatMap((w, i) => (isSaying(w, words) ? [i] : []));
  if (!verbs.length) return undefined;
  const back = verbs.some((i) => {
    let next = i + 1;
    while (sentence[next]?.pos === 'ADV' && !POINTS_BACK.has(sentence[next]!.lemma)) next++;
    const after = sentence[next + 1];
    return POINTS_BACK.has(sentence[next]?.lemma ?? '') && (!after || after.pos === 'PUNCT');
  });
  return back ? 'before' : 'itself';
}

/** Parts of speech of a noun phrase's words before its head, saying which thing it names. */
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const isNoun = (w: Word | undefined) => w?.pos === 'NOUN' || w?.pos === 'PROPN';

/** The lemma of the head of a question's subject, lower-cased: "where were *the wounded* taken?" asks of "wounded". */
export const subjectHead = (question: Question) => subjectOf(question.reading.words)?.head.lemma.toLowerCase();

/**
 * The forms a question's subject's head may be written in a report: its lemma and the glossary's other forms of it
 * ("the *insurgents*" are the reports' "*INS*"); none without a subject.
 */
export function subjectForms(question: Question, glossary?: Glossary): ReadonlySet<string> | undefined {
  const head = subjectHead(question);
  if (!head) return undefined;
  return glossary ? writtenAs(new Set([head]), glossary) : new Set([head]);
}

/**
 * The subject a question asks about, right after its auxiliary ("*Did* the North Korea weapons deal go through?",
 * "How *are* the Iranians helping?"): its head noun, and the words before it or in phrases after it that say which
 * ("the medevac *for the ANP in Kamdesh*"); the nouns before the head apart, its `compound` ("the *INS* KIA").
 */
function subjectOf(words: Word[]): { head: Word; modifiers: Word[]; compound: Word[] } | undefined {
  const aux = words.findIndex((w) => w.pos === 'AUX');
  if (aux < 0 || aux > 1) return undefined;
  const from = pastDeterminers(words, aux + 1);
  let at = pastModifiers(words, from);
  let end = at;
  for (let k = end; words[k]?.pos === 'ADP'; k = end) {
    const phrase = pastDeterminers(words, k + 1);
    end = pastModifiers(words, phrase);
    if (end === phrase) return undefined;
  }
  // "Did the weapons deal *collapse*?": the tagger may read a verb no other verb follows as a noun ending the subject.
  const next = pastAdverbs(words, end);
  if (words[aux]!.lemma === 'do' && !['VERB', 'AUX'].includes(words[next]?.pos ?? '')) {
    if (end === at) at--;
    end--;
  }
  const head = words[at - 1];
  if (at <= from || !isNoun(head)) return undefined;
  const after = words.slice(at, end).filter((w) => MODIFIER.has(w.pos));
  const before = words.slice(from, at - 1);
  return { head: head!, modifiers: [...before, ...after], compound: before.filter(isNoun) };
}

const pastDeterminers = (words: Word[], at: number) => pastTags(words, at, DETERMINER);
const pastModifiers = (words: Word[], at: number) => pastTags(words, at, MODIFIER);
const DETERMINER = new Set(['DET']);

/**
 * Whether the sentence names the question's subject (its word, or one WordNet bridges either way) as the subject of
 * one of its verbs: the noun its verb follows, past a number naming it ("MEDEVAC 08-31B approved"), not the object
 * of a preposition ("because of Ahmadinejad's trip").
 */
function namesAsSubject(sentence: Word[], head: Word, words: Lexicon): boolean {
  return sentence.some((w, i) => {
    if (!isNoun(w) || !bridges(w, head, words)) return false;
    let after = i + 1;
    while (['ADV', 'NUM', 'PROPN'].includes(sentence[after]?.pos ?? '')) after++;
    let before = i - 1;
    while (MODIFIER.has(sentence[before]?.pos ?? '') || sentence[before]?.pos === 'DET') before--;
    return ['AUX', 'VERB'].includes(sentence[after]?.pos ?? '') && sentence[before]?.pos !== 'ADP';
  });
}

/** Whether WordNet brings a word to another of a class at least as close as RESTATES. */
const bridgedTo = (from: Word, to: Word, wordClass: WordClass, words: Lexicon) =>
  words.related(from.lemma, wordClass).some((r) => r.word === to.lemma && r.weight >= RESTATES);

/** Whether two nouns name the same thing: one word, or bridged either way. */
const bridges = (a: Word, b: Word, words: Lexicon) =>
  a.lemma === b.lemma || bridgedTo(a, b, 'noun', words) || bridgedTo(b, a, 'noun', words);

/** Whether a word of the sentence, of the same class, bridges to the question's word: "cooperating" to "working". */
function restates(sentence: Word[], asked: Word | undefined, words: Lexicon): boolean {
  const wordClass = wordClassOf(asked);
  if (!asked || !wordClass) return false;
  return sentence.some((w) => wordClassOf(w) === wordClass && bridgedTo(w, asked, wordClass, words));
}
