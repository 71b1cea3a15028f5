/**
 * A pronoun typed in lower case where no pronoun stands, after a determiner, a number or an adjective ("the us tif-a",
 * "how many us soldiers", "the missing us soldier"), is written as WordNet writes the word, in capitals: the US. The
 * pronoun after a verb or a preposition ("tell us") stays as typed.
 */
import { describe, expect, it } from 'vitest';
import { inWrittenCase } from '../src/search/written-case.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, index } = sampleAndArticleAnswerer();

describe('a lower-case pronoun where only a modifier stands', () => {
  it('is the US after a determiner or a participle after one, and the pronoun after a verb', () => {
    expect(inWrittenCase(index(), 'where were they moving the missing us soldier')).toBe(
      'where were they moving the missing US soldier',
    );
    expect(inWrittenCase(index(), 'what did the elders tell us about the attack')).toBe(
      'what did the elders tell us about the attack',
    );
  });

  it('answers how many us soldiers were wounded in the ied strike west of pbw from the strike’s report', () => {
    const { answer } = answerOf('how many us soldiers were wounded in the ied strike 39km west of pbw?');
    expect(answer?.report.id).toBe('C4B191AE-B3B2-47B6-9A68-D256019065B9');
    expect(answer?.text).toContain('3x US MIL were reported WIA');
  });

  it('answers the us tif-a head count with the US TIF-A’s', () => {
    const { answer } = answerOf(
      'what was the us tif-a head count after the detainees with isns 20093 through 20097 came in?',
    );
    expect(answer?.report.id).toBe('9EB9A315-1517-911C-C5F91908735CC942');
    expect(answer && answer.span && answer.text.slice(...answer.span)).toBe('228');
  });
});
