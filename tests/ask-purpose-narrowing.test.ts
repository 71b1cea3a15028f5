/**
 * A yes/no question's verb taking the infinitive of its purpose acts on that infinitive's object (stated.ts
 * narrowingFrom, issue 11): "was a K-9 unit used *to identify the suspicious item* in the road SE of Khakrez?" narrows
 * past the item, and the report telling "11KM SE of FOB KHAKREZ" before sets that scene around the answer.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe('"was X used to V Y in Z?"', () => {
  it('is answered by the sentence telling X used on Y, Z told around it', () => {
    const asked = answerOf('Was a K-9 unit used to identify the suspicious item in the road SE of Khakrez?');
    expect(asked.answer?.text).toMatch(/K-9 unit was utilized/);
  });

  it('still quotes the patrol failing to find the IED near the checkpoint', () => {
    const asked = answerOf('did the patrol ever find the ied near the anbp checkpoint');
    expect(asked.answer?.text).toMatch(/unable to locate the IED/);
  });
});
