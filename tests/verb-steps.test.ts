/** Verbs a step or two from the question's in WordNet's tree of verbs, as the answerer weighs a sentence's words. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/search/glossary.ts';
import { openLexicon } from '../src/search/lexicon.ts';
import { phrasalStem } from '../src/search/phrasal.ts';
import { parseQuery, relatedStem } from '../src/search/query.ts';
import { readQuestion } from '../src/search/question.ts';
import { stepsOf, verbSteps } from '../src/search/verb-steps.ts';

const lexicon = openLexicon();
afterAll(() => lexicon.close());
const glossary = loadGlossary();
const weightOf = (from: string, to: string) => verbSteps(from, lexicon).find((r) => r.word === to)?.weight;
/** The steps of each unit of a question with the corpus taken to hold every word: those of its verbs. */
const stepsIn = (question: string) =>
  stepsOf(parseQuery(question, glossary), readQuestion(question, lexicon), glossary, () => true, lexicon).filter(
    (s) => s.size,
  );

describe('verbs a step or two away', () => {
  it('bridges a verb of two words through the one-word verbs WordNet files it with: "turned down" to "disapproved"', () => {
    // "turn_down" is filed with "reject", whose third sense is to disapprove: a step away, below a synonym.
    const weight = weightOf('turn_down', 'disapprove');
    expect(weight).toBeGreaterThan(0.2);
    expect(weight).toBeLessThan(0.4);
    // The question's "turned down" is read as the one verb, and the sentence's "disapproved" holds it.
    const steps = stepsIn('Why was the medevac turned down?');
    const turned = steps[0]!;
    expect(turned.get(relatedStem('disapprove', glossary))?.verb()).toBe(true);
    // Only the verb is bridged: "medevac" is a noun.
    expect(steps).toHaveLength(1);
  });

  it('bridges a verb two steps up or one down, less than one step: "immigrate" to "move", "think" to "suspect"', () => {
    expect(weightOf('immigrate', 'migrate')).toBe(0.4);
    expect(weightOf('immigrate', 'move')).toBe(0.3);
    expect(weightOf('think', 'suspect')).toBeGreaterThan(0.3);
  });

  it("does not bridge unrelated verbs, nor a step up and one down, nor a synonym's other senses, nor a light verb", () => {
    expect(weightOf('shoot', 'think')).toBeUndefined();
    expect(weightOf('think', 'shoot')).toBeUndefined();
    // To think and to assess are both ways to evaluate: beside each other, two acts.
    expect(weightOf('think', 'evaluate')).toBe(0.4);
    expect(weightOf('think', 'assess')).toBeUndefined();
    // "serve" is WordNet's "function", whose other sense is to "run": a one-word verb's synonyms mean other acts.
    expect(weightOf('serve', 'run')).toBeUndefined();
    expect(verbSteps('go', lexicon)).toEqual([]);
    expect(verbSteps('have', lexicon)).toEqual([]);
  });

  it('bridges a verb beside the question\'s under a narrow verb: "warn" to "tip off", both ways to "advise"', () => {
    // "advise" (warn's second sense) has eight kinds: a step up and one down, at two steps' weight.
    const weight = weightOf('warn', 'tip_off');
    expect(weight).toBeGreaterThan(0.2);
    expect(weight).toBeLessThan(0.3);
    // The question's "warned" is bridged to the sentence's "tipped off" (phrasal.ts holds it as one lemma).
    const warned = stepsIn('Who warned the convoy about the roadside bomb?')[0]!;
    expect(warned.get(phrasalStem('tip_off'))?.verb()).toBe(true);
  });

  it('does not bridge a verb beside the question\'s under a wide verb: "warn" and "brief" are two of 35 ways to "inform"', () => {
    expect(weightOf('warn', 'inform')).toBe(0.4);
    expect(weightOf('warn', 'brief')).toBeUndefined();
    expect(weightOf('warn', 'update')).toBeUndefined();
  });

  it('counts a word mostly a noun as no verb: "aimed" reaches "level", which the reports write of "high level officials"', () => {
    expect(weightOf('aim', 'level')).toBeGreaterThan(0);
    const aimed = stepsIn('Which forces were the attacks aimed at?')[0]!;
    expect(aimed.get(relatedStem('level', glossary))?.verb()).toBe(false);
  });
});
