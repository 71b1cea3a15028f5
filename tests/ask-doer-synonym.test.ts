/**
 * Questions naming who acted in other words than the report (issue 11): the report's subject whose head WordNet files
 * with the question's doer in one sense is them ("EOD *team*" for "the bomb *squad*": team, squad). A subject of no
 * shared sense ("EOD team" for "the patrol") still tells what someone else did.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a doer said by a synonym of its head', () => {
  it('answers what the bomb squad found by what the EOD team discovered', () => {
    expect(marked('what else did the bomb squad find beside the first IED on pluto')).toBe('a second IED');
  });

  it('still declines what the patrol found: a team is no patrol', () => {
    expect(answerOf('What else did the patrol find beside the first IED on pluto?').declined).toBe('names-no-kind');
  });
});
