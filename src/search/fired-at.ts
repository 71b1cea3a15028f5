/**
 * Fire at someone and fire that only lights: a question asking what was fired back or at a target ("how many rounds
 * did the Belgians *fire back*", "*returned fire*", "*shot at* the car") asks of fire aimed at someone; rounds of
 * illumination ("QRF COY FIRED *3X ROUNDS OF ILLUMINATION* WITH MORTAR 120MM", "81mm Illum") light up the ground for
 * those fighting and are aimed at no one, so they do not answer it.
 */
import { verbLemma } from './acts.ts';
import type { Candidate } from './candidates.ts';
import { quotes, type Confidence, type Declined } from './gates.ts';
import { read, type Word } from './nlp.ts';
import type { Question } from './question.ts';

/** Verbs of firing a weapon. */
const FIRING = new Set(['fire', 'shoot']);

/** The words after a verb of firing that aim it: "fire *back*", "shot *at* the car", "fired *on* the PRT". */
const AIMED = new Set(['back', 'at', 'on']);

/** The War Diary's words for lighting rounds: "ILLUMINATION", "illum", "ILLUM". */
const LIGHTING = /^illum/i;

/** How many words past a count its rounds' kind is said: "3X ROUNDS OF *ILLUMINATION*", "2 x 81mm *illum*". */
const KIND_AFTER = 3;

/** Whether a question asks of fire aimed at someone: a verb of firing with "back", "at" or "on", or "return fire". */
function asksAimedFire(words: Word[]): boolean {
  return words.some((w, i) => {
    const lemma = (verbLemma(w) ?? w.lemma).toLowerCase();
    const next = words[i + 1]?.lemma.toLowerCase() ?? '';
    return (FIRING.has(lemma) && AIMED.has(next)) || (lemma === 'return' && next === 'fire');
  });
}

/**
 * A quote whose answer is rounds of illumination, for a question asking of fire aimed at someone: it tells of light
 * fired over the fight, not of fire returned ('act').
 */
export function lightForFire(confidence: Confidence | Declined, c: Candidate, question: Question) {
  if (!quotes(confidence) || !c.kind || !asksAimedFire(question.reading.words)) return confidence;
  const said = read(c.text).words;
  const after = said.findIndex((w) => w.start >= c.kind!.end);
  const end = after < 0 ? said.length : after + KIND_AFTER;
  const answer = said.filter((w, i) => w.end > c.kind!.start && i < end);
  return answer.some((w) => LIGHTING.test(w.text)) ? 'act' : confidence;
}
