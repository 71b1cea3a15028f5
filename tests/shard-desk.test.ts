/**
 * The desk across processes (shard-desk.ts): a shard's desk answers what the manager's desk answers, through JSON as
 * the IPC channel carries it; an error comes back with its message; a channel that is gone fails the call.
 */
import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it } from 'vitest';
import { remoteDesk, serveDesk, type Channel } from '../src/bot/shard-desk.ts';
import type { Desk } from '../src/desk.ts';
import { openDesk } from '../src/open.ts';

/** Two ends of a channel that carries messages as process IPC does: serialized as JSON. */
function pipe(): [Channel, Channel] {
  const [a, b] = [new EventEmitter(), new EventEmitter()];
  const end = (self: EventEmitter, other: EventEmitter): Channel => ({
    on: (event, listener) => self.on(event, listener),
    send: (message) => setImmediate(() => other.emit('message', JSON.parse(JSON.stringify(message)))),
  });
  return [end(a, b), end(b, a)];
}

let desk: Desk;
let remote: Desk;

beforeAll(async () => {
  desk = (await openDesk({ cache: false })).desk;
  const [manager, shard] = pipe();
  serveDesk(desk, manager);
  remote = remoteDesk(shard);
});

describe("a shard's desk", () => {
  it('answers every method as the desk does', async () => {
    expect(await remote.search({ query: 'Iranian C4', limit: 3 })).toEqual(
      JSON.parse(JSON.stringify(await desk.search({ query: 'Iranian C4', limit: 3 }))),
    );
    // An optional argument left out stays out (JSON would make it null).
    expect(await remote.report('2007-12-30')).toEqual(JSON.parse(JSON.stringify(await desk.report('2007-12-30'))));
    expect(await remote.ask('Who supplied the C4?')).toEqual(
      JSON.parse(JSON.stringify(await desk.ask('Who supplied the C4?'))),
    );
    expect(await remote.stats()).toEqual(JSON.parse(JSON.stringify(await desk.stats())));
    const request = { field: 'date', typed: '2007' } as const;
    expect(await remote.complete(request)).toEqual(await desk.complete(request));
  });

  it('many calls at once each get their own answer', async () => {
    const queries = ['Iranian', 'C4', 'Herat', 'Korea', 'weapons'];
    const answers = await Promise.all(queries.map((query) => remote.search({ query, limit: 1 })));
    const expected = await Promise.all(queries.map((query) => desk.search({ query, limit: 1 })));
    expect(answers).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('a desk that throws: the call fails with its message', async () => {
    const [manager, shard] = pipe();
    serveDesk({ ...desk, ask: () => Promise.reject(new TypeError('the desk broke')) }, manager);
    await expect(remoteDesk(shard).ask('anything')).rejects.toMatchObject({
      name: 'TypeError',
      message: 'the desk broke',
    });
  });

  it('a manager that is gone: the call fails at once', async () => {
    const gone: Channel = {
      on: () => undefined,
      send: () => {
        throw new Error('the manager is gone');
      },
    };
    await expect(remoteDesk(gone).stats()).rejects.toThrow('the manager is gone');
  });

  it('messages that are not desk calls are left alone', async () => {
    const [manager, shard] = pipe();
    serveDesk(desk, manager);
    shard.send({ _ready: true } as never);
    shard.send({ deskCall: 1, method: 'constructor', args: [] } as never);
    expect(await remoteDesk(shard).stats()).toEqual(JSON.parse(JSON.stringify(await desk.stats())));
  });
});
