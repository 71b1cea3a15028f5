/**
 * A place asked written in the War Diary's initials after "to" (ways.ts initialsOfAsked): "transferred to *BTIF*" (the
 * Bagram Theater Internment Facility) is a going to Bagram, so its time answers "when was … brought to Bagram?".
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { readQuestion } from '../src/search/question.ts';
import { movedElsewhere } from '../src/search/ways.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();
const elsewhere = (question: string, text: string) =>
  movedElsewhere(read(text).words, readQuestion(question, lexicon()), lexicon());

describe('a place asked, written in initials after "to"', () => {
  it('is the place the question names: its time answers', () => {
    expect(marked('When was ISN 20021 brought to Bagram?')).toBe('at 171130ZSEP09');
    const log = '1x detainee was transferred to BTIF from TF 373 at 171130ZSEP09; ISN 20021 assigned.';
    expect(elsewhere('When was ISN 20021 brought to Bagram?', log)).toBe(false);
  });

  it('is not, in initials of another letter, nor in a sentence all in capitals', () => {
    const march = 'All forces started their movement to PRT KDZ at 1200Z.';
    expect(elsewhere('When did the forces get back to Camp Marmal?', march)).toBe(true);
    const capitals = 'DETAINEE WAS MOVED TO BTIF AT 1200Z.';
    expect(elsewhere('When was the detainee brought to Bagram?', capitals)).toBe(true);
  });
});
