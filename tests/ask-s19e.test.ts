/**
 * Wrong marks (issue 11, stop 19): a quote is only useful if the words it marks are the answer. Each reading here
 * marked a span of the kind asked in the wrong role (the one telling instead of the doer, the whole instead of the
 * part counted, a code or a verb in capitals read as a name, a route's end as the scene); it now marks the answer's
 * words, or declines when the sentence holds none.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('one who reported a thing', () => {
  it('is not who did the act the thing names: "C/S CB 6 reported machine gun fire" is declined for who fired', () => {
    const { answer, declined } = answerOf('Who fired the machine gun at Sperwan Ghar?');
    expect([answer?.text, declined]).toEqual([undefined, 'act']);
  });

  it('still answers who reported it', () => {
    expect(marked('Who reported the machine gun fire at Sperwan Ghar?')).toBe('CB 6');
  });
});

describe('a word in capitals', () => {
  it('in "-ing" after "be" is a verb, not someone: "TF 373 ARE PREPPING TO EXFIL"', () => {
    expect(marked('Who did TF 373 drop off at FOB Shank?')).toBe('LN');
  });

  it('"CAT" and its letter are a casualty category, not who shot the helicopter down', () => {
    expect(marked('Who shot down the Chinook near Camp Arena?')).not.toBe('CAT');
  });
});

describe('which N before its verb', () => {
  it('asks the doer, and a name with its letters after it is marked whole', () => {
    expect(marked('Which Afghan ministry wanted the discovery of Iranian weapons kept quiet?')).toBe(
      'Ministry of Foreign Affairs (MFA)',
    );
  });

  it('is not answered by a unit of measure: "12KM South" is no unit that reported', () => {
    expect(marked('Which unit reported the truck hitting an IED south of PB Wilson?')).not.toMatch(/KM|South|truck/);
  });
});

describe('"how many of the N were X"', () => {
  it('counts X, not the N: "25 casualties … include 14 Afghans"', () => {
    expect(marked('How many of the Camp Arena casualties were Afghans?')).toMatch(/^14 Afghans/);
  });
});

describe('a noun\'s "from X to Y"', () => {
  it('is its route, not where its act was: the convoy "from MES to KDZ" did not hit the boy at KDZ', () => {
    const { answer } = answerOf('Where did the German convoy hit the boy on the donkey?');
    expect(answer?.span && answer.text.slice(...answer.span)).not.toBe('KDZ');
  });
});

describe('a name of the thing asked', () => {
  it('is marked with the noun it names and what that is of: "“Intelligence” unit of SEPAH-E-PASDARAN"', () => {
    expect(marked('Which unit do the four Iranians serve in?')).toBe('“Intelligence” unit of SEPAH-E-PASDARAN');
  });
});

describe('"what kind of X"', () => {
  it('is not answered by a count: "12KM South" is no kind of unit', () => {
    expect(marked('What kind of unit was hit near PB Wilson?')).not.toMatch(/KM/);
  });
});

describe('a phrase opening with a preposition', () => {
  it('is not what a verb acts on: "APPEAL TO THE TALIBAN" names nothing the ANP captured, so it is declined', () => {
    const { answer } = answerOf('What did the ANP capture?');
    expect(answer?.span && answer.text.slice(...answer.span)).not.toBe('TO THE TALIBAN');
  });

  it('answers a question ending in that preposition', () => {
    expect(marked('What will the elders appeal to?')).toBe('TO THE TALIBAN');
  });
});
