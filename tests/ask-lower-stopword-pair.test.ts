/**
 * A stopword typed in lower case is read in the case the reports write it before the word after it, where they write
 * the pair in capitals nearly always: "at mine" is their "AT mine", the anti-tank mine. Read as the preposition, the
 * question quoted a report of IED components left behind.
 */
import { describe, expect, it } from 'vitest';
import { inWrittenCase } from '../src/search/written-case.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, index } = sampleAndArticleAnswerer();

describe('a lower-case stopword before a word', () => {
  it('takes the capitals the reports write the pair in', () => {
    expect(inWrittenCase(index(), 'what kind of at mine got left behind')).toBe('what kind of AT mine got left behind');
  });

  it('does not quote the IED components for the kind of at mine left behind on route mule', () => {
    const { answer } = answerOf('what kind of at mine got left behind on route mule');
    expect(answer?.report.id).not.toBe('AF87810F-B2C0-5608-882E2BBF4CE09A51');
  });
});
