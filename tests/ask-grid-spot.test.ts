/**
 * A rival naming the best's spot by its grid (issue 11): the War Diary writes one grid reference spaced or not, and cut
 * to fewer digits ("42S VF 84122 58555", "(42SVF8412258555)", "(42SVF841585)"). A sentence naming that spot names the
 * best's answer again, not another place: no rival to "2X ROCKET LAUNCHERS ARE LOCATED AT 42S VF 84122 58555".
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';
import { namesGridOf } from '../src/search/places.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a grid reference named again in other spacing', () => {
  it('quotes where the rocket launchers near Hill 432 were located', () => {
    const question = 'Where were the rocket launchers located near Hill 432?';
    expect(answerOf(question).answer?.report.id).toBe('GER-0060');
    expect(marked(question)).toBe('42S VF 84122 58555');
  });

  it('reads a grid cut to a hundred metres as its spot, not one cut to ten kilometres', () => {
    expect(namesGridOf('42S VF 84122 58555', 'HILL 432 (42SVF841585)')).toBe(true);
    expect(namesGridOf('42S VF 84122 58555', 'HILL 432 (42SVF8458)')).toBe(false);
    expect(namesGridOf('42S VF 84122 58555', 'KHARU TI (42SVF840600)')).toBe(false);
  });
});
