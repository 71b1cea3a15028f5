/**
 * Prose written in capitals, as much of the War Diary is ("THE ELDERS ALSO ASSURE THAT THEY WILL DO EVERYTHING THEY
 * CAN…"): the tagger reads a capitalised word as a name, so it calls nearly every word of such a sentence a proper
 * noun. Its words English knows are read as their lower-case forms would be; the rest (BERGDAHL, NANGARHAR, ISAF)
 * stay names.
 */
import type { Word } from './nlp.ts';

/** Parts of speech of the words that hold a sentence together: names never hold them ("OSAMA BIN LADEN"). */
const FUNCTION_WORDS = new Set(['DET', 'ADP', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART']);
/** How many words in capitals make a run prose rather than a name or two ("TF TITAN", "DAWLAT KHAN"). */
const RUN_WORDS = 4;
/** A word in capitals, as the War Diary writes its prose and its acronyms. */
const CAPITALS = /^[A-Z]+$/;
/**
 * A word in capitals this short is as likely an acronym (IED, TIC, KIA, ANP) as a word: it keeps its reading as a name.
 * The short words prose needs ("THE", "OF", "WAS") the tagger reads right in capitals.
 */
const ACRONYM_LETTERS = 3;

/**
 * The runs of words in capitals that are prose: several such words, with no word in lower case between them (numbers
 * and marks do not break a run: "3X INS, 1X KIA"), one of them a function word.
 */
function proseRuns(words: Word[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    if (run.length >= RUN_WORDS && run.some((w) => FUNCTION_WORDS.has(w.pos))) runs.push(run);
    run = [];
  };
  for (const w of words) {
    if (CAPITALS.test(w.text)) run.push(w);
    else if (/[a-z]/.test(w.text)) close();
  }
  close();
  return runs;
}

/**
 * The words of `text` to be read as English's own, lower-cased: the longer words of its prose in capitals that
 * `knows` (the tagger's vocabulary) holds in lower case. Empty when the text holds no such prose.
 */
export function wordsToLower(words: Word[], knows: (lower: string[]) => boolean[]): Word[] {
  const long = proseRuns(words)
    .flat()
    .filter((w) => w.text.length > ACRONYM_LETTERS);
  if (!long.length) return [];
  const known = knows(long.map((w) => w.text.toLowerCase()));
  return long.filter((_, i) => known[i]);
}

/** `text` with those words in lower case: as long as it, so every offset still holds. */
export function lowered(text: string, words: Word[]): string {
  let out = '';
  let at = 0;
  for (const w of words) {
    out += text.slice(at, w.start) + text.slice(w.start, w.end).toLowerCase();
    at = w.end;
  }
  return out + text.slice(at);
}
