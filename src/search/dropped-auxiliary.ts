/**
 * People type a yes/no question without its auxiliary: "anyone hurt when the Mey patrol flipped the Wolf?", "any
 * locals hurt at obj midway?", "anybody killed in the blast?". Opening with a word asking of anyone at all, its verb
 * following the subject with no auxiliary before it, such a question asks what "*was* anyone hurt…?" asks; read with
 * the auxiliary put back, whatever reads a yes/no question by it reads this one too (and its "when …" sets the scene,
 * it asks no time).
 */
import type { Reading, Word } from './nlp.ts';

/** Words asking of anyone at all: "was *anyone* hurt", "were *any* of the crew hurt". */
export const ANYONE = new Set(['any', 'anyone', 'anybody', 'someone', 'somebody']);

/** The words a subject opening with "any" may hold before its verb: "any *of the* Fuchs *crew*", "any *civilians*". */
const SUBJECT = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADP']);

/** The reading with the auxiliary the question left out put before its first word, none of its text: "was". */
export function auxiliaryRestored(reading: Reading): Reading {
  const { words } = reading;
  if (!ANYONE.has(words[0]?.lemma.toLowerCase() ?? '')) return reading;
  const verb = words.findIndex((w) => !SUBJECT.has(w.pos));
  if (verb < 1 || words[verb]!.pos !== 'VERB') return reading;
  const aux: Word = { start: words[0]!.start, end: words[0]!.start, text: 'was', pos: 'AUX', lemma: 'be' };
  return { ...reading, words: [aux, ...words] };
}
