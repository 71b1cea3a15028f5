/**
 * "Who did it?" answered by a phrase a relative clause follows (issue 11): "convoy commander, *who ordered* to … fire a
 * warning shot" names the doer of the ordering, though the act stands in another clause than the phrase's own; and
 * "who *told* X…?", asked by a light verb, by the phrase after "by" and a verb saying it ("WAS INFORMED BY NDS").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a subject relative names its antecedent the doer of its verb', () => {
  it('answers "who ordered…?" by the phrase before ", who ordered"', () => {
    expect(marked('Who ordered the gunner to fire a warning shot at the pickup?')).toContain('commander');
  });

  it('answers it asked of the convoy by place too: the best is now the sentence whose relative tells it', () => {
    expect(marked('Who ordered the German convoy to fire a warning shot near Camp Mike Spann?')).toBe('commander');
  });

  it('reads no doer for a question asking whom the act was done to: "BASHIR, WHO IS…" stays the one wounded', () => {
    expect(marked('Who was wounded on Objective White?')).toContain('BASHIR');
  });
});

describe('a question asking by a light verb only: the doer after "by" and a verb WordNet finds alike', () => {
  it('answers "who told…?" by "INFORMED BY NDS", not rivalled by another report\'s "FF reported…"', () => {
    expect(marked('Who told PRT MES about the possible car bomb?')).toBe('NDS');
  });

  it('keeps the doer told in the active: "ANP INFORMED EUPOL…"', () => {
    expect(marked('Who told EUPOL about the bombs in Borya Baf?')).toBe('ANP');
  });
});
