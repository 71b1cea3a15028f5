/**
 * "Afghan intel", the clipped word askers use for the Afghan intelligence service, is NDS as "Afghan intelligence" is
 * (glossary.yaml): a question about what Afghan intel found reads the report writing "NDS has found".
 */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/search/glossary.ts';
import { tokenize } from '../src/search/text.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();
const glossary = loadGlossary();

/** The concept ids named in a text. */
const conceptsIn = (text: string) => glossary.find(tokenize(text, glossary.protectedTerms)).map((m) => m.concept.id);

describe('"Afghan intel" is a form of NDS', () => {
  it('finds NDS in the clipped words, as in the code', () => {
    const nds = conceptsIn('NDS')[0];
    expect(nds).toBeDefined();
    expect(conceptsIn('afghan intel found it')).toEqual([nds]);
  });

  it('quotes the RPGs NDS found for what Afghan intel found', () => {
    expect(marked('How many RPGs did Afghan intel find in Chahar Darreh?')).toMatch(/6 x RPGs/);
  });
});
