/**
 * A name the question gives sets the event it asks about; its report naming it anywhere, though passages from the
 * sentence, sets each sentence naming none of the question's names in that event (candidates.ts ownWithNames), so the
 * share check (gates.ts confidenceOf) counts it as said.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a name its report holds far from the sentence', () => {
  it('counts in the share the sentence holds: the shot civilian of Meng Derakht, named five passages before', () => {
    const asked = answerOf('Why was the Afghan civilian shot near Meng Derakht?');
    expect(asked.answer?.report.id).toBe('GER-0121');
    expect(marked('Why was the Afghan civilian shot near Meng Derakht?')).toBe('due to the warning shot, fired by FF.');
  });

  it('does not make a sentence holding little else of the question an answer', () => {
    // The Herat report names Al Mansour; its sentences hold little of the question but the name.
    const asked = answerOf('Where was Al Mansour, the bin Laden deputy, hiding in 2008?');
    expect([asked.answer, asked.declined]).toEqual([null, 'share']);
  });

  it("counts only when the report wrote it before the sentence: a weekly summary's later item names Sarobi", () => {
    // "Before the MEDEVAC arrived 1 of the WIA died" tells an item of the summary passages before its patrol to SAROBI.
    expect(answerOf('How many French soldiers died at Sarobi?').answer).toBeNull();
  });

  it('counts only for a sentence saying a word of the question itself: the AAA gun the pilots saw', () => {
    // The analysts' assessment of the MH-47s' SAFIRE says a DShK or a ZGU; the sentence before says none of the asking.
    expect(answerOf('what weapon do the analysts think really shot at the MH-47s in Ghazni').answer).toBeNull();
  });
});
