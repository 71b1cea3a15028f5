/**
 * The War Diary's "DC" for a district center (glossary.yaml): "6km SW of PANJWAYI DC" is how far from the Panjwayi
 * district centre, and "spera DC" is still the place its report names.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"DC" as a district center', () => {
  it('answers how far from the Panjwayi district centre the bomb layers were, from "6km SW of PANJWAYI DC"', () => {
    expect(
      answerOf('How far from the Panjwayi district centre were the three men planting a bomb spotted?').answer?.text,
    ).toContain('PANJWAYI DC');
    expect(marked('How far from the Panjwayi district centre were the three men planting a bomb spotted?')).toBe(
      '6km SW',
    );
  });

  it('keeps the missile fired at the building above "spera DC" answered', () => {
    expect(marked('what misile did eddie 57 fire at the building above spera DC')).toBe('a N-Model Hellfire Missile');
  });
});
