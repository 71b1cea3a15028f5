/**
 * A thing's model in brackets right after its class noun (issue 11): the War Diary writes "The damaged vehicle
 * (DINGO)", "1 X ISAF VEH (DEU WOLF)" — the bracket says which vehicle, in capitals as a code is written.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('codeBeside: a bracket right after the noun asked gives its model', () => {
  it('answers "which vehicle?" by the model in capitals in the bracket after "vehicle"', () => {
    expect(marked('Which vehicle was loaded on the truck?')).toBe('DINGO');
  });

  it('keeps a bracket holding a code with a digit answered as before', () => {
    expect(marked('Which vehicle did the RPG hit during the IED sweep on LOC Pluto?')).toBe('JAMMER CG-20');
  });

  it('keeps a subject asked by its act whole, past its bracket ("what got stuck?")', () => {
    expect(marked('What got stuck during the fight on LOC Banana?')).toBe('One vehicle (DINGO) of INF PLT K');
  });
});
