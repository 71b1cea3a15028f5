/**
 * Questions asking an act, a means or a reason in askers' own words (issue 11): "what did they do with X?", "what did
 * they use to…?", "why…?", "how was it…?". Each rule that answers one keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('what was done with the thing a "what did they do with X?" question names', () => {
  it('is not the clause bringing it in as new ("found a UXO"): the question asks of it once had', () => {
    expect(marked('What did the workers do with the UXO?')).toBe(
      'brought it to the northern gate and marked it with stones',
    );
  });

  it('is the passive telling it of X, though the tagger knows no verb ("The mines were BIP by EOD")', () => {
    expect(marked('What did EOD do with the mines found near Camp Apache?')).toBe('BIP by EOD');
  });

  it('is an act naming it, surer than a sentence holding more of the question', () => {
    expect(marked('What did the TF32 engineers want to do with the suspected bomb in the freshly dug earth?')).toBe(
      'intend to blow the suspect IED in place',
    );
  });

  it('is no act naming neither it nor a pronoun for it ("fired a round into the air")', () => {
    expect(answerOf('What did the soldiers do with the suspected bomb?').declined).toBe('names-no-kind');
  });

  it("keeps what the question's doers did with it, and declines one no sentence tells", () => {
    expect(marked('What did ANA do with the mines?')).toBe('fired on and broke apart top AT mine');
    expect(marked('What did the construction workers do with the UXO they found near the PRT?')).toBe(
      'brought it to the northern gate and marked it with stones',
    );
    expect(answerOf('What did the patrol do with the mines?').declined).toBe('names-no-kind');
  });
});

describe('a question asked with "did", its verb read as a noun by the tagger', () => {
  const verbOf = (question: string, word: string) =>
    readQuestion(question, lexicon()).reading.words.find((w) => w.text === word)?.pos;

  it('reads the bare verb after the subject as the verb: "did the enemy *use*", "did the helicopter *land*"', () => {
    expect(verbOf('What did the enemy use to block the road?', 'use')).toBe('VERB');
    expect(verbOf('Where did the helicopter land?', 'land')).toBe('VERB');
  });

  it('leaves a noun the clause has a verb after: "what did the bomb squad do…", "did the patrol find"', () => {
    expect(verbOf('What did the bomb squad do with the IED?', 'squad')).toBe('NOUN');
    expect(verbOf('What did the patrol find near the school?', 'patrol')).toBe('NOUN');
  });
});

describe('what "what did they use to V?" asks', () => {
  it('is what the first verb acts on, done by the clause\'s subject ("Enemy conducted an ambush on unit *utilizing*…")', () => {
    expect(marked('What did the enemy use to block the road in the ambush near Kamdesh?')).toBe('Mazdas');
  });

  it('is not what the verb of its purpose acts on ("he was attacked *just last week*"), nor what others used', () => {
    expect(answerOf('What did the insurgents use to attack the convoy?').declined).toBe('names-no-kind');
    expect(answerOf('What did the unit use to block the road?').declined).toBe('names-no-kind');
  });
});

describe('the means a "how was X <verb>ed?" question asks', () => {
  it('is told of a verb WordNet files as the question\'s, passive of X or what X is a kind of ("person" for "man")', () => {
    expect(marked('How was the man digging the hole for the IED spotted?')).toBe('with the camp eye');
  });

  it("keeps the means of the question's own verb, and declines a sentence telling none", () => {
    expect(marked('How was the IED detonated?')).toBe('by command wire');
    expect(answerOf('How was the car spotted?').declined).toBe('names-no-kind');
  });
});

describe('"what happened to X?", which names no doer, asks an act done to X or a state X came to', () => {
  it('is an active verb with X its object, past its particle ("blew off right hand")', () => {
    expect(marked('What happened to the hand of the insurgent whose bomb went off near Sperwan Ghar?')).toBe(
      'blew off right hand during IED detonation',
    );
  });

  it('is the passive telling it of X, whoever did it ("was recovered … by crane"), past a participle before X', () => {
    expect(marked('What happened to the damaged FOX vehicle in the little river?')).toBe(
      'recovered out of little river at place of accident by crane',
    );
    expect(marked('What became of the damaged vehicle in the TIC?')).toBe('DESTROYED AND LEFT AT THE SCENE OF THE TIC');
  });

  it('is no verb X is said after in a phrase of its own ("drove *past* the suspect IED"), tagged an adjective', () => {
    expect(answerOf('What happened to the suspected IED in the freshly dug earth?').declined).toBe('names-no-kind');
  });

  it('is no infinitive naming X, which plans an act ("returned *to FOB Fenty - BDA No TF-373 casualties*")', () => {
    expect(answerOf('What happened to the casualties?').declined).toBe('names-no-kind');
  });

  it('is no clause X is the subject of ("reported *trailer was recovered*"): the passive in it is the act', () => {
    expect(marked('What happened to the trailer?')).toBe('recovered');
  });

  it('is no bare verb planning it ("Capture/Kill Aziz Ullah"), nor an act of a doer the question names', () => {
    expect(answerOf('What happened to Aziz Ullah?').declined).toBe('names-no-kind');
    expect(marked('What happened to the BMP-1 rockets handed over to the PRT KDZ HUMINT unit?')).not.toBe(
      'picked up Rockets and arrived back to OPRT KDZ',
    );
  });

  it('keeps "what did they do with X?" to the acts of the doers it names', () => {
    expect(marked('What did the TF32 engineers want to do with the suspected bomb in the freshly dug earth?')).toBe(
      'intend to blow the suspect IED in place',
    );
  });
});
