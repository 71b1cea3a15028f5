/**
 * Bridges to the phrases a report says a question's words in (src/search/described.ts, destinations.ts): a noun
 * WordNet defines as someone in a state said as people in it ("casualties" → "injured people"), and a "where … to?"
 * question's movement said by another word of movement before "to" ("transports … to TEHERAN").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openIndex, SHIPPED_CORPUS } from '../src/open.ts';
import { answerQuestion } from '../src/search/answer.ts';
import { describedBridges, describedStems } from '../src/search/described.ts';
import { destinationBridges, destinationStems } from '../src/search/destinations.ts';
import type { SearchIndex } from '../src/search/index.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { phrasalStem } from '../src/search/phrasal.ts';
import { parseQuery } from '../src/search/query.ts';
import { tokenize } from '../src/search/text.ts';

const words = lexicon();
/** The terms found in a text, as a question seeking the two phrases' terms finds them. */
const SOUGHT = new Set([phrasalStem('injured_person'), phrasalStem('motion_to')]);
const stemsOf = (find: typeof describedStems, text: string) => {
  const tokens = tokenize(text);
  return find(tokens, 0, tokens.length, words, SOUGHT).map((p) => p.stem);
};

let index: SearchIndex;
beforeAll(async () => {
  ({ index } = await openIndex({ corpus: [SHIPPED_CORPUS], cache: false }));
});
const answerOf = (question: string) => answerQuestion(index, parseQuery(question, index.glossary));

describe('people in a state', () => {
  it("bridges a noun to the states of its definition's someone, and nothing for a noun defined otherwise", () => {
    // casualty: "someone injured or killed or captured or missing in a military engagement"
    expect(describedBridges('casualty', words).map((r) => r.word)).toEqual([
      'injured_person',
      'killed_person',
      'captured_person',
      'missing_person',
    ]);
    // evacuee: "a person who has been evacuated from a dangerous place"
    expect(describedBridges('evacuee', words).map((r) => r.word)).toEqual(['evacuated_person']);
    // refugee: "an exile who flees for safety"; soldier: "an enlisted man or woman…"
    expect(describedBridges('refugee', words)).toEqual([]);
    expect(describedBridges('soldier', words)).toEqual([]);
  });

  it('reads a word right before a noun naming people as their state, and not before a noun naming none', () => {
    const injured = phrasalStem('injured_person');
    expect(stemsOf(describedStems, 'organizing transports for injured people to TEHERAN')).toContain(injured);
    expect(stemsOf(describedStems, 'two injured soldiers were flown out')).toContain(injured);
    // Read only when sought: a question asking of no one injured reads nothing.
    const tokens = tokenize('transports for injured people');
    expect(describedStems(tokens, 0, tokens.length, words, new Set())).toEqual([]);
    // A vehicle is no person; nor does a comma let the word before describe the noun after.
    expect(stemsOf(describedStems, 'one injured vehicle was towed')).not.toContain(injured);
    expect(stemsOf(describedStems, 'nobody was injured, people said')).not.toContain(injured);
  });
});

describe('where a movement went', () => {
  const motion = phrasalStem('motion_to');
  it('reads a "to" a few words after a word of movement in its clause, not after another word nor an infinitive', () => {
    expect(stemsOf(destinationStems, 'organizing transports for injured people to TEHERAN, Iran.')).toEqual([motion]);
    expect(stemsOf(destinationStems, 'The wounded were moved to the hospital.')).toEqual([motion]);
    // An irregular verb's form, which WordNet's rules of endings do not undo.
    expect(stemsOf(destinationStems, 'The driver was taken to the local hospital.')).toEqual([motion]);
    // Belonging to a unit, being in charge to do something: no movement goes there.
    expect(stemsOf(destinationStems, 'The four Iranians belong to the Intelligence unit.')).toEqual([]);
    expect(stemsOf(destinationStems, 'The Arabs are only in charge to carry out suicide attacks.')).toEqual([]);
    // The clause ends before the "to"; "to attack" is an infinitive's.
    expect(stemsOf(destinationStems, 'The convoy moved on, close to Kabul.')).toEqual([]);
    expect(stemsOf(destinationStems, 'They moved to attack the base.')).toEqual([]);
  });

  it('bridges only the verb of motion of a "where … to?" question', () => {
    const verbOf = (question: string, lemma: string) => {
      const said = read(question).words;
      return destinationBridges(
        said,
        said.find((w) => w.lemma === lemma)!,
        words,
      ).map((r) => r.word);
    };
    expect(verbOf('Where were casualties evacuated to?', 'evacuate')).toEqual(['motion_to']);
    // Where it happened, not where to; a "to" question of a verb that is no movement.
    expect(verbOf('Where were casualties evacuated?', 'evacuate')).toEqual([]);
    expect(verbOf('Where were the weapons sold to?', 'sell')).toEqual([]);
  });
});

describe("issue 11's table question, on the shipped corpus", () => {
  it('answers "Where were casualties evacuated to?" with the transports for injured people to TEHERAN', () => {
    const { answer } = answerOf('Where were casualties evacuated to?');
    expect(answer?.text).toContain('organizing transports for injured people to TEHERAN');
    expect(answer && answer.text.slice(...answer.span!)).toBe('TEHERAN');
  });

  it('still declines where the report names a place after "to" that no movement goes to', () => {
    // The Herat report's Iranians "belong to 'Intelligence' unit": nothing says they were moved anywhere.
    expect(answerOf('Where were the four Iranians evacuated to?').answer).toBeNull();
  });
});
