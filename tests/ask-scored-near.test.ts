/**
 * A sentence of the best's report surely naming what is asked, weighed nearly as much as a best naming nothing of the
 * kind (typed.ts answeredBelow): an update or a later line of the timeline telling what came of the scene the best
 * sets answers for it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("an answer of the best's report scored nearly as high", () => {
  it('answers from an update of its own, apart from the entry setting the scene', () => {
    const asked = answerOf('which way did the attackers run after shooting at apache 17');
    expect(asked.answer?.text).toMatch(/FLEED SOUTH OVER THE MOUNTAIN RANGE/);
    expect(marked('which way did the attackers run after shooting at apache 17')).toMatch(/SOUTH/);
  });

  it('answers from a later line of the timeline', () => {
    expect(answerOf('Which vehicle did the RPG hit at the Konduz river ford?').answer?.text).toMatch(
      /TACTICAL FOX VEHICLE \(JAMMER CG-20\) HIT BY ONE RPG/,
    );
  });

  it('quotes no sentence naming a thing of another kind than asked: an RPG is no aircraft', () => {
    expect(answerOf('What kind of aircraft was shot at near Altamur in Logar?').answer?.text ?? '').not.toMatch(/RPG/);
  });
});
