/**
 * A people's adjective the question writes ("the *Canadian* patrol") where the War Diary names the unit by its code or
 * its own name ("C Coy 11 BG"): it is neither what the question is most about nor a noun its report must hold
 * (gates.ts spokenFor), unless the glossary gives the people's code ("German": DEU), which the reports then say.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe("a people's adjective the reports write as a unit's name", () => {
  it('is not required of the report naming the unit: the weapons fired at C Coy 11 BG near Khers', () => {
    expect(marked('What weapons did the insurgents fire at the Canadian patrol near Khers?')).toBe('SAF and PKM');
  });
});
