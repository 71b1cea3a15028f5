/**
 * "Why did X *pull out*?": a verb of motion said with its particle asks why someone went, as "why did X *withdraw*?"
 * does (src/search/reasons.ts, goingAsked): any infinitive after the going says its purpose ("THE OMLT WITHDREW FROM
 * THE FIGHT … *TO SET UP A CORDON*"), though "pull" alone is no verb of motion.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { goingAsked } from '../src/search/reasons.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();
const going = (question: string) => goingAsked(read(question).words, lexicon());

describe('a phrasal verb of motion asked with "why"', () => {
  it('reads "pull out" as going, "pull" alone or another phrasal verb not', () => {
    expect(going('why did the omlt pull out of the darzab fight')).toBe(true);
    expect(going('why did the omlt pull the rope')).toBe(false);
    expect(going('why did the patrol hand over the weapons')).toBe(false);
  });

  it("answers with the infinitive after the report's verb of going", () => {
    const question = 'why did the omlt pull out of the darzab fight';
    expect(answerOf(question).answer?.text).toMatch(/THE OMLT WITHDREW FROM THE FIGHT/);
    expect(marked(question)).toMatch(/^TO SET UP A CORDON/);
  });

  it('still declines a question of a withdrawal the reports do not tell', () => {
    expect(answerOf('Why did Italy pull its troops out of Herat?').answer).toBeNull();
  });
});
