/**
 * A question asking the first or last of like events by a word of order (src/search/order-asked.ts): the War Diary
 * tells a report's story in the order it went, so the sentence its report tells first answers "first", the one told
 * last "finally"; a sentence told on the other side of the best is no rival to it (leads.ts leadsOf).
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { orderAsked } from '../src/search/order-asked.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('the order a question asks', () => {
  const order = (text: string) => orderAsked(readQuestion(text, lexicon()), lexicon());

  it('reads "first", "in the first place" and "initially" as the earliest, "finally" as the last', () => {
    expect(order('When was the soldier at Mest OP first reported missing?')).toBe('first');
    expect(order('who told the taloqan advisor team about the rockets in the first place')).toBe('first');
    expect(order('where was the attack initially reported')).toBe('first');
    expect(order('when were the bmp-1 rockets finally blown')).toBe('last');
  });

  it('reads no order in a noun WordNet knows, nor in a count', () => {
    expect(order('can someone tell me who gave first aid to the boy on the donkey')).toBeUndefined();
    expect(order('how many more did titan kill on the ridgeline after the first 3')).toBeUndefined();
    expect(order('Who paid for the well in the OE district?')).toBeUndefined();
  });
});

describe('a question asking the first or last of like events', () => {
  it("leaves a rival told later giving the best's time: it tells the same event again", () => {
    // "TIMELINE: 0430z BLACKFOOT TOC REPORTS SOLDIER IS MISSING" after "At 0430Z, TF 1 Geronimo reported…".
    expect(answerOf('When was the soldier at Mest OP first reported missing?').answer).toBeNull();
  });

  it('leaves a rival told before the best for "first": it may be the first', () => {
    // VooDoo was over Mest first: "At 1351Z, VooDoo and Pfingston RIP with Predator (Sijan)" names it only in passing.
    expect(answerOf('What was the callsign of the first Predator over Mest?').answer).toBeNull();
  });

  it('is not rivalled by a later update for "in the first place"', () => {
    expect(answerOf('who told the taloqan advisor team about the rockets in the first place').answer?.text).toMatch(
      /received a report from DEU state department/,
    );
  });

  it('is not rivalled by an earlier step of the story for "finally"', () => {
    expect(answerOf('when were the bmp-1 rockets finally blown').answer?.text).toMatch(/were destroyed by PRT KDZ/);
  });
});
