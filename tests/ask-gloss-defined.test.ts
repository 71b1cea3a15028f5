/**
 * A report's verb defined by the question's in WordNet's gloss (issue 11): "blow out: melt, *break*, or become otherwise
 * unusable" says a breaking no hypernym step reaches ("the blast BLEW OUT THE WINDOWS" for "what did the blast
 * break?"). Read at the act gate (acts-said.ts inOtherWords) and, backwards, as a verb a step away (verbSteps).
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { definedBy, verbSteps } from '../src/search/verb-steps.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

describe("a verb whose commonest sense's gloss is headed by the question's verb", () => {
  it('reads each of the leading verbs of the gloss, up to the first piece of more words', () => {
    expect(definedBy('blow_out', 'break', lexicon())).toBe(true);
    expect(definedBy('blow_out', 'melt', lexicon())).toBe(true);
    expect(definedBy('overturn', 'turn', lexicon())).toBe(true);
    // "wait: stay in one place and anticipate or expect something": the list ended at "stay in one place".
    expect(definedBy('wait', 'stay', lexicon())).toBe(true);
    expect(definedBy('wait', 'expect', lexicon())).toBe(false);
  });

  it('reads neither a verb without its particle, nor a light verb, nor the verb itself', () => {
    // "blow: exhale hard" — the breaking is blow_out's, said with its particle.
    expect(definedBy('blow', 'break', lexicon())).toBe(false);
    // "return: go or come back to place…" — "go" heads glosses of every kind of going.
    expect(definedBy('return', 'go', lexicon())).toBe(false);
    expect(definedBy('break', 'break', lexicon())).toBe(false);
  });

  it('keeps a question whose answering sentence is not weighed declined, not answered by another', () => {
    const asked = answerOf('What did the blast break when EOD destroyed the pressure plate IED near Sharana?');
    expect(asked.answer).toBeNull();
  });
});

describe('the verbs a verb heads the gloss of, weighed as a step away', () => {
  it('weighs "blow out" for "break" and "collaborate" for "work", below a synonym', () => {
    const near = (verb: string, other: string) => verbSteps(verb, lexicon()).find((r) => r.word === other)?.weight;
    expect(near('break', 'blow_out')).toBe(0.3);
    // "collaborate: work together on a common enterprise of project"
    expect(near('work', 'collaborate')).toBeGreaterThan(0);
    expect(verbSteps('go', lexicon())).toEqual([]);
  });

  it('answers "working together" by the collaboration a report tells', () => {
    expect(answerOf('Over how long were Iran and al Qaeda reported to be working together?').answer?.text).toContain(
      'numerous reports of collaboration between Iran and al Qaeda',
    );
  });
});
