/**
 * A "why" question answered by the sentence after the one telling its act: the War Diary states what happened, then
 * how it came about in a sentence naming the same subject again ("… 5 SOLDIERS (DEU) WHO HAVE CARBON MONOXIDE
 * POISONING. *THE SOLDIERS* REPORTEDLY SLEPT THE NIGHT IN A TENT, USING A GAS COOKER FOR HEATING."), with no word of
 * cause between them. Only when the best sentence names no reason itself and the next opens with "The <noun>" the best
 * named (namesAgain): a sentence about another subject tells another event.
 */
import { type Candidate, namesAgain } from './candidates.ts';
import { read } from './nlp.ts';
import type { Question } from './question.ts';
import { sentences } from './text.ts';

export function reasonAfter(best: Candidate | undefined, question: Question): Candidate | undefined {
  if (!best || question.wh !== 'why' || best.kind) return undefined;
  const next = sentences(best.passage.text).find((s) => s.start >= best.end);
  if (!next || !namesAgain(best.text, next.text)) return undefined;
  // What the sentence says of its subject: from its first verb to its end, past the full stop.
  const verb = read(next.text).words.find((w) => w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADV');
  if (!verb) return undefined;
  const from = next.start - best.start;
  const text = best.passage.text.slice(best.start, next.end);
  const end = from + next.text.replace(/[.\s]+$/, '').length;
  const kind = { kind: 'reason' as const, start: from + verb.start, end, strength: 1 };
  return { ...best, end: next.end, text, answerFrom: from, kind };
}
