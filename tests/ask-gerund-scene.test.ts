/**
 * "What did S do after V-ing Y?": the gerund's unsaid subject is S, as a pronoun's is in "when they were attacked"
 * (typed.ts sceneOfActor), so the sentence after the scene's answers when its subject is one the scene's sentence names,
 * the report's own name for S: "FF reported that while conducting a patrol they found 1x UXO(possible Mine) near the
 * road. *FF* marked position…" for what the recce guys did after finding the mine.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a scene said by a gerund', () => {
  it('answers by the next sentence whose subject the scene sentence names as its doer', () => {
    const question = 'what did the recce guys do after finding the possible mine by the road';
    expect(answerOf(question).answer?.report.id).toBe('GER-0047');
    expect(marked(question)).toBe('marked position');
  });

  it('quotes nothing when the next sentence has another subject ("Location is marked")', () => {
    const question = 'What did the EOD squad do after finding the RPG warhead near the old Russian tank?';
    expect(answerOf(question).answer).toBeNull();
  });
});
