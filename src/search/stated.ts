/**
 * Whether a sentence states what a yes/no question asks ("Were the Revolutionary Guards involved with the Arabs?") or
 * one asking how something is done ("How are the Iranians helping the group?"). Neither asks for a kind of answer a
 * sentence could be checked for; a sentence answers only when it says the question's proposition itself, each of its
 * nouns, names and verbs that carry meaning (or a close WordNet bridge of them): "The four Iranians … are supporting
 * [the group] … through intelligence". One saying only some of it is as often about something else.
 */
import type { Question } from './question.ts';

/** How much a unit's role in the question (roleOf) must say for the sentence to have to say it: nouns, names, verbs. */
const TELLING = 0.7;
/** How fully the sentence must hold each such unit: its word, its concept or a close bridge, not its context. */
const SAID = 0.5;

/** A yes/no question, or "how" asked of how a thing is done ("how *are* they helping"), not "how often", "how far". */
const asksProposition = ({ wh, reading }: Question) =>
  wh === null || (wh === 'how' && reading.words[reading.words.findIndex((w) => w.lemma === 'how') + 1]?.pos === 'AUX');

/**
 * `held`: how fully the sentence holds each unit of the question (its context counting less than SAID; a name its
 * report holds elsewhere, or what a referring sentence refers back to, more); `roles`: each unit's role.
 */
export function statesQuestion(question: Question, held: number[], roles: number[]): boolean {
  const telling = roles.flatMap((r, k) => (r >= TELLING ? [k] : []));
  return asksProposition(question) && telling.length > 0 && telling.every((k) => held[k]! >= SAID);
}
