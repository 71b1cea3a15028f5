/**
 * A count of another report telling nothing of the act or thing the question's event is (leads.ts actUntold) is of
 * another event, though in the same place and counting the same people: a car bomb's "Updated BDA: 2x KIA (ISAF, DEU)"
 * is no rival to the double ambush's "1 x ISAF (DEU) KIA", the best counting what is asked itself.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a count of a report telling none of the question’s event', () => {
  it('quotes the ambush’s "1 x ISAF (DEU) KIA", not declined for the car bomb’s "2x KIA (ISAF, DEU)"', () => {
    expect(marked('How many Germans were killed in the double ambush near Kunduz?')).toBe('1 x ISAF');
  });
});
