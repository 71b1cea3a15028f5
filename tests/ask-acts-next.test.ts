/**
 * Questions asking what someone did or what happened to them, in askers' own words (issue 11): the act is the answer,
 * told of the one asked of in the report's own words. Each rule that answers one keeps a decline it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../src/search/nlp.ts';
import { actsDone } from '../src/search/slots.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a noun the War Diary glues to its count ("1xINS")', () => {
  it('is read past the count\'s "x", so the insurgent asked of is the one attempting the act', () => {
    expect(marked('What did the Afghan soldiers see the insurgent trying to do west of Sperwan Ghar?')).toContain(
      'emplace an IED',
    );
  });

  it('keeps the act asked of the soldiers who saw him unanswered by his', () => {
    expect(answerOf('What did the Afghan soldiers do west of Sperwan Ghar?').answer).toBeNull();
  });
});

describe('"the" and a count the question gives name again the group it counts', () => {
  it('answers what happened to the four villagers by what befell "the four local nationals"', () => {
    expect(marked('What happened to the four villagers attacked in their home near Naray?')).toContain('killed');
  });

  it('does not take another count, or none, for them', () => {
    expect(answerOf('What happened to the seven villagers attacked in their home near Naray?').answer).toBeNull();
    expect(answerOf('What happened to the villagers attacked in their home near Naray?').answer).toBeNull();
  });
});

describe('an act joined by "and" after the question\'s own act', () => {
  const sentence = read('FF informed PRT MES TOC and EOD, then marked the UXO with red color and continued training.');
  const spans = (asked: (lemma: string) => boolean) =>
    actsDone(sentence.words, (w) => asked(w.lemma)).map(([a, b]) =>
      sentence.words
        .slice(a, b + 1)
        .map((w) => w.text)
        .join(' '),
    );

  it('is what was done next: "marked the UXO … and *continued training*"', () => {
    expect(spans((lemma) => lemma === 'mark')).toContain('continued training');
  });

  it('is nothing when the act before "and" is not the question\'s', () => {
    expect(spans(() => false)).not.toContain('continued training');
  });
});

describe('a passive after a modal, done by the one the question names', () => {
  const textsOf = (text: string, asked: string[]) => {
    const { words } = read(text);
    const has = (w: { text: string }) => asked.includes(w.text.toLowerCase());
    return actsDone(words, has, (w) => w.text === 'UXOs').map(([a, b]) =>
      words
        .slice(a, b + 1)
        .map((w) => w.text)
        .join(' '),
    );
  };

  it('reads "UXOs *will be* blown in place by DEU EOD *Team*" as what is done to them', () => {
    expect(textsOf('UXOs will be blown in place by DEU EOD Team.', ['uxos', 'team'])).toContain(
      'blown in place by DEU EOD Team',
    );
  });

  it('keeps one done by another, whom the question does not name, out', () => {
    expect(textsOf('UXOs will be blown in place by ANA soldiers.', ['uxos', 'team'])).toEqual([]);
  });
});
