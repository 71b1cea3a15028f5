/**
 * A common word of English typed in lower case is given the reports' capitals only where they write it so nearly
 * always, whether those capitals are a capital or all capitals: "camp" stands in a report's heading as "CAMP" and in
 * names as "Camp Arena", yet the reports write it in lower case too, and the asker's "camp" is the name's kind, not an
 * acronym of its own.
 */
import { describe, expect, it } from 'vitest';
import { inWrittenCase } from '../src/search/written-case.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked, index } = sampleAndArticleAnswerer();

describe('a common word the reports write in capitals only often, typed in lower case', () => {
  it('is no acronym: "camp" is the kind of the name it opens ("Camp Arena"), not "CAMP"', () => {
    expect(inWrittenCase(index(), 'how many people were hurt when the chinook crashed near camp arena?')).toBe(
      'how many people were hurt when the chinook crashed near Camp Arena?',
    );
  });

  it('answers how many were hurt in the chinook crash near camp arena', () => {
    expect(marked('how many people were hurt when the chinook crashed near camp arena?')).toBe('25 wounded');
  });
});
