/**
 * "Which/what X" answered by the name the reports give an X (issue 11, task N): the code or number beside the noun
 * ("UAV KZO", "HELICOPTER CH-53"), a calibre before it ("4x 76mm HE Shells"), a make named after "a" ("a white Toyota
 * Corolla"). Each rule keeps the answers it had and quotes nothing where no report says.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../src/search/nlp.ts';
import { codeBeside, namedByMake } from '../src/search/slots.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();
const texts = (text: string, spans: [number, number][]) => {
  const { words } = read(text);
  return spans.map(([a, b]) => text.slice(words[a]!.start, words[b]!.end));
};

describe('a code beside the noun asked', () => {
  const beside = (text: string, noun: string) => {
    const { words } = read(text);
    const at = words.findIndex((w) => w.text === noun);
    const found = codeBeside(
      words,
      at,
      () => false,
      () => false,
    );
    return found && texts(text, [found])[0];
  };

  it('is read after it, as a name in capitals or a number, and before it, as a calibre', () => {
    expect(beside('INF Coy requested reconnaissance via UAV KZO.', 'UAV')).toBe('KZO');
    expect(beside('they discovered a UXO consisting of 4x 76mm HE Shells at KDZ AF.', 'Shells')).toBe('76mm HE');
    expect(beside('BEL OMLT requested illumination with mortar 120mm by QRF COY DEU.', 'mortar')).toBe('120mm');
  });

  it('is no plain word after the noun, nor a phrase before it without a calibre or a code', () => {
    expect(beside('The UAV reported movement.', 'UAV')).toBeUndefined();
    expect(beside('they found 3 old shells near the road.', 'shells')).toBeUndefined();
  });

  it('answers "which drone?" with the UAV\'s name and "which helicopter?" with its model', () => {
    expect(marked('Which drone reconnoitred the ANP near the destroyed bridge?')).toBe('KZO');
    expect(marked('Which helicopter made an emergency landing on KDZ airfield?')).toBe('CH-53');
  });

  it('names no thing of another event: a sentence not telling the act asked quotes no code', () => {
    expect(answerOf('Which helicopter was hit by the RPG near Kunduz airfield?').answer).toBeNull();
  });

  it('still answers what it answered, and quotes nothing where no report names the thing', () => {
    expect(answerOf('What rocket did the DEU recce patrol find in the backyard?').answer?.text).toMatch(/107mm rocket/);
    expect(answerOf('Which drone crashed near the Kunduz river?').answer).toBeNull();
  });
});

describe('a thing named by its make after "a"', () => {
  const made = (text: string) => texts(text, namedByMake(read(text).words));

  it('is a name after the article, with its adjectives', () => {
    expect(made('because a white Toyota Corolla came near the vehicle TPZ FUCHS.')).toEqual(['white Toyota Corolla']);
  });

  it('is no acronym, no name before a common noun, and nothing in a sentence in capitals', () => {
    expect(made('On the way back an IED exploded near the convoy.')).toEqual([]);
    expect(made('Before shooting, a Bulgarian soldier had performed signs.')).toEqual([]);
    expect(made('A WHITE TOYOTA APPROACHED THE CHECKPOINT.')).toEqual([]);
    expect(made('At 0940Z, a Pathfinder and tracking dog team arrived at Mest OP in support.')).toEqual([]);
  });

  it('answers "what car?" with the make, though WordNet knows Toyota as a city', () => {
    expect(marked("What car came near the CSS company's Fuchs?")).toBe('white Toyota Corolla');
    expect(marked('What kind of car got warning shots from the Bulgarian soldier?')).toBe('blue Toyota Corolla');
  });

  it('still answers what colour the car was, and quotes no car where no report names one', () => {
    const colour = 'What colour was the Toyota that came too close to the roadblock during the recce mission?';
    expect(answerOf(colour).answer?.text).toMatch(/green Toyota/);
    expect(answerOf('What car did the German convoy hit near Pol-e Khomri?').answer).toBeNull();
  });
});
