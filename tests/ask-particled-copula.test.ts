/**
 * Verbs with a particle that WordNet files as a way to *be* (catenative.ts): "who *turned out* to be the driver?" asks
 * who the driver was; "which vehicle *ended up* in the river?" asks which was in it. The report says what was so, not
 * that it turned out or ended so.
 */
import { describe, expect, it } from 'vitest';
import { catenatives } from '../src/search/catenative.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();
const catenativesOf = (question: string) =>
  catenatives(readQuestion(question, lexicon()).reading.words).map((w) => w.text);

describe('a verb with a particle filed under "be", taking an infinitive', () => {
  it('reads "turned out to be" as "seemed to be" would: the verb after carries what is asked', () => {
    expect(catenativesOf('Who turned out to be the driver the TF Commando soldiers wounded?')).toEqual(['turned']);
    const answer = answerOf('Who turned out to be the driver the TF Commando soldiers wounded?').answer;
    expect(answer?.text).toMatch(/identified as an NDS employee/);
  });

  it('keeps "turned out" with no infinitive (turn_out: come, assemble) an act of its own', () => {
    expect(catenativesOf('How many people turned out for the shura?')).toEqual([]);
  });
});

describe('"end up" followed by a preposition: where the thing came to be', () => {
  it('answers which vehicle ended up in the river with the one that flipped into it', () => {
    expect(catenativesOf('Which vehicle ended up in the river after the bomb went off?')).toEqual(['ended']);
    const answer = answerOf('Which vehicle ended up in the river after the bomb went off under the German troops?');
    expect(answer.answer?.text).toMatch(/1x FOX vehicle flipped into river/);
  });

  it('keeps a "V_up" that says something else than coming to be no catenative ("give up on")', () => {
    expect(catenativesOf('Did the patrol give up on the search?')).toEqual([]);
  });
});
