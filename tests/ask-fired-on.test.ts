/**
 * A passive "where" question whose preposition aims the act at its subject (issue 11): "where was the German PRT
 * *fired on*?" asks where the PRT was the target, so a sentence telling where the Germans themselves fired ("DEU recce
 * patrol fired warning shot in TANJAR") does not answer it.
 */
import { describe, expect, it } from 'vitest';
import { actAsked } from '../src/search/acts.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('"where was X fired on?"', () => {
  const asked = (question: string) => actAsked(read(question).words, lexicon());

  it('asks the place of the act done to its subject', () => {
    expect(asked('Where was the German PRT fired on?')).toMatchObject({ role: 'place', doneTo: true });
    expect(asked('Where were the soldiers shot at?')).toMatchObject({ role: 'place', doneTo: true });
  });

  it('leaves a preposition of whence or whither asking what it takes, and a plain passive as it was', () => {
    expect(asked('Where did the convoy come from?')).toBeUndefined();
    expect(asked('Where was the wounded soldier taken to?')).toBeUndefined();
    expect(asked('Where were the Iranian weapons discovered?')?.doneTo).toBeUndefined();
  });

  it('is not answered by where the German patrol fired, its subject the firer', () => {
    const { answer } = answerOf('Where was the German PRT fired on?');
    expect(answer?.report.id).not.toBe('GER-0100');
  });
});
