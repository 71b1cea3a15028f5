/**
 * "Export CSV" on a search: its every match as a CSV file, to whoever clicked.
 * A search too long for the button travels as a hash, read back from the footer as the page buttons do.
 */
import { stateHash } from '../../render/custom-id.ts';
import { exportReply } from '../research-replies.ts';
import { UNKNOWN, type Component } from './component.ts';
import { stateFromFooter } from './search-page-hashed.ts';

export default {
  run({ search }, click, desk) {
    const state = 'state' in search ? search.state : stateFromFooter(click.footer ?? '');
    if (!state || ('hash' in search && stateHash(state) !== search.hash)) return UNKNOWN;
    return { reply: () => exportReply(desk, state) };
  },
} satisfies Component<'export'>;
