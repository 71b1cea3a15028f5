/**
 * "What / which X" and "what did S V?" questions whose best sentence holds the answer in a way the kinds' reading had
 * missed (the names-no-kind decline): a bracket naming the asked thing past a clause on a noun, the complement after
 * "to be", a call sign after a broader noun, names listed after a comma, a value said before the attribute's noun, the
 * tool after "with", and the verb of a "did" question past a hyphen or a phrase on a noun. Each keeps its answer.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { readQuestion } from '../src/search/question.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('what / which X', () => {
  it('reads a bracket naming X past a clause on a noun ("the car bomb that the German patrol hit")', () => {
    expect(marked('What kind of car was the car bomb that the German patrol hit?')).toBe('silver-grey Toyota Corolla');
  });

  it('reads a call sign after a broader noun than X ("aircraft EDDY 53" for helicopters)', () => {
    expect(marked('Which helicopters provided aerial security for objective Pikes Peak?')).toBe('EDDY 53');
  });

  it('reads the one left out after "except" for "which X was not V-ed?"', () => {
    expect(marked('Which sensitive item was not recovered from the rolled Humvee?')).toBe('DUKE');
  });

  it('reads the value before the noun of the attribute asked ("a 92% probability of a match")', () => {
    expect(marked('What probability match did investigators find against Iranian C4?')).toBe('92%');
  });
});

describe('what did S V / what was S V-ed to be', () => {
  it('is the complement after "to be" for a question ending in it', () => {
    expect(marked('What was OBJ McKinnley believed to be?')).toBe('an HQN training camp area');
  });

  it("is the names listed after a comma when what was acted on is only the question's words", () => {
    expect(marked('Which two elements got ambushed during Operation Hero Presence?')).toBe('CB13 and Whiskey 36');
  });

  it('is the tool after "with" for "what did they use to V?"', () => {
    expect(marked('What did the construction workers use to mark the UXO near PRT Kunduz?')).toBe('stones');
  });

  it('reads a title by its initials ("the district commissioner" is "the DC")', () => {
    expect(marked('What did the district commissioner in OE build with his own money?')).toBe('a water tower');
  });

  it('finds the verb "did" asks with past a hyphen in the subject and a verb inside a phrase on a noun', () => {
    const acts = (q: string) => [...(readQuestion(q, lexicon()).acts?.asked ?? [])];
    expect(acts('What did Orgun-E fire back at the rocket launch point?')).toContain('fire');
    expect(acts('What did the soldier fire at the truck speeding toward the convoy?')).toContain('fire');
    expect(marked('What did Orgun-E fire back at the rocket launch point?')).toMatch(/120mm/);
    // A word in capitals the tagger read as a verb is the subject's name: "did FOB Orgun-E fire back".
    expect(acts('What did FOB Orgun-E fire back at the launch site?')).toEqual(['fire']);
  });
});
