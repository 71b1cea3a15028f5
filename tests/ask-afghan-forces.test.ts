/**
 * The reports' code for the Afghan forces said in askers' own words (issue 11): "the Afghan forces" is ANSF, as
 * "Afghan security forces" is, so a report writing "ANSF FORCES" is found and read as naming what the question names.
 */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/search/glossary.ts';
import { tokenize } from '../src/search/text.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();
const glossary = loadGlossary();

/** The concept ids named in a text. */
const conceptsIn = (text: string) => glossary.find(tokenize(text, glossary.protectedTerms)).map((m) => m.concept.id);

describe('"Afghan forces" is a form of ANSF', () => {
  it('finds ANSF in the plain words, as in the code and the longer form', () => {
    const ansf = conceptsIn('ANSF')[0];
    expect(ansf).toBeDefined();
    expect(conceptsIn('the Afghan forces found it')).toEqual([ansf]);
    expect(conceptsIn('Afghan security forces')).toEqual([ansf]);
  });

  it('keeps the Afghan army and police their own concepts', () => {
    expect(conceptsIn('Afghan soldiers')).not.toEqual(conceptsIn('ANSF'));
    expect(conceptsIn('Afghan police')).not.toEqual(conceptsIn('ANSF'));
  });

  it('shows first the report telling who told the Afghan forces of the IED parts', () => {
    const asked = answerOf('Who told the Afghan forces about the IED components?');
    expect(asked.answer).toBeNull();
    expect(asked.closest[0]?.passage.text).toMatch(/two LN/i);
  });

  it('answers the TF 373 shooting question: "TM SAL", named only in the scene, no longer rivals (ask-undergoer)', () => {
    expect(marked('Who was killed when TF 373 and the Afghan forces shot at the speeding car?')).toBe('DRIVER');
  });
});
