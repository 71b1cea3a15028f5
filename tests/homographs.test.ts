/**
 * Two misreadings that made a sentence seem to answer a "who died?" question: a phrase headed by a noun for an act
 * ("HAF raid") read as who did it, and a verb's WordNet synonym spelled like a noun the sentence says ("the K-G *pass*
 * area" for "die") read as the act said (src/search/kinds.ts, homographs.ts, act-nouns.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIndex, SHIPPED_CORPUS } from '../src/open.ts';
import { derivedActs } from '../src/search/act-nouns.ts';
import { nounOnlyStems } from '../src/search/homographs.ts';
import type { SearchIndex } from '../src/search/index.ts';
import { kindSpans } from '../src/search/kinds.ts';
import { openLexicon } from '../src/search/lexicon.ts';
import { stemOf } from '../src/search/text.ts';

const lexicon = openLexicon();
let index: SearchIndex;
beforeAll(async () => {
  ({ index } = await openIndex({ corpus: [SHIPPED_CORPUS], cache: false, allowRejects: true }));
});
afterAll(() => lexicon.close());

const agents = (text: string) =>
  kindSpans(text, { expects: new Set(['agent']) }, lexicon, () => false)
    .filter((s) => s.kind === 'agent')
    .map((s) => text.slice(s.start, s.end));

describe('who a sentence names', () => {
  const raid = 'TF 373 executed a HAF raid on OBJ WOLF targeting the IED cell.';

  it('is no phrase headed by a noun for an act: "HAF raid" names a raid, not who raided', () => {
    expect(agents(raid).some((a) => a.includes('raid'))).toBe(false);
  });

  it('is still a unit named by an acronym and its number: "TF 373"', () => {
    expect(agents(raid)).toContain('TF 373');
  });

  it('is no lone letter: the "G" of "K-G"', () => {
    expect(agents('The raid will hurt the enemy in the K-G pass area.')).not.toContain('G');
  });
});

describe('a verb said as a noun', () => {
  const pass = stemOf('pass', new Set());

  it('is a noun wherever the sentence says it so: "the K-G pass area"', () => {
    expect(nounOnlyStems('The raid will hurt the enemy in the K-G pass area.', index).has(pass)).toBe(true);
  });

  it('is not when the sentence says it as a verb too: "passed away"', () => {
    expect(nounOnlyStems('The elder passed away near the pass.', index).has(pass)).toBe(false);
  });

  it('says the act when WordNet derives it from the verb\'s senses for their act: "death", "discovery"', () => {
    expect(derivedActs('die', lexicon, true)).toContain('death');
    expect(derivedActs('find', lexicon, true)).toContain('discovery');
    // "Pass", a place, is no noun of dying; "discovery" is "discover"'s, not "find"'s own.
    expect(derivedActs('die', lexicon, true)).not.toContain('pass');
    expect(derivedActs('find', lexicon, false)).not.toContain('discovery');
  });
});
