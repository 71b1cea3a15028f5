/**
 * A "how many" count restated in its report (issue 11): a sentence writing the best's count word for word ("8x LN
 * wounded" in the report's BDA line) names the same answer, and one of its report naming no count, where the best
 * counts the group asked by the glossary's abbreviation ("*8x LN* wounded" for "local people"), tells the event the
 * count is of. Neither rivals it at the lead gate.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a count of the group asked, restated in its report, rivals no answer', () => {
  it('marks the local nationals wounded by the Feyzabad bomb', () => {
    expect(marked('How many local people were hurt by the bomb in Feyzabad near the city house?')).toBe(
      '8x LN wounded',
    );
  });

  // Its rival, the car bomb's "2x KIA (ISAF, DEU), 1x WIA", holding the count's words only apart, is of another event
  // (tests/ask-untold-event.test.ts): the ambush's own report answers.
  it('never quotes the count of another event for the double ambush', () => {
    const { answer } = answerOf('How many German soldiers were killed in the double ambush near Kunduz?');
    expect(answer?.report.id).toBe('GER-0096');
    expect(answer?.text).toContain('1 x ISAF (DEU) KIA');
  });

  it('still declines where the Mest soldier was first reported missing: its rivals name other times', () => {
    expect(answerOf('When was the soldier at Mest OP first reported missing?').answer).toBeNull();
  });
});
