/**
 * Compounds a report writes apart that a question writes joined: the asker's "headcount" is the report's "Head count:
 * 713A / 713P", "medevac" its "MED-EVAC", "TF373" its "TF 373". Writers split and join compounds freely, and the
 * words standing together say the one word as plainly as the joined spelling: a sentence writing them so holds the
 * joined word's term. (The other way, two words of the question a report writes joined, is a bridge: weighed.ts.)
 */
import { PARTICLES, phrasalStem, type Phrasal, type PhraseReader } from './phrasal.ts';
import { isIndexable, type Token } from './text.ts';

/** Where a joined stem may be cut, by the stems sought: each stem's beginnings, read once per question. */
const beginningsBy = new WeakMap<ReadonlySet<string>, Set<string>>();
function beginningsOf(sought: ReadonlySet<string>): Set<string> {
  let found = beginningsBy.get(sought);
  if (found) return found;
  found = new Set();
  for (const stem of sought) for (let i = 1; i < stem.length - 1; i++) found.add(stem.slice(0, i));
  beginningsBy.set(sought, found);
  return found;
}

/**
 * Whether two words may be a compound's halves: words of their own, not a stop word ("in to" is no "into", "some one"
 * no "someone"), nor a verb and its particle, a phrasal verb ("pick up" a load, not a "pickup" truck; "set up").
 */
const halves = (first: Token, second: Token) =>
  isIndexable(first) && isIndexable(second) && !PARTICLES.has(second.norm);

/**
 * The sought stems of words among tokens[from, to) that two tokens next to each other spell joined ("head" "count" →
 * "headcount"), one character apart, a space or a hyphen ("med-evac"): words a full stop or a comma parts stand two
 * apart. Only a pair whose first word begins some sought stem is joined and stemmed: every sentence read is scanned.
 */
export const joinedStems: PhraseReader = (tokens, from, to, _words, sought) => {
  const found: Phrasal[] = [];
  const beginnings = beginningsOf(sought);
  for (let i = Math.max(from + 1, 1); i < to; i++) {
    const [first, second] = [tokens[i - 1]!, tokens[i]!];
    if (second.start - first.end !== 1 || !beginnings.has(first.norm) || !halves(first, second)) continue;
    const stem = phrasalStem(first.norm + second.norm);
    if (sought.has(stem)) found.push({ stem, start: first.start });
  }
  return found;
};

/**
 * Whether a word is a half of a one-word stem a question writes joined, as a report writes it apart: "TF" and "373" of
 * the asker's "TF373" are the question's words, not an answer to it ("what ISN did the TF373 detainee get").
 */
export const halfOf = (stem: string, norm: string): boolean =>
  norm.length > 1 && stem.length > norm.length + 1 && (stem.startsWith(norm) || stem.endsWith(norm));
