import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/search/glossary.ts';
import { spelledBy, type AskedWord } from '../src/search/spelled.ts';
import { tokenize } from '../src/search/text.ts';

const glossary = loadGlossary();
/** A question's words as spelledBy reads them, one word each, the concept it names by its id. */
const asked = (...words: (string | [string, string])[]): AskedWord[] =>
  words.map((w) =>
    typeof w === 'string'
      ? { stems: tokenize(w, glossary.protectedTerms).map((t) => t.stem) }
      : { stems: tokenize(w[0], glossary.protectedTerms).map((t) => t.stem), conceptId: w[1] },
  );

describe('spelledBy: the concepts a question spells out in its own words', () => {
  it('reads "enemy … kill" as the EKIA ("enemy killed") the War Diary counts, with both words', () => {
    const spelled = spelledBy(asked('enemy', 'fighters', ['kill', 'killed-in-action']), glossary);
    expect([...(spelled.get('enemy-killed-in-action') ?? [])]).toEqual(expect.arrayContaining(['enemi', 'kill']));
  });

  it('needs a whole form, each word said apart: one word of it, or the concept named itself, spells nothing', () => {
    // "Afghan" is a word of "Afghan National Police", but a question about Afghans is not about the police.
    expect(spelledBy(asked('afghans', 'suspects'), glossary).has('afghan-national-police')).toBe(false);
    expect(spelledBy(asked('kill'), glossary).size).toBe(0);
    // "car bomb" names VBIED itself: its words are the question's own, not spelled.
    const named = spelledBy(asked('car', ['car bomb', 'vehicle-borne-improvised-explosive-device']), glossary);
    expect(named.has('vehicle-borne-improvised-explosive-device')).toBe(false);
  });
});
