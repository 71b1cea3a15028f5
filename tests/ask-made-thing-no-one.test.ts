/**
 * A made thing is no one (issue 11): "a group of *SUVs*" (an acronym's plural, read by the tagger as a name) and
 * "vehicle (APC *DINGO*)" (a bracket naming the vehicle by its model) name vehicles, not the platoon a question asks;
 * nor is "PRT KDZ", who reported, after a heading's asterisk ("***DELAYED REPORT* PRT KDZ reported that…").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a made thing asked as a platoon', () => {
  it('does not mark the SUVs or the reporting PRT for the platoon that popped smoke', () => {
    expect(marked('name the platoon that popped smoke south of kholm')).not.toMatch(/SUV|KDZ/);
  });

  it('does not read the APC DINGO as the platoon the car bomb hit', () => {
    const weighed = answerOf('which platoon got hit by the car bomb on rte taurus').considered;
    const strike = weighed.find((c) => c.text.startsWith('The IED strike hit the second patrol vehicle'));
    expect(strike).toBeDefined();
    expect(strike?.kind ?? '').not.toMatch(/DINGO/);
  });
});
