/**
 * probe-r's and issue 11's confident wrong quotes of a place asked by "which X" (fresh questions over the War Diary
 * sample): each reading that drops one keeps an answer of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

const spansOf = (question: string, text: string, kind: string) =>
  kindSpans(text, readQuestion(question, lexicon()), lexicon(), () => false)
    .filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));

const TENT =
  'THAT THEY HAVE 5 SOLDIERS (DEU) WHO HAVE CARBON MONOXIDE POISONING. THE SOLDIERS REPORTEDLY SLEPT THE NIGHT IN A TENT.';

describe('"which village did they sleep in?": a place of the kind asked', () => {
  it('a question ending in a preposition of place asks where, not the people there', () => {
    expect(readQuestion('Which village did the soldiers sleep in?', lexicon()).expects.has('agent')).toBe(false);
    // Without it, "village" may still be its people: "which village did the patrol meet?"
    expect(readQuestion('Which village did the patrol meet?', lexicon()).expects.has('agent')).toBe(true);
  });

  it('a country ("DEU", Germany) and a tent are no village; the tent is where they slept', () => {
    expect(spansOf('Which village did the soldiers sleep in?', TENT, 'place')).toEqual([]);
    // Where the question asks no kind of place, the tent is where they slept.
    expect(spansOf('Where did the soldiers sleep?', TENT, 'place')).toEqual(['TENT']);
  });

  it('no village is quoted for the OMLT soldiers; a camp named is still quoted for "which camp … in?"', () => {
    const { answer } = answerOf('Which village did the OMLT soldiers with carbon monoxide poisoning sleep in?');
    expect(answer?.span).toBeUndefined();
    expect(marked('Which camp did the negligent discharge happen in?')).toBe('FEYZABAD');
  });

  it('a country may answer a country asked, and a compass point a way', () => {
    expect(marked('Which country were the injured people transported to?')).toBe('TEHERAN');
    expect(marked('Which way did the insurgents go after laying the mines and IEDs?')).toBe('North');
  });
});

describe('"fired on" names a target, "attacked on" a place', () => {
  it('"THE AAF PAX THAT FIRED ON THE BNTAC" says whom they fired at, not where', () => {
    const q = 'What district did the attack happen in?';
    expect(spansOf(q, 'THE AAF PAX THAT FIRED ON THE BNTAC HAVE BROKE CONTACT.', 'place')).toEqual([]);
    expect(spansOf('Where was the convoy attacked?', 'THE CONVOY WAS ATTACKED ON RTE IDAHO.', 'place')).toContain(
      'RTE IDAHO',
    );
  });
});

describe('"be going to" and a verb with its object: what they will do, no going', () => {
  const q = 'Which way did the AAF who shot at Apache 17 run off?';
  it('"THEY ARE GOING TO SHOT A FIRE MISSION IN THE VIC." says no way taken', () => {
    const fire = 'APACHE TOC REPORTS THEY ARE GOING TO SHOT A FIRE MISSION IN THE VIC. OF VA 4287 5215.';
    expect(spansOf(q, fire, 'place')).toEqual([]);
    expect(answerOf(q).answer?.span).toBeUndefined();
  });

  it('a going somewhere still tells the way: "ARE GOING TO THE VILLAGE", "WERE GOING ALONG THE ROAD"', () => {
    expect(spansOf(q, 'THEY ARE GOING TO THE VILLAGE OF NAWA.', 'place')).toEqual(['VILLAGE']);
    // "Run off" is read as the question's verb of movement (question.ts phrasalReadAsNoun): where the going went tells
    // the way too.
    expect(spansOf(q, 'THE INS WERE GOING ALONG THE ROAD TO KHAKREZ.', 'place')).toEqual(['ROAD', 'KHAKREZ']);
  });

  it('a place said only as where ("TAKING SAF AT VA 428 529") is no way; one gone towards is', () => {
    expect(spansOf(q, 'APACHE 17 IS CURRENTLY TAKING SAF AT VA 428 529.', 'place')).toEqual([]);
    expect(spansOf(q, 'THE INS WITHDREW TOWARDS KHARU TI.', 'place').join(' ')).toMatch(/KHARU/);
  });
});
