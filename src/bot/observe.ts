/** The labels an interaction is counted under in /metrics, from the bot's own lists (never free text). */
import type { Observed } from '../metrics.ts';
import { parseCustomId } from '../render/custom-id.ts';
import { COMMANDS } from './commands/index.ts';
import type { Incoming } from './dispatch.ts';

const NAMES = new Set(COMMANDS.map((c) => c.data.name));

export function labelOf(incoming: Incoming): Omit<Observed, 'outcome'> {
  if (incoming.kind === 'component') {
    return { kind: 'component', command: parseCustomId(incoming.click.customId)?.kind ?? 'unknown' };
  }
  if (incoming.kind === 'unsupported') return { kind: 'unhandled', command: 'unknown' };
  return { kind: incoming.kind, command: NAMES.has(incoming.name) ? incoming.name : 'unknown' };
}
