/**
 * "What kind of X?" answered by the nouns a report compounds with X ("an unidentified *rotary wing* aircraft", kinds.ts
 * kindsCompounded), and not by a name the glossary files as a thing of another class than X ("another *RPG*", a
 * rocket-propelled grenade, is no aircraft: thing-asked.ts glossaryNamesNone).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

const ASKED = 'What kind of aircraft was shot at near Altamur in Logar?';

describe('a noun compounded with the X a "what kind of X?" asks', () => {
  it('says which kind: "rotary wing" aircraft', () => {
    expect(answerOf(ASKED).answer?.text).toMatch(/rotary wing aircraft was engaged/);
    expect(marked(ASKED)).toMatch(/rotary wing/);
  });

  it('is no place in the formation: "the lead aircraft" names no kind', () => {
    const lead = answerOf(ASKED).considered.filter((s) => /lead aircraft/.test(s.text));
    expect(lead.length).toBeGreaterThan(0);
    for (const s of lead) expect(s.kind ?? '').not.toMatch(/^lead$/);
  });
});

describe('a glossary name for a thing of another class than X', () => {
  it('names no X: "another RPG" is no aircraft', () => {
    for (const s of answerOf(ASKED).considered) expect(s.kind ?? '').not.toMatch(/RPG/);
  });
});
