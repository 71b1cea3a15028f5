/**
 * Who a message came from told what it says, and did none of it (src/search/tellers.ts, toldFrom): "Received phone
 * call from *Governor Khpalwak* that Abdul Haid … were receiving SAF" names the caller, not who was made chief of police.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the one a message came from', () => {
  it('is not who a "who was named …" question asks for', () => {
    expect(marked('who was named chief of police in Gomal?')).not.toBe('Governor Khpalwak');
    expect(answerOf('who was named chief of police in Gomal?').answer?.text ?? '').not.toMatch(/phone call from/);
  });

  it('still lets a unit reporting with its verb answer who reported', () => {
    expect(marked('Who reported the SUVs coming close to the German QRF convoy south of Kholm?')).toBe('PRT KDZ');
  });
});
