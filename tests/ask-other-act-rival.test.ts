/**
 * A sentence of another report telling another act than the question's, where the best tells the question's act,
 * names that act's doer, time or place: no rival (leads.ts `tellsAnotherAct`). One saying in its own words more of
 * the question than the best does still rivals, whatever its act.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a sentence of another report telling another act is no rival', () => {
  it('answers which unit ran the checkpoint over a squad another report says reinforced one', () => {
    // "1 squad of TF *reinforced* ANP CP CB2" tells a reinforcing, not the running of a joint checkpoint.
    expect(marked('what unit was running the joint checkpoint with the cops when the two cars sped in')).toBe(
      'Plt DEU MP Training Coy',
    );
  });

  it('keeps declining where the other sentence says more of the question in its own words', () => {
    // "…bombers were tasked … to come to LashKarGah *City*" says the city asked; the best names none.
    expect(answerOf('Which city were the bombers supposed to strike?').answer).toBeNull();
    // "a *red* mini *van* approached" says the van the best's warning shots were not fired at.
    expect(answerOf('why did they fire the warning shot at the red van').answer).toBeNull();
  });
});
