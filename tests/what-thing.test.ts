/**
 * "What" questions that ask for a thing: what a verb of the question acts on ("what did they find?", "what did they
 * turn up?"), what a thing was made of ("what was the bomb built from?"), and what did something ("what caused the
 * fire?"). The answer is the noun phrase standing in that role in a sentence saying the act, read from wink's tags
 * (src/search/question.ts, kinds.ts, acts.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAsked, inRoleAsked } from '../src/search/acts.ts';
import { answerQuestion, questionSearch } from '../src/search/answer.ts';
import type { SearchIndex } from '../src/search/index.ts';
import { kindSpans } from '../src/search/kinds.ts';
import { openLexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { parseQuery } from '../src/search/query.ts';
import { readQuestion } from '../src/search/question.ts';
import { openSampleAndArticle } from './fixtures/sample-and-article.ts';

const lexicon = openLexicon();
let opened: Awaited<ReturnType<typeof openSampleAndArticle>>;
let index: SearchIndex;
beforeAll(async () => {
  opened = await openSampleAndArticle();
  ({ index } = opened);
});
afterAll(async () => {
  lexicon.close();
  await opened.close();
});

/** The phrases of a sentence answering a question as the thing it asks for. */
const things = (question: string, sentence: string) =>
  kindSpans(sentence, readQuestion(question, lexicon), lexicon, () => false)
    .filter((s) => s.kind === 'object')
    .map((s) => sentence.slice(s.start, s.end));

const answerOf = (question: string) => answerQuestion(index, parseQuery(question, index.glossary));
const spanOf = (question: string) => {
  const { answer } = answerOf(question);
  return answer?.span && answer.text.slice(...answer.span);
};

describe('what a question asks was acted on', () => {
  it('is what the verb of its main clause acts on, not the verb of the clause setting its scene', () => {
    const asks = readQuestion('What did the Afghans turn up after watching the suspects?', lexicon).acts;
    expect(asks?.asked && [...asks.asked]).toEqual(['turn_up']);
    expect(asks?.verbs.has('watch')).toBe(false);
    // "To" takes a noun phrase of its own here: the verb is "bring", not WordNet's "bring to" (revive).
    expect([...(readQuestion('What did the patrol bring to Bagram?', lexicon).acts?.asked ?? [])]).toEqual(['bring']);
  });

  it('is said by a verb WordNet files under the question’s: locating is a way of finding, and of turning up', () => {
    const sentence = 'EOD team deployed to site and located 1x metal tube RCIED.';
    expect(things('What did the robot find?', sentence)).toEqual(['1x metal tube RCIED']);
    expect(things('What did the Afghans turn up?', sentence)).toEqual(['1x metal tube RCIED']);
    expect(things('What did the robot destroy?', sentence)).toEqual([]);
  });

  it('answers "what did they turn up after…?" with what the sentence says they located', () => {
    expect(spanOf('What did the Afghans turn up after watching the cell for months?')).toBe('their cache');
  });

  it('still declines where no sentence of a report about the question says the act', () => {
    expect(answerOf('What did the Iranian agents turn up in Herat?').answer).toBeNull();
  });
});

describe('what a thing was made of', () => {
  it('is said past "of", "from", "with" by the question’s own verb: "made contact" names no part', () => {
    const asked = 'What was the bomb made of?';
    expect(things(asked, 'The team made contact with the ANP.')).toEqual([]);
    expect(things(asked, 'The IED was made from a pressure cooker.')).toEqual(['a pressure cooker']);
    expect(things(asked, 'The device consisted of a receiver and a power source.')).toEqual([
      'a receiver and a power source',
    ]);
  });

  it("is looked for in WordNet's verbs for having parts, in which the reports say it", () => {
    const { query } = questionSearch(index, parseQuery('What was the command wire bomb built from?', index.glossary));
    const built = query.units.find((u) => u.tokens[0]?.norm === 'built');
    expect(built?.related?.map((r) => r.norm)).toEqual(expect.arrayContaining(['comprise', 'consist', 'contain']));
  });

  it('is found in a report found by the thing alone: reports saying "made" seldom say parts ("made contact")', () => {
    const { searched } = questionSearch(
      index,
      parseQuery('What was the command wire bomb built from?', index.glossary),
    );
    expect(searched.units.some((u) => u.tokens[0]?.norm === 'built')).toBe(false);
    expect(spanOf('What was the radio-controlled bomb made from?')).toBe('a receiver and a power source');
  });

  it('is still declined from a report saying where the bomb was, not what it was made of', () => {
    expect(answerOf('What was the bomb under the bridge made of?').answer).toBeNull();
  });
});

describe('what did something', () => {
  /** The phrases of a sentence standing in the role a question asks of its verb. */
  const doers = (question: string, sentence: string) =>
    inRoleAsked(sentence, [], actAsked(read(question).words, lexicon), lexicon, () => false).map((s) =>
      sentence.slice(s.start, s.end),
    );

  it('is asked when "what" is the subject of the verb, not when the verb acts on it', () => {
    expect(actAsked(read('What caused the accident?').words, lexicon)).toMatchObject({ role: 'doer', thing: true });
    expect(actAsked(read('What did the patrol find?').words, lexicon)).toBeUndefined();
    expect(actAsked(read('What was found near the school?').words, lexicon)).toBeUndefined();
  });

  it('is the subject of an active verb or the phrase after "by", whatever WordNet files it under', () => {
    expect(doers('What caused the accident?', 'A short circuit caused the accident.')).toEqual(['A short circuit']);
    expect(doers('What caused the accident?', 'The accident was caused by the heavy terrain.')).toEqual([
      'the heavy terrain',
    ]);
  });

  it('is not a phrase a preposition takes, nor what a participle ending its clause says was done to', () => {
    expect(doers('What hit the boy?', 'A convoy from MES to KDZ hit a local boy.')).toEqual([]);
    expect(doers('What destroyed the helicopter?', 'BDA: 1 X CH-47 destroyed, 10 US KIA.')).toEqual([]);
  });

  it('answers with the thing that did it', () => {
    expect(spanOf('What hit the GL vehicle at way point D 32?')).toBe('2X RPGS');
    expect(spanOf('What caused the broken transmission of the BV 206S?')).toBe('WEAPON EFFECTS');
  });

  it('still declines when the sentence names only what it was done to', () => {
    expect(answerOf('What destroyed the Chinook in western Afghanistan?').answer).toBeNull();
  });
});
