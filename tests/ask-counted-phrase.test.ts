/**
 * What a "how many" question counts (issue 11): the noun phrase right after "how many", past the words saying which
 * or how many more ("how many *German soldiers*", "how many more *rounds*"). When a verb comes first ("how many *were
 * held* at Bagram"), what is counted is the verb's unsaid subject: a noun after the verb says where or by what, and a
 * count of it ("Bagram") is no answer.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';

const measure = (q: string) => [...(readQuestion(q, lexicon()).measure ?? [])];

describe('the noun a "how many" counts', () => {
  it('is the phrase right after it, past its modifiers', () => {
    expect(measure('how many German soldiers were killed in the ambush?')).toContain('soldier');
    expect(measure('How many more rounds did EDDY 57 fire?')).toContain('round');
  });

  it('is no noun after the verb when a verb comes first', () => {
    expect(measure('how many were held at bagram after 4185 thru 4188 came in')).not.toContain('bagram');
    expect(measure('how many were killed by the land mine near FB MF')).not.toContain('mine');
  });
});
