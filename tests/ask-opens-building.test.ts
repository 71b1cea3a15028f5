/**
 * A place named by a building after a name the question gives (issue 11): "ALL UNITS ARE BACK IN *DARZAB* POLICE
 * STATION" for a question naming Darzab. The name only says whose or where the building is; the building is what
 * the sentence adds, so the whole phrase says where (places.ts opensBuilding).
 */
import { describe, expect, it } from 'vitest';
import { sampleAndArticleAnswerer } from './fixtures/sample-and-article.ts';

const { marked } = sampleAndArticleAnswerer();

describe('a building named after a name the question gives', () => {
  it('answers where by the building the asked name opens', () => {
    expect(marked('Where were all the units after the Darzab firefight?')).toBe('DARZAB POLICE STATION');
  });
});
