/**
 * A name of the question that is a noun (a place, a thing), which the best's report never holds in any form, while a
 * sentence of another report read says it (src/search/gates.ts, nounNameElsewhere): the best tells another such event,
 * and the answerer declines. Not a name the best's report writes by its initials, nor a people's name written as an
 * adjective, which the War Diary writes as a code.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a noun name of the question only another report holds', () => {
  it('declines the sheep of a VETCAP that never names Mandagal', () => {
    const { answer, declined } = answerOf('how many sheep got treated at the vetcap in mandagal');
    expect(answer).toBeNull();
    expect(declined).toBe('other-report');
  });

  it('still quotes a report writing the people asked of as codes: "DEU, NDS, ANP patrol" for German and Afghan', () => {
    const question = 'Who attacked the German and Afghan patrol on Route Archer?';
    expect(answerOf(question).answer?.text).toMatch(/DEU, NDS, ANP patrol attacked by ACF/);
  });

  it('still quotes a report writing the camp by its initials: CNL for Camp Northern Lights', () => {
    const question = 'Why was a car bomb suspected at the main gate of Camp Northern Lights?';
    expect(answerOf(question).answer?.text).toMatch(/main gate at CNL/);
  });
});
