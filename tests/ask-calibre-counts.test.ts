/**
 * "How many rounds" asked in people's own words (issue 11), answered as the War Diary counts ammunition: by its bore,
 * the count before a bare calibre ("EDDY 57 *150 x 30mm*"). A question naming one bore is not answered by another's.
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

/** The quantities a sentence names for a question, the question's own words set aside. */
const quantities = (question: string, text: string) => {
  const asks = readQuestion(question, lexicon());
  const own = new Set(asks.reading.words.map((w) => w.lemma.toLowerCase()));
  return kindSpans(text, asks, lexicon(), (w) => own.has(w.lemma.toLowerCase()))
    .filter((s) => s.kind === 'quantity')
    .map((s) => text.slice(s.start, s.end));
};

describe('a count before a bare calibre counts rounds', () => {
  it('reads "150 x 30mm" as a count of the rounds asked', () => {
    const text = 'Result: EDDY 53 160 x 30mm, EDDY 57 150 x 30mm.';
    expect(quantities('How many rounds did EDDY 57 fire?', text)).toContain('150 x 30mm');
  });

  it('puts the sentence counting them first among those weighed (the other report still declines it)', () => {
    const asked = answerOf('How many rounds did EDDY 57 fire?');
    expect(asked.considered[0]?.text).toContain('EDDY 57 150 x 30mm');
    expect(asked.answer).toBeNull();
  });

  it('counts not a calibre with its noun after it: the noun is what is counted', () => {
    expect(quantities('How many rounds did the patrol fire?', 'The patrol fired 20 x 81mm mortars.')).toEqual([]);
  });

  it('counts not another bore for a question naming one, and quotes it not', () => {
    const text = 'QRF COY DEU REPORTED THAT THEY USED 2000 RDS 7.62MM, 200X 20MM HE DURING THE FIGHT.';
    expect(quantities('How many rounds of 7.62mm did the German forces use in total?', text)).not.toContain(
      '200X 20MM',
    );
    expect(answerOf('How many rounds of 7.62mm did the German forces use in total?').answer).toBeNull();
  });
});
