/**
 * Who a question says did its act, read in the War Diary's own words (the glossary's forms): "the German trainers" are
 * the "GER MP Training Coy" whose "they found" tells what they found (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the doer a question names, as the reports write it', () => {
  it('finds what "they" found when the subject before them is the doer in the glossary\'s form ("GER")', () => {
    const { answer } = answerOf('What did the German trainers find near checkpoint Iman Bukri?');
    expect(answer?.report.id).toBe('GER-0116');
    expect(marked('What did the German trainers find near checkpoint Iman Bukri?')).toBe('1 x mortar grenade');
  });

  it('still takes no find of another doer for theirs: "ANP reported they found an IED" is what the ANP found', () => {
    const { answer } = answerOf('What did the Germans find near the ANP checkpoint in RC North?');
    expect(answer?.report.id).not.toBe('GER-0043');
  });
});
