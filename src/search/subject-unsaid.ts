/**
 * The thing a question asks of by "be" alone: "where *was the POO* for the IDF", "where *is Chelgazi*". Such a
 * question asks where (when, how) that thing was: a sentence naming none of it (nor a word bridged to it) tells of
 * something else in its report ("THEY RECIEVED 2XIDF APPROX 200M AWAY FROM THE TRAIL TRUCK" says where the rounds
 * fell, not where they were fired from). Unlike a doer (often left unnamed in a report's later sentences), the thing
 * asked of is what the answering sentence is about, there being no act of the question for it to tell instead.
 */
import type { Candidate } from './candidates.ts';
import { quotes, type Confidence, type Declined } from './gates.ts';
import { pastTags, type Word } from './nlp.ts';
import type { ParsedQuery } from './query.ts';
import { wordOfToken, type Question } from './question.ts';

/**
 * How fully a sentence's words must hold the thing to name it: its word or a close bridge ("casualties" for "the
 * injured"), as a passage relates to a question (answer.ts RELATES); less is the context its report lends it.
 */
const HOLDS = 0.5;

/** The words that may stand before a noun phrase's head: "the *voied* bits", "the *two* detainees". */
const BEFORE_HEAD = new Set(['DET', 'ADJ', 'NUM']);
/** The words of a noun phrase's run of nouns, its head the last: "the *POO*", "*Chelgazi*". */
const NOUNS = new Set(['NOUN', 'PROPN']);

/**
 * A sentence referring back to the thing by a pronoun, as the subject of "be" the question asks with: "*They were*
 * evacuated to…", "*It was* found…". A pronoun doing an act ("THEY RECIEVED 2XIDF") is the doer, not the thing.
 */
const REFERS_BACK = /\b(?:they|it|he|she|these|those)\s+(?:(?:has|have|had)\s+been|was|were|is|are)\b/i;

/**
 * The wh-words asking where, when or how a thing was, taking no noun of their own: "who was the target" asks someone
 * the sentence may name without the question's noun, "what unit was…" asks the unit; "why was X" asks of an act done
 * to X, however the tagger reads its verb.
 */
const AT_ALL = new Set(['where', 'when', 'how']);

/**
 * The head of the noun phrase a "be" after the question's wh-word takes as its subject ("where *was* the *POO* for
 * the IDF", "where the *poo* was" as said without the inversion): the last noun of the run after the wh-word.
 */
function subjectOfBe(words: Word[], wh: string): Word | undefined {
  const at = words.findIndex((w) => w.lemma.toLowerCase() === wh);
  // Only "be" itself says what is asked: a verb besides it ("where was the bomb *found*") asks of its act, which a
  // report may tell of the thing in other words ("IED discovered"), the act being what the sentence must say.
  if (at < 0 || !AT_ALL.has(wh) || words.some((w) => w.pos === 'VERB' && w.lemma.toLowerCase() !== 'be'))
    return undefined;
  const inverted = words[at + 1]?.lemma.toLowerCase() === 'be';
  // Said without the inversion, the subject stands right after the wh-word: "where *the POO* was", not "how *many*".
  if (!inverted && !['DET', 'NOUN', 'PROPN'].includes(words[at + 1]?.pos ?? '')) return undefined;
  const from = pastTags(words, inverted ? at + 2 : at + 1, BEFORE_HEAD);
  let k = pastTags(words, from, NOUNS);
  const head = k > from ? words[k - 1] : undefined;
  if (!inverted && words[k++]?.lemma.toLowerCase() !== 'be') return undefined;
  // The phrase ends where a preposition, a stop or the question does: a word the tagger left in it ("the Afghan
  // *civilian shot*") may be a verb it misread, the question then asking of an act.
  return head && (!words[k] || PHRASE_END.has(words[k]!.pos)) ? head : undefined;
}

/** What may follow the subject's phrase: "where was the POO *for* the IDF", "where is Chelgazi*?*". */
const PHRASE_END = new Set(['ADP', 'PUNCT']);

/**
 * A quote naming nothing of the thing a "where/how was X …" question asks of, in its own words nor by referring back
 * to it, tells of another thing ('missing-nouns').
 */
export function subjectUnsaid(
  confidence: Confidence | Declined,
  c: Candidate,
  question: Question,
  query: ParsedQuery,
): Confidence | Declined {
  if (!quotes(confidence) || !question.wh) return confidence;
  const head = subjectOfBe(question.reading.words, question.wh);
  if (!head) return confidence;
  const k = query.units.findIndex((u) => u.tokens.some((t) => wordOfToken(question, t) === head));
  if (k < 0 || (c.said[k] ?? 0) >= HOLDS) return confidence;
  return REFERS_BACK.test(c.text) ? confidence : 'missing-nouns';
}
