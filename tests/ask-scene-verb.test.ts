/**
 * A yes/no question's scene told in the report's own words (issue 11): "was the civilian hurt when the fuchs hit the
 * kid on the bike" is told by GER-0012 ("ROAD TRAFFIC ACCIDENT INVOLVING AN ISAF VEH (DEU FUCHS) AND A CIVILIAN PERSON
 * RIDING A BIKE. THE CIVILIAN WAS INJURED"), which writes no hitting: a sentence naming a thing of the scene itself
 * tells which event it was, where another report's wounded noncombatants are of another.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe("a scene's verb told in the report's own words", () => {
  it("answers from the report naming the scene's things, not another report's wounded", () => {
    const q = 'was the civilian hurt when the fuchs hit the kid on the bike';
    expect(answerOf(q).answer?.report.id).toBe('GER-0012');
  });

  it("still asks the scene's things of the sentence: none named, none stated", () => {
    const q = 'was the civilian hurt when the dingo hit the donkey cart';
    expect(answerOf(q).answer?.report.id ?? 'none').not.toBe('GER-0012');
  });
});
