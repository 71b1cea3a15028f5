/**
 * Yes/no questions in askers' own words settled by the sentence that denies them (issue 11): a pronoun naming nothing
 * as the subject of the question's verb ("Nothing suspect was found"), or the thing the verb acts on given as unknown
 * ("plate number UNK"). A yes/no question the reports tell nothing of still declines.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a yes/no question settled by a denial', () => {
  it('reads a pronoun naming nothing as denying its passive verb: "Nothing suspect was found"', () => {
    expect(answerOf('did they find anything in the green toyota').answer?.report.id).toBe('GER-0109');
    expect(marked('did they find anything in the green toyota')).toBe('Nothing suspect was found');
  });

  it('reads a thing given as unknown as not got: "plate number UNK"', () => {
    expect(answerOf('did they get the plate number of the white jeep at camp warehouse').answer?.report.id).toBe(
      'GER-0115',
    );
    expect(marked('did they get the plate number of the white jeep at camp warehouse')).toBe('plate number UNK');
  });

  it('still declines a yes/no question no sentence settles', () => {
    expect(answerOf('did they find anything in the white toyota corolla').answer).toBeNull();
    expect(answerOf('is frago 68 releasable to bahrain').answer).toBeNull();
  });
});
