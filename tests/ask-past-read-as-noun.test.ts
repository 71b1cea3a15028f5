/**
 * A past verb the tagger reads as a noun after a name, before its preposition or its object's article, is the clause's
 * verb: "where TF 373 *sent* the two" (not the Estonian coin), "the explosives found during Operation Marlin *disposed*
 * of". A noun WordNet knows compounds a common noun before it ("the rifle *shot* at"), not a name.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

const posOf = (question: string, word: string) =>
  readQuestion(question, lexicon()).reading.words.find((w) => w.text === word);

describe('a past verb read as a noun after a name', () => {
  it('reads it as the verb, in its base form', () => {
    expect(posOf('where tf 373 sent the two on 15 sept 07', 'sent')).toMatchObject({ pos: 'VERB', lemma: 'send' });
    const disposed = posOf('How were the explosives found during Operation Marlin disposed of?', 'disposed');
    expect(disposed).toMatchObject({ pos: 'VERB', lemma: 'dispose' });
  });

  it('keeps a noun compounding a common noun before it', () => {
    const shot = 'What did the soldiers fire before the rifle shot at the motorcyclist near Chahar Dara?';
    expect(posOf(shot, 'shot')?.pos).toBe('NOUN');
  });

  it('answers where the task force sent two detainees by the transfer the report logs', () => {
    const { answer } = answerOf('can someone tell me where tf 373 sent the two on 15 sept 07');
    expect(answer?.report.id).toBe('854565CA-E239-4981-B5B6-82E0D8C79BDA');
    expect(answer && answer.text.slice(...answer.span!)).toBe('BTIF');
  });

  it('quotes no recovery update for how the explosives were disposed of', () => {
    const { answer } = answerOf('How were the explosives found during Operation Marlin disposed of?');
    expect(answer?.report.id).not.toBe('36261792-F927-5439-D51D126F3051823D');
  });
});
