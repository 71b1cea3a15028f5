/**
 * "Want" with a noun and a past participle ("where did the governor *want the press conference held*?") asks where the
 * act of the participle was to be done, as "want it to be held" would (issue 11): the wanting is only its aspect
 * (catenative.ts), and the report tells the act wanted in words of its own ("CF in Kabul should host a press
 * conference").
 */
import { describe, expect, it } from 'vitest';
import { catenatives } from '../src/search/catenative.ts';
import { read } from '../src/search/nlp.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

const aspects = (text: string) => catenatives(read(text).words).map((w) => w.text);

describe('"want" with a noun and a past participle is the aspect of the act wanted', () => {
  it('reads "want" before a noun and a participle as catenative, not before a noun alone or an "-ing" form', () => {
    expect(aspects('Where did Governor Sherzai want the press conference held?')).toEqual(['want']);
    expect(aspects('Where did the Taliban want the prisoners moved?')).toEqual(['want']);
    expect(aspects('Which prisoners did the Taliban want in exchange?')).toEqual([]);
    expect(aspects('Did the governor want the trucks?')).toEqual([]);
    expect(aspects('Did the governor want the trucks moving?')).toEqual([]);
  });

  it('answers where the governor wanted the press conference held from the sentence saying where to host it', () => {
    expect(marked('Where did Governor Sherzai want the press conference held?')).toBe('Kabul');
  });
});
