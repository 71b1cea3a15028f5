/**
 * A sentence of the best's report saying no act at all — the report's heading, a form's fields — is no rival to an
 * answer of the kind asked (leads.ts tellsEvent): it names the report's setting, not what was done or found.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a report's heading or form fields do not rival its answer", () => {
  it('answers what the bomb was made of beside the report heading', () => {
    expect(answerOf('What was the bomb in Zharmi made of?').answer?.text).toBe(
      'The IED consisted of 1x 105mm rocket, buried in the hard pack.',
    );
    expect(marked('What was the bomb in Zharmi made of?')).toMatch(/105mm rocket/);
  });

  it('answers the sheep count beside the visit form fields', () => {
    expect(answerOf('How many sheep were treated at the vet visit in Mulki Zay?').answer?.text).toBe(
      'Sheep 150 Goats 50',
    );
  });

  it('answers where the sentence saying an act only names one already counted ("The closest RPG was…")', () => {
    // The heading reading does not drop it (it says an act); leads.ts oneTold does: "the closest RPG" is one of the
    // 7-10 RPGs counted. The old decline here was a guard, not the answer.
    expect(marked('How many RPGs were fired at the Apaches near Spera?')).toBe('7-10 RPGs');
  });
});
