/**
 * A "what grid" question is answered by the grid reference its sentence names, wherever it stands (src/search/kinds.ts,
 * gridsNamed): "a black TOYOTA … while conducting a convoy at 42SWD 115 188", "MGRS Location of Drop:
 * 42SYD2960099000", "BEL OMLT WERE AT POSITION WF 092 611" (the square alone, the German reports' way within their
 * zone).
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

const grids = (question: string, text: string) =>
  kindSpans(text, readQuestion(question, lexicon()), lexicon(), () => false).map((s) => text.slice(s.start, s.end));

describe('the grid a "what grid" question asks', () => {
  it('is the whole reference, however it is written', () => {
    const asked = 'what grid was the convoy at?';
    expect(grids(asked, 'while conducting a convoy at 42SWD 115 188 (between H1.2 and G2 /PD3)')).toContain(
      '42SWD 115 188',
    );
    expect(grids(asked, 'MGRS Location of Drop: 42SYD2960099000')).toContain('42SYD2960099000');
    expect(grids(asked, 'BEL OMLT WERE AT POSITION WF 092 611 AND WERE ATTACKED')).toContain('WF 092 611');
  });

  it('is marked in the sentence placing the thing asked of', () => {
    expect(marked('need the grid for the black toyota chasing the german convoy')).toBe('42SWD 115 188');
  });

  it('is no time, nor a count, nor a date read as a square', () => {
    const asked = 'what grid was the convoy at?';
    expect(grids(asked, 'AT 1943Z, BEL OMLT REPORTED THAT THEY WERE IN A FIRE FIGHT.')).toEqual([]);
    expect(grids(asked, '2X Detainees transferred by TF 373 on 15 SEP 09.')).toEqual([]);
  });

  it('is not read for a "where" question but after "at", "IVO"…', () => {
    expect(grids('where were the mentors?', 'MGRS Location of Drop: 42SYD2960099000')).toEqual([]);
  });
});
