/**
 * A passive question whose subject ends in the number naming it (src/search/question.ts, passive): "where was ISN 4189
 * *sent*?" — the tagger reads the participle after the number as a noun (WordNet files "sent" as a coin), and as a
 * noun it is the question's main word, which no detainee log writes ("1 X Detainee transfer into BTIF by TF 373").
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a passive question whose subject is named by its number', () => {
  it('reads the participle after "ISN 4189" as the verb', () => {
    const words = readQuestion('where was isn 4189 sent', lexicon()).reading.words;
    expect(words.at(-1)).toMatchObject({ pos: 'VERB', lemma: 'send' });
  });

  it('answers where the detainee went from the log saying the transfer', () => {
    expect(marked('where was isn 4189 sent')).toBe('BTIF');
  });

  it('leaves a noun after a number counting it a noun: "the convoy of 20 *trucks*"', () => {
    // A number after a preposition counts the noun after it; it names no subject the participle would follow.
    const words = readQuestion('where was the convoy of 20 trucks', lexicon()).reading.words;
    expect(words.at(-1)?.pos).toBe('NOUN');
  });
});
