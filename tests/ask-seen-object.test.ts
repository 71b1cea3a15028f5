/**
 * What a "what did S see?" question asks is what S's seeing acts on, told in the War Diary's verbs of seeing
 * (src/search/question.ts, actedOn, with verb-steps.ts seeingVerbs): "TF Titan *observed* secondary explosions" tells
 * what TF Titan saw.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('what a seeing acts on, said as observing', () => {
  it('answers what TF Titan saw after the JDAMs by what it observed', () => {
    const question = 'What did TF Titan see after the JDAMs hit the bunker complex?';
    expect(answerOf(question).answer?.text).toMatch(/TF Titan observed secondary explosions\.$/);
    expect(marked(question)).toBe('secondary explosions');
  });

  it('reads the verbs of one seeing for "see", and none for a verb not of seeing', () => {
    const verbs = (question: string) => [...(readQuestion(question, lexicon()).acts?.verbs ?? [])];
    expect(verbs('What did TF Titan see?')).toEqual(expect.arrayContaining(['observe', 'spot', 'notice']));
    expect(verbs('What did TF Titan hear?')).not.toContain('observe');
  });

  it('does not answer by what another unit observed', () => {
    const { answer } = answerOf('What did the ANA see after the JDAMs hit the bunker complex?');
    expect(answer?.text ?? '').not.toMatch(/TF Titan observed/);
  });
});
