/**
 * "What time…?" asks a time, as "when" does: WordNet files "time" first as an event (a single occasion), the sense
 * "how many times" counts, which made the question ask only which time it was (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { timeAsWritten } from '../src/search/kinds.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"what time" asks the clock', () => {
  it('quotes the time the report gives, marked', () => {
    const question = "What time did the escalation of force on the civilian car in TF Steel's area start?";
    expect(answerOf(question).answer?.report.id).toBe('0x080e000001217885d9b4160d7dec0e9e');
    expect(marked(question)).toBe('0830Z');
  });

  it('answers as "when" does', () => {
    const when = answerOf('When did the CH-47s see small arms fire near the Khowst Bowl?').answer;
    const whatTime = answerOf('What time did the CH-47s see small arms fire near the Khowst Bowl?').answer;
    expect(whatTime?.text).toBe(when?.text);
    expect(whatTime?.text).toContain('At 2145Z');
  });
});

describe('a War Diary time, marked', () => {
  const mark = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    const span = timeAsWritten(text, { kind: 'time', start, end: start + phrase.length, strength: 1 });
    return text.slice(span.start, span.end);
  };

  it('ends where the time written as one does, not in the name after it', () => {
    expect(mark('INITIAL @ 0830Z TF 373 (TM SAL) NOTIFIES STEEL MAIN', '0830Z TF 373')).toBe('0830Z');
  });

  it('keeps the date written after it, and the words leading it', () => {
    expect(mark('At 201530Z Oct 06, TF 31 spotted 3x persons', 'At 201530Z Oct 06')).toBe('At 201530Z Oct 06');
    expect(mark('At 0810D* the convoy left', 'At 0810D')).toBe('At 0810D');
  });

  it('leaves a time not written so as it is', () => {
    expect(mark('shortly after the new year', 'shortly after the new year')).toBe('shortly after the new year');
  });
});
