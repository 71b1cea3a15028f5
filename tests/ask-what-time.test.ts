/**
 * "What time…?" asks a time, as "when" does: WordNet files "time" first as an event (a single occasion), the sense
 * "how many times" counts, which made the question ask only which time it was (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"what time" asks the clock', () => {
  it('quotes the time the report gives, marked', () => {
    const question = "What time did the escalation of force on the civilian car in TF Steel's area start?";
    expect(answerOf(question).answer?.report.id).toBe('0x080e000001217885d9b4160d7dec0e9e');
    expect(marked(question)).toMatch(/^0830Z/);
  });

  it('answers as "when" does', () => {
    const when = answerOf('When did the CH-47s see small arms fire near the Khowst Bowl?').answer;
    const whatTime = answerOf('What time did the CH-47s see small arms fire near the Khowst Bowl?').answer;
    expect(whatTime?.text).toBe(when?.text);
    expect(whatTime?.text).toContain('At 2145Z');
  });
});
