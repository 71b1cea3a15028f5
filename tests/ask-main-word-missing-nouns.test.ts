/**
 * The gates that decline a sentence whose report misses what the question is about (gates.ts confidenceOf): its main
 * (rarest) word ('main-word') and most of its nouns ('missing-nouns'). Where the question's words are only the asker's
 * way of saying which one it means, or the report says them in other forms, the right sentence is quoted; where the
 * report lacks what the question asks about, it is still declined.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the main word', () => {
  it('is not a word of the clause telling which one is meant: the officer "who stayed … with the wounded cop"', () => {
    expect(marked("What's the name of the ANP officer who stayed at the Kamdesh PRT with the wounded cop?")).toBe(
      'Nimitullah',
    );
  });

  it('is still a word of that clause its report holds: "which task force sent the detainee who got ISN 20021?"', () => {
    expect(marked('Which task force sent the detainee who got ISN 20021?')).toBe('TF 373');
  });

  it('is there when it is a name its report holds anywhere, though not in the passage quoted', () => {
    expect(marked('How much opium was collected after the Shah Wali Kot fight?')).toBe('35kg');
  });

  it('is no number counting the noun after it: "with five RPGs", written "with 5 x RPG"', () => {
    expect(marked('How many insurgents attacked the Fennek recce squad with five RPGs?')).toBe('10-12 x INS');
  });
});

describe('the missing nouns', () => {
  it('count a word no report holds, said before a noun to tell which one, a quarter: "the IED and gunfire attack"', () => {
    expect(marked('How many insurgents were killed in the IED and gunfire attack near Riverloop?')).toBe('1x INS');
  });

  it('count such a word in full as the head of the main clause: no report tells of a nephew of Dr Amin', () => {
    expect(answerOf('Who was the nephew of Dr Amin?').answer).toBeNull();
  });

  it('count it in full as the head of a scene: no quote for "the clash between the police and the coalition"', () => {
    // The governor's sentence names TB attacking police checkpoints: another attack than the clash asked of.
    expect(
      answerOf('Who attacked first in the clash between the police and the coalition near Jalalabad?').answer,
    ).toBeNull();
  });
});
