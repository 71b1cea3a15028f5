/**
 * The words a right quote marks as the answer (bold in Discord), which people read as THE answer (issue 11): each rule
 * that marks the answer's own words keeps a mark it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('the phrase a verb acts on', () => {
  it('counts no punctuation among its words: "the would-be suicide bombers’ explosive vests" reaches the vests', () => {
    expect(marked('What did the Americans get to inspect?')).toBe('the would-be suicide bombers’ explosive vests');
  });

  it('still ends where its clause does', () => {
    expect(marked('What was the remote-controlled bomb made of?')).toBe('a receiver and a power source');
  });
});
