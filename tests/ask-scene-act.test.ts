/**
 * A question's scene told by its act ("when the patrol tried to *recover* its broken vehicle", issue 11): a best
 * sentence not saying that act, whose report tells it only by a looser word, while another report tells the whole scene
 * as fully and the act in its own words, tells a like scene of another event, and is declined (sceneNameElsewhere).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("the scene's act said in another report", () => {
  it('declines a count from a report telling another event where another report tells the recovery', () => {
    expect(answerOf('How many Germans were hurt when the patrol tried to recover its broken vehicle?').declined).toBe(
      'other-report',
    );
  });

  it('keeps a best that says the act itself ("suffered an IED *Strike*" for "hit")', () => {
    expect(marked('Who was B platoon protecting when they hit the bomb?')).toBeDefined();
    expect(marked('What was the German patrol doing when a possible SVBIED hit them?')).toContain('recover');
  });

  it('keeps a best whose report tells the scene more fully than the other ("the Fennek" asked of)', () => {
    expect(marked('How many German soldiers were injured when the Fennek hit the bomb?')).toBe('3x NATO/ISAF');
  });

  it('leaves a light verb of the scene to any report ("after ISN 20022 came in")', () => {
    expect(answerOf('How many people were held at the facility after ISN 20022 came in?').declined).toBeUndefined();
  });
});
