/**
 * "What weapon / which vehicle / what type of rocket…": the reports name a thing by its model where someone holds or
 * operates it ("pieced *his MP7*", "driving *an ATF Dingo*") and after "type" ("1 x rocket *type OG9M*"). Each rule
 * keeps a neighbour it must not change.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a model named after "type"', () => {
  it('reads the code after the noun and "type" as its model', () => {
    expect(marked('What type of rocket was in the cache near Ali Abad?')).toBe('OG9M');
  });

  it('keeps a "which vehicle" question answered by the code beside its noun', () => {
    expect(marked('Which vehicle did the RPG hit during the IED sweep on LOC Pluto?')).toBe('JAMMER CG-20');
  });
});

describe('a model held or operated', () => {
  it('reads a model code after a possessive as the thing held', () => {
    expect(marked('What weapon went off in Camp Feyzabad after cleaning?')).toBe('MP7');
  });

  it('reads the name after a verb of driving as the vehicle', () => {
    expect(marked('What kind of vehicle hit the IED in Char Dara?')).toBe('ATF Dingo');
  });

  it('answers a "who" question by the one holding or driving, not by the thing held or driven', () => {
    // "A DEU soldier of the communication centre pieced his MP7": the doer is the whole "N of the X" (acts.ts memberOf).
    expect(marked('Who pieced his MP7 after cleaning?')).toBe('A DEU soldier of the communication centre');
    expect(marked('Who was driving the ATF Dingo that struck the IED in Char Dara?')).toBe('DEU patrol');
  });
});
