/**
 * The purpose of the act a "why" question asks of, said in an infinitive right after that act in its own verb
 * (src/search/reasons.ts, actsAimed): "Stryker 30N asked OD and HAWG to engage both sides of the ridgeline *to
 * provide suppressive fires* …". Not the infinitive a verb takes as its complement ("asked OD *to engage*"), nor one
 * after another act than the question's.
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

const reasons = (question: string, text: string) =>
  kindSpans(text, readQuestion(question, lexicon()), lexicon(), () => false)
    .filter((s) => s.kind === 'reason')
    .map((s) => text.slice(s.start, s.end));

describe('an infinitive after the act asked of', () => {
  it('answers why the JTAC asked for the ridgeline to be engaged by what the engaging was to provide', () => {
    const question = 'Why did the Stryker JTAC ask for both sides of the ridgeline to be engaged?';
    expect(answerOf(question).answer?.text).toMatch(/^Stryker 30N asked OD and HAWG/);
    expect(marked(question)).toMatch(/^to provide suppressive fires for incoming MEDEVAC/);
  });

  it("is the purpose of the act told in the question's verb, past what it was done to", () => {
    const text = 'The patrol engaged the ridgeline to provide suppressive fires.';
    expect(reasons('Why did the patrol engage the ridgeline?', text)).toEqual(['to provide suppressive fires.']);
  });

  it('is not the act a verb takes as its complement: what was asked is no reason for asking', () => {
    const text = 'The JTAC asked OD to engage the ridgeline.';
    expect(reasons('Why did the JTAC ask for air support?', text)).toEqual([]);
  });

  it("is not the purpose of another act than the question's", () => {
    const text = 'The patrol engaged the ridgeline to provide suppressive fires.';
    expect(reasons('Why did the patrol stop?', text)).toEqual([]);
  });
});
