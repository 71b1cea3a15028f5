/**
 * "How much" with no noun of its own ("how much was the contract?", "how much did he donate?") asks a sum or a
 * measure (issue 11): a count of things ("13 schools") answers "how many", not it.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { asksBareMuch, countsThings } from '../src/search/measures.ts';
import { read } from '../src/search/nlp.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a bare "how much" is not answered by a count of things', () => {
  it('reads "how much" before a verb as bare, not before its noun', () => {
    expect(asksBareMuch(readQuestion('How much was the Durnama High School contract?', lexicon()))).toBe(true);
    expect(asksBareMuch(readQuestion('How much money did the governor receive?', lexicon()))).toBe(false);
  });

  it('tells a count of things from a sum or a measure', () => {
    const words = read('These are 13 schools, $48,750.00 and 10 kg explosives').words;
    const at = (text: string) => words.findIndex((w) => w.text === text);
    expect(countsThings(words, at('13'), lexicon())).toBe(true);
    expect(countsThings(words, at('10'), lexicon())).toBe(false);
  });

  it('no longer quotes "13 schools" as what the school contract was', () => {
    const asked = answerOf('How much was the Durnama High School contract?');
    expect(asked.answer?.text.slice(...(asked.answer.span ?? [0, 0]))).not.toBe('13 schools');
    expect(asked.answer).toBeNull();
  });

  it('still answers a bare "how much" by a sum', () => {
    expect(marked('How much did Governor Sherzai donate for the funerals?')).toContain('$');
  });
});
