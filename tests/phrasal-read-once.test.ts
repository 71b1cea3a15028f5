/**
 * phrasalStems keeps what each token of a text says with the text's tokens (src/search/phrasal.ts): candidates.ts reads
 * a passage's terms whole, then each sentence's from the same tokens. A sentence read after its passage must hold what
 * it holds read alone: its own phrasal verbs, none of a pair across its first or last word.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { phrasalStems } from '../src/search/phrasal.ts';
import { tokenize } from '../src/search/text.ts';

const PASSAGE =
  'The patrol pulled back to the FOB. Back at the base, the ANP handed over 2 x AK-47. ' +
  '1 X DEH (WOLF) ROLLEDOVER SEVERAL TIMES.';

/** The stems and offsets phrasalStems gives for tokens[from, to). */
const read = (tokens: ReturnType<typeof tokenize>, from: number, to: number) =>
  phrasalStems(tokens, from, to, lexicon()).map((p) => `${p.stem}@${p.start}`);

/** The token range of a sentence of PASSAGE, by the text it starts with and ends with. */
function rangeOf(tokens: ReturnType<typeof tokenize>, first: string, last: string): [number, number] {
  const start = PASSAGE.indexOf(first);
  const end = PASSAGE.indexOf(last) + last.length;
  const from = tokens.findIndex((t) => t.start >= start);
  const to = tokens.findIndex((t) => t.end > end);
  return [from, to < 0 ? tokens.length : to];
}

describe('phrasal verbs read once per text', () => {
  it('gives each sentence read after its passage what it gives the sentence read alone', () => {
    const fresh = () => tokenize(PASSAGE);
    const tokens = fresh();
    expect(read(tokens, 0, tokens.length)).toHaveLength(3);
    for (const [first, last] of [
      ['The patrol', 'the FOB.'],
      ['Back at', 'AK-47.'],
      ['1 X DEH', 'TIMES.'],
    ] as const) {
      const [from, to] = rangeOf(tokens, first, last);
      const alone = fresh();
      expect(read(tokens, from, to)).toEqual(read(alone, from, to));
    }
  });

  it('gives a range cut between a verb and its particle neither half of the pair ("pulled | back")', () => {
    const tokens = tokenize(PASSAGE);
    expect(read(tokens, 0, tokens.length)).toEqual(['roll_ov@99', 'pull_back@11', 'hand_ov@61']);
    const particle = tokens.findIndex((t) => t.norm === 'back');
    expect(read(tokens, 0, particle)).toEqual([]);
    expect(read(tokens, particle, particle + 3)).toEqual([]);
    expect(read(tokens, particle - 1, particle + 1)).toEqual(['pull_back@11']);
  });
});
