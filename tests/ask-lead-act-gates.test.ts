/**
 * Fresh questions whose right passage came first but the act or lead gate declined (probe sets, issue 11), and counts
 * asked "in all" that quoted a count the total adds up: each rule keeps declining, or answering, what it must.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { madeNoun } from '../src/search/made-nouns.ts';
import { read } from '../src/search/nlp.ts';
import { saysTotal } from '../src/search/totals.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a noun WordNet defines by the act', () => {
  const made = (question: string, verb: string, lemma = verb) => {
    const { words } = read(question);
    return madeNoun(
      words,
      words.findIndex((w) => w.lemma === lemma),
      verb,
      lexicon(),
    );
  };

  it('is read as the object the act makes: a roadblock is "set up", first aid "given"', () => {
    expect(made('Who set up a roadblock on the road?', 'set_up', 'set')).toBe('roadblock');
    expect(made('Who gave first aid to the boy?', 'give')).toBe('first_aid');
  });

  it('is not any object: a checkpoint is not defined as set up, a roadblock not as attacked', () => {
    expect(made('Who set up a checkpoint on the road?', 'set_up', 'set')).toBeUndefined();
    expect(made('Who attacked the roadblock on the road?', 'attack')).toBeUndefined();
  });

  it('says the act with a verb near it: "ANA PLT built roadblock" tells who set up a roadblock', () => {
    expect(marked('Who set up a roadblock on the road to PHQ Chahar Dara?')).toBe('ANA PLT');
    expect(marked('Who built the roadblock on the road to PHQ Chahar Dara?')).toBe('ANA PLT');
  });

  it('does not say another act done to it', () => {
    expect(answerOf('Who attacked the roadblock near PHQ Chahar Dara?').answer).toBeNull();
  });
});

describe('a count asked "in all"', () => {
  const total = (text: string) => saysTotal(read(text).words, lexicon());

  it("is said by WordNet's words for a count of everything and for the whole amount", () => {
    expect(total('How many ANA soldiers were wounded in all?')).toBe(true);
    expect(total('UPDATE: In total: 6x ANA WIA.')).toBe(true);
    expect(total('Total BDA 14x EKIA.')).toBe(true);
    expect(total('4x ANA WIA.')).toBe(false);
    expect(total('All patients were transported to hospitals.')).toBe(false);
  });

  it('is answered by the total, not by a count it adds up', () => {
    expect(marked('How many ANA soldiers were wounded in all by the IED near FOB Sweeney?')).toBe('6x ANA WIA');
    expect(marked('How many enemy did TF Titan kill in all from the overwatch position fight?')).toBe('14x EKIA');
  });

  it('leaves a count asked without it to the count of the act', () => {
    expect(marked('How many ANA soldiers were wounded by the IED near FOB Sweeney?')).toBe('4x ANA WIA');
    expect(marked('How many enemy did TF Titan kill in the first engagement from the overwatch position?')).toBe(
      '3x EKIA',
    );
  });
});
