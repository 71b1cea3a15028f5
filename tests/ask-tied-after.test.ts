/**
 * The sentence after the best, holding some of the question's words itself, read with it (src/search/candidates.ts,
 * answeredAfter, and typed.ts answersBelow's `tied`): the War Diary tells an event in one sentence and what came of it
 * in the next, in the report's own words ("FF … found 1x UXO(possible Mine) near the road. FF marked position and EOD
 * will *investigate* on 09JUN09."). Its own words tie it to the question, so it need not say the question's act ("look
 * at") or main word as well.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the sentence after the best, tied to the question by its own words', () => {
  it('answers with the best, though it says the act in other words: EOD will investigate the mine', () => {
    const question = 'When will EOD look at the possible mine the recce patrol found?';
    const { answer } = answerOf(question);
    expect(answer?.text).toMatch(
      /^FF reported .*\(possible Mine\) near the road\. FF marked position and EOD will investigate on 09JUN09\.$/,
    );
    expect(answer?.confidence).toBe('likely');
    expect(marked(question)).toMatch(/09JUN09/);
  });

  it('answers with the best in a detention log: the headcount after the ISN assigned', () => {
    const question = 'what was the assigned number at btif after 4170, not the present one';
    const { answer } = answerOf(question);
    expect(answer?.text).toBe('ISN 4170 assigned. New facility headcount is 646 assigned 645 present.');
    expect(marked(question)).toMatch(/646/);
  });

  it('is not read with a best naming something of the kind asked itself: where the soldier shot himself', () => {
    const { answer } = answerOf('Where did the German soldier shoot himself during weapon maintenance?');
    expect(answer?.text).toMatch(
      /^PRT KDZ reported an accidental weapon release .* shot himself on his upper left leg/,
    );
  });
});
