/**
 * A subject named again in brackets ("the last vehicle *(Type DINGO)* fired a warning shot"): the bracket says which
 * one the subject is, so a question naming it by the bracket's word ("what did the Dingo fire?") is asking of its act.
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

describe('a subject with its name in brackets', () => {
  const asked = ['dingo', 'fire', 'suv'];

  it("did the act when the bracket names the question's doer", () => {
    const text = 'The SUVs didnt react and the last vehicle (Type DINGO) fired a warning shot with the fixed MG.';
    expect(objects('What did the Dingo fire at the SUVs?', text, asked)).toContain('a warning shot');
  });

  it('did not when neither it nor its bracket names the doer', () => {
    const text = 'The SUVs didnt react and the last vehicle (Type FUCHS) fired a warning shot with the fixed MG.';
    expect(objects('What did the Dingo fire at the SUVs?', text, asked)).not.toContain('a warning shot');
  });

  it('answers what the Dingo fired at the SUVs near Kholm', () => {
    expect(marked('what did the dingo fire at the suvs near kholm')).toBe('a warning shot');
  });
});
