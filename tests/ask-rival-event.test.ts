/**
 * Which sentences of another report tell another event or the same one (leads.ts), in askers' own words (issue 11): a
 * question's indefinite article counts one (counts.ts countsSaid with `articles`): "attacked with *an* RPG" asks of one
 * RPG, so a sentence counting the RPGs by another number tells another attack (otherCountOf); a sentence naming no
 * answer that gives the best's grid tells the same event again (rivalsOf, spotsOf).
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { countsSaid } from '../src/search/counts.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('"a" or "an" in a question counts one of its noun', () => {
  const counted = (question: string, articles: boolean) =>
    countsSaid(readQuestion(question, lexicon()).reading.words, articles).get('rpg');

  it('reads "an RPG" as one RPG in a question only', () => {
    expect([...(counted('How many insurgents attacked the German QRF with an RPG?', true) ?? [])]).toEqual([1]);
    expect(counted('How many insurgents attacked the German QRF with an RPG?', false)).toBeUndefined();
  });

  it('answers by the sentence saying "one RPG", not rivalled by "attacked by 10-12 x INS with 5 x RPG"', () => {
    const asked = answerOf('How many insurgents attacked the German QRF with an RPG?');
    expect(asked.answer?.text).toContain('attacked with SAF and one RPG by up seven INS');
  });

  it('still declines where no sentence counts one RPG ("according to the later investigation")', () => {
    const asked = answerOf(
      'How many insurgents attacked the German recce squad, according to the later investigation?',
    );
    expect(asked.answer).toBeFalsy();
  });
});

describe('a sentence of another report giving the grid the best gives tells the same event', () => {
  it('answers by the pickup seen at grids 15490 21706, not rivalled by the delayed report of the same shots', () => {
    const asked = answerOf('What vehicle came at the BSG patrol in PD-10?');
    expect(asked.answer?.text).toContain('1 x blue NISSAN PATROL pickup');
  });

  it('still declines where no sentence of another report gives the best grid (the car bomb that killed five children)', () => {
    expect(
      answerOf('How many German soldiers died in the car bomb attack that also killed five children?').answer,
    ).toBeFalsy();
  });
});
