/**
 * A "what did S V at…?" question whose subject is a compound the tagger splits with a verb (src/search/question.ts,
 * doSupported): "did the BSG *top cover* point at the Corolla" asks what the top cover soldiers pointed, "cover" a noun
 * of the subject and "point" the verb. The report answers with the object of "pointed": "He also pointed *a green laser
 * beam* at the vehicle". After an article the adjective may be the subject itself ("did the local *tell* police…").
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();
const tags = (question: string) => readQuestion(question, lexicon()).reading.words.map((w) => `${w.text}/${w.pos}`);

describe('a compound subject split by a verb', () => {
  it('reads the noun before the preposition as the verb, the word before it as the subject', () => {
    const question = readQuestion('what did the BSG top cover point at the Corolla besides the torch', lexicon());
    expect([...(question.acts?.asked ?? [])]).toEqual(['point']);
    expect([...(question.acts?.doers ?? [])]).toContain('cover');
  });

  it('answers with what the top cover pointed at the car', () => {
    const question = 'what did the bsg top cover point at the corolla besides the torch';
    expect(answerOf(question).answer?.report.id).toBe('GER-0128');
    expect(marked(question)).toBe('a green laser beam');
  });

  it('leaves the verb after an adjective that is the subject: "did the local tell police…"', () => {
    const read = tags('what did the local tell police about the attack');
    expect(read).toContain('tell/VERB');
    expect(read).toContain('police/NOUN');
  });
});
