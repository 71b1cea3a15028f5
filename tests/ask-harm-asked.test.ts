/**
 * Questions asking a harm done — "what injury", "what kind of wounds", "what damage", "how badly was it damaged"
 * (issue 11, probed in askers' words over the War Diary sample): the answer is the harm said of the one asked.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a bracket after a word of a question asked with "have"', () => {
  it('is no X the question gives its subject: "WIA (CAT B)" says which wounded, not their injuries', () => {
    expect(marked('What injuries did the two wounded soldiers of the Feyzabad company have?') ?? '').not.toMatch(/CAT/);
  });

  it('still names the X a question asked with "be" says its subject is', () => {
    expect(marked('What kind of car was the car bomb in Kunduz?')).toMatch(/Toyota Corolla/);
  });
});

describe('a harm asked by "what X", X a state or an event ("injury", "wound", "damage")', () => {
  it('is named by the words before X that say which, of the one asked about', () => {
    expect(marked('What kind of wounds did the 13 admitted casualties have?')).toBe('gun shot wounds');
    expect(marked('What kind of wounds did the hospital say the admitted casualties had?')).toBe('gun shot wounds');
  });

  it('is not one said of others ("and 3 were released with minor wounds") nor one denied ("not fragmentation injuries")', () => {
    expect(marked('What kind of wounds did the 13 admitted casualties have?')).not.toMatch(/minor/);
    expect(marked('What kind of injuries did the 13 admitted casualties have?') ?? '').not.toMatch(/fragmentation/);
  });

  it('keeps a thing asked as before: what kind of car', () => {
    expect(marked('What kind of car got warning shots from the Bulgarian soldier?')).toBe('blue Toyota Corolla');
  });
});

describe('a harm asked of a state or an event, not a thing', () => {
  it('is named by no code beside the asked noun: "WIA PERSONNEL DETAILS" is no kind of wound', () => {
    expect(marked('What kind of wounds did the Belgian soldiers have?') ?? '').not.toMatch(/PERSONNEL/);
    expect(marked('Which drone reconnoitred the ANP near the destroyed bridge?')).toBe('KZO');
  });

  it('asks which damage when "what damage was done", not an act nor a count ("truck #3 in convoy")', () => {
    expect(marked('What damage was done when the convoy truck hit the IED south of PB Wilson?') ?? '').not.toMatch(
      /convoy|IED/,
    );
    expect(marked('What did EOD do with the mines found near Camp Apache?')).toBe('BIP by EOD');
  });
});

describe('"how badly was X V-ed?", V a verb of harm (its noun a state or an event)', () => {
  it('is answered by the degree said: an adverb before the participle, an adjective before the noun', () => {
    expect(marked('How seriously was the driver of the Wolf injured?')).toBe('lightly injured');
    expect(marked('How badly was the Mungo damaged in the suicide attack?')).toBe('heavily damaged');
  });

  it('leaves "how fast" a speed, though the participle of its scene ("when the RPG was fired") is a verb of harm', () => {
    expect(marked('How fast were the TF 373 helicopters flying when the RPG was fired at them?')).toBe('110 knots');
    expect(marked('How fast was the German armored vehicle driving when it clipped the donkey?')).toBe('60km/h');
  });
});
