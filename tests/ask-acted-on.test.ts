/**
 * Questions asking what an act was done to, in askers' own words (issue 11): "what did X V?", "what will X V?", "what
 * was / got V-ed?". Each rule that answers one keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a question asked with a modal, its verb read as a noun by the tagger', () => {
  const verbOf = (question: string, word: string) =>
    readQuestion(question, lexicon()).reading.words.find((w) => w.text === word)?.pos;

  it('reads the bare verb after the subject as the verb: "will the task unit *use*"', () => {
    expect(verbOf('What will the Norwegian task unit use to look at the area?', 'use')).toBe('VERB');
    expect(marked('What will the task unit use?')).toBe('planes');
  });

  it('reads it so though a clause setting the scene has a verb: "shoot *after* the rockets landed"', () => {
    const question = readQuestion('What did TF 333 shoot after the rockets landed near Hunter Base?', lexicon());
    expect([...(question.acts?.asked ?? [])]).toEqual(['shoot']);
    expect(verbOf('What did the Germans see when the car landed?', 'see')).toBe('VERB');
  });

  it('keeps "did" questions so read, and their answers', () => {
    expect(verbOf('What did the enemy use to block the road?', 'use')).toBe('VERB');
    expect(marked('What did EOD do with the mines found near Camp Apache?')).toBe('BIP by EOD');
  });
});

describe('"what got V-ed?": "get" before a participle is its passive, as "be" is', () => {
  it('answers by the subject of "got stuck", the whole phrase past its bracket and "of"', () => {
    expect(marked('What got stuck during the fight on LOC Banana?')).toBe('One vehicle (DINGO) of INF PLT K');
  });

  it('keeps "which X did Y V?" answered by what the act was done to', () => {
    expect(marked('Which vehicle did the RPG hit during the IED sweep on LOC Pluto?')).toBe('JAMMER CG-20');
  });
});

describe('what an act was done to is told with the act, in the report the question is about', () => {
  it('puts the sentence telling the act before one telling only the scene, and quotes it only as likely', () => {
    // The sentence says little of the question, but its answer stands in the clause saying the act, and its report
    // tells the rest (the green Toyota): a likely answer (gates.ts confidenceOf).
    const asked = answerOf('What was found in the green Toyota?');
    expect(asked.considered[0]!.text).toBe('Nothing suspect was found.');
    expect(asked.answer?.confidence).toBe('likely');
    expect(marked('What was found in the green Toyota?')).toBe('Nothing suspect');
  });

  it('needs only the act of the main clause, not the one setting the scene ("when … was attacked")', () => {
    expect(marked('What got hit by the RPG when the task unit was attacked?')).toBe('One vehicle');
    expect(marked('What did TF 333 shoot after the rockets landed near Hunter Base?')).toMatch(/^81mm Illum/);
  });

  it('quotes no sentence telling only the scene for it ("march group RED was attacked")', () => {
    expect(answerOf('What was damaged when march group RED was attacked?').answer).toBeNull();
  });

  it("does not put another report's sentence telling the act first: it is of another event", () => {
    expect(answerOf('What did the EOD squad find near the old Russian tank?').answer?.report.id).toBe('GER-0119');
  });
});

describe('a pronoun opening its sentence, the subject of the act asked', () => {
  it('may be the question\'s doer, named in the sentence before: "There they found the UXO"', () => {
    const asked = answerOf('What did the EOD squad find near the old Russian tank?');
    expect(asked.considered[0]!.kind).toBe('the UXO(Warhead RPG 7');
    expect(asked.answer?.report.id).toBe('GER-0119');
  });

  it('is not when the verb is not its own ("They liked seeing…") or someone is named before it', () => {
    expect(answerOf('What did coalition forces give the villager in Saw whose house flooded?').answer?.text).toMatch(
      /^Helped out a local villager with tarps/,
    );
    expect(marked('What did the QRF find at the checkpoint?') ?? '').not.toMatch(/IEDs/);
  });

  it('may be one of the question\'s doers named before it as a verb\'s subject: "FF reported that they found…"', () => {
    expect(marked('What did FF find in the Police HQ building?')).toBe('3ox 80mm Mortar Rounds');
    expect(marked('What did the ANP patrol near checkpoint Iman Bukri find?')).toBe('1 x mortar grenade');
  });

  it('is not theirs when they are named only as no verb\'s subject ("was on *patrol*")', () => {
    const asked = answerOf('What size mortar shell did the Mazar patrol find?');
    expect(asked.answer).toBeNull();
    expect(asked.closest[0]!.hit.report.id).toBe('GER-0025');
  });
});

describe('what they used or hired to do something: the purpose the sentence says', () => {
  it('is no answer when another ("will use planes to look at the area" for what they used to recover it)', () => {
    expect(answerOf('What will the unit use to recover the vehicle?').answer?.text ?? '').not.toMatch(/planes/);
    expect(answerOf('What did the unit use to recover the vehicle?').answer?.text ?? '').not.toMatch(/planes/);
  });

  it('answers when the same, or said by a noun WordNet derives from it ("to assist in the recovery")', () => {
    expect(marked('What will the task unit use to look at the area?')).toBe('planes');
    expect(answerOf('What did TF Titan hire to recover the vehicle?').considered[0]!.kind).toBe(
      'a local national tow truck driver',
    );
    expect(marked('What did the enemy use to block the road?')).toBe('Mazdas');
  });
});

describe('a sentence told with the act a "what X" question asks', () => {
  it('goes first only when what it names is one of X: "some air to ground ordnance" is no bomb', () => {
    const { answer } = answerOf('What bomb did the aircraft first drop on the people in the open near Shah Wali Kot?');
    expect(answer?.text ?? '').not.toMatch(/ordnance was dropped/);
  });

  it('still goes first naming a code ("JAMMER CG-20" for "which vehicle")', () => {
    expect(marked('Which vehicle did the RPG hit during the IED sweep on LOC Pluto?')).toBe('JAMMER CG-20');
  });
});

describe('"what was V-ed?": the passive\'s subject stands before all its auxiliaries', () => {
  it('answers by it past several ("*CAS* has been requested" for what was called for)', () => {
    expect(marked('What was called for when march group RED was attacked?')).toBe('CAS');
  });

  it('keeps it before one ("Which vehicle was hit by the RPG…": "ONE TACTICAL FOX VEHICLE … was hit")', () => {
    expect(marked('What was hit by the RPG on LOC Pluto?')).toBe('ONE TACTICAL FOX VEHICLE (JAMMER CG-20');
  });
});

describe('"what did X do?": a determiner after a noun opens a phrase of its own, not the object run on', () => {
  it('reads the person after "using a warning shot" as the subject: "the person *stopped and left the area*"', () => {
    expect(answerOf('What did the person do after the warning shot?').considered[0]!.kind).toBe(
      'stopped and left the area',
    );
  });

  it('keeps an object\'s act said in a participle ("apprehending two Taliban *laying IEDs*")', () => {
    expect(marked('What did the Taliban do near FOB Masum Ghar?')).toBe('laying IEDs 2.6km SW of FOB MASUM GHAR');
  });
});

describe('"what did X V for?": a verb asked with the preposition that takes what is asked', () => {
  it('is not said by the bare verb, whose object is another role ("did ask *the PRT Commander* for a well")', () => {
    const { answer, considered } = answerOf('What did the group commander ask for?');
    expect(answer?.text ?? '').not.toMatch(/PRT Commander/);
    expect(considered[0]!.kind).toBe('AIR STRIKE');
  });

  it('keeps another verb saying it, and a preposition after the object', () => {
    expect(marked('What did the assault elements request at the objective area?')).toBe('AWT support');
    expect(marked('What did the man in Qisilabad want the timber for?')).toBe('a construction site');
  });
});

describe('"what did X V?": a sentence verb the question\'s verb is near, though not the other way', () => {
  it('reads "is shooting 81MM" as what the Apache element fired ("fire" is near "shoot" to WordNet)', () => {
    expect(marked('What did the Apache element fire at the AAF?')).toBe('81MM');
    expect(marked('What did the Apache element shoot at the AAF?')).toBe('81MM');
  });

  it('not a light verb nor one taking the act as its complement: "this action was taken", "continued to provide"', () => {
    expect(answerOf('What was stolen in the garbage truck robbery before the CNL scare?').answer).toBeNull();
    expect(answerOf('Which gunships covered the infil onto objective McKinnley?').considered[0]!.text).toMatch(
      /^Narrative of Major Events: OVERDRIVE 43\/46/,
    );
  });
});

describe('"what did X V?" told with a pronoun: the subject named before, its head before "of"', () => {
  it('reads "one of the two top cover soldiers of the rear vehicle issued…. He also pointed" as the soldier', () => {
    expect(marked('What did the top cover soldier point at the Corolla?')).toBe('a green laser beam');
  });

  it('keeps the subject named right before the verb ("flashing a torch")', () => {
    expect(marked('What did the top cover soldier flash at the car?')).toBe('a torch');
  });
});

describe('"what did X V (Y) with?": what the act was done with, after "with" in a sentence', () => {
  it('reads the verb before its own object as the verb ("did the insurgents *attack* the Belgian OMLT with")', () => {
    const question = readQuestion('What did the insurgents attack the Belgian OMLT with?', lexicon());
    expect([...(question.acts?.asked ?? [])]).toEqual(['attack']);
    expect(question.acts?.instrument).toBe(true);
    expect(marked('What did the insurgents attack the Belgian OMLT with?')).toBe('RPG');
  });

  it('not in a passive question, which a sentence filling something else would answer', () => {
    expect(readQuestion('What were the vests filled with?', lexicon()).acts?.instrument).toBeUndefined();
    expect(answerOf('What were the vests filled with?').answer).toBeNull();
  });

  it('keeps the gun a "what gun … with?" asks', () => {
    expect(marked('What gun did the German soldier accidentally shoot himself in the leg with?')).toBe('9mm pistol');
  });
});
