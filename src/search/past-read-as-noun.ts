import type { Lexicon } from './lexicon.ts';
import { isEdForm, isIngForm, type Reading, type Word } from './nlp.ts';
import { irregularBase } from './text.ts';

/** What a past verb's subject ends in: a noun or a name ("the ANP", "Operation Marlin"). */
const SUBJECT_END = new Set(['NOUN', 'PROPN']);
/** What follows a verb and not a noun compounding the phrase before: its preposition or its object's article. */
const AFTER_VERB = new Set(['ADP', 'DET']);

/**
 * A past verb the tagger reads as a noun after a name: "the 4 detainees TF 373 *sent* to the BTIF" (a reduced
 * relative, read as the Estonian coin), "where TF 373 *sent* the two", "the explosives found during Operation Marlin
 * *disposed* of". English puts a clause's verb after its subject, a noun or a name ("TF 373" ends in its number), and
 * before its preposition or its object's article, where a noun compounding the name would not stand; and the word is a
 * verb's past form, irregular or by its ending. A number after no name counts people ("the three *wounded* in the
 * blast"), so it makes no subject.
 */
export function pastReadAsNoun(reading: Reading, lexicon: Lexicon): Reading {
  const { words } = reading;
  const verbs = new Map<Word, string>();
  words.forEach((w, i) => {
    const base = pastBase(w, lexicon);
    // A word WordNet knows as a noun too may compound a common noun before it ("the rifle *shot* at"); not a name.
    const ends = lexicon.senses(w.lemma, 'noun').length ? nameEnds : subjectEnds;
    if (base && ends(words, i - 1) && AFTER_VERB.has(words[i + 1]?.pos ?? '')) verbs.set(w, base);
  });
  if (!verbs.size) return reading;
  return { ...reading, words: words.map((w) => (verbs.has(w) ? { ...w, pos: 'VERB', lemma: verbs.get(w)! } : w)) };
}

/** The verb a noun-read word is the past form of: "sent" → send, "disposed" → dispose. */
function pastBase(word: Word, lexicon: Lexicon): string | undefined {
  const text = word.text.toLowerCase();
  if (word.pos !== 'NOUN' || isIngForm(text)) return undefined;
  const irregular = irregularBase(text);
  if (irregular) return irregular;
  return isEdForm(text) ? lexicon.baseForms(text, 'verb').find((f) => f.lemma !== text)?.lemma : undefined;
}

/** Whether the word at `k` ends a name: a proper noun or the number ending one ("TF *373*"). */
const nameEnds = (words: Word[], k: number) =>
  words[k]?.pos === 'PROPN' || (words[k]?.pos === 'NUM' && SUBJECT_END.has(words[k - 1]?.pos ?? ''));

/** Whether the word at `k` ends a subject: a noun or name, or the number ending a name ("TF *373*"). */
const subjectEnds = (words: Word[], k: number) =>
  SUBJECT_END.has(words[k]?.pos ?? '') || (words[k]?.pos === 'NUM' && SUBJECT_END.has(words[k - 1]?.pos ?? ''));
