/**
 * A count the question gives is read under the report's word for what it counts when WordNet makes one a kind of the
 * other (src/search/counts.ts, countOf): "the one prisoner" is the "1 X Detainee" of the log, a detainee being a
 * prisoner, and the "2 X Detainees" transferred are no rival to it (leads.ts otherCountOf).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a count under a kindred noun', () => {
  it('places the one prisoner where the one detainee is, not with the two transferred', () => {
    const asked = answerOf('where was the one prisoner who was not present after ISNs 4181 and 4182 were issued');
    expect(asked.answer?.text).toMatch(/1 X Detainee is in the CSH/);
  });

  it('still places the one detainee so', () => {
    const asked = answerOf('where was the one detainee who wasnt there after 4185 to 4188 came in');
    expect(asked.considered[0]?.text).toMatch(/1 X detainee is in the CSH/);
  });
});
