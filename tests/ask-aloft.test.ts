/**
 * "The air" a shot went to (kinds.ts aloft, issue 11): "3 warning shots *to the air* were performed" says where the
 * shots went, not where anyone was, so it answers only a question of firing or throwing ("where did they fire?").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('"the air" is where a shot went, not where anyone was', () => {
  it('does not answer where the troops were by the air the warning shots went to', () => {
    expect(marked('where are the bulgarians and germans back at after the corolla thing')).not.toBe('air');
    expect(marked('Where were the Bulgarian and German troops after the warning shots at the Corolla?')).not.toBe(
      'air',
    );
  });

  it('still answers where a warning shot was fired by "in the air"', () => {
    expect(marked('where did the css coy fire the warning shot')).toBe('air');
  });
});
