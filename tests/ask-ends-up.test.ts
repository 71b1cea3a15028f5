/**
 * "Where did X go?", "where did X end up?" (src/search/ways.ts, movesAt, isVerbAt, endsUp): the question's verb ends it
 * after "did", where the tagger takes it for a noun closing the subject ("20060 *go*", "guy *end* up"), and "end up"
 * (WordNet's finish up, land up, wind up) asks where a going ended. Both ask where someone went, which the War Diary
 * tells by the movement that took them there: "1X Detainee *transferred into BTIF* by TF 373".
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { asksMovement } from '../src/search/ways.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();
const movement = (question: string) => asksMovement(readQuestion(question, lexicon()), lexicon());

describe('a "where" question ending in "go" or "end up"', () => {
  it('asks a movement, though the tagger reads its verb as a noun', () => {
    expect(movement('where did the detainees with ISNs 20059 and 20060 go?')).toBe(true);
    expect(movement('Where did ISN 20043 end up?')).toBe(true);
  });

  it('is answered by where the detainees were transferred', () => {
    expect(marked('where did the detainees with ISNs 20059 and 20060 go?')).toBe('BTIF');
    const { answer } = answerOf('Where did ISN 20043 end up?');
    expect(answer?.text).toMatch(/^1X Detainee transferred into BTIF by TF 373\./);
    expect(marked('Where did the two detainees given ISNs 20084 and 20057 end up?')).toBe('BTIF');
  });

  it('asks none when the noun ending it is an object, after its article, or the verb goes off', () => {
    expect(movement('where did they find the transport?')).toBe(false);
    expect(movement('where did the IED go off?')).toBe(false);
  });
});
