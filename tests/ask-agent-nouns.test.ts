/**
 * A noun after another naming one who does an act to it ("bomb *layers*"), in askers' own words (issue 11): the
 * reports tell the doer by the verb ("3x persons *laying* an IED"), which WordNet derives the noun's being sense from.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { parseQuery } from '../src/search/query.ts';
import { readQuestion } from '../src/search/question.ts';
import { bridged } from '../src/search/weighed.ts';
import { openSampleAndArticle, sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

/** The words a question's unit is bridged to. */
async function bridgesOf(question: string, word: string): Promise<string[]> {
  const { index, close } = await openSampleAndArticle();
  const words = lexicon();
  const query = bridged(index, parseQuery(question, index.glossary), readQuestion(question, words), words);
  await close();
  return query.units.find((u) => u.tokens[0]!.norm === word)?.related?.map((r) => r.norm) ?? [];
}

describe('an agent noun after its object: "bomb layers" are those laying bombs', () => {
  it('answers who spotted the bomb layers by the sentence telling the laying', () => {
    expect(marked('Who spotted the bomb layers near Panjwayi?')).toBe('TF 31');
  });

  it('bridges the agent noun to its verb, only after its object ("layers of rock" are beds)', async () => {
    // The verb in the form the reports hold it in ("layed"), not the noun's own ("layers").
    const verb = (bridges: string[], base: string) =>
      bridges.some((b) => b.startsWith(base) && !b.startsWith(`${base}er`));
    expect(verb(await bridgesOf('Who spotted the bomb layers near Panjwayi?', 'layers'), 'lay')).toBe(true);
    expect(verb(await bridgesOf('Who spotted the layers of rock near Panjwayi?', 'layers'), 'lay')).toBe(false);
  });

  it('answers by where the layers were spotted, a seeing told in other words (u27), marking the place', () => {
    expect(marked('Where were the bomb layers near Panjwayi seen?')).toBe('6km SW of PANJWAYI DC');
  });
});
