/**
 * A name's phrase ends before the date the reader finds after it (kinds.ts shortOfDate): "IEDs yesterday" is the
 * devices and when, and read so the glossary names it a device, no one who saw anything.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a name followed by a date', () => {
  it('marks who saw it, not the devices and the day ("A LN reported he witnessed INS installing … IEDs yesterday")', () => {
    expect(marked('Who saw the insurgents putting in the mines?')).toBe('LN');
  });
});
