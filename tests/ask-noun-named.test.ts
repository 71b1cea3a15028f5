/**
 * "What/which NOUN …?" answered by a phrase naming one NOUN (issue 11, task ask27b): the name after the War Diary's word
 * for the noun, in capitals whatever the tagger reads it as ("seize OBJ *BROWNING*"), and no further word in capitals
 * with it ("IOT", in order to); a noun written with a capital inside a sentence and the name after it ("along *Route* Viper"),
the noun also as WordNet's synonym of the one asked ("route" of "road"); a model's name after "a" written with a letter
in lower case though not second ("a possible *DShK* or ZPU/ZGU"), one of two names joined; a name after "of" ("a sample *of Iranian C4*") where the noun asks no one. Each
rule keeps the answers
it had.
 */
import { describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { readQuestion } from '../src/search/question.ts';
import { codeBeside, namedByMake } from '../src/search/slots.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

const beside = (text: string, noun: string, afterOf = false) => {
  const { words } = read(text);
  const found = codeBeside(
    words,
    words.findIndex((w) => w.text === noun),
    () => false,
    () => false,
    afterOf,
  );
  return found && text.slice(words[found[0]]!.start, words[found[1]]!.end);
};

describe('a name in capitals after the noun asked', () => {
  it('is a code though the tagger reads it as a verb, and takes no War Diary word after it', () => {
    const text = 'On 7 Dec 07 at H-hour TF 1F conducts AASLT to seize OBJ BROWNING IOT neutralize EF.';
    expect(beside(text, 'OBJ')).toBe('BROWNING');
  });

  it('still takes a number after a name, and a name after the noun', () => {
    expect(beside('The convoy was hit near route VIPER 2 at dawn.', 'route')).toBe('VIPER 2');
    expect(beside('INF Coy requested reconnaissance via UAV KZO.', 'UAV')).toBe('KZO');
  });

  it('answers "what objective…?" with the objective\'s name, and "which drone…?" as before', () => {
    expect(marked('What objective did TF 1 Fury air assault to seize?')).toBe('BROWNING');
    expect(marked('Which drone reconnoitred the ANP near the destroyed bridge?')).toBe('KZO');
  });
});

describe('a name after a noun written with a capital', () => {
  it('is the rest of the name inside a sentence in lower case', () => {
    expect(beside('the IED cell that operates along Route Viper.', 'Route')).toBe('Viper');
    expect(beside('AIRMEDEVAC was launched in Camp Marmal to pick patient up.', 'Camp')).toBe('Marmal');
  });

  it("is no name after a noun in lower case, nor after the sentence's first word", () => {
    expect(beside('the cell operates along the route Viper uses.', 'route')).toBeUndefined();
    expect(beside('Route Viper was closed.', 'Route')).toBeUndefined();
  });

  it('answers "what road…?" with a route\'s name, WordNet\'s "route" being a road', () => {
    expect(marked('what road does the IED cell targeted on OBJ Wolf work along')).toBe('Viper');
    expect(marked('Which road was the ACF setting up a DFP along?')).toBe('Archer');
    expect(marked('Which camp was the Wolf driving back to from Gur-e Mar?')).toBe('MARMAL');
  });
});

describe('a model named after "a"', () => {
  const made = (text: string) => {
    const { words } = read(text);
    return namedByMake(words).map(([a, b]) => text.slice(words[a]!.start, words[b]!.end));
  };

  it('is written with a capital and a letter in lower case, and may be one of two names', () => {
    const text = 'The range of the tracers corresponded to a possible DShK or ZPU/ZGU.';
    expect(made(text)).toEqual(['possible DShK']);
  });

  it('is no acronym, nor a name sharing the noun after the other, nor one joined to more than a name', () => {
    expect(made('At 0940Z, a Pathfinder and tracking dog team arrived at Mest OP in support.')).toEqual([]);
    expect(made('It is more likely a DShK or possibly a ZGU, than a ZU-23.')).toEqual([]);
    expect(made('On the way back an IED exploded near the convoy.')).toEqual([]);
  });

  it('answers "what kind of gun fired the tracers?" with the model, and "what car?" as before', () => {
    expect(marked('What kind of gun fired the tracers at the TF 373 MH-47s in Ghazni?')).toBe('possible DShK');
    expect(marked("What car came near the CSS company's Fuchs?")).toBe('white Toyota Corolla');
  });

  it('is no answer where the question names it: "which aircraft did the DShK fire at?" asks of another thing', () => {
    expect(answerOf('Which aircraft did the DShK fire at?').answer).toBeNull();
  });
});

describe('a name after "of" the noun asked', () => {
  it('says which one, where the noun asks no one', () => {
    const text = 'found a 92% probability of a match against a suspected sample of Iranian C4.';
    expect(beside(text, 'sample', true)).toBe('Iranian C4');
    expect(beside(text, 'sample')).toBeUndefined();
  });

  it('is the whole a noun named before is in, not which one ("the Char Dara district of Kunduz Province")', () => {
    expect(beside('an IED strike in the Char Dara district of Kunduz Province.', 'district', true)).toBeUndefined();
  });

  it('answers "what sample…?" and "which city…?" with the name, and "which district…?" as before', () => {
    expect(marked('What sample were the explosives in the vests compared with?')).toBe('Iranian C4');
    expect(marked('Which city did the NFO patrol suffer the IED strike in?')).toMatch(/^Feyzabad/);
    expect(marked('Which district did the IED strike at 1530Z happen in?')).toBe('Zharmi district');
  });
});

describe('a parenthesis after the noun asked as the reports write it', () => {
  it('names the X after the glossary\'s word for it ("UAV" for "drone"), not after another word', () => {
    const words = lexicon();
    const question = readQuestion('Which drone was launched in support of the patrol?', words);
    const text = 'The patrol launched a UAV (Luna) in support.';
    const uav = (w: { text: string }) => w.text === 'UAV';
    const asked = (w: { text: string; lemma: string }) =>
      uav(w) || ['patrol', 'launch', 'support'].includes(w.lemma.toLowerCase());
    const spans = (focus: (w: { text: string }) => boolean) =>
      kindSpans(text, question, words, asked, undefined, focus).map((s) => text.slice(s.start, s.end));
    expect(spans(uav)).toEqual(['Luna']);
    expect(spans(() => false)).toEqual([]);
  });
});
