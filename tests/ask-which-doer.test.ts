/**
 * "Which N V-ed …?" asks who did the act, as "who V-ed …?" does (acts.ts groupDoing, issue 11): the noun only says
 * what kind of one answers. Where a sentence says the act, its phrase in the doer's role is marked, not another of the
 * same kind ("1 x Detainee transferred to the BTIF *from TF 373*": the detainee and the BTIF are not who transferred).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a "which N" question asks the doer of its verb', () => {
  it('marks the task force a headline passive names after "from", not the place it went to', () => {
    expect(marked('Which task force transferred the detainee who was assigned ISN 2840 in November 2009?')).toBe(
      'TF 373',
    );
  });

  it('marks the task force, not the detainees the headline opens with', () => {
    expect(marked('Which task force transferred the two detainees who were issued ISNs 20057 and 20084?')).toBe(
      'TF 373',
    );
  });

  it('reads no act of a catenative verb, which says only how far the act after it went', () => {
    expect(marked('Which Afghan ministry wanted the discovery of Iranian weapons kept quiet?')).toContain(
      'Ministry of Foreign Affairs',
    );
  });
});
