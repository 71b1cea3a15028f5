/**
 * A person named by their nation (demonym.ts): the question's noun "American" is bridged to its nation's names as the
 * adjective is ("US", "USA"), so a report counting "1X US MIL" holds the American asked about. The adjective keeps its
 * own bridges; a noun of no nation gets none.
 */
import { describe, expect, it } from 'vitest';
import { demonymBridges } from '../src/search/demonym.ts';
import { lexicon } from '../src/search/lexicon.ts';
import type { Word } from '../src/search/nlp.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

const word = (text: string, pos: string): Word => ({
  start: 0,
  end: text.length,
  text,
  pos,
  lemma: text.toLowerCase(),
});
const bridges = (w: Word) => new Map(demonymBridges(w, lexicon()).map((r) => [r.word, r.weight]));

describe("a nation's person", () => {
  it('is bridged to the nation and its codes as its adjective is', () => {
    const american = bridges(word('American', 'PROPN'));
    expect(american.get('us')).toBe(0.6);
    expect(american.get('usa')).toBe(0.6);
    expect(bridges(word('Belgian', 'NOUN')).get('belgium')).toBe(0.6);
  });

  it('is a noun: the adjective, and a noun of no nation, get nothing here', () => {
    expect(demonymBridges(word('American', 'ADJ'), lexicon())).toEqual([]);
    expect(demonymBridges(word('soldier', 'NOUN'), lexicon())).toEqual([]);
  });
});

describe('the wounded American at the Dutch compound, written "1X US MIL"', () => {
  it('is the one whose ID card may not be found', () => {
    const { answer } = answerOf("Why might a wounded American's military ID never be found after the rocket attack?");
    expect(answer?.report.id).toBe('GER-0003');
    expect(answer?.text).toMatch(/1X US MIL DID NOT HAVE HIS MILITARY ID CARD/);
  });
});
