/**
 * A going back told by being back somewhere (issue 11): the War Diary closes an incident with where its forces ended
 * up, "ALL UNITS ARE BACK IN DARZAB POLICE STATION", with no verb of motion; that tells where they went back to
 * (destinations.ts backAt).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('being back at a place tells a going back there', () => {
  it('answers where the units returned to by where they are back in', () => {
    expect(marked('Where did all the units return to after the Darzab firefight?')).toBe('DARZAB POLICE STATION');
  });
});
