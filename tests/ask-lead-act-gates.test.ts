/**
 * Fresh questions whose right passage came first but the act or lead gate declined (probe sets, issue 11): each rule
 * that lets one through keeps declining what it must.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { madeNoun } from '../src/search/made-nouns.ts';
import { read } from '../src/search/nlp.ts';
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
