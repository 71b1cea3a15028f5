/**
 * The question's act said as a noun in the report (issue 11): "what was attacked?" is told by "an RPG *attack* was
 * carried out *on* an ANP District HQ", the preposition aiming the act past a verb saying only that it was done.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../src/search/nlp.ts';
import { aimedAt } from '../src/search/act-nouns.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('an act noun aimed by "on" / "against", right after it or past a verb of doing', () => {
  const at = (sentence: string, noun: string) => {
    const words = read(sentence).words;
    const k = aimedAt(
      words,
      words.findIndex((w) => w.text === noun),
    );
    return k === undefined ? undefined : words[k]!.text;
  };

  it('finds the preposition past "was carried out", and right after the noun', () => {
    expect(at('An RPG attack was carried out on an ANP District HQ.', 'attack')).toBe('on');
    expect(at('FOB Konduz reported an IED attack on a joint patrol.', 'attack')).toBe('on');
  });

  it('not past a verb telling of the report: "an attack was reported on 12 May"', () => {
    expect(at('An attack was reported on 12 May.', 'attack')).toBeUndefined();
  });

  it('answers "what was attacked?" by the phrase the attack was carried out on', () => {
    expect(marked('What was attacked with an RPG in Khanabad at the same time?')).toBe('an ANP District HQ');
  });

  it('still declines what attacked it: the phrase after "on" is what was attacked, not the doer', () => {
    expect(answerOf('What attacked the ANP District HQ in Khanabad?').answer).toBeNull();
  });
});
