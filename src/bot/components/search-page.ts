/** ◀ ▶ on a search: another page of the same search, for the person who ran it. */
import { searchReply } from '../replies.ts';
import { NOT_YOURS, type Component } from './component.ts';

export default {
  run: ({ state }, click, desk) =>
    state.owner === click.userId ? { update: () => searchReply(desk, state) } : NOT_YOURS,
} satisfies Component<'search-page'>;
