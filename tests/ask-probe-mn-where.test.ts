/**
 * Wrong quotes of probe sets m, n and k left after ask25e (issue 11, task ask26i): a phrasal verb a thing cannot do as a
 * movement, and more. Each rule drops one quote and keeps a right answer it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a verb with its particle that moves only someone ("go off" is abscond), said of a thing', () => {
  it('asks where the IED exploded, not where one was heading ("en route to Cak-I-Abdul")', () => {
    expect(answerOf('Where in Feyzabad did the IED go off?').answer?.text ?? '').not.toMatch(/Cak-I-Abdul/);
  });

  it('still asks where someone went, and where one was heading', () => {
    expect(marked('Where did Hekmatyar go?')).toBe('Konar');
    expect(marked('Where was the TF 37 recovery package going?')).toBe('Zormat');
  });
});

describe('a "which way" question answered only where a way was taken', () => {
  it('is not the road a sentence telling no movement names ("DIGGING IN THE ROAD")', () => {
    expect(marked('Which way did the IED emplacers near COP Najil leave?') ?? '').not.toMatch(/ROAD/);
  });

  it('still answers by the way they moved off', () => {
    expect(marked('Which way did the insurgents go after laying the mines and IEDs?')).toBe('North');
    expect(marked('Which direction was the squad of TF patrolling to?')).toBe('West');
  });
});

describe('a word filed first as a location, before "of" and a thing', () => {
  it('names a part of the thing, not who: "E side of road"', () => {
    expect(marked('Who had secured the IED site before the TF 37 recovery package arrived?') ?? '').not.toBe('side');
  });

  it('leaves people and groups', () => {
    expect(marked('Who made the IED safe near Shulgareh?')).toBe('IEDD TEAM');
  });
});

describe('a place in a clause of "the other …" doing something the question does not say', () => {
  it('is not where the one asked of was: "The other 2x soldiers … have been treated on RCC"', () => {
    expect(marked('Where was the dead soldier sitting in the car?') ?? '').not.toBe('RCC');
  });

  it('still tells where the others were treated', () => {
    expect(marked('Where were the lightly injured soldiers treated after the Wolf accident near Feyzabad?')).toBe(
      'RCC',
    );
  });
});

describe('a time of a going to another place than the one a "when" question names', () => {
  it('is not when they got back there: "all forces started their movement to PRT KDZ"', () => {
    expect(marked('When did everyone get back to Camp Marmal after the truck accident?') ?? '').not.toBe('At 0810D*');
  });

  it('still dates the going to the place it names', () => {
    expect(marked('When did all forces start their movement to PRT KDZ?')).toBe('At 0810D*');
  });
});
