/** Prose written in capitals, as much of the War Diary is: its common words are read as English, its names as names. */
import { afterAll, describe, expect, it } from 'vitest';
import { kindSpans } from '../src/search/kinds.ts';
import { openLexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';

const lexicon = openLexicon();
afterAll(() => lexicon.close());

const BERGDAHL = 'THE ELDERS ALSO ASSURE THAT THEY WILL DO EVERYTHING THEY CAN TO TAKE POSSESSION OF PVT BERGDAHL.';
const TIC =
  'ANP FROM DAWLAT KHAN REPORTED A TIC WITH 3X INS, 1X KIA. THE RESOURCES WERE MOVED TO NANGARHAR BY TF TITAN.';

const posOf = (text: string) => new Map(read(text).words.map((w) => [w.text, w.pos]));
const agents = (text: string) =>
  kindSpans(text, { expects: new Set(['agent']) }, lexicon, () => false)
    .filter((s) => s.strength === 1)
    .map((s) => text.slice(s.start, s.end));

describe('prose in capitals', () => {
  it('reads the words English knows as what they are, keeping the text as written and its offsets', () => {
    const pos = posOf(BERGDAHL);
    expect(pos.get('ELDERS')).toBe('NOUN');
    expect(pos.get('POSSESSION')).toBe('NOUN');
    expect(pos.get('BERGDAHL')).toBe('PROPN');
    for (const w of read(BERGDAHL).words) expect(BERGDAHL.slice(w.start, w.end)).toBe(w.text);
    expect(read(BERGDAHL).words.find((w) => w.text === 'ELDERS')?.lemma).toBe('elder');
  });

  it('takes no common word in capitals for a name that surely answers who', () => {
    const found = agents(`${BERGDAHL} ${TIC}`);
    for (const word of ['ELDERS', 'POSSESSION', 'RESOURCES']) expect(found, word).not.toContain(word);
    expect(found).toEqual(expect.arrayContaining(['PVT BERGDAHL', 'TF TITAN']));
  });

  it('keeps names and the War Diary’s acronyms in capitals as names', () => {
    const pos = posOf(TIC);
    for (const name of ['ANP', 'DAWLAT', 'TIC', 'KIA', 'NANGARHAR', 'TF']) expect(pos.get(name), name).toBe('PROPN');
  });

  it('leaves a name in capitals within prose in lower case as the tagger reads it', () => {
    const text = 'The seven Arabs are tied with AL MANSOUR, one of the OSAMA BIN LADEN Deputies.';
    const pos = posOf(text);
    for (const name of ['MANSOUR', 'OSAMA', 'LADEN']) expect(pos.get(name), name).toBe('PROPN');
    expect(agents(text)).toEqual(expect.arrayContaining([expect.stringContaining('MANSOUR')]));
  });
});
