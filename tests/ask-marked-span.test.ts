/**
 * The words a right quote marks as its answer (issue 11): the phrase answering the question's wh-word and act, whole.
 * Each rule that marks more keeps a neighbouring mark as it was.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a count of a thing acted on, marked on to the noun it counts (kinds.ts countedThing)', () => {
  it('runs over a verb the tagger misread in the capitals, and its particle: "1X *PICK UP* TRUCK"', () => {
    expect(marked('What did the QRF destroy near Nawabad?')).toBe('1X PICK UP TRUCK');
  });

  it('runs over an abbreviation read as a pronoun and a noun read as a verb: "120mm *HE mortar* rounds"', () => {
    expect(marked('What did FOB Orgun-E fire at the launch site?')).toBe('7 x 120mm HE mortar rounds');
  });

  it('keeps a count already marked with its noun as it was', () => {
    expect(marked('What did the soldiers fire before the rifle shot at the motorcyclist near Chahar Dara?')).toBe(
      '1 x warning shot (G36-rifle',
    );
  });
});
