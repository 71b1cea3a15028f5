/**
 * Questions asking of the enemy's casualties in askers' own words (issue 11), answered where the War Diary writes the
 * enemy EN before its casualty code ("3x EN KIA"), and the "en route" it also writes EN never read as the enemy.
 */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/search/glossary.ts';
import { analyze } from '../src/search/index.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"EN KIA" is the enemy killed in action', () => {
  const conceptsOf = (text: string) => analyze(text, loadGlossary()).concepts.map((c) => c.id);

  it("reads the code with its EN as the glossary's enemy killed, not EN alone", () => {
    expect(conceptsOf('A-10 CAS engaged at GR 41S QS 4678 5036. 3x EN KIA.')).toContain('enemy-killed-in-action');
    expect(conceptsOf('JACKAL 16 AND REAPER 6 WHEELS UP OE EN ROUTE HLZ')).not.toContain('enemy-killed-in-action');
  });

  it('answers how many enemy fighters were killed by the count before it', () => {
    expect(marked('How many enemy fighters were killed northeast of FOB Cobra?')).toBe('3x EN KIA');
    expect(marked('How many enemy were killed by the A-10 near FOB Cobra?')).toBe('3x EN KIA');
  });

  it('still declines the enemy wounded, which the report never counts', () => {
    expect(answerOf('How many enemy fighters were wounded northeast of FOB Cobra?').answer).toBeNull();
  });
});
