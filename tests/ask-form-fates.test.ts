/**
 * The War Diary's casualty form line (issue 11): "1 Non Battle Injuries latvian(LVA) NATO/ISAF 1 Died of Wounds
 * afghan(AFG) Local Civilian 2 Missing in Action afghan(AFG) ANP". Each count counts its own field's nationality and
 * affiliation (measures.ts fieldCounted), and is said with its own field's fate (counts.ts fieldFate), which the
 * question must name; its head noun must name the affiliation or the nationality.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf } = sampleAndArticleAnswerer();

/** The words from the answer's marked span to the end of its field's fate: "1 Died". */
function markedField(question: string): string | undefined {
  const answer = answerOf(question).answer;
  if (!answer?.span) return undefined;
  return answer.text.slice(answer.span[0]).split(/\s+/).slice(0, 2).join(' ');
}

describe("a form field's count answers for its own fate and group", () => {
  it('answers the dead of wounds by the Died of Wounds count, not the Missing one after it', () => {
    expect(markedField('How many Afghans died of wounds near Meng Derakht?')).toBe('1 Died');
  });

  it('answers the Latvians hurt outside battle by the Non Battle Injuries count', () => {
    expect(markedField('How many Latvians had non battle injuries near Meng Derakht?')).toBe('1 Non');
  });

  it('keeps the Killed and Detained fields of another form answered by their own counts', () => {
    expect(markedField('how many insurgents were detained in the final BDA near shah wali kot')).toBe('6 Detained');
    expect(markedField('how many insurgents were killed in the final BDA near shah wali kot')).toBe('26 Killed');
  });

  it('does not count Afghan police missing as Afghan civilians missing', () => {
    expect(answerOf('How many Afghan civilians went missing near Meng Derakht?').answer?.text ?? '').not.toContain(
      'Missing in Action',
    );
  });

  it('keeps the police gone missing declined: the report says it in its own sentence, which ranks low', () => {
    expect(answerOf('How many Afghan police went missing after the Meng Derakht firefight?').answer).toBeNull();
  });
});
