/**
 * Casualty codes read by their glossary gloss (issue 11): the War Diary counts an accident's dead as NBD (non-battle
 * death) beside its hurt as NBI (non-battle injury), and the wounded who later died as DOW (died of wounds). A "how
 * many … hurt" question counts the NBI, a "how many … died" one the NBD. Each rule keeps a neighbour as before.
 */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/search/glossary.ts';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { answerOf, marked } = sampleAndArticleAnswerer();

describe('a count said with a casualty code counts the dead or the hurt, as the code is glossed', () => {
  it('glosses the codes so: NBD and DOW a death, NBI an injury', () => {
    const glossary = loadGlossary();
    const gloss = (form: string) => glossary.concepts.find((c) => c.forms.includes(form))?.name;
    expect(gloss('NBD')).toMatch(/death/);
    expect(gloss('DOW')).toMatch(/died/);
    expect(gloss('NBI')).toMatch(/injury/);
  });

  it('answers "how many … hurt" by the NBI count, not the NBD one beside it', () => {
    const question = 'How many ANA soldiers were hurt when the truck fell off the bridge near Keshem?';
    expect(answerOf(question).answer?.report.id).toBe('GER-0088');
    expect(marked(question)).toMatch(/one/);
    expect(marked(question)).not.toMatch(/two/);
  });

  it('answers "how many … died" by the NBD count', () => {
    expect(marked('How many ANA soldiers died when the truck fell off the bridge near Keshem?')).toMatch(/two/);
  });

  it('keeps a KIA (DOW) count answering the dead, beside the WIA', () => {
    const question = 'How many German soldiers died in the IED strike whose casualties went to PRT Konduz?';
    expect(answerOf(question).answer?.text).toMatch(/KIA \(DOW\)/);
    expect(marked(question)).toMatch(/^1x/);
  });
});
