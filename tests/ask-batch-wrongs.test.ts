/**
 * The 5-December batch's wrong quotes (issue 11): questions asking of an act to come ("when is X going…", "what
 * happens to X"), and a passive participle the tagger read as a noun ("where was the fighter *shot*"). Each rule keeps
 * a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a question asking of an act to come is not answered by a sentence telling only the past', () => {
  it('declines "when is X going" rather than quote the time a past find was reported', () => {
    const asked = answerOf('when is TF33 going into tagab after the school ied');
    expect(asked.answer?.text ?? '').not.toContain('211517ZNOV06');
  });

  it('reads "on the 25th" as the day a plan is set for', () => {
    const day = answerOf('when will TF33 move on the TAGAB area').considered.find((c) => c.text.includes('25th'));
    expect(day?.kind).toBe('on the 25th');
  });

  it('answers "what happens to X" by what will be done with it, not how it came in', () => {
    expect(marked('what happens to the weapons cache a local brought to naray')).toBe(
      'distributed to ANA or destroyed as appropriate',
    );
  });

  it('keeps "when will" answered by a sentence saying the plan', () => {
    expect(marked('When will the governor host the shura with tribal elders?')).toContain('17 Jun 07');
  });
});

describe('a passive question whose participle the tagger read as a noun', () => {
  it('reads "shot" last after "was" and its subject as the verb "shoot"', () => {
    const words = readQuestion('where was one of the fighters near kamdesh shot', lexicon()).reading.words;
    expect(words.at(-1)).toMatchObject({ pos: 'VERB', lemma: 'shoot' });
  });

  it('declines rather than quote a place of a sentence telling no shooting', () => {
    expect(answerOf('where was one of the fighters near kamdesh shot').answer).toBeFalsy();
  });

  it('keeps a noun that is its own base form a noun: "when was the report"', () => {
    const words = readQuestion('when was the Kamdesh report', lexicon()).reading.words;
    expect(words.at(-1)?.pos).toBe('NOUN');
  });
});
