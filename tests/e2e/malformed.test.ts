/**
 * Payloads the gateway could send that discord.js cannot read, and kinds of interaction the bot has nothing for:
 * none takes the bot down or goes unanswered. Each malformed one gets a private note with a reference (when it names
 * an interaction to answer), each unhandled kind a private "not handled", and the next command is answered as usual.
 */
import {
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIInteraction,
  type APIMessage,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/bot/deploy.ts';
import { openDeskThread, type DeskThread } from '../../src/bot/desk-thread.ts';
import { readConfig } from '../../src/config.ts';
import {
  autocomplete,
  slashCommand,
  startFakeDiscord,
  TEST_USER,
  type FakeDiscord,
  type InteractionFactory,
} from '../fake-discord/index.ts';
import { firstEmbed, MemoryLog, startBot, type RunningBot } from './harness.ts';

const TOKEN = 'malformed-test-token.MUST-never-appear-in-logs.0123456789';

let fake: FakeDiscord;
let thread: DeskThread;
let log: MemoryLog;
let bot: RunningBot;
/** A /search reply of the bot's, with buttons: what clicks are made on. */
let searched: APIMessage;

/** A payload built as Discord would, then broken by `change` (as a test double of a faulty gateway can). */
function broken(factory: InteractionFactory, change: (payload: Record<string, unknown>) => void): InteractionFactory {
  return (world) => {
    const payload = factory(world) as unknown as Record<string, unknown>;
    change(payload);
    return payload as unknown as APIInteraction;
  };
}

/** A click on `searched` of a component type the message need not have: what a newer Discord could send. */
function click(data: Record<string, unknown>): InteractionFactory {
  return broken(slashCommand('about'), (payload) => {
    payload.type = InteractionType.MessageComponent;
    payload.message = structuredClone(searched);
    payload.data = { custom_id: 'from-a-newer-client', ...data };
  });
}

const isEphemeral = (message: APIMessage) => ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/** The bot still answers a normal command, at once. */
async function stillServing() {
  const message = await fake.dispatch(slashCommand('about')).settled();
  expect(firstEmbed(message).title).toMatch(/Report Desk/);
}

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  await deployCommands({ token: TOKEN, clientId: fake.applicationId, apiBase: fake.apiBase });
  log = new MemoryLog('debug', [TOKEN]);
  thread = await openDeskThread({ open: { cache: false } }, log.logger);
  const config = readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, COOLDOWN_SECONDS: '0' });
  bot = await startBot(thread.desk, config, log.logger, TOKEN);
  searched = await fake.dispatch(slashCommand('search', { query: 'Iranian C4' })).settled();
});

afterAll(async () => {
  await bot?.stop();
  await thread?.close();
  await fake?.close();
});

describe('malformed payloads are answered, and the bot goes on serving', () => {
  const cases: [string, InteractionFactory][] = [
    ['a command with no data', broken(slashCommand('about'), (p) => delete p.data)],
    ['a command with neither member nor user', broken(slashCommand('about'), (p) => delete p.member)],
    ['a click with no message', broken(click({ component_type: ComponentType.Button }), (p) => delete p.message)],
    [
      'a message command whose target is not among the resolved data',
      broken(slashCommand('about'), (p) => {
        p.data = { id: '1', name: 'Search reports', type: ApplicationCommandType.Message, target_id: '2' };
      }),
    ],
  ];
  it.each(cases)('%s: a private note with a reference, and the next command is answered', async (_, factory) => {
    const message = await fake.dispatch(factory).settled();
    expect(isEphemeral(message)).toBe(true);
    const ref = /could not read this interaction \(ref `([0-9a-f]{8})`\)/.exec(message.content)?.[1];
    expect(ref).toBeDefined();
    const warning = log.entries().find((e) => e.ref === ref);
    expect(warning).toMatchObject({ msg: 'declined a malformed interaction', why: 'malformed' });
    await stillServing();
  });

  it('an autocomplete with no data gets no choices, at once', async () => {
    const ix = fake.dispatch(broken(autocomplete('search', {}, 'query'), (p) => delete p.data));
    const response = await ix.response();
    expect(response).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
    await stillServing();
  });

  it('a payload with no id or token cannot be answered: it is logged, and the bot goes on', async () => {
    const before = log.lines.length;
    const ix = fake.dispatch(broken(slashCommand('about'), (p) => (p.token = '')));
    await expect
      .poll(() =>
        log
          .entries()
          .slice(before)
          .some((e) => e.why === 'malformed'),
      )
      .toBe(true);
    expect(ix.callbacks).toEqual([]);
    await stillServing();
  });
});

describe('kinds the bot has nothing for get a polite private answer, not silence', () => {
  const cases: [string, InteractionFactory][] = [
    [
      'a modal submitted',
      broken(slashCommand('about'), (p) => {
        p.type = InteractionType.ModalSubmit;
        p.data = { custom_id: 'a-modal', components: [] };
      }),
    ],
    ['a user select menu', click({ component_type: ComponentType.UserSelect, values: [TEST_USER.id] })],
    ['a role select menu', click({ component_type: ComponentType.RoleSelect, values: [] })],
    ['a mentionable select menu', click({ component_type: ComponentType.MentionableSelect, values: [] })],
    ['a channel select menu', click({ component_type: ComponentType.ChannelSelect, values: [] })],
    ['a component type unknown to discord.js', click({ component_type: 99 })],
    [
      "a user's menu command",
      broken(slashCommand('about'), (p) => {
        const target = TEST_USER;
        const resolved = { users: { [target.id]: target } };
        p.data = { id: '1', name: 'Profile', type: ApplicationCommandType.User, target_id: target.id, resolved };
      }),
    ],
    [
      'an application command type unknown to discord.js',
      broken(slashCommand('about'), (p) => (p.data = { name: 'x', type: 99 })),
    ],
  ];
  it.each(cases)('%s', async (_, factory) => {
    const message = await fake.dispatch(factory).settled();
    expect(isEphemeral(message)).toBe(true);
    expect(message.content).toMatch(/does not handle this kind of interaction/);
    await stillServing();
  });
});
