/**
 * A lower-case question's adjective of a place's name ("german", "afghan") is read with the name's capital, as English
 * writes it, though the reports' prose writes it in lower case too: only so does the tagger see a nationality ("the
 * German trainers"). An adjective of a place that is no name ("local") stays in lower case.
 */
import { describe, expect, it } from 'vitest';
import { inWrittenCase } from '../src/search/written-case.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked, index } = sampleAndArticleAnswerer();

describe('an adjective of a place’s name, typed in lower case', () => {
  it('is read with the name’s capital; "local" is not', () => {
    expect(inWrittenCase(index(), 'did the german and afghan trainers meet the local elders')).toBe(
      'did the German and Afghan trainers meet the local elders',
    );
  });

  it('answers what the german trainers found near the checkpoint', () => {
    expect(marked('what did the german trainers find near checkpoint iman bukri?')).toBe('1 x mortar grenade');
  });
});
