/**
 * "Which *plt* was march group RED built around?", "which *omlt* was in the TIC near Meymaneh?": a "which X" question
 * may name X by the War Diary's own abbreviation, which WordNet lacks, so that it seems to ask for nothing it knows.
 * The glossary's name for the abbreviation says what X is ("PLT" a platoon, "OMLT" an operational mentor and liaison
 * team), and so what kind of answer X asks for: a platoon or a team is a group, named as one ("DEU QRF A PLT", "DEU
 * OMLT").
 */
import type { Glossary } from './glossary.ts';
import type { Lexicon } from './lexicon.ts';
import { kindsOfNoun, type Question } from './question.ts';
import { glossaryNamed, headOf } from './thing-asked.ts';

/** The question read with its X as the glossary names it, when X is an abbreviation WordNet lacks; else as it was. */
export function abbreviationAsked(question: Question, glossary: Glossary, lexicon: Lexicon): Question {
  const { instanceOf, likelihood } = question;
  if (!instanceOf || !likelihood || lexicon.senses(instanceOf, 'noun').length) return question;
  // An abbreviation the glossary lacks ("ISNs") has no name to read it by: its own base form would stand for it.
  if (!glossaryNamed(instanceOf, glossary)) return question;
  const head = headOf(instanceOf, glossary, lexicon);
  if (!head || head === instanceOf) return question;
  const kinds = kindsOfNoun(lexicon, head);
  if (!kinds.size) return question;
  const read = new Map(likelihood);
  for (const kind of kinds) if (!read.has(kind)) read.set(kind, 1);
  return { ...question, instanceOf: head, likelihood: read, expects: new Set(read.keys()) };
}
