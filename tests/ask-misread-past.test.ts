/**
 * A question's act said in a report by a past the tagger reads as a noun ("ANA *shot* one of the IEDs"), and what a
 * number acted on counts out of ("*one of the IEDs*"): the phrase acted on is found, and answers.
 */
import { describe, expect, it } from 'vitest';
import { actedPhrases } from '../src/search/acted-on.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

const actedOn = (question: string, sentence: string) => {
  const acts = readQuestion(question, lexicon()).acts!;
  return actedPhrases(read(sentence).words, acts, lexicon()).map(({ phrases }) => phrases[0]!.map((w) => w.text));
};

describe('a past read as a noun between its subject and what it acted on', () => {
  it('answers "what kind of mine did ANA shoot?" by the IED the report says ANA shot, marked past "one of"', () => {
    expect(marked('What kind of mine did ANA shoot near Masum Ghar?')).toBe('one of the IEDs');
  });

  it('reads the past so only after a subject and before what it acted on', () => {
    expect(actedOn('What did ANA shoot?', 'ANA shot one of the IEDs.')).toEqual([['one']]);
    // A shot fired is a noun: no name stands before it.
    expect(actedOn('What did ANA shoot?', 'A shot one minute later hit the truck.')).toEqual([]);
  });

  it('reads no bare noun there as the verb: "the ANA patrol two days later" patrols nothing', () => {
    expect(actedOn('What did ANA patrol?', 'The ANA patrol two days later found a cache.')).toEqual([]);
  });

  it('keeps a question whose act no sentence says declined', () => {
    expect(answerOf('What kind of mine did ANA bury near Masum Ghar?').answer?.text ?? '').not.toMatch(/shot/);
  });
});
