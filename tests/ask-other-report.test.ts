/**
 * Which sentences of another report rival the best (leads.ts rivalsOf), in askers' own words (issue 11): one whose
 * report holds nothing of a word the best says itself, and says nothing more of the question, tells another story.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a report holding nothing of a word the best says is no rival', () => {
  it('answers by the sentence saying the state of what was acted on ("*Damaged* FOX vehicle was recovered")', () => {
    const asked = answerOf('When did they finally pull the damaged FOX out of the river?');
    expect(asked.answer?.text).toContain('At 1702D* Damaged FOX vehicle was recovered out of little river');
  });

  it('keeps as a rival one saying a word of the question the best does not ("at a *speeding* vehicle")', () => {
    expect(answerOf('How many warning shots were fired at the speeding car?').declined).toBe('other-report');
  });

  it('keeps as a rival one naming the noun a "which X" question asks ("LashKarGah *City*")', () => {
    expect(answerOf('Which city were the bombers supposed to strike?').declined).toBe('other-report');
  });
});

describe('a "who" asking the doer of its main act, answered by a sentence telling only the scene (gates actUnsaid)', () => {
  it('declines a sentence telling only the scene\'s act ("The IED strike *hit* … The patrol broke through")', () => {
    const asked = answerOf('Who came to help after the car bomb hit the convoy on route Taurus?');
    expect(asked.answer).toBeFalsy();
    expect(asked.declined).toBe('act');
  });

  it('still answers a "who" asking whom the act was done to, told with the scene ("B Plt … while they were providing")', () => {
    const asked = answerOf('Who was B platoon protecting when they hit the bomb?');
    expect(asked.answer?.text).toContain('B Plt (DEU) suffered an IED Strike');
  });
});
