/** Verbs whose complement carries the act a question asks about (catenative.ts), and the role they are given. */
import { afterAll, describe, expect, it } from 'vitest';
import { catenatives } from '../src/search/catenative.ts';
import { openLexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { parseQuery } from '../src/search/query.ts';
import { readQuestion, roleOf } from '../src/search/question.ts';
import { loadGlossary } from '../src/search/glossary.ts';

const lexicon = openLexicon();
afterAll(() => lexicon.close());

const aspects = (text: string) => catenatives(read(text).words).map((w) => w.text);

describe('catenative verbs', () => {
  it('are read before "to" and a verb, or a gerund for begin, start and continue', () => {
    expect(aspects('What were the Iranian spies trying to get ordinary Afghans to do?')).toEqual(['trying']);
    expect(aspects('Which city were the bombers supposed to strike?')).toEqual(['supposed']);
    expect(aspects('Did they attempt to flee?')).toEqual(['attempt']);
    expect(aspects('When did the enemy begin firing?')).toEqual(['begin']);
    expect(aspects('What did the Iranian spies want ordinary Afghans to do?')).toEqual(['want']);
  });

  it('are not read taking a noun, nor when the verb after denies the act ("failed to")', () => {
    expect(aspects('Which court tried the suspect?')).toEqual([]);
    expect(aspects('Did the police go to the village?')).toEqual([]);
    expect(aspects('Did the governor fail to pay the police?')).toEqual([]);
    expect(aspects('Which prisoners did the Taliban want in exchange?')).toEqual([]);
  });

  it('are read for "V up" + gerund when WordNet files V_up as finally doing something, not for other V_up verbs', () => {
    expect(aspects('Did the B1B end up dropping a bomb?')).toEqual(['end']);
    expect(aspects('Did the patrol wind up searching the village?')).toEqual(['wind']);
    expect(aspects('Did the patrol finish up searching the village?')).toEqual(['finish']);
    // "give up firing" says the firing stopped: WordNet's gerund-taking "give_up" is no way to act.
    expect(aspects('Did the insurgents give up firing?')).toEqual([]);
    expect(aspects('Did the patrol pick up running?')).toEqual([]);
  });

  it('weigh as little as a light verb; the verb after carries the act', () => {
    const glossary = loadGlossary();
    const roles = (text: string) => {
      const question = readQuestion(text, lexicon);
      return Object.fromEntries(parseQuery(text, glossary).units.map((u) => [u.tokens[0]!.norm, roleOf(question, u)]));
    };
    expect(roles('Were the insurgents trying to flee?')).toMatchObject({ trying: 0.25, flee: 0.7 });
    expect(roles('Which weapons were they trying?')).toMatchObject({ trying: 0.7 });
  });
});
