/**
 * Questions of the 5-December batch whose right sentence was weighed first but named no phrase of the kind asked
 * (issue 11): which of a place's sides, what else was found, where from. Each rule keeps a neighbouring question
 * declined or answered as before.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"which side": a direction adjective before X names which', () => {
  it('answers by "its left side"', () => {
    expect(marked('which side did the dingo near marmal flip onto')).toBe('left side');
    expect(marked('which side of the road was the IED on')).toBe('left side');
  });

  it('still declines where the left side told of is another thing\'s ("the mirrors on the left side")', () => {
    expect(answerOf('which side did the dingo near mazar-e-sharif turn onto').answer).toBeNull();
  });
});

describe('"what else": a modifier the question lacks says the phrase names another of its nouns', () => {
  it('answers by "a second IED" beside the first one', () => {
    expect(marked('what else did the EOD team find beside the first IED on pluto')).toBe('a second IED');
  });

  it('still names nothing when the question does not ask for another', () => {
    expect(answerOf('what did EOD find near the first IED on pluto').answer).toBeNull();
  });
});

describe('"where … from" with the "from" stranded before a clause of time', () => {
  it('answers by the place after "from"', () => {
    expect(marked('where did the meymaneh patrol ask for a recovery truck from after rolling their wolf')).toBe(
      'PRT MEY',
    );
  });

  it('still declines "where did the patrol from PRT MEY roll over", its "from" having its own place', () => {
    expect(answerOf('where did the patrol from PRT MEY roll over').answer).toBeNull();
  });
});
