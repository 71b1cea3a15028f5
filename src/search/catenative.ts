/**
 * Verbs that say how far an act went, not what was done: "what were they *trying to* get people to do?", "did the
 * bombers *plan to* hit the base?", "were they *supposed to* meet?". The verb after them carries the act; the reports
 * say the act in its own verb ("instigating … into making propaganda"), seldom the trying, and a sentence meeting only
 * the aspect ("after running some tests" for "trying") says nothing of what is asked.
 */
import { lexicon } from './lexicon.ts';
import { isIngForm, pastAdverbs, type Word } from './nlp.ts';

/**
 * Verbs taking an act as their complement ("try *to* do", "begin *doing*") that do not deny it: "fail to", "refuse
 * to", "stop doing" say the act did not happen, and are what is asked.
 */
const CATENATIVE = new Set([
  'try',
  'attempt',
  'want',
  'plan',
  'intend',
  'manage',
  'begin',
  'start',
  'continue',
  'seem',
  'appear',
  // "going to", "supposed to": in a question only as the aspect of the verb after them.
  'go',
  'suppose',
]);
/** Whether a verb is one of those: "want", "plan", "try" say how far an act went, not the act. */
export const isCatenative = (lemma: string): boolean => CATENATIVE.has(lemma);
/** Of those, the ones taking a gerund too: "began *firing*", "continued *moving*". */
const WITH_GERUND = new Set(['begin', 'start', 'continue']);
/** And those taking who is to act before the act: "wanted *the locals* to make propaganda". */
const WITH_AGENT = new Set(['want', 'intend']);
/** The parts of speech of a noun phrase naming who is to act. */
const AGENT = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

const isVerb = (w: Word | undefined) => w?.pos === 'VERB' || w?.pos === 'AUX';

/**
 * Whether a word is a verb's past participle, the act a "want" asks done to the noun before it: "where did the governor
 * want *the press conference held*?" asks where it was to be held, as "want it to be held" would; the wanting is only
 * its aspect. Only an inflected form, not "-ing" nor a present's "-s" ("wants", "holds"), which the base names.
 */
const doneTo = (w: Word | undefined) =>
  w?.pos === 'VERB' && w.text.toLowerCase() !== w.lemma && !isIngForm(w.text) && !/s$/i.test(w.text);

/**
 * Verbs with a particle that take a gerund and say only that the act came about at last: "did the B1B *end up*
 * dropping a bomb?" asks whether it dropped one. The tagger reads the verb as a noun as often ("the B1B *end*"), so
 * the word is looked up as "V_up": WordNet files "end_up", "wind_up", "finish_up", "land_up" and "fetch_up" as one
 * sense, "finally be or do something", taking a gerund (GERUND_FRAME) and a way to *act* (its first sense). Other
 * "V_up" verbs taking a gerund say something else of the act: "give up firing" says it stopped. Followed by a
 * preposition it says where the thing came to *be*: "which vehicle *ended up* in the river?" asks which was in it, and
 * the report tells how it got there ("flipped into river"), not that it ended so.
 */
const particledGerund = (words: Word[], i: number) =>
  words[i + 1]?.lemma === 'up' &&
  (isIngForm(words[i + 2]?.text ?? '') || words[i + 2]?.pos === 'ADP') &&
  cameAbout(`${words[i]!.lemma}_up`);
/** WordNet's sentence frame "Somebody ----s VERB-ing". */
const GERUND_FRAME = 33;
const cameAbout = (lemma: string, words = lexicon()) => {
  const act = words.senses('act', 'verb')[0]?.offset;
  return words
    .senses(lemma.toLowerCase(), 'verb')
    .some((s) => s.frames.includes(GERUND_FRAME) && s.pointers.some((p) => p.symbol === '@' && p.offset === act));
};

/**
 * The catenative verbs of a question read as such: each followed by "to" and a verb (for "want", "intend", past who is
 * to act, or past what is to undergo it and a past participle: doneTo), or by a gerund when it takes one
 * (gerundAfter). The verb of its complement is what the question asks was done.
 */
export function catenatives(words: Word[]): Word[] {
  return words.filter((w, i) => {
    if (particledGerund(words, i) || gerundAfter(words, i) !== undefined) return true;
    if (!CATENATIVE.has(w.lemma) || !['VERB', 'AUX', 'ADJ'].includes(w.pos)) return false;
    let next = pastAdverbs(words, i + 1);
    const from = next;
    if (WITH_AGENT.has(w.lemma)) while (AGENT.has(words[next]?.pos ?? '')) next++;
    const to = words[next];
    if (next > from && doneTo(to)) return true;
    return to?.lemma === 'to' && to.pos === 'PART' && isVerb(words[pastAdverbs(words, next + 1)]);
  });
}

/**
 * Where the gerund saying the act stands after an aspect verb taking one: "began *firing*", "keeps *saying*". Besides
 * "begin", "start", "continue", a verb WordNet files in one sense with them taking a gerund (GERUND_FRAME): "keep"
 * shares "continue"'s sense "keep on working". None when the word is no such verb or no gerund follows it.
 */
export function gerundAfter(words: Word[], i: number): number | undefined {
  const w = words[i]!;
  if (!['VERB', 'AUX', 'ADJ'].includes(w.pos) || !(WITH_GERUND.has(w.lemma) || gerundAspect(w.lemma))) return undefined;
  const next = pastAdverbs(words, i + 1);
  const to = words[next];
  // The tagger reads a gerund right after the verb as a noun as often as a verb: "began *firing*".
  return (isVerb(to) || to?.pos === 'NOUN') && isIngForm(to!.text) ? next : undefined;
}

/** Whether a verb takes a gerund in a sense it shares with "begin", "start" or "continue" ("keep" with "continue"). */
const gerundAspect = (lemma: string, words = lexicon()) =>
  words
    .senses(lemma.toLowerCase(), 'verb')
    .some((s) => s.frames.includes(GERUND_FRAME) && s.words.some((x) => WITH_GERUND.has(x)));
