/**
 * A lone noun for people is no unit a "which unit / task force" question asks (kinds.ts personNoun), in the plural the
 * detention logs write with a capital as well: the tagger reads "Detainees" as a name and keeps its "-s", so its base
 * form is WordNet's ("detainee", a person), and the unit after "by" or "from" is the one marked.
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

describe('a capitalised plural of people in a transfer log', () => {
  it('is not the unit asked: the unit after "by" or "from" is', () => {
    const byUnit = '2x Detainees transferred into BTIF by TF 373.';
    expect(agents('Which task force transferred the two detainees?', byUnit)).toEqual(['TF 373']);
    const fromUnit = '2 x Detainees in-processed into the BTIF from TF 373.';
    expect(agents('Which unit sent the two detainees?', fromUnit)).toEqual(['TF 373']);
  });

  it('marks the unit in the quote', () => {
    expect(marked('Which task force handed over the detainees given ISNs 20066 and 20067?')).toBe('TF 373');
    expect(marked('What unit transferred the detainees who got ISNs 20038 and 20007?')).toBe('TF 373');
  });

  it('still names people for a question asking who, not which unit', () => {
    expect(
      agents('Who was transferred into the BTIF by TF 373?', '2x Detainees transferred into BTIF by TF 373.'),
    ).toContain('Detainees');
  });
});
