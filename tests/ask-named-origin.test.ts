/**
 * Where someone is from, said by an adjective (issue 11): "Iranian" C4 says Iran, a place WordNet files as named; a
 * "7 year old *local* national" is from a locality the word does not name, so it answers no "which village was he
 * from?".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('an adjective of place answering where from', () => {
  it('does not quote "local" as the village the boy who fell near FOB Naray was from', () => {
    expect(answerOf('which village was the 7 year old who fell near fob naray from').answer).toBeNull();
  });
});
