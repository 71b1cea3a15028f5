/**
 * Quotes that said another thing than the question asked (issue 11): a count cut short by a stop after "Gal.", a name
 * in a sentence telling the act only by a noun, an answer beside a sentence of its report saying the question's act
 * in its own verb, a count of a running log's earlier entry, and the doer of the act a question names as its object.
 * Each rule keeps a neighbouring answer it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sentences } from '../src/search/text.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"Gal." before what it measures ends no sentence', () => {
  it('keeps "2x 5 Gal. Jugs" in one sentence, and counts the jugs by it', () => {
    expect(sentences('FF discovered 2x 5 Gal. Jugs of HME at Grid 41R.').length).toBe(1);
    expect(marked('How many jugs of homemade explosive were found with the mines?')).toBe('2x 5 Gal. Jugs');
  });

  it('still answers who found them from the same sentence', () => {
    expect(answerOf('Who found the mines and HME jugs at the ambush site?').answer?.report.id).toBe('GER-0034');
  });
});

describe('"who" asking the doer, of a sentence telling the act only by a noun', () => {
  it('declines "CARBON MONOXIDE POISONING": it names no poisoner', () => {
    const asked = answerOf('Who poisoned the German soldiers in the tent?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('act');
  });

  it('still answers a "who" asking whom the act was done to, by its noun ("suicide attacks on …")', () => {
    expect(answerOf('Who were the suicide bombers meant to attack in Lashkar Gah?').answer).not.toBeNull();
  });
});

describe('a sentence of the report holding every word of the question, its act in its own verb, still rivals', () => {
  it('declines the ANP commander\'s "REQUESTING ASSESTS/MONEY" beside the Taliban\'s terms', () => {
    const asked = answerOf('What did the Taliban ask for in exchange for Bergdahl?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('lead');
  });

  it("keeps the Arabs' task in Herat answered", () => {
    expect(answerOf('What are the Arabs in Herat supposed to do?').answer).not.toBeNull();
  });
});

describe('a count from a running log entry a later entry tells again', () => {
  it('declines "At 1348D* Two soldiers from FOX crew died" (the encircled one died at 1547D*)', () => {
    const asked = answerOf('How many German soldiers died when the Fox vehicle went into the river?');
    expect(asked.answer).toBeNull();
    expect(asked.declined).toBe('lead');
  });

  it('keeps a count a later entry names again ("5 killed LN", then "5x killed LN")', () => {
    expect(marked('How many children died in the SVBIED strike near Kunduz?')).toBe('5');
  });
});

describe('"who" asking the doer of an act done to another act, named by its noun', () => {
  it('declines the platoons that withdrew, for who observed the withdrawal', () => {
    expect(answerOf('Who observed the German withdrawal from the air near Kunduz?').declined).toBe('act');
    expect(answerOf('Who watched the withdrawal of the platoons near Kunduz?').declined).toBe('act');
  });

  it('still answers who withdrew', () => {
    expect(answerOf('Who withdrew under observation near the Westplateau?').answer?.report.id).toBe('GER-0044');
  });
});
