/**
 * Questions wrapped the way people ask a bot (issue 11): "any idea who…", "can you tell me who…", "…, do you know?".
 * The words addressing the bot or the channel (frames.ts) are not the question; the wh-clause they wrap is, and it is
 * answered and marked as it is asked bare. A request naming the kind asked ("name the person who…", "list the X…")
 * asks which of that kind.
 */
import { describe, expect, it } from 'vitest';
import { unframed } from '../src/search/frames.ts';
import { lexicon } from '../src/search/lexicon.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();
const quoted = (question: string) => answerOf(question).answer?.text;

describe('a question wrapped in words addressing the bot is answered as the question it wraps', () => {
  it('answers "any idea who went to north korea" with Hekmatyar, "idea" being no word the answer must hold', () => {
    expect(quoted('any idea who went to north korea')).toMatch(/Hekmatyar went to Konar/);
    expect(marked('any idea who went to north korea')).toBe('Hekmatyar');
  });

  it('marks the answer of a polite request and of a question asked before "do you know?"', () => {
    expect(marked('can you tell me who went to North Korea?')).toBe('Hekmatyar');
    expect(marked('Who went to North Korea, do you know?')).toBe('Hekmatyar');
  });

  it('reads "i\'m trying to find out why…" as asking why', () => {
    expect(quoted("i'm trying to find out why the medevac for the policeman in Kamdesh was turned down")).toBe(
      'Medvac was disapproved due to weather.',
    );
  });

  it('reads "quick q: where…" as asking where', () => {
    expect(marked('quick q: where were the Iranian weapons discovered?')).toBe('Kandahar');
  });
});

describe('a request naming the kind asked is read as a which-question', () => {
  it('answers "name the person who came back from North Korea" as "who came back from North Korea?"', () => {
    expect(marked('name the person who came back from North Korea')).toBe(marked('Who came back from North Korea?'));
    expect(marked('name the person who came back from North Korea')).toBeDefined();
  });

  it('reads "name the X that…" and "list the X…" as "which X…"', () => {
    const words = lexicon();
    expect(unframed('Name the unit that hit the IED', words)).toBe('which unit hit the IED');
    expect(unframed('list all the weapons found in the cache', words)).toBe('which weapons found in the cache');
    expect(unframed('tell me which unit hit the IED', words)).toBe('which unit hit the IED');
  });
});

describe('only words addressing the bot frame a question', () => {
  const words = lexicon();
  it('keeps words of the question before its wh-word: a place, a teller', () => {
    expect(unframed('In Kandahar, who fired?', words)).toBe('In Kandahar, who fired?');
    expect(unframed('The informant told the ANP who fired?', words)).toBe('The informant told the ANP who fired?');
  });

  it('keeps a tail after a comma that says something of the answer', () => {
    expect(unframed('Who fired at the patrol, the Taliban?', words)).toBe('Who fired at the patrol, the Taliban?');
  });
});
