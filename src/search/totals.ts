/**
 * A count of everything: "how many … *in all*?", "*altogether*", "*in total*" asks the total, which a report says as
 * such ("UPDATE: *In total*: 6x ANA WIA", "*Total* BDA 14x EKIA") beside the counts it adds up ("4x ANA WIA").
 */
import type { Candidate } from './candidates.ts';
import type { Lexicon } from './lexicon.ts';
import { read, type Word } from './nlp.ts';
import type { Question } from './question.ts';

/** WordNet's adverb for a count with everything included ("in all") and its noun for the whole amount ("total"). */
const TOTAL_SENSES: [string, 'adv' | 'noun'][] = [
  ['in_all', 'adv'],
  ['total', 'noun'],
];

const cache = new WeakMap<Lexicon, Set<string>>();

/** The words of those senses, a phrase joined by "_": "in_all", "all_told", "altogether", "total", "sum"… */
function totalWords(lexicon: Lexicon): Set<string> {
  let found = cache.get(lexicon);
  if (!found) {
    found = new Set(TOTAL_SENSES.flatMap(([w, c]) => lexicon.senses(w, c)[0]?.words ?? []));
    // "In total" says it as "in all" does: the preposition before the noun.
    for (const w of [...found]) if (!w.includes('_')) found.add(`in_${w}`);
    cache.set(lexicon, found);
  }
  return found;
}

/** Whether words say a total: one of totalWords, alone or as two words together ("in all"). */
export function saysTotal(words: Word[], lexicon: Lexicon): boolean {
  const total = totalWords(lexicon);
  return words.some((w, k) => total.has(w.lemma) || total.has(`${w.lemma}_${words[k + 1]?.lemma ?? ''}`));
}

/**
 * Whether a question asking a count asks the total: "how many … *in all*?", "*altogether*", "*in total*", and "what
 * was *the total* detainee headcount?", which names the count it asks as the total, as "how many in all" does. Kept
 * here for typed.ts and leads.ts alike: in typed.ts it made the two import each other.
 */
export const totalAsked = (question: Question, words: Lexicon) =>
  question.expects.has('quantity') && saysTotal(question.reading.words, words);

/** Whether a candidate names a count and says it is the total: "UPDATE: *In total*: 6x ANA WIA". */
export const countsTotal = (c: Candidate, words: Lexicon) =>
  c.kind?.kind === 'quantity' && saysTotal(read(c.text).words, words);
