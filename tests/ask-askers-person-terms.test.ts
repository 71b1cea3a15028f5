/**
 * The asker's term for a person (issue 11): a noun whose commonest sense WordNet defines as a term for a person ("guy:
 * an informal term for a youth or man") is how people ask, not what the question is about. It weighs much for the one
 * chat transcript that says it, and the reports write a role instead ("2x detainees"): it is not the main word the
 * answer's report must hold. An abbreviation in capitals spelled like one ("Kamdesh COP") stays the report's word.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("the asker's term for a person", () => {
  it('answers when TF 373 sent over "the two guys" the detention log counts as 2x detainees', () => {
    const question = 'when did tf 373 send over the two guys who got 4059 and 4060';
    expect(answerOf(question).answer?.report.id).toBe('F537579F-1517-911C-C5E62F91B11DDD0D');
    expect(marked(question)).toBe('at 182032ZJUN09');
  });

  it('keeps "COP", a combat outpost in capitals, the word the report must hold', () => {
    const question = 'What weapon did TF Titan fire at the man rebuilding a fighting position near Kamdesh COP?';
    expect(answerOf(question).answer?.report.id).toBe('539E7E7E-59EE-4BA6-B1D1-E56181FA1E06');
    expect(marked(question)).toBe('120mm');
  });
});
