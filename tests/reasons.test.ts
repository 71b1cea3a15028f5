/** Where report prose gives a reason (reasons.ts): words of cause and purpose, and infinitives of aim. */
import { afterAll, describe, expect, it } from 'vitest';
import { openLexicon } from '../src/search/lexicon.ts';
import { read } from '../src/search/nlp.ts';
import { reasonSpans } from '../src/search/reasons.ts';

const lexicon = openLexicon();
afterAll(() => lexicon.close());

/** The reasons a text gives, each as its first words. */
const reasons = (text: string) =>
  reasonSpans(text, read(text).words, lexicon).map((s) => text.slice(s.start, s.end).split(' ').slice(0, 3).join(' '));

describe('reasons in report prose', () => {
  it.each([
    ['The shooter engaged Coalition aircraft in response to AWT gun runs.', 'in response to'],
    ['1X BV 206S SUFFERED A BROKEN TRANSMISSION CAUSED BY WEAPON EFFECTS', 'CAUSED BY WEAPON'],
    ['INS WERE TAKING COVER AS RESULT OF SOF', 'AS RESULT OF'],
    ['The road was closed owing to heavy snow.', 'owing to heavy'],
    ['The villagers left for fear of reprisals.', 'for fear of'],
    ['Two platoons moved north in an effort to cut off the enemy.', 'in an effort'],
    ['The MH-47s turned south to avoid the probable DShK fire.', 'to avoid the'],
    ['CF should host a press conference to prevent negative messages.', 'to prevent negative'],
    // A synonym of a verb of aim aims as it does.
    ['The patrol turned back to avert a collision.', 'to avert a'],
    // A degree great enough to bring about what the "that" clause tells.
    ['The workers were so anxious to get home for EID that they had to leave.', 'so anxious to'],
    ['THE FIRE WAS SO HEAVY THAT THE PATROL WITHDREW.', 'SO HEAVY'],
  ])('finds the reason in "%s"', (text, reason) => {
    expect(reasons(text)).toContain(reason);
  });

  it.each([
    // An infinitive completing a noun or a verb gives no purpose, nor does an infinitive after no clause.
    'The Arabs are tied with AL MANSOUR. They are only in charge to carry out suicide attacks.',
    'They requested permission to leave the area.',
    'The elders wanted to avoid the meeting.',
    // The War Diary's field name opens no clause.
    'WHEN: 122200ZJUN08 WHERE: 42S VB 1931 7254',
    'The results of the investigation are pending.',
    // "so" without a "that" after it is a degree or a link, no cause.
    'He said so and that was it.',
    'The workers left so the ANP went back to the DC.',
  ])('finds none in "%s"', (text) => {
    expect(reasons(text)).toEqual([]);
  });
});
