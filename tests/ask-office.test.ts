/**
 * Taking an office (src/search/office.ts): "who was made / named / appointed X?" and "who became X?" ask who took the
 * role X, whom a report tells as serving in it ("Tefhan … would serve as Chief of Police"); WordNet links neither
 * appointing nor becoming to serving. Not "who appointed him X?", which asks who charged him, nor a passive with no
 * role after it.
 */
import { describe, expect, it } from 'vitest';
import { actAsked } from '../src/search/acts.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { takesOffice } from '../src/search/office.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

/** Whether the verb `verb` of `question` says its subject took the role after it. */
const takes = (question: string, verb: string) => {
  const { words } = read(question);
  return takesOffice(
    words,
    words.findIndex((w) => w.text === verb),
    lexicon(),
  );
};

describe('being made, named or appointed a role, or becoming it, is serving in it', () => {
  it("answers who was made, named, appointed or became Gomal's chief of police by who would serve as it", () => {
    expect(marked('Who was made chief of police in Gomal?')).toBe('Tefhan');
    expect(marked('Who was named chief of police in Gomal?')).toBe('Tefhan');
    expect(marked('Who was appointed as chief of police in Gomal?')).toBe('Tefhan');
    expect(marked('Who became chief of police in Gomal?')).toBe('Tefhan');
  });

  it('reads the passive of charging and becoming before a role', () => {
    expect(takes('Who was made the new governor?', 'made')).toBe(true);
    expect(takes('Who got named district chief?', 'named')).toBe(true);
    expect(takes('Who became commander of the unit?', 'became')).toBe(true);
    expect(actAsked(read('Who was made chief of police?').words, lexicon())).toMatchObject({ role: 'doer' });
  });

  it('not the one who charged, a passive with no role after it, nor another verb before a role', () => {
    expect(takes('Who appointed Karzai governor?', 'appointed')).toBe(false);
    expect(takes('Who was made aware of the attack?', 'made')).toBe(false);
    expect(takes('Who was named in the report?', 'named')).toBe(false);
    expect(takes('Who was shot as a spy?', 'shot')).toBe(false);
    expect(actAsked(read('Who appointed Karzai governor?').words, lexicon())?.verbs.has('serve')).not.toBe(true);
  });
});
