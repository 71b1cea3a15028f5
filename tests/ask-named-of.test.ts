/**
 * Whose name a "what was the name of…" question asks (Question.namedOf), read once where the question is read: the
 * words past the word asking the name, whichever word that is ("name", "identity").
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';

const namedOf = (question: string) =>
  readQuestion(question, lexicon())
    .namedOf?.map((w) => w.text)
    .join(' ');

describe('whose name is asked', () => {
  it('is read past "name"', () => {
    expect(namedOf('What was the name of the HUN doctor who treated the boy?')).toBe(
      'of the HUN doctor who treated the boy ?',
    );
  });

  it('is read past "identity" as past "name": the question asks the same', () => {
    expect(namedOf('What was the identity of the HUN doctor who treated the boy?')).toBe(
      'of the HUN doctor who treated the boy ?',
    );
  });

  it('is read past the name a verb before it asks of: "what did the task force think the real name of … was?"', () => {
    expect(namedOf('What did the task force think the real name of the wounded prisoner was?')).toBe(
      'of the wounded prisoner was ?',
    );
  });

  it('is not read where no name is asked', () => {
    expect(namedOf('Who treated the boy?')).toBeUndefined();
  });
});
