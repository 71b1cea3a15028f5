/**
 * Wrong quotes turned into declines (issue 11): a question's own party, read where the asker wrote it, that the
 * quoted sentence's report never names. Each rule keeps a neighbouring answer it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe("a possessor's noun says whose: the phrase's head is the noun owned after its 's", () => {
  it('reads the owned noun as what is asked, so the possessor must be told', () => {
    const question = readQuestion("What were the interpreter's attackers armed with?", lexicon());
    expect(question.instanceOf).toBe('attacker');
    // An attack on another unit (INF PLT G) never names the interpreter: declined, not quoted.
    expect(answerOf("What were the interpreter's attackers armed with?").declined).toBe('missing-nouns');
  });

  it('keeps a name owned asking who the possessor is, as "the name of the interpreter"', () => {
    expect(readQuestion("What was the interpreter's name?", lexicon()).instanceOf).toBe('interpreter');
  });
});

describe('a name spelled out in brackets as a thing that is no place is not where', () => {
  it('marks the village\'s province, not the source "derived from HUMINT (human intelligence)"', () => {
    expect(marked('Where were the Arabs and Iranians found?')).toBe('Herat');
  });

  it('keeps a place whose brackets hold no common noun: "PHQ KHANABAD (WF 102 594)"', () => {
    expect(marked('Where was QRF COY DEU when the Belgians asked for illumination?')).toMatch(/KHANABAD/i);
  });
});
