/**
 * A thing a "which X" or "what X" question asks is told with the act of its main clause, as what "what was V-ed?" asks
 * is: a sentence below the scene saying that act answers, though it says nothing of the act setting the scene.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"which X was V-ed when …?": the thing is told with the main act, not the scene', () => {
  it('answers by the damage report below the scene, which says no protecting', () => {
    const question = 'Which vehicle was damaged when B Platoon was protecting the liaison monitoring team?';
    expect(answerOf(question).answer?.text).toContain('BDA: 1x FUCHS vehicle damaged.');
    expect(marked(question)).toContain('FUCHS');
  });

  it('keeps "which X did Y V?" answered by what the act was done to', () => {
    expect(marked('Which vehicle did the RPG hit during the IED sweep on LOC Pluto?')).toBe('JAMMER CG-20');
  });

  it('answers "what vehicle was damaged in the SVBIED strike?" by the BDA line saying the damage', () => {
    expect(answerOf('What vehicle was damaged in the SVBIED strike at Kunduz?').answer?.text).toContain(
      '1x MUNGO heavily damaged',
    );
  });
});

describe('"which ADJ X": an answer naming a kind of what WordNet joins the two into tells the adjective', () => {
  it('answers "which armoured vehicle" by an APC, a kind of armored_vehicle, with APC FOX marked', () => {
    const question = 'Which armoured vehicle was lightly damaged when march group RED was attacked?';
    expect(answerOf(question).answer?.text).toContain('1x (one) APC FOX has a light damage');
    expect(marked(question)).toBe('APC FOX');
  });

  it('still declines the plain "what was damaged" of that attack, which asks no kind', () => {
    expect(answerOf('What was damaged when march group RED was attacked?').answer).toBeNull();
  });
});
