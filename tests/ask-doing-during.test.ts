/**
 * What a "what was S doing when…?" question's S was doing, said by an act noun after "during" that S's possessive
 * names as its doer (issue 11): "rolled over *during QRF's deployment* from Camp MARMAL" says the QRF was deploying,
 * as "while deploying" would. Another's act, or a noun naming no act, says nothing S did.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { read, type Word } from '../src/search/nlp.ts';
import { doingDuring } from '../src/search/slots.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('an act noun after "during" whose doer is the one asked about', () => {
  const doingIn = (text: string, doer: string) => {
    const { words } = read(text);
    const isDoer = (w: Word) => w.text.toLowerCase() === doer;
    return doingDuring(words, isDoer, lexicon()).map(([a, b]) => text.slice(words[a]!.start, words[b]!.end));
  };

  it('reads "during QRF\'s deployment from Camp MARMAL" as what the QRF was doing', () => {
    expect(doingIn("1 x DINGO rolled over during QRF's deployment from Camp MARMAL to PRT KDZ.", 'qrf')).toEqual([
      "QRF's deployment from Camp MARMAL to PRT KDZ",
    ]);
  });

  it("reads no act of another's, nor a noun naming no act", () => {
    expect(doingIn("1 x DINGO rolled over during ANA's deployment from Camp MARMAL.", 'qrf')).toEqual([]);
    expect(doingIn("1 x DINGO rolled over during QRF's convoy from Camp MARMAL.", 'qrf')).toEqual([]);
  });

  it('answers what the QRF was doing when their Dingo rolled over', () => {
    expect(marked('what was the QRF doing when their dingo rolled over')).toBe(
      "QRF's deployment from Camp MARMAL to PRT KDZ",
    );
  });
});
