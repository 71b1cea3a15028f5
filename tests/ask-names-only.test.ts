/**
 * A sentence of the best's report giving a time or a count, saying of the question only its names, tells another act
 * at the place named (leads.ts namesOnly): "Roshan … will activate the Roshan antennas in … Yaya Khel … this year" is
 * no rival to the ribbon cutting's estimated date.
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a time or count said only beside the question’s names', () => {
  it('quotes the ribbon cutting’s date, not declined for the antennas to be activated in Yaya Khel "this year"', () => {
    expect(marked('When is the Yaya Khel district center ribbon cutting supposed to happen?')).toBe('18 OCT 07');
  });
});
