/**
 * Questions asking a standing total, in askers' own words (issue 11), over a log typed in haste: a count whose own verb
 * is misspelt ("2x Detainees *tranferred* into the BTIF") still tells those moved, not what the facility held, when the
 * word WordNet lacks is one letter from a verb of moving. Each rule keeps a neighbour it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a count whose verb misspells one of moving is no standing total', () => {
  it('quotes the headcount, not the detainees "tranferred" in', () => {
    expect(marked('How many detainees were at the facility after ISNs 20086 and 20085 came in?')).toBe('731');
  });

  it('keeps a question asking how many came answered by the count moved', () => {
    expect(marked('How many detainees arrived when ISNs 20078 to 20080 were issued?')).toBe('3X Detainees');
  });

  it('keeps a count moved with its verb spelt right read as moved', () => {
    expect(marked('How many detainees did the facility hold once ISNs 20014 and 20015 were issued?')).toBe('627');
  });
});

describe('the words a misspelling may stand for are those one letter from it', () => {
  it('finds the verb a letter left out misspells, and not the word itself', () => {
    expect(lexicon().spelledNear('tranfer', 'verb')).toEqual(['transfer']);
    expect(lexicon().spelledNear('transfer', 'verb')).not.toContain('transfer');
  });
});
