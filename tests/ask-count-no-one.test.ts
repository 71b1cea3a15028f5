/**
 * A phrase headed by a noun of quantity names a number, no one (src/search/no-one.ts, namesPlaceOrThing): the detention
 * logs close each transfer's lines on the facility's count in capitals, "New *Facility Headcount* is 627 Assigned",
 * which the tagger reads as a name. Read as someone, it stood for the unit a "which task force?" asks, after the ISNs
 * the question gives, and so kept the line before them ("2X Detainee's transfered into BTIF from *TF 373*") from
 * answering.
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

const agents = (question: string, text: string) =>
  kindSpans(text, readQuestion(question, lexicon()), lexicon(), () => false)
    .filter((s) => s.kind === 'agent')
    .map((s) => text.slice(s.start, s.end));

describe('a phrase headed by a count', () => {
  it('names no one: "New Facility headcount" is no task force', () => {
    const text = 'New Facility headcount is 627 Assigned, 627 Present.';
    expect(agents('Which task force handed over the detainees?', text)).toEqual([]);
  });

  it('leaves the line before the ISNs to answer which task force handed the detainees over', () => {
    expect(marked('Which task force handed over the two detainees who received ISNs 20014 and 20015?')).toBe('TF 373');
  });

  it('leaves a unit headed by a noun of people someone: "QRF convoy"', () => {
    expect(agents('Which unit was attacked?', 'The DEU QRF convoy was attacked.')).toContain('QRF convoy');
  });
});
