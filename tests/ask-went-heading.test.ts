/**
 * Where a movement went, told after the place it left (issue 11): a verb of motion may say where it left from before
 * where it went or headed ("INS have pulled out *of the area* towards WEST"), and the mover may be written in the
 * glossary's other form ("the insurgents" are the reports' "INS"). A place where no movement of the mover ended
 * ("INS probably have stolen 1 x GREEN RANGER *in the area*") is where something else was done.
 */
import { describe, expect, it } from 'vitest';
import { wentTo } from '../src/search/destinations.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

const went = (text: string, place: string, mover: string[]) =>
  wentTo(read(text).words, text.indexOf(place), lexicon(), new Set(mover));

describe('where a movement headed, past where it left', () => {
  it('reads a heading after the place left as where the mover went, and a place of another act as none', () => {
    const pulled = 'COP ESKANDER reported that INS have pulled out of the area towards WEST to TURKMENISTAN border.';
    expect(went(pulled, 'WEST', ['insurgent', 'ins'])).toBe(true);
    expect(went(pulled, 'WEST', ['insurgent'])).toBe(false);
    expect(went('INS probably have stolen 1 x GREEN RANGER in the area.', 'area', ['ins'])).toBe(false);
  });

  it('answers where the insurgents went by the heading of their pulling out, not where they stole a car', () => {
    expect(marked('Where did the insurgents go after the attack near Eskander?')).toBe('WEST');
  });
});
