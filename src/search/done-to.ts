/**
 * A question asking what its doer did to another ("when did the humint unit *hand* the bmp rockets *to* the
 * belgians?") is not answered by a sentence telling that act done, in the passive, *to* that doer ("5x BMP-1 Rockets
 * … were handed over to PRT KDZ HUMINT Unit"): there the doer is whom the act went to, and someone else did it. It is
 * another step of the story, with its own time and place.
 */
import type { Candidate } from './candidates.ts';
import {
  bridgedActs,
  doerForms,
  doerWords,
  quotes,
  type Confidence,
  type Declined,
  type DoerAsked,
  verbGroup,
} from './gates.ts';
import type { Glossary } from './glossary.ts';
import { NAMING_WORDS } from './kinds.ts';
import type { Lexicon } from './lexicon.ts';
import { read, type Word } from './nlp.ts';

/** Words a verb's particle may take before its "to": "handed *over* to", "passed *on* to". */
const PARTICLES = 2;
/** Words of the phrase after "to" read for the doer: "to PRT KDZ HUMINT Unit". */
const GOAL_WORDS = 6;

/** The best sentence declined ('other-doer') when it tells the question's act done to the question's doer. */
export function doneToDoer(
  confidence: Confidence | Declined,
  c: Candidate,
  asked: DoerAsked | undefined,
  glossary: Glossary,
  lexicon: Lexicon,
): Confidence | Declined {
  // "Where *were* the wounded taken?" names what the act was done to: only a "did" question names who did it.
  if (!quotes(confidence) || asked?.aux.lemma !== 'do' || !doerWords(asked).length) return confidence;
  const acts = bridgedActs(asked.acts, lexicon);
  const words = read(c.text).words;
  const doneTo = words.some(
    (w, i) =>
      w.pos === 'VERB' && acts.has(w.lemma) && verbGroup(words, i).passive && goalIsDoer(words, i, asked, glossary),
  );
  return doneTo ? 'other-doer' : confidence;
}

/** Whether the phrase after the verb's "to" names the question's doer: "to PRT KDZ HUMINT Unit" the "humint unit". */
function goalIsDoer(words: Word[], i: number, asked: DoerAsked, glossary: Glossary): boolean {
  let to = i + 1;
  while (to - i <= PARTICLES && words[to] && words[to]!.lemma.toLowerCase() !== 'to' && isParticle(words[to]!)) to++;
  if (words[to]?.lemma.toLowerCase() !== 'to') return false;
  const goal: Word[] = [];
  for (let k = to + 1; k < words.length && goal.length < GOAL_WORDS && NAMING_WORDS.has(words[k]!.pos); k++)
    goal.push(words[k]!);
  const alike = (g: Word | undefined, n: Word) => g?.lemma.toLowerCase() === n.lemma.toLowerCase();
  const named = doerWords(asked);
  // The doer is the phrase's head, its last word ("to PRT KDZ HUMINT *Unit*"), not a word before it saying whose the
  // head is: "PRT KDZ" handing rockets to its own HUMINT Unit is not handed them.
  const headed = alike(goal.at(-1), named.at(-1)!) && named.every((n) => goal.some((g) => alike(g, n)));
  return headed || doerForms(asked, glossary).has(goal.map((g) => g.text.toLowerCase()).join(' '));
}

/** A verb's particle: "over", "on", "back". */
const isParticle = (w: Word) => w.pos === 'ADP' || w.pos === 'PART' || w.pos === 'ADV';
