/**
 * The asker's word for a person (src/search/question.ts, askersTermForPerson): "the paladin *guys*", "the 20027 *guy*"
 * where the detention log writes a role ("5 X Detainees transferred into BTIF from TF Paladin"). It is neither what a
 * question is most about nor a noun a report must hold (gates.ts confidenceOf), though it still weighs in a sentence.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { askersTermForPerson, readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

const termFor = (question: string, text: string) => {
  const word = readQuestion(question, lexicon()).reading.words.find((w) => w.text === text)!;
  return askersTermForPerson(word, lexicon());
};

describe("the asker's word for a person", () => {
  it('is a noun WordNet glosses as a term for a person', () => {
    expect(termFor('what isns did the paladin guys get?', 'guys')).toBe(true);
    expect(termFor('who helped the wounded cop?', 'cop')).toBe(true);
  });

  it('is not a role the reports write, nor an abbreviation in capitals', () => {
    expect(termFor('what isns did the paladin detainees get?', 'detainees')).toBe(false);
    expect(termFor('who fired at Kamdesh COP?', 'COP')).toBe(false);
  });

  it('is not missed in a report writing the role: the ISNs the Paladin detainees were issued', () => {
    expect(marked('what isns did the paladin guys get the day 4176 came from tf 373')).toBe('4171,4172,4173,4174,4175');
  });
});
