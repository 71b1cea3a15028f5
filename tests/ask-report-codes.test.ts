/**
 * The War Diary's codes for the plain words people ask in (issue 11, glossary.yaml): its mentors of the ANA OMLTs, its
 * rounds RDS, its intercepts radio transmissions, and its blasts detonations. Without these bridges the question's main
 * word is missing from the sentence that answers it.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a plain word the reports write as a code', () => {
  it('reads mentors as the OMLT', () => {
    expect(marked('Who were the Belgian mentors fighting near Khanabad?')).toBe('INS');
  });

  it('reads rounds as RDS', () => {
    expect(marked('How many rounds did the German QRF company use during the fight?')).toBe('2000 RDS 7.62MM');
  });

  it('reads a radio message as a radio transmission', () => {
    expect(marked('Who did the intercepted radio message say the Taliban had captured?')).toMatch(/U\.S\. SOLDIER/);
  });

  it('reads blasts as detonations', () => {
    expect(marked('Who reported that the blasts at the ANA camps were rockets?')).toBe('DynCorp');
  });
});
