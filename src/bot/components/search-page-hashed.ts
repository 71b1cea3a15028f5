/**
 * ◀ ▶ on a search too long for its button: the button carries a hash, and
 * the words are read back from the message's footer, which must hash to it.
 */
import { stateHash, type SearchOf } from '../../render/custom-id.ts';
import { searchFooterLines } from '../../render/discord.ts';
import { FILTERS, SORTS } from '../../desk.ts';
import { searchReply } from '../replies.ts';
import { NOT_YOURS, UNKNOWN, type Component } from './component.ts';

/** Reads back the search a footer describes (see searchFooterLines); null when it is not one. */
export function stateFromFooter(footer: string): SearchOf | null {
  const lines = footer.split('\n');
  const query = lines.find((l) => l.startsWith('Query: '))?.slice('Query: '.length);
  if (query === undefined) return null;
  const filters =
    lines
      .find((l) => l.startsWith('Filters: '))
      ?.slice('Filters: '.length)
      .split(' · ') ?? [];
  const value = (name: string) => filters.find((f) => f.startsWith(`${name} `))?.slice(name.length + 1);
  const order = lines.find((l) => l.startsWith('Order: '))?.slice('Order: '.length);
  const sort = SORTS.find((s) => s === order);
  const state = { query, ...Object.fromEntries(FILTERS.map((name) => [name, value(name)])), ...(sort ? { sort } : {}) };
  // Only a footer this bot wrote reads back to itself.
  return searchFooterLines(state).every((l) => lines.includes(l)) ? state : null;
}

export default {
  run({ page, owner, hash }, click, desk) {
    if (owner !== click.userId) return NOT_YOURS;
    const state = stateFromFooter(click.footer ?? '');
    if (!state || stateHash(state) !== hash) return UNKNOWN;
    return { update: () => searchReply(desk, { ...state, page, owner }) };
  },
} satisfies Component<'search-page-hashed'>;
