/**
 * Readings the answerer once made twice over, now made once and shared (strandsPreposition, causeOpening, pastTags):
 * each keeps the reading both of its callers made, and the answers that rest on it.
 */
import { describe, expect, it } from 'vitest';
import { read, pastAdverbs, pastTags } from '../src/search/nlp.ts';
import { strandsPreposition } from '../src/search/question.ts';
import { causeOpening, reasonSpans } from '../src/search/reasons.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

/** The words of a question after which its preposition stands with no noun after it. */
const stranding = (question: string) => {
  const { words } = read(question);
  return words.filter((_, i) => strandsPreposition(words, i)).map((w) => w.text);
};

describe('a preposition left standing (question.ts strandsPreposition)', () => {
  it('is read at the end of the question and before another preposition', () => {
    expect(stranding('Who did Aziz Ullah work for?')).toEqual(['work']);
    expect(stranding('Who is Aziz Ullah subordinate to?')).toEqual(['subordinate']);
    expect(stranding('Who were the warning shots fired at near Camp Warehouse?')).toContain('fired');
  });

  it('is not read where a noun follows the preposition', () => {
    expect(stranding('Who fired at the convoy near Camp Warehouse?')).toEqual([]);
  });

  it('answers with the phrase the preposition takes, and sets a doer aside (gates.ts doerNotAsked)', () => {
    expect(marked('Who is Aziz Ullah subordinate to?')).toBe('Saifullah');
    expect(answerOf('Who were the warning shots fired at near Camp Warehouse?').answer).toBeNull();
  });
});

describe('one list of the markers of cause (reasons.ts CAUSES)', () => {
  it('reads the marker a cause opens with, not one of aim or time', () => {
    const text = 'At least one INS injured due to trail of blood was reported.';
    expect(causeOpening(text, text.indexOf('due'))).toBe('due to');
    expect(causeOpening('BECAUSE the road broke away', 0)).toBe('BECAUSE');
    expect(causeOpening('IOT secure the area', 0)).toBeUndefined();
    expect(causeOpening('when the convoy passed', 0)).toBeUndefined();
  });

  it('still gives every cause as a reason', () => {
    for (const text of ['The road was closed owing to heavy snow.', 'INS WERE TAKING COVER AS RESULT OF SOF'])
      expect(reasonSpans(text, read(text).words, lexicon()).length).toBe(1);
  });

  it('answers "how did they know" with the cause a sentence gives (kinds.ts groundsOf)', () => {
    expect(marked('How did they know at least one insurgent was hurt on LOC Banana?')).toMatch(
      /^due to trail of blood/,
    );
  });
});

describe('one loop past words of some tags (nlp.ts pastTags)', () => {
  it('steps past the tags given, to the first other word or the end', () => {
    const { words } = read('He actually quickly went home');
    expect(pastAdverbs(words, 1)).toBe(3);
    expect(pastTags(words, 1, new Set(['ADV']))).toBe(3);
    expect(pastTags(words, 0, new Set(['PRON', 'ADV', 'VERB', 'NOUN']))).toBe(words.length);
    expect(pastTags(words, 0, new Set(['DET']))).toBe(0);
  });
});
