/**
 * "How many" questions counting a group of people the War Diary names by its glossary's abbreviations (issue 11): "how
 * many *local nationals*" is counted by "3 X *LNS*"; a count of another group (ISAF, the force's troops) in the same report is no
 * rival to it. A country alone ("how many *German* soldiers") names no group: the force's other counts still rival.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a count naming the asked group by the glossary counts what the question counts', () => {
  it('answers "how many local nationals" by "3 X LNS", its adjective read with its noun', () => {
    expect(marked('How many local nationals were wounded in the Fennek bomb strike on Route Little Taurus?')).toBe(
      '3 X LNS',
    );
  });

  it('answers "how many local nationals" over "3x NATO/ISAF (GER) WIA", a body\'s count of another group', () => {
    const asked = answerOf('How many local nationals were wounded in the Fennek bomb strike on Route Little Taurus?');
    expect(asked.answer?.text).toContain('3 X LNS WOUNDED');
  });

  // A country alone names no group, so ISAF's other count, the car bomb's, once rivalled it; it is another event's
  // (tests/ask-untold-event.test.ts), and the ambush's own "1 x ISAF (DEU) KIA" answers.
  it('answers "how many German soldiers" by the ambush\'s own ISAF (DEU) count', () => {
    const { answer } = answerOf('How many German soldiers were killed in the double ambush near Kunduz?');
    expect(answer?.text).toContain('1 x ISAF (DEU) KIA');
  });

  it('still declines a count of another group: "3 X LNS" counts no Afghan police', () => {
    const asked = answerOf('How many Afghan police were wounded in the Fennek bomb strike on Route Little Taurus?');
    expect(asked.answer).toBeFalsy();
    expect(asked.declined).toBeDefined();
  });

  // Once declined only because the recovery (the scene) is told in a sentence of its own; the report's BDA line does
  // count three German wounded, and the insurgent killed beside it counts another group (tests/ask-scene-apart).
  it('answers the German wounded by their count, not by the insurgent killed told beside it', () => {
    expect(marked('How many Germans were wounded by the car bomb while recovering the broken-down vehicle?')).toBe(
      '3x NATO/ISAF',
    );
  });
});
