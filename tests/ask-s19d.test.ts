/**
 * Open questions in askers' own words (issue 11): "what happened to X?", "what did S do…?", and the plain words for
 * the War Diary's abbreviations. Each rule that answers one keeps a right answer, or a decline, it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('what happened to X', () => {
  it('is a passive told of X past its adverbs: "The Driver was lightly injured"', () => {
    expect(marked('What happened to the driver of the Wolf that drove into a ditch?')).toMatch(/^lightly injured/);
  });

  it('is an act X underwent as the subject of a verb of its fate, taking no object', () => {
    expect(marked('What happened to the Humvee near Naray when the road gave way?')).toBe(
      'rolled onto its side 19KM North from FOB Naray',
    );
  });

  it('is read past the things X is with, joined by "and" ("the vehicle with a M2 and a M249 shifted…")', () => {
    expect(marked('What happened to the vehicle that went into the river near Naray?')).toMatch(
      /^shifted onto its rooftop/,
    );
  });

  it('is not the act the question tells in other words ("slid" for "slipped off the road")', () => {
    expect(answerOf('What happened to the Dingo that slid off the road in bad weather?').answer).toBeNull();
  });

  it('is no act of the noun inside a phrase of another ("a security vehicle … with only a driver struck")', () => {
    expect(marked('What happened to the driver of the security vehicle that hit a bomb in Zharmi?')).toBe('killed');
  });
});

describe('what S did, S named between "did" and "do"', () => {
  it('reads S as the doer asked of', () => {
    const question = 'What did the electronic warfare squad do when attacked?';
    const { actor } = readQuestion(question, lexicon());
    expect(actor && question.slice(actor.start, actor.end)).toBe('the electronic warfare squad');
    // Past a verb of seeing, S is who was seen: the act asked is the insurgent's.
    const seen = 'What did the soldiers see the insurgent trying to do?';
    const { actor: seenActor } = readQuestion(seen, lexicon());
    expect(seenActor && seen.slice(seenActor.start, seenActor.end)).toBe('the insurgent');
  });

  it('is not what another did in the report: quotes what the squad (FF) did, not "investigation team … tried to found"', () => {
    const asked = answerOf(
      'What did the electronic warfare squad do when they were attacked on the way back to Kunduz?',
    );
    // The squad's own act: the rival from another report, telling no act, no longer holds it back (leads.ts noActOf).
    expect(asked.answer?.text).toContain('FF drove trough the enemy fire');
    expect(asked.answer?.text).not.toContain('investigation team');
  });
});

describe("the plain words for the reports' abbreviations (glossary)", () => {
  it('finds "medical evacuation" written MEDEVAC and Medvac', () => {
    expect(answerOf('Why was the medical evacuation for the Kamdesh policeman turned down?').answer?.text).toBe(
      'Medvac was disapproved due to weather.',
    );
  });
});
