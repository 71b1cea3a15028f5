/**
 * A "which X" question whose best sentence surely names an X (issue 11): a sentence of another report naming none is
 * no rival at the other-report gate, unless it holds a noun WordNet files under X, or X under it — an X the kind
 * reading may have missed.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('another report naming no X is no rival to a sure X', () => {
  it('answers "which highway" by the road the convoy travelled, beside another white Jeep naming none', () => {
    expect(marked('Which highway was the German convoy on when a white Jeep came too close behind it?')).toBe('H7');
  });

  it('answers "what pistol" though another report tells of warning shots fired with no pistol named but its own word', () => {
    expect(answerOf('What pistol did the soldier shoot himself with?').answer?.text).toContain('P8 (9mm pistol)');
  });
});

describe('another report holding a noun of the kind asked still rivals', () => {
  it('declines "what vehicle rolled over": another report tells an APC (a vehicle) rolling over', () => {
    expect(answerOf('What vehicle rolled over in the PRT Kunduz accident?').declined).toBe('other-report');
  });

  it('declines "what car": another report tells of a vehicle (what a car is) moving between the convoy', () => {
    expect(answerOf('What car was weaving through the QRF convoy?').declined).toBe('other-report');
  });
});
