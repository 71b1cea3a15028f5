/**
 * "What did the convoy on Route Idaho fire back with?" (issue 11): the report says "THEY THEN RETURNED FIRE WITH 50.
 * CAL." Four readings answer it: the subject's placing phrase before the verb ("the convoy *on Route Idaho* fire
 * back"), "returned fire" as firing back, "they" opening its sentence for the convoy named just before it, and a
 * calibre's "50. CAL." kept in one sentence.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sentences } from '../src/search/text.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('a "did" question whose subject a preposition\'s phrase places', () => {
  const verbs = (question: string) => [...(readQuestion(question, lexicon()).acts?.verbs ?? [])];

  it('reads the noun after the phrase, before its particle, as the verb', () => {
    expect(verbs('What did the convoy on Route Idaho fire back with?')).toContain('fire');
    expect(verbs('What did the convoy on Route Idaho fire back with?')).not.toContain('convoy');
  });
});

describe('a calibre written "50. CAL."', () => {
  it('is not a sentence break after its bore', () => {
    const said = sentences('THEY THEN RETURNED FIRE WITH 50. CAL. ATT NO BDA, NO WIA OR KIA.').map((s) => s.text);
    expect(said).toEqual(['THEY THEN RETURNED FIRE WITH 50. CAL.', 'ATT NO BDA, NO WIA OR KIA.']);
  });
});

describe('"returned fire with X" for what they fired back with', () => {
  it('quotes the sentence saying the convoy returned fire with a .50 calibre', () => {
    expect(answerOf('What did the convoy on Route Idaho fire back with?').answer?.text).toContain(
      'RETURNED FIRE WITH 50. CAL.',
    );
  });
});
