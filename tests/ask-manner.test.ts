/**
 * "How did X V?" asks the means or manner of the act V (issue 11): a phrase after "with", "by", "via" or "through"
 * attached to V, said in the sentence's words. Each rule keeps an answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('the means told after the object of the act asked', () => {
  it('is read past a pronoun or a noun phrase the verb acts on: "marked it with stones"', () => {
    expect(marked('How did the workers mark the UXO?')).toBe('with stones');
    expect(marked('How did FF mark the UXO at PRT MES?')).toBe('with red color');
  });

  it('keeps the means told right after the verb', () => {
    expect(marked('How was the UXO brought to the runway?')).toBe('with a load of sand');
    expect(marked('How was the vehicle finally rescued?')).toBe('with the support of local nationals');
  });
});

describe('a "with" or "by" phrase naming someone or somewhere', () => {
  it('is no means: "treated by a DEU doctor" says who, not how', () => {
    expect(marked('How was the ANA soldier treated?') ?? '').not.toMatch(/doctor/);
  });

  it('leaves the means whose head is a thing, past "of": "with explosives of Iranian provenance"', () => {
    expect(marked('How were the suicide vests packed?')).toBe('with explosives of Iranian provenance');
  });
});

describe('what a sentence says is used to do the act asked', () => {
  it('is "use" and its object before "to V", V the act: "WILL USE PSYOPS TO WARN POPULATION"', () => {
    expect(marked('How will INF COY warn the population before use of CAS?')).toBe('USE PSYOPS');
  });

  it('keeps "what will they use to V?" asking the object alone', () => {
    expect(marked('What will the task unit use to look at the area?')).toBe('planes');
  });
});
