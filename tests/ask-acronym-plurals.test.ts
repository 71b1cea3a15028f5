/**
 * An acronym's plural counted (issue 11): "how many *UECs*" counts what the detention logs write as the acronym, with
 * the War Diary's apostrophe or none ("3 x UEC's Transferred", "1 x UEC transferred"). The tagger gives a proper noun
 * no base form, so the count is read by the acronym the plural is of.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a count of an acronym asked in the plural', () => {
  it('reads "3 x UEC\'s" as the UECs TF 373 sent over', () => {
    const asked = answerOf('how many UECs did tf 373 send over when the count hit 684');
    expect(asked.answer?.report.id).toBe('C1BA88E3-1517-911C-C576F8B33ED99A3E');
    expect(marked('how many UECs did tf 373 send over when the count hit 684')).toMatch(/^3 x UEC/);
  });

  it('keeps declining where three reports count UECs sent by TF 373 and the question says no more', () => {
    expect(answerOf('how many UECs did tf 373 send over').answer).toBeNull();
  });
});
