/**
 * A lower-case word the reports' sample shows too rarely to tell its case is written as WordNet writes it where WordNet
 * writes it only in capitals: a month ("october"), an acronym ("mf", medium frequency, the name of FB MF). A plural
 * ("americans") is a kind, not a name, and an irregular verb's form ("led") is the verb's, not an LED.
 */
import { describe, expect, it } from 'vitest';
import { inWrittenCase } from '../src/search/written-case.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked, index } = sampleAndArticleAnswerer();

describe('a word seen too rarely in the reports, typed in lower case', () => {
  it('takes the capitals WordNet writes it in only', () => {
    expect(inWrittenCase(index(), 'how many rockets hit the fob on 10 october?')).toBe(
      'how many rockets hit the FOB on 10 October?',
    );
  });

  it('keeps a plural and an irregular verb’s form in lower case', () => {
    expect(inWrittenCase(index(), 'who led the americans')).toBe('who led the americans');
  });

  it('answers how many anp were killed by the land mine near fb mf', () => {
    expect(marked('how many anp were killed by the land mine near fb mf?')).toBe('2 KIA');
  });
});
