/**
 * Questions whose report says the act asked in other words (issue 11): a verb that is a way of the question's in a
 * sense the question's verb has only later ("delivered" for "bring"), and the going a light verb asks with an
 * infinitive of purpose ("who came … to join"), a verb whose act WordNet also names by the question's word
 * ("apprehending": an "apprehension, arrest, catch"). Each rule that answers one keeps a decline it must not lose.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/search/lexicon.ts';
import { wayOf } from '../src/search/verb-steps.ts';
import { actNamedBy } from '../src/search/act-nouns.ts';
import { roleTo } from '../src/search/acts.ts';
import { read } from '../src/search/nlp.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a report verb that is a way of the question verb in any of its senses, under a narrow one', () => {
  it('reads "deliver" as a way to "bring" (bring, fetch: its fourth sense), not a broad verb\'s kinds', () => {
    expect(wayOf('deliver', 'bring', lexicon())).toBe(true);
    // "travel, go, move" has many kinds: flying is one of a hundred other acts.
    expect(wayOf('fly', 'move', lexicon())).toBe(false);
    expect(wayOf('bring', 'take', lexicon())).toBe(false);
  });

  it('answers who was to bring the spare parts from the sentence saying they were delivered', () => {
    expect(answerOf('Which helicopter was to bring spare parts to the QRF?').answer?.text).toContain(
      'DELIVERED BY MI-8 HELICOPTER',
    );
  });

  // Once declined by the act gate; since a place given from another one ("35 km NW of SHEBERGHAN") answers no "where
  // … from" unless "from" comes before it, no rival is left and "launched from" is quoted (its mark, «TF 373», is not
  // yet the place).
  it('quotes where the QRF was launched from for "fly from"', () => {
    expect(answerOf('Where did the QRF for the crash site fly from?').answer?.text).toContain('launched from Kandahar');
  });
});

describe('an infinitive of purpose after a light verb of going: the going is the act', () => {
  it('answers who came from CJ7 to join the engineers by the sentence telling he arrived', () => {
    expect(marked('Who came from CJ7 to join the engineers at PRT Sharana?')).toBe('CPT Miller');
  });

  it('keeps a going by a verb of its own answered, and an act no going tells declined', () => {
    expect(answerOf('Who was sent to reinforce FOB Hawk?').answer?.text).toContain('PRT MES sent QRU');
    // Declined, now by the lead gate: past its bracketed aside, "BG Gul Nabi (Director…) who was doing" reads Gul
    // Nabi as the doer of "doing", which tells no leading.
    expect(answerOf('Who led the MOI investigation of the Force 03 incident?').declined).toBeDefined();
  });
});

describe('a report verb whose act WordNet names by the question verb as a noun', () => {
  it('reads "apprehend" as naming a "catch", not "arrive" as a "coming" (its synonym\'s noun)', () => {
    expect(actNamedBy('apprehend', 'catch', lexicon())).toBe(true);
    expect(actNamedBy('arrive', 'come', lexicon())).toBe(false);
  });

  it('answers who caught two Taliban from the sentence saying ANA apprehended them', () => {
    expect(marked('Who caught two Taliban planting IEDs near Masum Ghar?')).toBe('ANA');
  });

  it('never marks a source ("derived from HUMINT") as the place of a seeing (u27: "seen" says "spotted")', () => {
    expect(marked('Where were the Arabs and Iranians spotted?')).toBe('Herat');
  });
});

describe("a relative clause opened by a comma: its verb's doer is the noun before the comma", () => {
  const roleIn = (text: string, verb: string, phrase: string) => {
    const { words } = read(text);
    const [v, p] = [words.findIndex((w) => w.text === verb), words.findIndex((w) => w.text === phrase)];
    return roleTo(words, v, p, p, lexicon());
  };

  it('reads "convoy commander, who ordered" as the commander ordering, not a phrase before another comma', () => {
    expect(roleIn('He reported to convoy commander, who ordered to fire a warning shot.', 'ordered', 'commander')).toBe(
      'doer',
    );
    expect(
      roleIn('After the convoy commander, the gunner fired a warning shot.', 'fired', 'commander'),
    ).toBeUndefined();
  });

  it('puts the sentence naming the commander who ordered the warning shot first', () => {
    const asked = answerOf('Who ordered the gunner to fire a warning shot at the pickup?');
    expect(asked.considered[0]?.kind).toBe('commander');
  });
});
