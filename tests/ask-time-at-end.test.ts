/**
 * A War Diary time ending its sentence (src/search/kinds.ts, timePiece): the log lines close with the time of their act
 * ("Guns fired at 1535Z.", "INF COY REQUESTED MEDEVAC AT 0951L.", "Event closed at 1424Z."), and the tagger reads the
 * zone letter and the full stop as one abbreviation ("Z."), so the time was not read and the sentence named no time.
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

const times = (text: string) =>
  kindSpans(text, readQuestion('When did the guns fire?', lexicon()), lexicon(), () => false)
    .filter((s) => s.kind === 'time')
    .map((s) => text.slice(s.start, s.end));

describe('a time ending its sentence', () => {
  it('is read as a time, its full stop and all, as one written within the sentence is', () => {
    expect(times('Guns fired at 1535Z.')).toEqual(['at 1535Z.']);
    expect(times('Guns fired at 1535Z')).toEqual(['at 1535Z']);
  });

  it('answers when the act was done, marked without the full stop: "INF COY REQUESTED MEDEVAC AT 0951L."', () => {
    expect(answerOf('When did the infantry company request medevac?').answer?.text).toBe(
      'INF COY REQUESTED MEDEVAC AT 0951L.',
    );
    expect(marked('When did the infantry company request medevac?')).toBe('AT 0951L');
  });

  it('is a time of the act, so another report\'s "machine gun fire" time is no longer quoted for it', () => {
    const { answer } = answerOf('What time did the guns fire?');
    expect(answer?.text ?? '').not.toMatch(/machine gun fire at FOB SPERWAN GHAR/);
  });

  it('is no time where the sentence ends in a name: "MEDEVAC w/d at JAF."', () => {
    expect(times('At 0911Z, MEDEVAC w/d at JAF.')).toEqual(['At 0911Z']);
  });
});
