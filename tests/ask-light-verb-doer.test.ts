/**
 * A "who" question whose only verb is a light one ("who *gave* first aid to the boy on the donkey?") asks who did the
 * act that verb makes with its object: a sentence of the report naming someone in the clause of that very verb ("*HUN
 * doctor* gave first aid to the child") answers it, before and over a sentence holding more of the question's words
 * that tells no giving ("a GER convoy … hit a local boy"). A verb WordNet finds alike says another act ("EOD conducted
 * render safe procedures" for "who gave the IED components…", "traveled to Sarobi" for "who went with…").
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('the doer of a light verb, named in that verb’s clause', () => {
  it('answers who gave first aid to the boy on the donkey: the HUN doctor', () => {
    expect(marked('who gave first aid to the boy on the donkey')).toBe('HUN doctor');
  });

  it('is not one named beside a verb WordNet only finds alike: "conducted render safe procedures" gave nothing', () => {
    expect(answerOf('Who gave the IED components to the German bomb squad?').answer?.text ?? '').not.toMatch(
      /render safe procedures/,
    );
  });

  it('leaves a going told by its own sentence: the MP went with the EOD team to the NDS office', () => {
    expect(marked('who went with the feyzabad eod team to the nds office')).toBe('DEU MP');
  });
});
