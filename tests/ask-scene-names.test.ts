/**
 * A sentence of the best's report saying, of the question, only the words of the clause setting its scene does not
 * rival the best, though its report credits it with the question's names and it says a word telling nothing ("after")
 * (src/search/leads.ts, tellsSubject's sceneOnly): "FF fired 2 x short bursts of MG over a car" and "After burst car
 * stopped" tell the scene of "…make it to marmal after the mg bursts over the car", not when the QRF arrived.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the scene a question sets, told with its names', () => {
  it('gives when the QRF reached Marmal after the MG bursts', () => {
    const asked = answerOf('when did the qrf make it to marmal after the mg bursts over the car');
    expect(asked.answer?.text).toMatch(/FF arrived Camp MARMAL/);
  });

  it('still names who guarded the site after the bomb turned up in the Tagab school', () => {
    expect(marked('who was guarding the site after the bomb turned up in the tagab girls school')).toBe('Police');
  });
});
