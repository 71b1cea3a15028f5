/**
 * Yes/no questions in askers' own words (issue 11): a sentence denying the question's predicate of its subject answers
 * "no" though it leaves out the time or the object the question narrows it to (stated.ts narrowingFrom), and "end up
 * doing" asks only whether it was done (catenative.ts). The quote is the report's own denial. And a gerund the tagger
 * reads as a noun is weighed as the act it says (question.ts roleOf), and a sum of money says "money" (gates.ts), not
 * nouns the report must hold. A degree of harm asked with a participle spelled without "-ed"/"-en" ("how badly was he
 * *hurt*?") is read as one, and answered by the report's own verb of that harm ("lightly *injured*").
 */
import { describe, expect, it } from 'vitest';
import { catenatives } from '../src/search/catenative.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();
const quoted = (question: string) => answerOf(question).answer?.text;

describe('a denial answers a yes/no question narrowed past it', () => {
  it('quotes "did not drop a bomb" for dropping one on a vehicle, the B1B having "ended up" doing it or not', () => {
    expect(quoted('Did the B1B end up dropping a bomb on the abandoned vehicle?')).toMatch(/DID NOT DROP A BOMB/);
  });

  it('quotes "was not on" for a question narrowed by a clause setting the scene ("when they hit it")', () => {
    expect(quoted('Was Akeeb Khan on Objective White when they hit it?')).toBe(
      'JPEL TARGET AKEEB KHAN WAS NOT ON OBJECTIVE WHITE.',
    );
  });

  it('quotes "there was no X" for "was there any X for Y?"', () => {
    expect(quoted('was there any motive for the shooting in shingar village')).toBe('There was no apparent motive.');
  });

  it('marks the denial, from its negator to the word denied, so the reader sees "no"', () => {
    expect(marked('Did the B1B end up dropping a bomb on the abandoned vehicle?')).toBe('NOT DROP');
    expect(marked('Was Akeeb Khan on Objective White when they hit it?')).toBe('NOT ON');
    expect(marked('was there any motive for the shooting in shingar village')).toBe('no apparent motive');
  });

  it('does not take the denial of one act for another (destroying is not dropping)', () => {
    expect(quoted('Did the B1B end up destroying the abandoned vehicle?') ?? '').not.toMatch(/DID NOT DROP/);
  });

  it('does not let a denial stand for a place it does not name (Objective Black)', () => {
    expect(quoted('Was Akeeb Khan on Objective Black when they hit it?') ?? '').not.toMatch(/NOT ON OBJECTIVE WHITE/);
  });
});

describe('"end up" with a gerund is read as a catenative, though the tagger reads "end" as a noun', () => {
  it('reads it so only before "up" and an -ing verb', () => {
    const lemmas = (q: string) => catenatives(read(q).words).map((w) => w.lemma);
    expect(lemmas('Did the B1B end up dropping a bomb?')).toEqual(['end']);
    expect(lemmas('Did the fight end up the valley?')).toEqual([]);
  });
});

describe('an -ing word the tagger reads as a noun, an article after it, is a gerund saying what was done', () => {
  it('weighs "planting the bomb" as an act, not a noun the report must hold ("laying an IED")', () => {
    expect(quoted('When were the men spotted planting the bomb near Panjwayi?')).toMatch(/^At 201530Z Oct 06, TF 31/);
  });

  it('keeps an -ing noun before a preposition a noun ("the shooting in shingar village")', () => {
    const words = readQuestion('was there any motive for the shooting in shingar village', lexicon()).reading.words;
    expect(words.find((w) => w.text === 'shooting')?.pos).toBe('NOUN');
    expect(quoted('was there any motive for the shooting in shingar village')).toBe('There was no apparent motive.');
  });
});

describe('a sum of money says the money a "how much money" question asks of', () => {
  it('quotes "$2000" for how much money was received, though the report never writes "money"', () => {
    expect(marked('How much money did the governor receive from OGA?')).toBe('$2000');
  });

  it('still declines a count of another thing the report does not name', () => {
    expect(quoted('How many weapons did the governor receive from OGA?') ?? '').not.toMatch(/\$2000/);
  });
});

describe('a degree of harm asked with an irregular participle', () => {
  const degreeOf = (question: string) => {
    const read = readQuestion(question, lexicon());
    return read.degree ? read.instanceOf : undefined;
  };

  it('reads "hurt" after a form of "be" as the participle of the harm asked', () => {
    expect(degreeOf('how badly was the soldier next to the MP7 discharge hurt')).toBe('hurt');
    expect(degreeOf('how badly hurt was the soldier in the dingo crash')).toBe('hurt');
    expect(degreeOf('How badly was the truck damaged?')).toBe('damage');
  });

  it('reads no participle in a verb in "-ing" or without a form of "be"', () => {
    expect(degreeOf('how badly is the soldier hurting')).toBeUndefined();
    expect(degreeOf('how badly did the discharge hurt the soldier')).toBeUndefined();
  });

  it('answers by the report\'s own verb WordNet brings to the harm asked: "lightly injured" for "hurt"', () => {
    // With the casualty category its bracket gives (tests/ask-casualty-grade).
    expect(marked('how badly was the soldier next to the MP7 discharge hurt')).toBe(
      'lightly injured (crack trauma, likely CAT D)',
    );
  });

  it('still declines when the report names another one hurt than the one asked', () => {
    expect(answerOf('how badly was the interpreter next to the MP7 discharge hurt').answer).toBeNull();
  });
});
