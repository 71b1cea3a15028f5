/**
 * Confident wrong quotes found outside the judged set (issue 11, probed in askers' words over the article and the War
 * Diary sample): each rule that removes one keeps a right answer it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { kindSpans } from '../src/search/kinds.ts';
import { readQuestion } from '../src/search/question.ts';
import { endsQuantity } from '../src/search/quantities.ts';
import { tokenize } from '../src/search/text.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a word said only as an amount', () => {
  it('is read in "a good deal of", "a great deal of", not in "the deal"', () => {
    const ends = (text: string, at: number) => endsQuantity(tokenize(text), at, lexicon());
    expect(ends('a good deal of training', 2)).toBe(true);
    expect(ends('a great deal of money', 2)).toBe(true);
    expect(ends('the weapons deal was closed', 2)).toBe(false);
    expect(ends('a good. Deal', 2)).toBe(false);
  });

  it('does not hold the noun the question asks of: "who made the deal?" quotes no "good deal of training"', () => {
    const { answer } = answerOf('Who made the deal?');
    expect(answer?.text ?? '').not.toMatch(/GOOD DEAL OF TRAINING/);
  });

  it('still holds a deal the reports tell', () => {
    expect(answerOf('Was the weapons deal closed?').answer?.text).toMatch(/The deal was closed/);
    // Its report says who went to North Korea, not who made the deal: the closest passage, first.
    const { closest } = answerOf('Who made the weapons deal with North Korea?');
    expect(closest[0]?.hit.report.id).toBe('ws-north-korea-weapons-deal');
  });
});

describe('a place after "to", "in", "at"…', () => {
  it('is not a part of the body in capitals: "GSW TO THE LEG" says where the wound is', () => {
    expect(marked('Where were the detainees taken to?')).not.toBe('LEG');
  });

  it('is not a date: "in the lead up to the June visit" says when', () => {
    expect(marked('Where were the weapons shipped to?') ?? '').not.toMatch(/June/);
  });

  it('is still the name the sentence gives: the weapons were found in Kandahar', () => {
    expect(marked('Where were the Iranian weapons found?')).toBe('Kandahar');
  });
});

describe('"who is X?" of a name', () => {
  it('is not answered by another name in a sentence holding it: "Dr Amin stayed in Helmand and Hekmatyar went…"', () => {
    expect(answerOf('Who is Hekmatyar?').answer).toBeNull();
    expect(answerOf('Who is Dr Amin?').answer).toBeNull();
    expect(answerOf('Who is Dr. Monavar?').answer).toBeNull();
  });

  it('is still answered by what a sentence says beside the name', () => {
    expect(marked('Who is Al Mansour?')).toBe('OSAMA BIN LADEN Deputies');
    expect(marked('who is al mansour')).toBe('OSAMA BIN LADEN Deputies');
    expect(marked('Who was Ahmadinejad?')).toBe('Iranian president Mahmoud Ahmadinejad');
  });
});

describe('"where is X?" of a name, and where someone came from', () => {
  it('is the place a sentence gives beside the name, not another place in it', () => {
    // "…Dr Amin stayed in Helmand and Hekmatyar went to Konar, Nuristan province." marked Helmand.
    expect(marked('Where is Konar?')).toBe('Nuristan province');
    expect(marked('What province is Konar in?')).toBe('Nuristan province');
    expect(marked('Where is Herat?')).toBe('Afghanistan');
  });

  it('is not where one came from: "Upon return from North Korea, Dr Amin stayed in Helmand"', () => {
    expect(marked('Where did Dr Amin stay?')).toBe('Helmand');
    expect(marked('Where did Hekmatyar go after North Korea?')).toBe('Konar');
  });

  it('is none beside a name spelt otherwise, nor after "in order to"', () => {
    // "FOB Waza Khwa in order to MEDEVAC them"; "HAF raid on OBJ WOLF down in WAZI KHWA".
    expect(answerOf('Where is Waza Khwa?').answer).toBeNull();
  });
});

describe('who did it, in a sentence not saying the act', () => {
  it('is not a name a verb acts on: "requested RTF including MEPT" (the Iranians organized the transports)', () => {
    expect(marked('Who organized the transports?')).toBe('Iranians');
  });

  it('is not a name a preposition after a verb takes: "reverted to TTPs"', () => {
    expect(marked('Who found the RCIED near FOB Khakrez?')).not.toBe('TTPs');
  });

  it('is not the verb of an infinitive in capitals: "WE WERE ABLE TO USE"', () => {
    expect(marked('Who trained the ANA?')).not.toBe('USE');
  });

  it('is not a report ("IDF INITAL REPORT") nor a model ("Iranian C4")', () => {
    expect(marked('Who fired the rockets at the Dutch compound?') ?? '').not.toMatch(/REPORT/);
    expect(marked('Who was hurt in the negligent discharge?') ?? '').not.toMatch(/report/i);
    expect(marked('Who tested the C4?')).not.toBe('Iranian C4');
  });

  it('is still one the sentence names as the doer', () => {
    expect(marked('Who tasked the suicide bombers?')).toMatch(/Taliban/);
    expect(marked('Who attacked the DEU patrol on Route Archer?')).toBe('ACF');
    expect(marked('Who found the cache of C4?')).toBe('MOI');
  });
});

describe('when, said as the day of another act', () => {
  it('is not "AS APRIL 18 ATTACK" beside the attack reported', () => {
    expect(marked('When did the Fennek hit the IED?') ?? '').not.toMatch(/APRIL 18/);
  });

  it('still dates the act told', () => {
    expect(marked('When did TF 31 spot the men laying an IED?')).toMatch(/201530Z/);
  });
});

describe('where a movement went', () => {
  it('is not where it came from: "upon return from North Korea … Hekmatyar went to Konar"', () => {
    expect(marked('Where did Hekmatyar go after North Korea?')).toBe('Konar');
  });

  it('is still a place a movement reached, and where a thing came from when asked so', () => {
    expect(answerOf('Where were casualties evacuated to?').answer?.text).toMatch(/TEHERAN|PRT KDZ/);
    expect(marked('Where did the C4 come from?') ?? '').toMatch(/Iran/);
  });
});

describe('"who" is told in the clause saying the act', () => {
  it('quotes who died, not a name in a sentence telling the raid and no death', () => {
    // The raid's own report names WAZI KHWA ("a HAF raid on OBJ WOLF down in WAZI KHWA") and tells no death.
    expect(marked('Who died in the raid on Objective Wolf?')).toBe('1 child, 1 woman, 5 males');
  });

  it('does not quote the target of a raid as who died in it', () => {
    // "Mission was a kill / capture of … (Qari Ur-Rahman)": the report counts the dead elsewhere, by no name.
    expect(answerOf('Who died in the raid on Objective Carbon?').answer).toBeNull();
  });

  // All of "Taliban/Al-Qaeda": words written as one with a slash or a hyphen are marked as one.
  it('still quotes who did an act told in other words: "tasked by Taliban/Al-Qaeda leaders"', () => {
    expect(marked('Who sent the suicide bombers to Lashkar Gah?')).toBe('Taliban/Al-Qaeda leaders');
  });
});

describe('a name of the question said anywhere in a long report', () => {
  it('counts as said in a sentence far from it: the governor of the Jalalabad raid donated $10,000', () => {
    // "Sherzai" and "Jalalabad" stand passages before "he, himself, donated an additional $10,000".
    const { answer } = answerOf('How much did Sherzai donate after the Jalalabad raid?');
    expect(answer?.text).toMatch(/donated an additional \$10,000/);
  });

  it('not in a sentence naming another of them: the raid near Jalalabad names no one Sherzai blamed', () => {
    const { answer } = answerOf('Who did Sherzai blame for the Jalalabad raid?');
    expect(answer?.text ?? '').not.toMatch(/Ur-Rahman/);
  });
});

describe('a word the question writes in capitals', () => {
  it('is a name of the reports, though WordNet knows it ("MF": medium frequency): the bomb near FB MF', () => {
    const { answer } = answerOf('How long was the wire of the bomb near FB MF?');
    expect(answer?.text).toMatch(/approximately 300 meters of wire/);
  });

  it('says which report each sentence is about: the wounded near FB MF are not who was killed there', () => {
    expect(answerOf('How many ANP were killed near FB MF?').answer?.text ?? '').not.toMatch(/3 ANP WIA/);
  });

  it('does not make a task force the one who shot at a helicopter it names', () => {
    expect(answerOf('Who shot at AZ 52?').answer?.text ?? '').not.toMatch(/ISO TF32/);
  });
});

/*
 * Issue 11, ask17b: a question's irregular verb read through WordNet's exception lists (wink's model ships them) and
 * bridged as its base ("laid" as "lay" → location, spot, place; "dug" as "dig") quoted the first wrong and lost the
 * second, at full weight; at 0.7 it still lost the second. No such reading is kept (eval:ask gained nothing, and at
 * full weight it quoted a held-out unanswerable question): these guard whoever tries it again.
 */
describe('an irregular form of the question’s verb', () => {
  it('brings no place word to stand for the act: "who laid the IED?" quotes no "IEDs are in the same location"', () => {
    const { answer } = answerOf('Who caught the insurgent who laid the IED?');
    expect(answer?.text ?? '').not.toMatch(/Buried IED/);
  });

  it('still finds the sentence that says it: "he dug a hole"', () => {
    expect(answerOf('Who dug the hole near the camp?').answer?.text).toMatch(/suspect person .* dug a hole/);
  });
});

describe('a name after "in", "at", "near"', () => {
  it('is where, not who: "a HAF raid on OBJ WOLF down in WAZI KHWA" names no one killed', () => {
    expect(marked('Who was killed in the raid on OBJ Wolf?')).not.toBe('WAZI KHWA');
  });

  it('nor are the markings of a War Diary section someone: "Security: (S//REL) TF 373 executed a HAF raid…"', () => {
    // It marked WAZI KHWA, then "REL", then "Security": the sentence tells the raid, not who was killed in it.
    expect(answerOf('Who was killed in the raid on OBJ Wolf?').answer?.text ?? '').not.toMatch(/^Security:/);
  });

  it('still leaves who was there to a sentence saying so: "the death of 1 child, 1 woman, 5 males"', () => {
    expect(marked('Who died in the night raid on Objective Wolf in Paktika?')).toBe('1 child, 1 woman, 5 males');
  });
});

describe('a sentence telling the act without its doer', () => {
  it('rivals a name of another report: "Helped out a local villager with tarps" beside a list of goods', () => {
    expect(marked('Who helped the villager with tarps?') ?? '').not.toMatch(/Kits|Rugs|Tarps/);
  });

  it('does not rival a name given as the doer', () => {
    expect(marked('Who organized the transports?')).toBe('Iranians');
    expect(marked('Who tasked the suicide bombers?')).toMatch(/Taliban/);
  });
});

describe('a name grown over the words after it', () => {
  const agents = (text: string) =>
    kindSpans(text, { expects: new Set(['agent']) }, lexicon(), () => false).map((s) => text.slice(s.start, s.end));

  it('stops at its number: a list of goods is no one name', () => {
    const found = agents('Tool Kits 1 Prayer Rugs 50 Tarps 80 Radios 500');
    expect(found.some((s) => /\d.*[A-Z]/.test(s))).toBe(false);
  });

  it('keeps the number it ends in', () => {
    expect(agents('At 1901Z, Mohawk 6 reports that they struck a LN pedestrian.')).toContain('Mohawk 6');
    expect(agents('At 201530Z Oct 06, TF 31 spotted 3x persons laying an IED.')).toContain('TF 31');
  });
});

describe('a doer said by a pronoun', () => {
  it('is not the one the act is done to: "they struck a LN pedestrian"', () => {
    expect(marked('Who struck the pedestrian on Highway 1?')).toBe('Mohawk 6');
  });

  it('is still named as its doer elsewhere: "Also they are helping HIG"', () => {
    expect(marked('Who did the Iranian agents help?')).toMatch(/HIG/);
  });
});

describe('a name where the act was done', () => {
  it('is no doer: "IMPACT AT DUTCH COMPOUND MTF"', () => {
    expect(marked('Who fired the rockets at the Dutch compound?') ?? '').not.toBe('MTF');
  });

  it('leaves the doer the sentence names', () => {
    expect(marked('Who shot one of the IEDs near Masum Ghar?')).toMatch(/ANA/);
    expect(marked('Who laid the IED near Panjwayi?')).toMatch(/persons/);
  });
});

describe('a name inside what another verb acts on', () => {
  it('is no doer, past a word joined by hyphens: "inspect the would-be suicide bombers’ explosive vests"', () => {
    expect(marked('Who tested the C4?') ?? '').not.toMatch(/suicide bombers/);
  });

  it('leaves the doer of the act said', () => {
    expect(marked('Who tasked the suicide bombers?')).toMatch(/Taliban/);
    expect(marked('Who found the cache of C4?')).toBe('MOI');
  });
});

describe('a likely "who" answer whose sentence never says the act asked', () => {
  it('is declined: Dr Amin "stayed in Helmand", selling and paying for no weapons', () => {
    for (const question of ['Who sold the weapons to Hekmatyar?', 'Who paid for the North Korean weapons?']) {
      const { answer, declined } = answerOf(question);
      expect([answer?.text, declined], question).toEqual([undefined, 'act']);
    }
  });

  it('is kept when the sentence says the act in another form of its verb: "laid" by "laying"', () => {
    const { answer } = answerOf('Who laid the IED near Panjwayi?');
    expect([answer?.confidence, marked('Who laid the IED near Panjwayi?')]).toEqual(['likely', '3x persons']);
  });
});

describe('the one a passive question asks was killed', () => {
  it('is the one whose death is told: WordNet says to kill causes to die', () => {
    expect(marked('Who was killed at OBJ Wolf?')).toBe('1 child, 1 woman, 5 males');
    expect(marked('Who was killed in the raid on OBJ Wolf?') ?? '').not.toMatch(/TF 373/);
  });

  it('leaves who died told as before', () => {
    expect(marked('Who died in the night raid on Objective Wolf?')).toBe('1 child, 1 woman, 5 males');
  });
});

describe('a verb the tagger reads as a noun before a place ("did TF 373 capture near Jalalabad?")', () => {
  it("is the act asked: the objective's name, where TF 373 operated, is not whom it captured", () => {
    expect(marked('Who did TF 373 capture near Jalalabad?') ?? '').not.toMatch(/OBJ Carbon/);
  });

  it('leaves the act read where it ends the question', () => {
    expect(marked('Who did the Iranian agents help?')).toMatch(/HIG/);
  });
});

describe('an act said only by a participle describing the one it was done to ("the wounded soldier")', () => {
  it('names no doer: "…with the wounded soldier was back to CM", "the injured soldier (CAT B)"', () => {
    expect(marked('Who injured the soldier at the shooting range?') ?? '').not.toBe('CM');
    expect(marked('Who injured the soldier?') ?? '').not.toBe('CAT B');
  });

  it('leaves the doer of an act the sentence says with its verb', () => {
    expect(marked('Who struck the pedestrian on Highway 1?')).toBe('Mohawk 6');
  });
});

describe('a "where … to?" question, asking where something went', () => {
  it('is not answered by a sentence placing the thing after: "weapons recently found in Kandahar" were not shipped', () => {
    const { answer, declined } = answerOf('Where were the weapons shipped to?');
    expect([answer?.text, declined]).toEqual([undefined, 'act']);
  });

  it('is answered by one telling the going', () => {
    expect(marked('Where were casualties evacuated to?')).toBe('PRT KDZ MTF');
  });
});

describe('a "where" question, asking where the act of its main clause was done', () => {
  it('is not answered by a sentence not telling that act: where the discharge was is not where the soldier was sent', () => {
    expect(answerOf('Where was the soldier hurt by the negligent discharge finally sent?').answer).toBeNull();
    expect(answerOf('Where was the Dingo repaired after it slid off the road?').answer).toBeNull();
  });

  it('nor by the spot of the scene it sets: "at spot of road accident" is not where the wounded were taken after it', () => {
    expect(marked('Where were the wounded LN and soldiers taken after the road accident?') ?? '').not.toBe('spot');
  });

  it('is answered by a sentence telling the going', () => {
    expect(marked('Where did Hekmatyar go after North Korea?')).toBe('Konar');
  });
});

describe('a War Diary phrase read as someone', () => {
  const agents = (text: string, question?: string) =>
    kindSpans(
      text,
      question ? readQuestion(question, lexicon()) : { expects: new Set(['agent']) },
      lexicon(),
      () => false,
    ).map((s) => text.slice(s.start, s.end));
  const wounded = 'EngCoy reported that a DEU soldier (member of the EngCoy) was wounded (CAT C), at a shooting range.';

  it('is not a casualty category in brackets after the act: "was wounded (CAT C)"', () => {
    expect(agents(wounded)).not.toContain('CAT C');
  });

  it('is not the unit that reported what the clause after "that" tells, unless the question asks who told', () => {
    expect(agents(wounded).filter((s) => s === 'EngCoy')).toHaveLength(1);
    expect(agents(wounded, 'Who reported the wounded soldier?').filter((s) => s === 'EngCoy')).toHaveLength(2);
  });

  it('is not a capitalised word for an act: "a SVBIED Strike" is the strike, "FF were struck" names who', () => {
    expect(agents('FF reported they suffered a SVBIED Strike.')).not.toContain('Strike');
    expect(agents('FF reported they suffered a SVBIED Strike.')).toContain('FF');
    expect(marked('Who was wounded by the SVBIED?') ?? '').not.toBe('Strike');
  });

  it('is not said to be an act: "Mission was a kill / capture of…"; a name doing one stays', () => {
    expect(agents('- Mission was a kill / capture of the senior TB commander.')).not.toContain('Mission');
    expect(agents('TF 373 was a unit that conducted a kill / capture mission.')).toContain('TF 373');
  });

  it('does not answer "who helped" by the one helped: "the village of Afghanya" for "the villagers", "helpful to X"', () => {
    expect(answerOf('Who helped the villagers?').answer).toBeNull();
    expect(answerOf('Who helped coalition forces?').answer?.text ?? '').not.toMatch(/Afghanya/);
  });

  it('still answers it by the one who helped', () => {
    expect(marked('Who helped the Coalition forces in Tagab?')).toBe('Afghanya');
  });

  it('is not who a "who was the soldier killed…" question asks: the sentence names no soldier killed', () => {
    expect(answerOf('Who was the German soldier killed at the shooting range?').answer).toBeNull();
  });
});

describe('a "what did X find?" question, asking what X found', () => {
  it('is answered by the sentence telling X finding it: "…located by robot 1x metal tube RCIED" (CP read as checkpoint)', () => {
    expect(answerOf('What did the robot find near the police checkpoint?').answer?.text).toMatch(/metal tube RCIED/);
  });

  it('marks what was found past who found it, named after "by"', () => {
    expect(marked('What did the robot find near the police checkpoint?')).toBe('1x metal tube RCIED');
  });

  it('is not answered by what someone else found: "ANP reported they found…", "TF TITAN reported finding…"', () => {
    expect(marked('What did the robot find near the police checkpoint?') ?? '').not.toMatch(/IVO ANP CP/);
    expect(marked('What did the QRF find at the checkpoint?') ?? '').not.toMatch(/IEDs/);
    expect(marked('What did the soldiers find near the culvert?') ?? '').not.toMatch(/INS/);
  });

  it('leaves a question naming no one finding, and one whose doer the sentence names, answered', () => {
    expect(marked('What did the Americans get to inspect?')).toMatch(/explosive vests/);
    expect(marked('What approached the checkpoint at LOC Litschi?')).toMatch(/motorcycle/);
  });
});

describe('a compass point ("patrolling to West")', () => {
  it('is not which of a "which X" question\'s things it is', () => {
    expect(marked('Which police checkpoint did the TF squad reinforce?') ?? '').not.toBe('West');
  });

  it('still says which way', () => {
    expect(marked('Which direction was the squad of TF patrolling to?')).toBe('West');
  });
});

describe('a "what did X verb?" question, asking the thing X acted on', () => {
  it('takes no words before "have" as what was acted on: "ANP in Spin Boldak have confiscated a truck"', () => {
    expect(marked('What did the ANP confiscate?')).toBe('a truck');
  });

  it('takes no one named after "by" as the thing: "a cache was recovered and turned in by a LN"', () => {
    expect(marked('What did TF Titan find in the cache near Naray?') ?? '').not.toMatch(/\bLN\b/);
  });

  it('marks the whole thing acted on, with what it holds: "the 5z BMP-1 Rockets with 5x Fuses were destroyed"', () => {
    expect(marked('What did the PRT KDZ EOD team destroy?')).toBe('5z BMP-1 Rockets with 5x Fuses');
  });

  it('is not answered by a passive naming someone else after "by": "…were found by ANSF" for what the LN found', () => {
    expect(answerOf('What did the LN find after the information?').answer?.text ?? '').not.toMatch(/found by ANSF/);
    expect(marked('What did ANSF find after the information?')).toBe('The components of an IED');
  });

  it('marks the thing past what the question names: "found in the truck of the suspect several items"', () => {
    expect(marked('What did NDS find in the truck of the suspect?')).toBe('several items');
  });

  it('still takes what stands before "was" as what was acted on', () => {
    expect(marked('What did the robot find near the police checkpoint?')).toBe('1x metal tube RCIED');
  });
});

describe('a phrase of cause ("Due to NAD MEDEVAC")', () => {
  it('is not where: its "to" opens a reason', () => {
    expect(marked('Where did the PRT units rest overnight after the medevac?')).toBe('ANP CP');
  });

  it('leaves a place after "to" a place', () => {
    expect(marked('Where did Hekmatyar go?')).toMatch(/Konar/);
  });
});

describe('a "what was X verbed?" question over the War Diary\'s short style', () => {
  it('takes not the doer before a verb with a thing after it: "EOD team discovered a second IED"', () => {
    expect(marked('What was discovered next to the first IED?') ?? '').not.toMatch(/EOD team/);
  });

  it('still takes the thing before a verb with none after it: "REPORTED UXO FOUND ON THE … RANGE"', () => {
    expect(marked('What was found on the PRT FEY shooting range?')).toBe('UXO');
  });
});

describe('a question in the progressive ("what were the workers building?")', () => {
  it('asks what they were doing a thing to, not which building, and quotes no place for it', () => {
    expect([...readQuestion('What were the LN construction workers building?', lexicon()).expects]).toEqual(['object']);
    expect(marked('What were the LN construction workers building?') ?? '').not.toBe('PRT KDZ');
  });

  it('leaves a noun after a noun a noun: "what are the training buildings?"', () => {
    expect(readQuestion('What are the training buildings?', lexicon()).expects.has('object')).toBe(false);
  });
});

describe('a "what did X ask Y to do?" question', () => {
  it('marks not a verb of telling whose clause runs on to "that": "reported to PRT MEY that…"', () => {
    expect(marked('What did the PECC ask PRT MEY to do?')).toBe('hold the patient in MESU over night');
  });
});

describe('a participle after its noun in a passive question ("the ammunition handed over by NDS")', () => {
  it('only tells which thing is meant: a sure answer saying it, and not the act asked, places the other act', () => {
    const { answer, declined } = answerOf('Where was the ammunition handed over by NDS destroyed?');
    expect([answer?.text, declined]).toEqual([undefined, 'act']);
  });

  it('leaves the sentence saying the act asked answered', () => {
    expect(marked('Where was the ammunition destroyed?')).toBe('SR WADI');
    expect(marked('Where were casualties evacuated to?')).toBe('PRT KDZ MTF');
  });
});

describe('a name in a phrase of where ("back to FOB QEYSAR")', () => {
  it('is no person\'s name a "what was the name of the policeman…?" question asks', () => {
    expect(marked('What was the name of the Afghan policeman wounded in Chelgazi?')).toBeUndefined();
  });

  it('leaves a person named', () => {
    expect(marked('whats the name of the afghan cop who brought a wounded colleague to the Kamdesh PRT?')).toBe(
      'Nimitullah',
    );
  });
});

describe('who told a thing ("PRT MES reported a possible VBIED")', () => {
  it('is not who did an act the clause does not say, sure or likely', () => {
    expect(answerOf('Who was driving the garbage truck at the CNL gate?').declined).toBe('act');
    expect(answerOf('Who robbed the garbage truck?').declined).toBe('act');
  });

  it('still answers who told it', () => {
    expect(marked('Who reported the possible VBIED at the CNL gate?')).toBe('PRT MES');
  });
});

describe('a place after "to", "on"… in the War Diary\'s capitals', () => {
  it('is not a body of people: "NO INJURIES TO ISAF TROOPS" says to whom, not where the LN was taken', () => {
    expect(marked('Where was the LN on the bike taken?')).toBeUndefined();
  });

  it('is not what a telling was about: "FF REPORTED ON A ROAD TRAFFIC ACCIDENT" says where nobody went', () => {
    expect(marked('Where was the civilian on the bike taken?')).toBeUndefined();
  });

  it('leaves a place after "to" and "on" answered', () => {
    expect(marked('Where were casualties evacuated to?')).toBe('PRT KDZ MTF');
    expect(marked('Where did Mohawk 6 hit the pedestrian?')).toBe('Highway 1');
  });
});

describe('a "where was X taken?" question whose other act picks out X ("the boy hit by the convoy")', () => {
  it('is not answered by a sentence telling only that act: "a GER convoy from MES to KDZ hit a local boy"', () => {
    expect(answerOf('Where was the boy hit by the convoy taken?').declined).toBe('act');
    expect(answerOf('Where was the boy who was hit by the convoy taken?').declined).toBe('act');
  });

  it('still quotes the sentence telling where the one picked out was taken', () => {
    expect(marked('Where was the cyclist that Mohawk hit taken?')).toBe('hospital');
  });
});

describe('a name ending a phrase begun by a body the question names ("THE ANA CA TM")', () => {
  it('is that body\'s part, not who acted on it: "who trained the ANA?" does not quote "TM"', () => {
    expect(marked('Who trained the ANA?')).not.toBe('TM');
  });

  it('leaves a name after the role the question asks of answered ("Iranian president Mahmoud Ahmadinejad")', () => {
    expect(answerOf('Who is the president of Iran?').answer?.text).toMatch(/Mahmoud Ahmadinejad/);
  });
});

describe('who does an infinitive\'s act after a form of "be" ("MOHAWK 6 IS ENROUTE TO PROVIDE ASSISTANCE")', () => {
  it('is the subject of "be", not the word the tagger reads as a name after it', () => {
    expect(marked('Who provided assistance?')).toBe('MOHAWK 6');
  });

  it('leaves the subject right before a verb the doer', () => {
    expect(marked('Who reported the possible VBIED at the CNL gate?')).toBe('PRT MES');
  });
});

describe('a place where there was none of a thing ("No engineers on FB")', () => {
  it('is not where the thing went: "where were the ANA engineers brought?" does not quote "FB"', () => {
    expect(marked('Where were the ANA engineers brought?')).not.toBe('FB');
  });

  it('leaves a place things were at answered', () => {
    expect(marked('Where were casualties evacuated to?')).toBe('PRT KDZ MTF');
  });
});

describe('a "who … to?" question ("who did Iran supply weapons to?")', () => {
  it('is not answered by a name in a sentence not saying the act ("the issue of the Iranian-made weapons")', () => {
    expect(marked('Who did Iran supply weapons to?')).not.toBe('MFA');
    expect(answerOf('Who did Iran supply weapons to?').answer).toBeNull();
  });

  it('leaves a verb read as a noun after its subject, and the sentence saying the act, answered', () => {
    expect(marked('How many insurgents did the NDS arrest?')).toBe('3X INS');
    expect(marked('Who did Iran help?')).toBe('HIG');
  });
});

describe('a "who … to?" question whose verb is light ("who did Iran give weapons to?")', () => {
  it('is not answered by a sentence not saying the giving ("the issue of the Iranian-made weapons")', () => {
    expect(marked('Who did Iran give weapons to?')).not.toBe('MFA');
    expect(answerOf('Who did Iran give weapons to?').answer).toBeNull();
  });

  it('leaves a sentence saying the giving answered, and a phrasal verb ("gone after") its object', () => {
    expect(marked('Who did the units medic give treatment to?')).toBe('LN');
    expect(answerOf('Who did the HUN doctor give first aid to?').answer?.text).toMatch(/gave first aid to the child/);
    expect(
      answerOf('Apart from American and Italian troops, who else might the Arabs have gone after?').answer,
    ).not.toBeNull();
  });
});

describe('a number listed with numbers the question names ("ISN\'s 4229, 4230, and 4010")', () => {
  it('is one of their kind, not the headcount asked', () => {
    expect(marked('What was the facility headcount when ISNs 4229 and 4230 arrived?')).not.toBe('4010');
  });

  it('leaves the headcount, and a count after a name\'s number and a comma ("OP KHERS 4, 5 x INS")', () => {
    expect(marked('What was the new facility headcount after ISN 4229 arrived?')).toBe('684');
    expect(marked('How many insurgents attacked C Coy 11 BG during OP KHERS 4?')).toBe('5 x INS');
  });
});

describe('a "how many … remain?" question', () => {
  it('is answered by the count said to remain, not the total beside it', () => {
    expect(marked('How many schools remain to be contracted in Kapisa?')).toBe('6 schools');
  });

  it('leaves the total answering a question about the whole', () => {
    expect(marked('How many schools were recommended for approval in Kapisa?')).toBe('13 schools');
  });
});

describe('a sentence telling the act asked as not done ("was not successful")', () => {
  it('says no time it was done', () => {
    const { answer } = answerOf('When did the second controlled detonation succeed?');
    expect(answer?.text ?? '').not.toMatch(/not successful/);
  });

  it('answers a question denying the act too', () => {
    expect(marked('When was the controlled detonation not successful?')).toBe('At 1125Z');
  });
});

describe('a "who" question asking with a light verb ("who told…?", "who made… safe?")', () => {
  it('is not answered by a name in a sentence saying neither the verb nor its like', () => {
    expect(marked('Who told the ANSF about the IED components?')).not.toBe('DEU EOD CC');
  });

  it('is answered by a sentence saying the adjective the verb makes its object', () => {
    expect(marked('Who made the IED safe near Shulgareh?')).toBe('IEDD TEAM');
  });
});

describe('a number whose words after its unit say it measures something else', () => {
  const measures = (question: string, text: string) =>
    kindSpans(text, readQuestion(question, lexicon()), lexicon(), () => false).map((s) => text.slice(s.start, s.end));
  const fell = 'TF Titan reports 7 year old male fell 15-20m off a cliff or steep incline.';

  it('is an age, no duration: "7 year old" says how old, not how long', () => {
    expect(measures('How long did the rescue take?', fell)).not.toContain('7 year');
    expect(measures('How long did the rescue take?', 'The operation lasted 7 years.')).toContain('7 years');
    expect(marked('How old was the male who fell off the cliff?')).toBe('7 year');
  });

  it('is a rate, no distance: "60km/h" says how fast, not how far', () => {
    const speed = 'He was driving at 60 km/h when it happened.';
    expect(measures('How far was he from the checkpoint?', speed)).toEqual([]);
    expect(measures('How fast was he driving?', speed)).toContain('60 km/h');
    expect(marked('How fast was the German armored vehicle driving when it clipped the donkey?')).toBe('60km/h');
    expect(marked('How far was the boy thrown by the mirror?') ?? '').not.toMatch(/km\/h|speed/);
  });

  it('no longer rivals a distance another report gives: 31km NE of FOB Pol-e-Khumri', () => {
    expect(marked('How far from FOB Pol-e-Khumri did the Baghlan convoy bombing happen?')).toBe(
      '31km NE of FOB POLE-E-KUMRI',
    );
  });
});

describe('a "who" answer that the glossary names as a weapon or its fire ("RPG", "SAF")', () => {
  it('is what did it, not who: "engaged by RPG and SAF"', () => {
    expect(marked('Who engaged C/3-71 NW of Bari Khowt?')).not.toBe('RPG');
    expect(marked('Who attacked TASK UNIT B DEU QRF?')).not.toBe('SAF');
  });

  it('leaves who did it beside the weapon, and a light verb said in capitals ("ANP INFORMED EUPOL")', () => {
    expect(marked('Who attacked TASK UNIT B DEU QRF?')).toBe('INS');
    expect(marked('Who told EUPOL about the bombs in Borya Baf?')).toBe('ANP');
  });
});

describe('a sentence telling the act asked done to the question’s own thing', () => {
  it('says no other of its things had it done: "THE TENT WAS DESTROYED BY THE ROCKET, ID CARD MAY NOT BE FOUND"', () => {
    expect(answerOf('What was destroyed when the rocket hit the tent?').answer).toBeNull();
  });

  it('leaves what was acted on when the sentence says it of another thing', () => {
    expect(marked('What was the remote-controlled bomb made of?')).toBe('a receiver and a power source');
  });
});

describe('a question asking of an act someone did to themselves ("shot himself")', () => {
  it('is not answered from a report that never says so: a warning shot, another officer named', () => {
    expect(answerOf('What vehicle was the soldier in when he shot himself?').answer).toBeNull();
    expect(answerOf('What was the name of the ANP officer who shot himself in Kamdesh?').answer).toBeNull();
  });

  it('is answered from the report telling it ("1x soldier (GER) shot himself … with a P8")', () => {
    expect(marked('What gun did the German soldier accidentally shoot himself in the leg with?')).toBe('9mm pistol');
  });
});

describe('a name after "to" before the verb asked', () => {
  it('is where the doer went, not the doer: "truck #3 in convoy … to FOB MSG hit an IED"', () => {
    expect(marked('Who hit an IED 12KM South of PB Wilson?') ?? '').not.toBe('MSG');
  });

  it('leaves the doer standing before the verb', () => {
    expect(marked('Who attacked TASK UNIT B DEU QRF?')).toBe('INS');
  });
});

describe('a noun after "on" and a verb of thinking ("based on", "focused on")', () => {
  it('is the ground a thought rests on, not where: "based on an unidentified source" says no crossing point', () => {
    expect(answerOf('Where did the Iranian agents cross into Afghanistan?').answer).toBeNull();
  });

  it('leaves a place after "on" and a verb of finding: "found a RPG warhead on the backseat"', () => {
    expect(marked('Where in the car was the RPG warhead hidden?')).toBe('backseat');
  });
});

describe('a number joined by a hyphen to what it counts ("a four-man cell")', () => {
  it('counts that noun: "how many men" is answered by "a four-man terrorist cell"', () => {
    expect(marked('How many men were in the terrorist cell?')).toBe('four-man');
  });

  it('leaves a count said apart from its noun answering: "two suicide bombers"', () => {
    expect(marked('How many suicide bombers were sent to Lashkar Gah?')).toMatch(/^two/);
  });
});

describe('of two spans as sure in one sentence', () => {
  it('the one whose clause says the act asked answers: "3 X LNS WOUNDED, 2 X LNS WENT TO THE HOSPITAL"', () => {
    expect(marked('how many locals went to hospital after the fennek bomb')).toBe('2 X LNS');
  });

  it('keeps the first when both clauses say the act: "PRT MES sent QRU … 1 squad from MRC was sent out"', () => {
    expect(marked('Who did PRT MES send to reinforce FOB Hawk?')).toBe('QRU (Quick Reaction Unit)');
  });
});

describe('a name asked of whoever did an act ("what was the name of the X who V-ed?")', () => {
  it('is no likely name in a sentence not saying the act: the doctor who treated the boy is not [Baghlan]', () => {
    expect(answerOf('What was the name of the HUN doctor who treated the boy?').answer).toBeNull();
  });

  it('is quoted where the sentence says the act', () => {
    const asked = 'whats the name of the afghan cop who brought a wounded colleague to the Kamdesh PRT?';
    expect(answerOf(asked).answer?.text).toMatch(/Nimitullah/);
  });
});

describe('a wh-word setting the scene of a yes/no question', () => {
  it('asks nothing of its own: "was X there when they hit it?" asks yes or no, not a time', () => {
    expect(readQuestion('Was Akeeb Khan on Objective White when they hit it?', lexicon()).wh).toBeNull();
    // It quotes no time: the report's denial answers it (tests/ask-yes-no.test.ts).
    expect(answerOf('Was Akeeb Khan on Objective White when they hit it?').answer?.text).toBe(
      'JPEL TARGET AKEEB KHAN WAS NOT ON OBJECTIVE WHITE.',
    );
  });

  it('still asks after a verb that takes it, and opening the question', () => {
    expect(readQuestion('Did the report say where the IED was?', lexicon()).wh).toBe('where');
    expect(readQuestion('When did they hit Objective White?', lexicon()).wh).toBe('when');
  });
});

describe('a count of the dead or wounded naming other people', () => {
  it('is no count of those asked: "approx 5x AFG Civilians" were killed, not insurgents', () => {
    const { answer } = answerOf('how many insurgents were killed in the final BDA near shah wali kot');
    expect(answer?.text ?? '').not.toMatch(/AFG Civilians/);
  });

  it('still counts by the War Diary abbreviations, which may count anyone asked: "4x ANA WIA"', () => {
    expect(marked('How many Afghan soldiers were hurt when their patrol hit an IED near FOB Sweeney?')).toMatch(
      /4x ANA/,
    );
  });
});
