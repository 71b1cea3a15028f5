/**
 * An attack said for an asker's "hit" (verb-steps.ts attackOf, read by acts-said.ts asActs): WordNet files a patrol's
 * getting hit as hit's tenth sense, "strike, hit — make a strategic, offensive, assault against an enemy", a way to
 * attack, and the War Diary writes it by that word, verb or noun: "an IED *attack* was committed against a DEU patrol
 * consisting of 1 FENNEK and 1 DINGO", "IED *attack* on 4 vehicle convoy of joint patrol with ANP OP MUDAWEN". Not for
 * a verb with no sense of attacking: to execute is a way to "murder, slay, hit", no attack.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { attackOf } from '../src/search/verb-steps.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the verb of attacking a verb says in a sense of fighting', () => {
  it('is "attack" for hit, strike, bomb: each a way of it, whatever the rank of that sense', () => {
    for (const verb of ['hit', 'strike', 'bomb']) expect([...attackOf(verb, lexicon())]).toContain('attack');
  });

  it('is none for a verb with no such sense', () => {
    for (const verb of ['execute', 'find', 'shoot']) expect(attackOf(verb, lexicon()).size).toBe(0);
  });
});

describe('a report telling an attack', () => {
  it('tells the bomb that hit the Fennek and the Dingo: its grid', () => {
    const question = 'need the grid for the loc pluto bomb that hit the fennek and dingo';
    expect(answerOf(question).answer?.text).toMatch(/an IED attack was committed against a DEU patrol/);
    expect(marked(question)).toBe('42SVF892');
  });

  it('tells the joint patrol that got hit: its operation', () => {
    const question = 'any idea what the op was called for the joint anp patrol that got hit near khanabad';
    expect(marked(question)).toBe('MUDAWEN');
  });

  it('does not tell a shooting, shoot having no sense of attacking: the CH-53 landed, after no shooting said', () => {
    expect(answerOf('What did the German helicopter do after it was shot at?').answer).toBeNull();
  });
});
