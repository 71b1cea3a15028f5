/**
 * A report lacking a name the question gives (a year) tells another event of its kind, though it writes the
 * question's count in its words ("Two (2) detainees") where the best's report writes digits ("2x detainees"): a count
 * is no more of the question (leads.ts namesOtherEvent), and that report's answer is no rival (leadsOf anotherStory).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a count written in words is no more of the question', () => {
  it('quotes the September 2007 transfer, not declined for the 2009 one ("Two (2) detainees … on 110302ZSEP09")', () => {
    expect(marked('when did the two tf 373 detainees go into btif in sept 07')).toBe('on 151940ZSEP07');
  });
});
