/**
 * The act's own noun told apart by a word the question lacks ("fired *a warning shot*" for "what did the Dingo
 * shoot?"): English names what was shot or fired by the act's noun, so the question's verb does not make it a thing
 * the question already names.
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

const objects = (question: string, text: string, asked: string[]) =>
  kindSpans(text, readQuestion(question, lexicon()), lexicon(), (w) => asked.includes(w.lemma.toLowerCase())).map((s) =>
    text.slice(s.start, s.end),
  );

describe("the act's own noun as what it was done to", () => {
  const asked = ['coy', 'shoot', 'shot', 'corolla'];

  it('answers with the word telling which', () => {
    const text = 'DEU CSS COY shot a warning shot in the air because a white Toyota Corolla came near.';
    expect(objects('What did the CSS Coy shoot at the Corolla?', text, asked)).toContain('a warning shot');
  });

  it("alone, is the question's own word", () => {
    const text = 'DEU CSS COY shot the shot in the air because a white Toyota Corolla came near.';
    expect(objects('What did the CSS Coy shoot at the Corolla?', text, asked)).not.toContain('the shot');
  });

  it('answers what the Dingo shot at the SUVs near Kholm', () => {
    expect(marked('what did the dingo shoot at the suvs near kholm')).toBe('a warning shot');
  });
});
