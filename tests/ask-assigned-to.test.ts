/**
 * A team assigned to a place was sent there (issue 11): the War Diary sends a unit by tasking it ("the EOD Team FEY was
 * *tasked to the NDS office* FEY"), a verb WordNet files as assigning, no verb of motion. A kind of WordNet's first
 * "assign" with "to" and a place after it tells the going a "where was X sent?" asks (destinations.ts assignedTo).
 */
import { describe, expect, it } from 'vitest';
import { assignedTo } from '../src/search/destinations.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

const assigning = (text: string) => {
  const { words } = read(text);
  return words.filter((_, k) => assignedTo(words, k, lexicon())).map((w) => w.text);
};

describe('an assigning to a place tells where one was sent', () => {
  it('reads "tasked to" a place as an assigning to it, not "tasked to" do a task nor a telling "to" someone', () => {
    expect(assigning('The EOD Team FEY was tasked to the NDS office FEY together with the DEU MP.')).toEqual([
      'tasked',
    ]);
    expect(assigning('Our EOD-Squad was tasked to check the area around that tank.')).toEqual([]);
    expect(assigning('PRT FEY reported to the JOC.')).toEqual([]);
  });

  it('answers where the Feyzabad bomb team was sent from the sentence saying it was tasked to the NDS office', () => {
    expect(marked('where was the feyzabad bomb team sent on september 28th')).toBe('NDS office FEY');
  });
});
