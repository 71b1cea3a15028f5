/**
 * A report naming none of the question's place is of another event, though it says a common noun of the question the
 * best's report says only in words of its own (issue 11, leads.ts namesOtherEvent): the best's "operation … kill /
 * capture" is the raid asked of, and a raid in another province no rival to it. A name of the question the best's
 * report writes only loosely ("OP ARAGON" for "Operation Aragon") still lets another report saying it rival the best.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a common noun the best report says in other words does not make a report lacking the place a rival', () => {
  it('answers whom the raid southwest of Jalalabad targeted, not held back by the raid on OBJ WOLF', () => {
    const { answer } = answerOf('Who was the target of the raid southwest of Jalalabad?');
    expect(answer?.report.id).toBe('35C17E54-C611-4F39-8C39-553F5927AC96');
    expect(marked('Who was the target of the raid southwest of Jalalabad?')).toBe('Qari Ur-Rahman');
  });

  it('still lets a report saying "operation" rival one writing only "OP ARAGON": no grid quoted as a count', () => {
    const { answer } = answerOf('How many insurgents were confirmed killed in the Operation Aragon fighting?');
    expect(answer?.text ?? '').not.toMatch(/42SWG219049/);
  });
});
