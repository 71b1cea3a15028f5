/**
 * A noun typed in lower case that opens its noun phrase right before a name ("in the operation aragon fighting", "at
 * camp arena") is the name's kind, written with its capital as English writes it inside the name: the reports write
 * such names in capitals ("OP ARAGON"), which tell nothing of the kind word. A noun after a noun ("insurgents attack
 * kamdesh") may be the verb, and stays as typed.
 */
import { describe, expect, it } from 'vitest';
import { inWrittenCase } from '../src/search/written-case.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, index } = sampleAndArticleAnswerer();

const ARAGON = 'how many insurgents were confirmed killed in the operation aragon fighting?';

describe('a lower-case noun opening its phrase before a name', () => {
  it('takes a capital as the name’s kind, and not after a noun', () => {
    expect(inWrittenCase(index(), ARAGON)).toBe(
      'how many insurgents were confirmed killed in the Operation Aragon fighting?',
    );
    expect(inWrittenCase(index(), 'when did insurgents attack kamdesh')).toBe('when did insurgents attack Kamdesh');
  });

  it('quotes no grid for how many insurgents Operation Aragon’s fighting killed', () => {
    const { answer } = answerOf(ARAGON);
    expect(answer?.span && answer.text.slice(...answer.span)).not.toBe('42SWG219049');
  });
});
