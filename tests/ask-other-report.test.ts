/**
 * The other-report gate on fresh questions: a sentence of another report is a rival only when it may tell the event the
 * question tells of.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a sentence of another report lacking a name the question gives', () => {
  it('is no rival when the best sentence’s report holds the name: it tells another event of its kind', () => {
    // A patrol in DEHDADI found a mortar shell too; its report says nothing of MES, where EOD removed the mortar IED.
    expect(marked('What did EOD do with the mortar IED near the MES village?')).toMatch(/CONTROLLED DET/);
  });

  it('still rivals when its report holds every name the question gives', () => {
    // Two reports of TF Titan telling of a vehicle rolled over and recovered: the question fits both events.
    const titan = answerOf('When was the rolled-over TF Titan vehicle recovered?');
    expect([titan.answer, titan.declined]).toEqual([null, 'other-report']);
    // Two patrols in Dehdadi found a mortar shell: which one lay in front of the District Admin Office is not said.
    const dehdadi = answerOf('Where in Dehdadi was the mortar shell lying?');
    expect([dehdadi.answer, dehdadi.declined]).toEqual([null, 'other-report']);
  });
});

describe('what a verb of motion meaning "arrive at" reaches', () => {
  it('is where, as after "at": the sentence naming it answers, leading the other report of march group RED', () => {
    expect(marked('Where did march group RED spend the night?')).toBe('PRT PEK');
  });

  it('is not said by a verb whose phrase only seems to hold a preposition ("conduct" is "carry_on")', () => {
    // The PRT Sharana summaries of 5 and 6 October say it alike but for the place: the day tells them apart.
    expect(marked('Where did Team B of CAT-A go for leader engagements on 6 October 2007?')).toBe('Sarobi');
  });
});
