/**
 * "Who V-ed X near the <code> Y?" (issue 11): a unit's code the question gives only to say which thing ("near the
 * *ANBP* checkpoint") is who did the act where a sentence has it as the subject of the question's own verb, acting on
 * the question's noun ("*ANBP* secured the site").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a code the question names as a modifier, doing the question’s act in the sentence', () => {
  it('answers by the code standing before the question’s verb and noun', () => {
    expect(marked('Who secured the IED site near the ANBP checkpoint?')).toBe('ANBP');
  });

  it('keeps another doer of an act where the code only says which place', () => {
    expect(marked('Who went to the ANBP HQ to investigate?')).toBe('Patrol');
  });

  it('does not answer by the code where the question has it as its own subject', () => {
    expect(marked('Who responded after ANBP secured the site?')).not.toBe('ANBP');
  });
});
