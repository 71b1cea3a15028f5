/**
 * What a question is most about (its rarest word: mainWord in leads.ts, checked in gates.ts confidenceOf), in askers'
 * own words (issue 11): a count or a measure, a word describing its noun, or the first word of a name written in small
 * letters is not it; a word the reports write as a glossary abbreviation, or a verb the tagger read as a noun, is held
 * as the reports say it. Each rule that answers one keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a number before a unit of measure measures: it names nothing, and is no missing noun', () => {
  it('answers though the report writes the distance its own way: "nine kilometres west of"', () => {
    expect(marked('What attacked the ANA checkpoint nine kilometres west of Sperwan Ghar?')).toBe('SAF');
  });

  it('keeps the question without the distance, or with it in digits, answered', () => {
    expect(marked('What attacked the ANA checkpoint west of Sperwan Ghar?')).toBe('SAF');
    expect(marked('What attacked the ANA checkpoint 9 km west of Sperwan Ghar?')).toBe('SAF');
  });

  it('keeps a number after its noun a name: "TF 373"', () => {
    expect(marked('How many detainees did TF 373 take on objective Wrentham?')).toBe('4X DETAINEES');
  });
});

describe('the glossary abbreviation a kind is written in holds the word it ends in: "support" in CSS', () => {
  it('answers "the support company" by the report of the "DEU CSS COY"', () => {
    expect(answerOf('Why did the support company fire a warning shot?').answer?.report.id).toBe('GER-0091');
  });

  it('still declines the question that says too little to tell which company', () => {
    expect(answerOf('Why did the support company fire?').answer).toBeNull();
  });
});

describe('an adjective after its noun, with a phrase of its own, is not what the question is about', () => {
  it('answers "the car full of explosives" by "A CAR WITH EXPLOSIVES INSIDE"', () => {
    expect(answerOf('Where was the car full of explosives found near Mazar?').answer?.report.id).toBe('GER-0008');
  });

  it('keeps an adjective before its noun the main word: "terrorist attacks"', () => {
    expect(marked('Which forces were the terrorist attacks mainly aimed at?')).toBe('American forces');
  });

  it('still declines the truck no report near Mazar says was full of explosives', () => {
    expect(answerOf('Where was the truck full of explosives found near Mazar?').answer).toBeNull();
  });
});

describe('a small-letter noun right before a name WordNet does not know begins the name', () => {
  it('holds "shah" of "shah wali kot" as a name its report holds: declined for its lead, not its main word', () => {
    const asked = answerOf('how many insurgents were killed in the final BDA near shah wali kot');
    expect(asked.declined).not.toBe('main-word');
  });
});

describe('a noun before a particle WordNet joins it with as a verb only is that verb', () => {
  const posOf = (question: string, word: string) =>
    readQuestion(question, lexicon()).reading.words.find((w) => w.text === word)?.pos;

  it('reads "roll over" and "hand over" as verbs', () => {
    expect(posOf('How many times did the German Wolf roll over?', 'roll')).toBe('VERB');
    expect(marked('How many detainees did TF Paladin hand over on the day ISN 4176 came from TF 373?')).toBe(
      '5 X Detainees',
    );
  });

  it('leaves a preposition before its noun phrase to the clause: "take on objective Wrentham"', () => {
    expect(posOf('How many detainees did TF 373 take on objective Wrentham?', 'take')).toBe('NOUN');
  });
});
