/**
 * Acts of seeing told in other words (issue 11): to *spot* and to *see* are one act, sisters under "perceive" whose
 * eighteen kinds are too many for wayOf's narrow-parent rule; to *hear* stays another act.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { seenAlike } from '../src/search/verb-steps.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('verbs whose commonest sense perceives by sight tell one act', () => {
  it('reads spot, sight, observe and notice as seeing, hear and smell not', () => {
    for (const verb of ['spot', 'sight', 'observe', 'notice']) expect(seenAlike(verb, 'see', lexicon())).toBe(true);
    for (const verb of ['hear', 'smell', 'watch', 'monitor']) expect(seenAlike(verb, 'see', lexicon())).toBe(false);
    expect(seenAlike('see', 'hear', lexicon())).toBe(false);
  });

  it('answers "where were they spotted?" by the sentence telling where they had been seen', () => {
    expect(answerOf('Where were the Arabs and Iranians spotted?').answer?.text).toContain('had been seen in a village');
  });

  it('answers "where were they seen?" by the sentence telling where they were spotted', () => {
    expect(answerOf('Where were the bomb layers near Panjwayi seen?').answer?.text).toContain('TF 31 spotted 3x');
  });

  it('marks the place where the seeing was, not the source named in another clause', () => {
    expect(marked('Where were the Arabs and Iranians spotted?')).toBe('Herat');
  });

  it('marks where the ones seen doing an act were doing it: "spotted 3x persons laying an IED 6km SW"', () => {
    expect(marked('Where were the bomb layers near Panjwayi seen?')).toBe('6km SW of PANJWAYI DC');
  });

  it('still declines when the question asks a hearing the report never tells', () => {
    expect(answerOf('Where were the Arabs and Iranians heard?').declined).toBe('act');
    expect(answerOf('Where were the bomb layers near Panjwayi heard?').declined).toBe('act');
  });
});
