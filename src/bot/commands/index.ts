/**
 * The one list of commands: deployment registers it, dispatch routes by it. A new command is a file and a line here.
 */
import about from './about.ts';
import ask from './ask.ts';
import type { Command } from './command.ts';
import map from './map.ts';
import random from './random.ts';
import report from './report.ts';
import searchMessage from './search-message.ts';
import search from './search.ts';
import timeline from './timeline.ts';

export const COMMANDS: readonly Command[] = [search, report, ask, timeline, map, random, about, searchMessage];
