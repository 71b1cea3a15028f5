/**
 * "During which operation were CB13 and Whiskey 36 ambushed?": the reports name an operation as a title, the noun
 * written with a capital inside a sentence in lower case and the name after it ("During *Operation Hero Presence*, Two
 * elements were ambushed"). WordNet files "operation" first as a state, a noun whose kinds are told by words (a "gun
 * shot" wound), not names, so no code beside it is read as its kind; but a title names the one it is, whatever X is.
 */
import type { KindSpan } from './kinds.ts';
import type { Word } from './nlp.ts';

/** Whether a word is written as a title's: a capital, then lower case ("Operation", "Hero"). */
const titleCase = (w: Word | undefined) => !!w && /^\p{Lu}\p{Ll}/u.test(w.text);

/**
 * The titles a sentence in lower case gives the noun a "which X" question asks (`focus`): X in title case, not
 * opening the sentence, and the names after it, one at least the question lacks, as an instance of X.
 */
export function titlesNamed(words: Word[], focus: (w: Word) => boolean, asked: (w: Word) => boolean): KindSpan[] {
  if (!words.some((w) => /\p{Ll}{2}/u.test(w.text) && !titleCase(w))) return [];
  return words.flatMap((w, i) => {
    if (i === 0 || !focus(w) || !titleCase(w)) return [];
    let last = i;
    while (words[last + 1]?.pos === 'PROPN' && titleCase(words[last + 1])) last++;
    const named = words.slice(i + 1, last + 1);
    if (!named.length || named.every(asked)) return [];
    return [{ kind: 'instance' as const, start: w.start, end: words[last]!.end, strength: 1 }];
  });
}
