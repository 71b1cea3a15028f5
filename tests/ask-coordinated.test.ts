/**
 * An acronym's plural in capitals and a small "s" ("MPs") is read as the acronym, which reports write alone ("DEU MP
 * Training Coy"). A verb joined by "and" to an earlier verb of its clause shares that verb's subject (issue 11): "ANP arrived and
 * *cordoned* area" was cordoned by the ANP, not by "and".
 */
import { describe, expect, it } from 'vitest';
import { read } from '../src/search/nlp.ts';
import { coordinatedVerb, firstJoined } from '../src/search/slots.ts';
import { tokenize } from '../src/search/text.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

/** The text of the verb a verb is joined to by "and", in a sentence. */
function joinedTo(sentence: string, verb: string): string | undefined {
  const words = read(sentence).words;
  const at = coordinatedVerb(
    words,
    words.findIndex((w) => w.text === verb),
  );
  return at === undefined ? undefined : words[at]!.text;
}

describe('the subject of a verb joined by "and" is the subject of the verb it is joined to', () => {
  it('finds the earlier verb of the clause, past its object: "executed … and found"', () => {
    expect(joinedTo('RECCE SQUAD A1 executed a patrol near the bridge and found one (1) UXO.', 'found')).toBe(
      'executed',
    );
    const words = read('ANP arrived and then searched and cordoned the area.').words;
    expect(
      words[
        firstJoined(
          words,
          words.findIndex((w) => w.text === 'cordoned'),
        )
      ]!.text,
    ).toBe('arrived');
  });

  it('joins no verb with its own subject after "and", nor one past the end of a clause', () => {
    expect(joinedTo('INS attacked the patrol and ANA returned fire.', 'returned')).toBeUndefined();
    expect(joinedTo('The patrol arrived. And found nothing.', 'found')).toBeUndefined();
  });

  it('answers who did the joined act by the first verb\'s subject: "ANP arrived and cordoned area"', () => {
    expect(marked('Who cordoned the area after the car bomb in Mazar-e-Sharif?')).toBe('ANP');
  });

  it('still declines where no report tells the act asked', () => {
    expect(marked('Who cordoned the area after the rocket attack on FOB Hawk?')).toBeUndefined();
  });
});

describe('an acronym\'s plural, capitals and a small "s", is stemmed as the acronym', () => {
  const stems = (text: string) => tokenize(text).map((t) => t.stem);

  it('stems "MPs" as "MP", keeping its written form', () => {
    expect(stems('German MPs')).toEqual(['german', 'mp']);
    expect(tokenize('MPs')[0]!.norm).toBe('mps');
  });

  it('leaves a capital S, the acronym\'s own letter, and plain words ending in "s"', () => {
    expect(stems('INS ops gas')).toEqual(['ins', 'ops', 'gas']);
  });

  it('declines the shots German MPs fired rather than quote a shot told of in another report', () => {
    expect(marked('How many shots did the German MPs fire at the speeding cars at the checkpoint?')).toBeUndefined();
  });
});
