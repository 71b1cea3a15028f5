/**
 * "Was anyone hurt when …?" in askers' own words (issue 11): the clause after a verb of harm sets the scene of a yes/no
 * question, and the War Diary's casualty line of the report telling that scene answers it ("NO CASUALTIES."), though
 * it shares no word with the scene. A casualty is anyone hurt or killed; a line naming whom it spared ("NO DAMAGES OR
 * INJURIES TO ISAF TROOPS") says nothing of anyone else.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a yes/no question of harm settled by a casualty line', () => {
  it('reads the casualty line of the report telling the scene: "NO CASUALTIES."', () => {
    const q = 'Was anyone hurt when the CH-53 medevac helicopter took fire northwest of Aliabad?';
    expect(answerOf(q).answer?.report.id).toBe('GER-0064');
    expect(marked(q)).toBe('NO CASUALTIES');
  });

  it('reads "no casualties" as denying anyone killed too', () => {
    const q = 'were any soldiers killed when the CH-53 took fire near Aliabad';
    expect(answerOf(q).answer?.report.id).toBe('GER-0064');
    expect(marked(q)).toBe('NO CASUALTIES');
  });

  it('does not read a denial naming whom it spared as of anyone else', () => {
    expect(marked('was the child on the bike hurt when the fuchs hit him') ?? '').not.toContain('INJURIES');
  });
});
