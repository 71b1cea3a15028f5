/**
 * "Once" opens a scene in time as "after" does (nlp.ts SCENE_OPENERS): "what did the facility headcount come to *once*
 * ISNs … had been issued?" asks the headcount, its own clause ending at "come to" (question.ts amountedTo), though the
 * tagger reads that "to" as an infinitive's before "once".
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();
const expects = (question: string) => [...readQuestion(question, lexicon()).expects];

describe('a count asked "once" a scene is set', () => {
  it('asks the count, as with "after"', () => {
    const once = 'What did the facility headcount come to once ISNs 4141, 4142, 4143 and 20016 had been issued?';
    expect(expects(once)).toContain('quantity');
    expect(marked(once)).toBe('633');
  });

  it('asks no count of a noun that is none: "what did the patrol come to once …" asks where', () => {
    expect(expects('What did the patrol come to once the road was cleared?')).not.toContain('quantity');
  });
});
