/**
 * A "which X" question whose X has a sense of people or a group asks who did the act when its verb has its object in
 * the question (src/search/question.ts, doerAsked), the object also after the verb's particle: "which *unit* handed
 * over the detainees", "which task *force* called in the car bomb". The War Diary names the doer by its unit ("2 X
 * Detainees transferred into the BTIF from *TF 373*", "*TF STEEL* REPORTED THAT CF SUFFERED A VBIED EXPLOSION").
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a doer asked before a phrasal verb and its object', () => {
  it('reads the noun as who did the act, not what was handed over', () => {
    const question = readQuestion(
      'Which unit handed over the detainees who were given ISNs 4183 and 20029?',
      lexicon(),
    );
    expect(question.instanceOf).toBe('unit');
    expect(question.expects.has('agent')).toBe(true);
    expect(question.expects.has('object')).toBe(false);
  });

  it('answers by the unit the report names', () => {
    expect(marked('Which unit handed over the detainees who were given ISNs 4183 and 20029?')).toBe('TF 373');
    expect(marked('which task force called in the car bomb at objective hillsville')).toBe('TF STEEL');
  });

  it('does not read a noun of no people as a doer: "which vehicle rolled over the mine?" asks a vehicle', () => {
    const question = readQuestion('Which vehicle rolled over the mine?', lexicon());
    expect(question.expects.has('agent')).toBe(false);
    expect(question.instanceOf).toBe('vehicle');
  });
});
