/**
 * What a "what was S doing (when …)?" question's S was doing, said by a phrase after "while", "whilst" or "during" that
 * sets the scene of S's report or clause (src/search/slots.ts doingWhile): "DEU QRF reported that *during maintenance
 * halt* a civilian person ignored the roadblock". Only S's: after "reported that", the reporting unit's, not the
 * subject's of the clause the phrase opens.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../src/search/nlp.ts';
import { doingWhile } from '../src/search/slots.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

const doing = (text: string, doer: string) => {
  const { words } = read(text);
  return doingWhile(words, (w) => w.text === doer).map(([a, b]) => text.slice(words[a]!.start, words[b]!.end));
};

describe('a phrase after "while" or "during" setting the scene', () => {
  const recce =
    'TASK UNIT A QRF DEU reported that while on a recce mission, A green Toyota came too close to the roadblock.';

  it("is what the reporting unit was doing, after 'reported that'", () => {
    expect(doing(recce, 'QRF')).toEqual(['on a recce mission']);
    expect(
      doing('DEU QRF reported that during maintenance halt a civilian person ignored the roadblock.', 'QRF'),
    ).toEqual(['maintenance halt']);
  });

  it('is not what the subject of the clause told was doing: the Toyota was on no recce mission', () => {
    expect(doing(recce, 'Toyota')).toEqual([]);
  });

  it("is the clause's subject's, before or after it", () => {
    expect(doing('WHILE CONDUCTING AN IED SWEEP ON LOC KAMINS, INF PLT G WAS ATTACKED', 'PLT')).toEqual([
      'CONDUCTING AN IED SWEEP ON LOC KAMINS',
    ]);
    expect(doing('PRT KDZ, E Plt (DEU) whilst conducting basic security patrol they blocked the road', 'Plt')).toEqual([
      'conducting basic security patrol',
    ]);
  });

  it('answers what the QRF was doing', () => {
    expect(marked('What was the German QRF doing when the civilian ignored the roadblock?')).toBe('maintenance halt');
    expect(marked('What was the QRF doing when the green Toyota came too close to their roadblock?')).toBe(
      'on a recce mission',
    );
  });

  it('leaves what the Toyota was doing unanswered', () => {
    expect(answerOf('What was the green Toyota doing when it came too close to the QRF roadblock?').answer).toBeNull();
  });
});
