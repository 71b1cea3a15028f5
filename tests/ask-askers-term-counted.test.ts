/**
 * The asker's term for a person counts people, as "how many people" does (src/search/question.ts, measureOf): "how
 * many *guys* got hurt", "how many *dudes* got isns". The reports count people by their role ("4X ISAF (DEU) WIA", "2 X
 * Detainees"), never by the asker's word, which WordNet brings close only to men ("guy": "man", "hombre"): read so, a
 * count of men in another event ("4X ISAF (DEU) WIA" of a firefight) was quoted for the rollover asked about.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

const measure = (question: string) => [...(readQuestion(question, lexicon()).measure ?? [])];

describe("the asker's term for a person in a 'how many' question", () => {
  it('counts people', () => {
    expect(measure('how many guys got hurt in the qrf dingo rollover on the way to kdz')).toContain('person');
    expect(measure('how many dudes got isns 20032 and 20018')).toContain('person');
  });

  it('no longer quotes a count of soldiers wounded in another event for the rollover', () => {
    const { answer } = answerOf('how many guys got hurt in the qrf dingo rollover on the way to kdz');
    expect(answer?.text ?? '').not.toMatch(/4X ISAF \(DEU\) WIA/);
  });

  it('leaves a noun of a role counted as itself: "how many soldiers" counts soldiers, not anyone', () => {
    const soldiers = measure('how many soldiers got hurt in the qrf dingo rollover?');
    expect(soldiers).toContain('soldier');
    expect(soldiers).not.toContain('person');
  });
});
