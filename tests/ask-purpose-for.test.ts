/**
 * "Why" answered by "for" and a noun of an act or a motive after a clause with its verb (reasons.ts purposesFor): "…AT
 * FOB SHANK *FOR MEDICAL ATTENTION*" says what the drop-off was for, as an infinitive of purpose would.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"for" and a noun of an act: what an act was done for', () => {
  it('answers why the local was dropped off at FOB Shank', () => {
    const { answer } = answerOf('Why was the local dropped off at FOB Shank?');
    expect(answer?.report.id).toBe('0x080e0000012406d3b66c16d87c1cd39e');
    expect(marked('Why was the local dropped off at FOB Shank?')).toMatch(/^FOR MEDICAL ATTENTION$/);
  });

  it('reads no "for" right after its verb as a purpose: "asked for first aid help" completes "asked"', () => {
    const { considered } = answerOf('Why did the Humvee stop in the convoy?');
    expect(considered.map((c) => c.kind ?? '')).not.toContainEqual(expect.stringMatching(/^for first aid/i));
    expect(answerOf('Why did the Arabs in Herat carry out suicide attacks?').declined).toBe('names-no-kind');
  });

  it('reads no one "for" whom an act was done as its reason: "request MEDEVAC for 1x US soldier"', () => {
    expect(marked('Why did TF Titan request a MEDEVAC?') ?? '').not.toMatch(/^for /i);
  });
});
