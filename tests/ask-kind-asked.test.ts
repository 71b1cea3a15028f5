/**
 * "What X", "how close": a question names the kind of its answer; a phrase surely of another kind is no answer to it,
 * however near the question's words it stands (issue 11, wrong quotes of a fresh probe set). Each rule declines one and
 * keeps a right answer it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { asksThing, otherThanThing } from '../src/search/thing-asked.ts';
import { loadGlossary } from '../src/search/glossary.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"what X" where X is a thing', () => {
  it('reads a noun first of all a thing as asking one', () => {
    expect(asksThing('drone', lexicon())).toBe(true);
    expect(asksThing('vehicle', lexicon())).toBe(true);
    expect(asksThing('unit', lexicon())).toBe(false);
    expect(asksThing('insurgent', lexicon())).toBe(false);
  });

  it("knows a unit or a country, in the glossary's forms too, as no thing", () => {
    const glossary = loadGlossary();
    expect(otherThanThing('ANP patrol', 'drone', glossary, lexicon())).toBe(true);
    expect(otherThanThing('DEU', 'vehicle', glossary, lexicon())).toBe(true);
    expect(otherThanThing('APC DINGO', 'vehicle', glossary, lexicon())).toBe(false);
  });

  it('quotes no unit for a drone, no country for a vehicle', () => {
    expect(marked('What drone was sent up to support the patrol on Route Archer?') ?? '').not.toMatch(/ANP|DEU|NDS/);
    expect(marked('What kind of vehicle was damaged when B Plt hit an IED?') ?? '').not.toMatch(/DEU/);
  });

  it('still answers a thing asked for, and a unit where a unit is asked', () => {
    expect(marked('Which vehicle hit the IED on the patrol?')).toMatch(/DINGO/);
    expect(answerOf('Which unit do the four Iranians serve in?').answer?.text).toMatch(/SEPAH-E-PASDARAN/);
  });
});

describe('"how close"', () => {
  it('is answered by no count: "One soldier fired 1x (one) burst" says no distance', () => {
    expect(marked('How close was the truck when the warning burst was fired?') ?? '').not.toMatch(/soldier|one/i);
  });

  it('still quotes a distance', () => {
    expect(marked('How close did the car come to the convoy?')).toMatch(/50 m/);
  });
});

describe('"the previous X"', () => {
  it('is not the X a sentence tells without saying it came before', () => {
    const asked = answerOf('When was the previous SAFIRE near the Khowst Bowl?');
    expect([asked.answer, asked.declined]).toEqual([null, 'other-event']);
  });

  it('still leaves the X itself answered, and "prior to" is no other X', () => {
    expect(marked('When was the SAFIRE near the Khowst Bowl?')).toBe('At 2145Z');
    expect(answerOf('What happened prior to the SAFIRE near the Khowst Bowl?').declined).not.toBe('other-event');
  });
});

describe('what was done, said after a noun', () => {
  it('is not said by a finite verb after an object: "while conducting OBJ MIDWAY cleared…" is no act of the objective', () => {
    expect(marked('What did the troops do with what they found on OBJ Midway?') ?? '').not.toMatch(/^cleared/);
  });

  it('is still said by a participle after an object: "apprehending two Taliban laying IEDs"', () => {
    expect(marked('What did the Afghan army catch two Taliban doing near Masum Ghar?')).toMatch(/^laying IEDs/);
  });
});

describe('"what X verbed…?" where X is a thing', () => {
  it('asks for the X that acted, not what it acted on: "small arms fire" is no aircraft', () => {
    expect(marked('What aircraft observed the SAFIRE near the Khowst Bowl?') ?? '').not.toMatch(/small arms fire/);
    expect(marked('What aircraft landed at KDZ airfield?')).toMatch(/CH-53/);
  });

  it('is answered by the subject of the same verb, a model WordNet lacks: "2x A10 arrived on scene"', () => {
    expect(marked('What aircraft arrived to help the troops ambushed near Riverloop?')).toMatch(/A10/);
  });

  it('still reads a group named so as the doer, and answers what the question acts on', () => {
    expect(answerOf('Which Afghan ministry wanted the discovery of Iranian weapons kept quiet?').answer?.text).toMatch(
      /Ministry of Foreign Affairs/,
    );
  });
});

describe('"what X" answered by a phrase naming an X', () => {
  it('reads an adjective WordNet files as a colour as one, for "what colour"', () => {
    expect(marked('What colour was the Jeep that came too close to the convoy on H7?')).toMatch(/^white/);
  });

  it('reads a model named before the asked noun in brackets as one of it: "1x AO 2,5 (submunition)"', () => {
    expect(marked('What submunition did the patrol near FSB MES come across?')).toBe('AO 2,5');
  });

  it('reads the phrase a "Type:" label introduces as the kind a "what kind of X" asks', () => {
    expect(marked('What kind of UXO did the recce squad find near LOC Archer?')).toBe('122mm tank grenade');
  });

  it('still reads the bracket after the asked noun as naming it, and an adjective alone as no kind', () => {
    expect(marked('What type of UXO did the patrol find?')).toBe('possible Mine');
    expect(marked('What kind of wounds did the 13 admitted casualties have?') ?? '').not.toMatch(/^minor/);
  });
});

describe('"what X did they V?" where X is a thing', () => {
  it('is answered by what the same act is done to, the verb read as one after "did" and its subject', () => {
    expect(marked('What anti-tank weapon did the Germans use against the rocket launchers?')).toMatch(/MILAN/);
    expect(marked('What vehicle did the Meymaneh patrol roll over?')).toMatch(/WOLF/);
  });

  it('is not what the act is done to when that is no thing, nor when the verb has an object of its own', () => {
    expect(marked('What drone did the Germans lose near Haji Amanulla?') ?? '').not.toMatch(/CONNECTION/);
    expect(marked('What vehicle did the convoy hit the boy with?') ?? '').not.toMatch(/donkey/);
  });
});
