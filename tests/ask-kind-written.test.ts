/**
 * The kind a "how old / how many / how / why / what happened to" question asks, seen where the reports write it in a
 * form the tagger splits or the glossary names otherwise ("18 y/o", "8-10 PAX"), where English says it without a
 * marker of its kind ("awaiting a flight to attend HAJJ", "recovered … by crane"), and on what a possessive names
 * ("the young fighter's right hand"). Each rule that answers one keeps a decline it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/search/glossary.ts';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { readQuestion } from '../src/search/question.ts';
import { goingAsked, reasonSpans } from '../src/search/reasons.ts';
import { writtenAs } from '../src/search/weighed.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a unit the tagger splits ("y/o" read "y", "/", "o")', () => {
  it('is read whole: "18 y/o enemy combatant" says an age', () => {
    expect(marked('How old was the insurgent who blew off his hand near Sperwan Ghar?')).toBe('18');
  });

  it('finds no age where the reports give none', () => {
    expect(answerOf('How old is Dr Amin?').answer).toBeNull();
  });
});

describe("the glossary's forms of what a question counts", () => {
  it('takes a form in the plural for the singular the measure holds: "persons" for "person", so "PAX"', () => {
    const glossary = loadGlossary();
    expect([...writtenAs(new Set(['person']), glossary)]).toContain('pax');
    // An acronym's "s" is its own letter: "INS" is no plural of "in".
    expect([...writtenAs(new Set(['in']), glossary)]).not.toContain('insurgent');
  });

  it('counts "8-10 PAX" for "how many fighters"', () => {
    expect(marked('How many fighters were in the building above the Spera DC?')).toBe('8-10 PAX');
  });
});

describe('why someone goes: an infinitive after the going', () => {
  const sentence =
    'Governor Khpalwak is currently in Kabul awaiting a flight to attend HAJJ he will be gone for ten days.';

  it('is the purpose of a going asked, of any verb', () => {
    expect(goingAsked(read('Why is the Paktika governor going away?').words, lexicon())).toBe(true);
    const spans = reasonSpans(sentence, read(sentence).words, lexicon(), true);
    expect(spans.map((s) => sentence.slice(s.start, s.end))).toEqual(['to attend HAJJ he will be gone for ten days.']);
    expect(marked('Why is the Paktika governor going away?')).toMatch(/^to attend HAJJ/);
  });

  it('is no reason for another act: only a verb of aim gives its infinitive a purpose so', () => {
    expect(goingAsked(read('Why did the ANP try to provide security?').words, lexicon())).toBe(false);
    expect(reasonSpans(sentence, read(sentence).words, lexicon())).toEqual([]);
  });
});

describe("what happened to X's Y", () => {
  it('reads Y as what was done to, not X', () => {
    const question = "What happened to the young fighter's right hand?";
    const { doneTo } = readQuestion(question, lexicon());
    expect(doneTo && question.slice(doneTo.start, doneTo.end)).toBe('right hand');
    const aged = "what happened to the 18 year old's hand when the IED went off near Sperwan Ghar";
    const of = readQuestion(aged, lexicon()).doneTo;
    expect(of && aged.slice(of.start, of.end)).toBe('hand');
  });

  it('is the act done to Y: "combatant blew off right hand"', () => {
    expect(marked("What happened to the young fighter's right hand?")).toMatch(/^blew off right hand/);
    expect(marked("what happened to the 18 year old's hand when the IED went off near Sperwan Ghar")).toMatch(
      /^blew off right hand/,
    );
  });
});

describe('the means of an act told in another verb along the same path', () => {
  it('is "by crane" of a vehicle "recovered out of little river" for "pulled out of the river"', () => {
    expect(marked('How was the damaged Fox vehicle pulled out of the river?')).toBe('by crane');
  });
});

describe('a bare singular after "by"', () => {
  const means = (question: string, text: string) =>
    kindSpans(text, readQuestion(question, lexicon()), lexicon(), () => false)
      .filter((s) => s.kind === 'means')
      .map((s) => text.slice(s.start, s.end));

  it('is how when a thing ("by crane"), but not when a body of people ("by police": WordNet files it under groups)', () => {
    const question = 'How was the vehicle pulled out of the river?';
    expect(means(question, 'The vehicle was pulled out of the river by crane.')).toContain('by crane');
    expect(means(question, 'The vehicle was pulled out of the river by police.')).toEqual([]);
  });
});

describe('a guise after "under" as the means of a going said in another verb', () => {
  it('is "under assumed identities" for how the agents got into Afghanistan ("infiltrated Afghanistan")', () => {
    expect(marked('How did the Iranian agents get into Afghanistan?')).toBe('under assumed identities');
  });
});
