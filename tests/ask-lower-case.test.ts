/**
 * Questions typed in lower case, as Discord users type them (issue 11): each word is read in the case the reports
 * write it (written-case.ts) before the tagger reads the question, so "tf titan" is a name and "isn" the detainee's
 * serial; a word the reports mostly write in lower case stays so, and a question with capitals of its own is read as
 * typed.
 */
import { describe, expect, it } from 'vitest';
import { inWrittenCase } from '../src/search/written-case.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked, index } = sampleAndArticleAnswerer();

describe('a question typed in lower case, read in the reports’ case', () => {
  it('gives an acronym its capitals and a name its capital: "tf titan", "isn", "eod", "kamdesh"', () => {
    expect(inWrittenCase(index(), 'what did tf titan hit the enemy 82mm position with')).toBe(
      'what did TF Titan hit the enemy 82mm position with',
    );
    expect(inWrittenCase(index(), 'which isn was seen by eod at kamdesh')).toBe('which ISN was seen by EOD at Kamdesh');
  });

  it('keeps words the reports mostly write in lower case though some report names them: "mike", "will", "may"', () => {
    const typed = 'did mike say he will come in may';
    expect(inWrittenCase(index(), typed)).toBe(typed);
  });

  it('keeps a common word of English in lower case though labels and names capitalise it: "men", "police", "date"', () => {
    const typed = 'how many men were in the terrorist cell';
    expect(inWrittenCase(index(), typed)).toBe(typed);
    expect(inWrittenCase(index(), 'what date did the police of the province get kits')).toBe(
      'what date did the police of the province get kits',
    );
  });

  it('still answers "how many men" by the cell it counts, typed in lower case', () => {
    expect(marked('how many men were in the terrorist cell?')).toBe('four-man');
  });

  it('reads a question with capitals of its own as typed: its "cop" is no COP', () => {
    const typed = 'What is the name of the ANP officer who stayed with the wounded cop?';
    expect(inWrittenCase(index(), typed)).toBe(typed);
  });

  it('answers lower-cased questions the reports answer', () => {
    expect(marked('how many americans died in the chinook crash near camp arena')).toBe('10 US KIA');
    expect(marked('what op was the molt ii campsite recce for')).toBe('GHAZNA');
  });

  it('quotes the question back as typed', () => {
    const asked = answerOf('what op was the molt ii campsite recce for');
    expect(asked.query.text).toBe('what op was the molt ii campsite recce for');
  });
});
