/**
 * Questions asking how often, how, what injury or what someone was doing (issue 11, task C): the answer is a phrase of
 * frequency, of means, an injury or an activity in the sentence telling the question's act. Each rule keeps an answer,
 * or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('"every" and a count of a time', () => {
  it('says how often: "the rotation cycle … is about every 6 weeks"', () => {
    expect(marked('How often does the ANA rotate at FOB Tagab?')).toBe('every 6 weeks');
  });

  it('keeps an adverb of frequency answering', () => {
    expect(answerOf('How often are Iranian arms found in Afghanistan?').answer?.text).toContain('regularly');
  });
});

describe('"how badly was X V-ed?" needs the degree as "who" needs someone', () => {
  it('puts a sentence of the report saying the degree before one telling the harm without it', () => {
    expect(marked('How badly was the 7 ton truck damaged?')).toBe('Minor damage');
  });

  it('keeps the degree said with the harm, and "how fast" a speed', () => {
    expect(marked('How seriously was the driver of the Wolf injured?')).toBe('lightly injured');
    expect(marked('How fast was the German armored vehicle driving when it clipped the donkey?')).toBe('60km/h');
  });
});

describe('"what was S doing (when …)?" asks the act of S', () => {
  it('is said in the progressive, past its "be": "F PLT was cleaning their weapons, when…"', () => {
    expect(marked('What were F Plt doing when the G36 went off?')).toBe('cleaning their weapons');
  });

  it('is said of S in words WordNet brings close ("3x persons laying an IED" for "the people"), to its bracket', () => {
    expect(marked('What were the people southwest of Panjwayi doing when TF 31 saw them?')).toBe(
      'laying an IED 6km SW of PANJWAYI DC',
    );
  });

  it('is no act of the scene the question sets ("1050Z M1114 recovered"), nor of another joined by "and"', () => {
    expect(marked('What was the convoy doing when the M1114 rolled over north of Naray?') ?? '').not.toMatch(
      /recovered/,
    );
    expect(marked('What was the boy doing when the convoy hit him?')).toBe('riding his donkey');
  });
});

describe('a part of the body a verb of the harm asked was done to', () => {
  it('says which injury: "He fell down and injured his head"', () => {
    expect(marked('What injury did the boy on the donkey suffer?')).toBe('his head');
  });

  it('keeps the words before the harm saying which', () => {
    expect(marked('What kind of wounds did the 13 admitted casualties have?')).toBe('gun shot wounds');
  });
});

describe('"how did S get to P?" asks a movement (WordNet\'s "get_to")', () => {
  it('is told by a verb of motion to P and "by" a bare noun: "move EOD/CEXC to FOB Spin (TF 31) by air"', () => {
    expect(marked('How was the EOD team supposed to get to FOB Spin?')).toBe('by air');
  });

  it('keeps the means of a verb of motion asked itself', () => {
    expect(marked('How will the more serious wounded be flown to Bagram?')).toBe('via MC130');
    expect(marked('How was the UXO brought to the runway?')).toBe('with a load of sand');
  });
});

describe('a light verb in an infinitive with its adverb ("to come back")', () => {
  it('is an act one wants of another: "They wanted CFs to come back give more HA."', () => {
    expect(marked('What did the Mandagal elders want the coalition forces to do?')).toMatch(/^come back give more HA/);
  });

  it('keeps a plain infinitive wanted of another, and declines what the wanter wants to do itself', () => {
    expect(answerOf('What did the Iranian spies want ordinary Afghans to do?').answer?.text).toContain('propaganda');
    expect(marked('What did the people of Mandagal want the coalition to do?') ?? '').not.toMatch(/provide/);
  });
});

describe('"why couldn\'t / didn\'t X V?" asks what thwarted the act', () => {
  it('is told after "but" in the sentence of the attempt: "fired … back, but … was out of range"', () => {
    expect(marked("Why didn't the ANA hit the insurgent mortar position at Nawabad?")).toMatch(/^but .*out of range/);
  });

  it('is no reason for a question not denying its act: "but" only sets two things side by side', () => {
    expect(marked('Why did the ANA fire back at Nawabad?') ?? '').not.toMatch(/^but/);
  });
});

describe('"what was S doing?" asks an act going on', () => {
  it('is said in "-ing", not by a finite verb telling what S did after ("The PMT marked the UXO")', () => {
    expect(marked('What was PMT doing in Dehdadi when they found the mortar grenade?') ?? '').not.toMatch(/marked/);
    expect(marked('What were the two Taliban doing when the ANA caught them near Masum Ghar?')).toMatch(/^laying IEDs/);
  });

  it('keeps an infinitive going on an act going on: "While attempting to recover the broke down vehicle"', () => {
    expect(marked('What were the troops doing when the suicide car bomb struck the OMLT?')).toMatch(
      /^recover the broke/,
    );
  });
});

describe('a degree or an act is no name, date or number', () => {
  it('leaves another report telling the harm in words the reading misses a rival ("damaged so heavily")', () => {
    expect(answerOf('How badly was the FOX damaged?').answer).toBeNull();
  });
});
