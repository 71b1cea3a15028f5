/**
 * What the gateway guard lets through to discord.js (gateway-guard.ts): every payload, whatever it is, gets a verdict
 * and never an exception; well-formed interactions of every kind discord.js reads pass; broken ones are named, with
 * what to answer when the payload says which interaction it is.
 */
import fc from 'fast-check';
import { ApplicationCommandType, ComponentType, InteractionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { triage } from '../src/bot/gateway-guard.ts';

const user = { id: '80351110224678912', username: 'tester' };
const command = {
  id: '1',
  token: 'tok',
  type: InteractionType.ApplicationCommand,
  member: { user },
  data: { id: '2', name: 'search', type: ApplicationCommandType.ChatInput },
};
const click = {
  ...command,
  type: InteractionType.MessageComponent,
  message: { id: '3' },
  data: { custom_id: 'p:1', component_type: ComponentType.Button },
};

describe('triage', () => {
  it('passes well-formed commands, clicks, autocomplete and modals, in a server or a DM', () => {
    expect(triage(command)).toEqual({ ok: true });
    expect(triage({ ...command, member: undefined, user })).toEqual({ ok: true });
    expect(triage(click)).toEqual({ ok: true });
    expect(triage({ ...command, type: InteractionType.ApplicationCommandAutocomplete })).toEqual({ ok: true });
    expect(triage({ ...command, type: InteractionType.ModalSubmit, data: { custom_id: 'm' } })).toEqual({ ok: true });
    const message = { id: '4', content: 'x' };
    const menu = { id: '2', name: 'Search reports', type: ApplicationCommandType.Message, target_id: '4' };
    expect(triage({ ...command, data: { ...menu, resolved: { messages: { 4: message } } } })).toEqual({ ok: true });
  });

  it.each([
    ['no data', { ...command, data: undefined }, 'data'],
    ['no user', { ...command, member: undefined }, 'neither member nor user'],
    ['a member with no user', { ...command, member: {} }, 'member.user'],
    ['a click with no message', { ...click, message: undefined }, 'a click with no message'],
    ['a click with no custom_id', { ...click, data: { component_type: 2 } }, 'data.custom_id'],
    ['a user id that is not a string', { ...command, member: { user: { id: 42 } } }, 'member.user.id'],
  ])('names %s as malformed, and says what to answer', (_, payload, problem) => {
    const verdict = triage(payload);
    expect(verdict).toMatchObject({ ok: false, why: 'malformed', answer: { id: '1', token: 'tok' } });
    expect(!verdict.ok && verdict.problem).toContain(problem);
  });

  it('names kinds discord.js drops as unsupported', () => {
    expect(triage({ ...command, type: 99 })).toMatchObject({ ok: false, why: 'unsupported' });
    expect(triage({ ...click, data: { custom_id: 'x', component_type: 99 } })).toMatchObject({ why: 'unsupported' });
    expect(triage({ ...command, data: { name: 'x', type: 99 } })).toMatchObject({ why: 'unsupported' });
  });

  it('a payload naming no interaction has nothing to answer', () => {
    for (const payload of [null, undefined, 'INTERACTION', 42, [], {}, { ...command, token: '' }]) {
      expect(triage(payload)).toMatchObject({ ok: false, why: 'malformed', answer: undefined });
    }
  });

  it('gives a verdict for any JSON value, huge, Unicode or hostile, and never throws', () => {
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.record({ ...Object.fromEntries(Object.keys(click).map((k) => [k, fc.jsonValue()])) }, { requiredKeys: [] }),
      fc.constant({ ...click, data: { ...click.data, custom_id: 'é🔥'.repeat(50_000) } }),
      fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "id": "1", "token": "t", "type": 2}') as unknown),
    );
    fc.assert(
      fc.property(hostile, (payload) => {
        const verdict = triage(payload);
        expect(typeof verdict.ok).toBe('boolean');
      }),
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
