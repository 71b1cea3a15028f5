/**
 * "What happened to the detainees *once they reached the BTIF*?" asks what followed the scene its clause sets (issue
 * 11): an act all of whose nouns are the scene's tells the scene itself.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('the scene is not what followed it', () => {
  it('no longer marks the transfer into the BTIF as what happened once the detainees reached it', () => {
    const question = 'What happened to the three detainees once they reached the Bagram Theater Internment Facility?';
    expect(marked(question) ?? '').not.toMatch(/transfered to Bagram/);
  });

  it('still answers what a vehicle did after a shot', () => {
    expect(marked('What did the green Toyota do after the G36 shot?')).toMatch(/stopped/);
  });
});
