/**
 * What a question is most about (leads.mainWord, the main-word gate of gates.ts) in askers' own words (issue 11): a
 * verb the tagger reads as a noun after "do" and a unit's name with its number is weighed as a verb, not as the
 * question's rarest noun; a word the reports write otherwise is said in their words.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion, verbReadAsNoun } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();
const misread = (question: string) => verbReadAsNoun(readQuestion(question, lexicon()).reading.words, lexicon())?.text;

describe('a verb read as a noun after a unit named with its number ("do TF 31 *think*")', () => {
  it('reads it as the verb, and the sentence holding the name asked is not declined for want of it', () => {
    const question = "what do TF 31 think the captured insurgent's name really is";
    expect(misread(question)).toBe('think');
    expect(answerOf(question).declined).not.toBe('main-word');
  });

  it('keeps the verb after a noun subject so read, and a subject of nouns alone unread', () => {
    expect(misread('How many insurgents did the NDS arrest?')).toBe('arrest');
    expect(misread('Did the weapons deal actually go through?')).toBeUndefined();
  });
});

describe('the War Diary writes a mine blast as a "mine strike" (glossary)', () => {
  it('answers a question asking after the mine blast by the sentence telling the mine strike', () => {
    expect(marked('Where were the three wounded taken after the mine blast?')).toBe('BAF');
  });

  it('does not read a blast alone as a mine strike', () => {
    expect(answerOf('What kind of vehicle was lightly damaged in the Feyzabad blast?').answer).toBeNull();
  });
});
