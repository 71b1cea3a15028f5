/**
 * Terms two or three edits from a word, found by a scan of the terms of near
 * length rather than a walk of the radix tree. At those distances every short
 * prefix is within reach, so the walk visits most of the tree's top levels
 * (0.6 ms at three edits over the War Diary's 89,000 terms); here a term is
 * passed over for its length or its letters in a nanosecond or two, and only
 * the few left (tens to a few hundred) have their distance counted: 0.05–0.1 ms.
 * At one edit the tree prunes early and stays the quicker (postings.ts).
 *
 * The letters test: an edit takes away at most one letter of a word and adds
 * at most one, so a term within k edits lacks at most k of the word's letters
 * and has at most k the word lacks. Letters are bits of a mask; other
 * characters share a few bits, which can only let more terms through.
 */
import { distance } from 'fastest-levenshtein';
import { group } from '../sorted.ts';
import { popcount } from './list-bits.ts';

/** Terms this long or longer share the last length group: a word's length only picks the groups to scan. */
const LONGEST = 64;

/** The letters of `text` as bits: a–z one each, other characters by their code on the six bits above. */
function lettersOf(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bits |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return bits;
}

export class SpellingScan {
  /** Term ids by length (capped at LONGEST): those of length l are `ids[from[l]..from[l + 1])`, ascending. */
  private readonly from: Uint32Array;
  private readonly ids: Int32Array;
  /** Each term's letters, in the order of `ids`. */
  private readonly letters: Int32Array;

  constructor(private readonly terms: readonly string[]) {
    // Plain loops: Int32Array.from with a function over 89,000 terms took 20 to 100 ms, these 5.
    const lengths = new Int32Array(terms.length);
    terms.forEach((term, id) => (lengths[id] = Math.min(term.length, LONGEST)));
    [this.from, this.ids] = group(lengths, LONGEST + 1);
    this.letters = new Int32Array(this.ids.length);
    this.ids.forEach((id, i) => (this.letters[i] = lettersOf(terms[id]!)));
  }

  /** Terms within `maxEdits` of `word` (Levenshtein over UTF-16 units), with their distances, by id; not the word. */
  near(word: string, maxEdits: number): [id: number, distance: number][] {
    const { from, ids, letters, terms } = this;
    const mine = lettersOf(word);
    const found: [number, number][] = [];
    const lo = from[Math.max(0, Math.min(word.length - maxEdits, LONGEST))]!;
    const hi = from[Math.min(word.length + maxEdits, LONGEST) + 1]!;
    for (let i = lo; i < hi; i++) {
      const theirs = letters[i]!;
      if (popcount(mine & ~theirs) > maxEdits || popcount(theirs & ~mine) > maxEdits) continue;
      const edits = distance(word, terms[ids[i]!]!);
      if (edits > 0 && edits <= maxEdits) found.push([ids[i]!, edits]);
    }
    return found.sort((a, b) => a[0] - b[0]);
  }
}
