/**
 * probe-o's confident wrong quotes (fresh questions of issue 11 over the War Diary sample): each reading that drops
 * one keeps an answer of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

const spansOf = (question: string, text: string, kind: string) =>
  kindSpans(text, readQuestion(question, lexicon()), lexicon(), () => false)
    .filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));

const CONVOY =
  'At 020510ZNOV06 TF AEGIS reported truck #3 in convoy form FOB SPERMAN to FOB MSG hit an IED 12KM South of PB WILSON.';

describe('a group said bare after "in": how they went, not where', () => {
  it('"truck #3 in convoy form FOB SPERMAN" names no place', () => {
    expect(spansOf('Where will the damaged truck be taken?', CONVOY, 'place')).toEqual([]);
    expect(answerOf('Where will the damaged truck from the Wilson IED be taken?').answer?.span).toBeUndefined();
  });

  it('a building said bare after "in" still names where: "in hospital"', () => {
    expect(spansOf('Where was the soldier treated?', 'The soldier was treated in hospital.', 'place')).toEqual([
      'hospital',
    ]);
  });
});

describe('a qualified "which X": a common noun, a kind of X, must be of the kind the qualifier says', () => {
  it('"which insurgent group?" is not answered by "convoy", a group of no insurgents', () => {
    expect(spansOf('Which insurgent group was behind the IED?', CONVOY, 'instance')).toEqual([]);
    expect(answerOf('Which insurgent group was behind the IED south of PB Wilson?').answer).toBeFalsy();
  });

  it('a noun WordNet files under the qualified noun answers ("tank", an armored vehicle); a bare "which X" as before', () => {
    const text = 'A tank was hit by an RPG.';
    expect(spansOf('Which armored vehicle was hit?', text, 'instance')).toContain('tank');
    expect(spansOf('Which vehicle was hit?', text, 'instance')).toContain('tank');
  });
});

describe('an English plural in capitals is no name', () => {
  const injuries =
    'At 261107D*, PRT units back in a camp.1 Non Battle Injuries latvian(LVA) NATO/ISAF 1 Died of Wounds';

  it('"Non Battle Injuries" names no soldier', () => {
    expect(spansOf('What was the name of the Latvian soldier?', injuries, 'agent')).not.toContain('Battle Injuries');
    expect(answerOf('What was the name of the Latvian soldier who got dehydrated?').answer).toBeFalsy();
  });

  it('a name WordNet does not know still names him', () => {
    const text = 'The District Commissioner, Abdul Hai addressed the group.';
    expect(spansOf('What was the name of the District Commissioner?', text, 'agent').join(' ')).toMatch(/Hai/);
  });
});

describe('a War Diary heading names its section, of no kind asked', () => {
  it('"End State:" is no time', () => {
    const text = 'End State: -EF unable to influence ANA seizure and occupation of Musa Qaleh.';
    expect(spansOf('When did TF 1 Fury finish clearing Musa Qaleh?', text, 'time')).toEqual([]);
    expect(answerOf('When did TF 1 Fury finish clearing Musa Qaleh?').answer).toBeFalsy();
  });

  it('what follows the heading still answers: "Time: *0830Z*"', () => {
    expect(spansOf('When did the patrol return?', 'Time: 0830Z the patrol returned.', 'time')).toEqual(['0830Z']);
  });
});
