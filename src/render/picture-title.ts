/** What a picture says of itself: the search it shows as its title, its filters and the corpus under it. */
import type { SearchFilters } from '../desk.ts';
import { filtersText, quoted } from './wording.ts';

export type PictureKind = 'timeline' | 'map';

export interface PictureTitle {
  title: string;
  subtitle: string;
}

/** `corpus`: the corpus's sources, as stats names them ("War Diary (afg.csv)"). */
export function pictureTitle(kind: PictureKind, query: string, filters: SearchFilters, corpus: string[]): PictureTitle {
  const what = query.trim() ? `Reports matching ${quoted(query.trim())}` : 'Every report';
  const title =
    kind === 'timeline' ? `${what} over time` : `Where ${what.replace(/^E/, 'e').replace(/^R/, 'r')} happened`;
  const filtered = filtersText(filters);
  const subtitle = [filtered ? `Filters: ${filtered}` : 'No filters', `Corpus: ${corpus.join(', ') || 'none'}`];
  return { title, subtitle: subtitle.join(' · ') };
}
