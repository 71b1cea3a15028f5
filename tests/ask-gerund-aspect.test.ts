/**
 * An aspect verb taking a gerund says no act of its own (issue 11): "who *keeps* saying…" asks who said, as "who
 * *continues* saying…" would (catenative.ts gerundAfter; WordNet files "keep" with "continue"). And a "who" question
 * whose verb is one of telling asks who told what its clause says, not who did the act told (acts-said.ts toldFrom).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('"who keeps saying X?"', () => {
  it('declines a sentence telling another keeping and the finding told, no saying', () => {
    // "The Ministry of Foreign Affairs (MFA) wants to keep the issue of the Iranian-made weapons recently found in
    // Kandahar under the radar screen": the MFA keeps the issue quiet, and says nothing.
    const asked = answerOf('who keeps saying iranian arms turn up in afghanistan');
    expect(asked.answer?.report.id).not.toBe('ws-2007-04-22-iranian-weapons-kandahar');
  });

  it('reads the told clause as no act of "who says X?" either', () => {
    const asked = answerOf('who says iranian arms turn up in afghanistan');
    expect(asked.answer?.report.id).not.toBe('ws-2007-04-22-iranian-weapons-kandahar');
  });
});

describe('"who fired on / shot at X?" made up at stop 46', () => {
  it('declines where no report tells who shot at the CH-53', () => {
    expect(answerOf('Who shot at the CH-53?').answer).toBeNull();
  });
});
