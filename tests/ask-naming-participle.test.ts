/**
 * A "did" question whose subject is named by a participle and a number or a name ("where did the detainee *numbered*
 * 2840 go?"): the participle says which one the subject is, not the act asked (src/search/question.ts namingParticiple,
 * acts-said.ts picksOut). The verb "did" asks with is the bare one after the name, which the tagger reads as a noun
 * after a number ("2840 *go*"); the report tells the going in its own words: "1 x Detainee *transferred* to the BTIF".
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();
const tags = (question: string) => readQuestion(question, lexicon()).reading.words.map((w) => `${w.text}/${w.pos}`);

describe('a participle naming the subject of a "did" question', () => {
  it('reads the bare word after the number as the verb', () => {
    expect(tags('where did the detainee numbered 2840 go')).toContain('go/VERB');
  });

  it('leaves a bare verb after the subject as the verb: "did the convoy hit 2 IEDs"', () => {
    expect(tags('when did the convoy hit 2 IEDs')).toContain('hit/VERB');
  });

  it('answers where the numbered detainee went from the sentence telling the transfer', () => {
    expect(marked('where did the detainee numbered 2840 go')).toBe('BTIF');
    expect(marked('Where did the prisoner numbered 2840 go?')).toBe('BTIF');
  });
});
