/**
 * The desk across processes: shards (shard.ts) hold no desk of their own; each
 * desk call goes to the manager (shards.ts) over the shard's IPC channel, and
 * comes back as the desk's outcome, or the error it threw with its stack. One
 * desk in memory serves every shard. The channel is JSON: arguments and
 * outcomes are plain data (the same ones the desk's thread takes and gives).
 */
import type { Desk } from '../desk.ts';
import { crossed, DESK_CALLS, uncrossed, type CrossedError } from './desk-protocol.ts';

type Method = keyof Desk;

export type ShardCall<M extends Method = Method> = {
  [K in M]: { deskCall: number; method: K; args: Parameters<Desk[K]> };
}[M];
export type ShardAnswer = { deskAnswer: number; value: unknown } | { deskAnswer: number; error: CrossedError };

const isCall = (message: unknown): message is ShardCall =>
  typeof message === 'object' &&
  message !== null &&
  typeof (message as ShardCall).deskCall === 'number' &&
  Object.hasOwn(DESK_CALLS, (message as ShardCall).method) &&
  Array.isArray((message as ShardCall).args);

const isAnswer = (message: unknown): message is ShardAnswer =>
  typeof message === 'object' && message !== null && typeof (message as ShardAnswer).deskAnswer === 'number';

/** Where messages come from and go: a shard as the manager sees it, or the shard's own process. */
export interface Channel {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  send(message: ShardCall | ShardAnswer): unknown;
}

/** The manager's side: answers the desk calls a shard sends. */
export function serveDesk(desk: Desk, shard: Channel): void {
  shard.on('message', (message) => {
    if (!isCall(message)) return;
    const run = DESK_CALLS[message.method] as (desk: Desk, args: unknown[]) => Promise<unknown>;
    Promise.resolve()
      .then(() => run(desk, message.args))
      .then(
        (value) => shard.send({ deskAnswer: message.deskCall, value }),
        (error: unknown) => shard.send({ deskAnswer: message.deskCall, error: crossed(error) }),
      )
      // The shard went away meanwhile: no one is waiting for the answer.
      .catch(() => {});
  });
}

/** The shard's side: a Desk whose every call is answered by the manager. */
export function remoteDesk(manager: Channel): Desk {
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let next = 0;
  manager.on('message', (message) => {
    if (!isAnswer(message)) return;
    const call = pending.get(message.deskAnswer);
    pending.delete(message.deskAnswer);
    if (!call) return;
    if ('error' in message) call.reject(uncrossed(message.error));
    else call.resolve(message.value as never);
  });
  const call =
    <M extends Method>(method: M) =>
    (...args: Parameters<Desk[M]>): ReturnType<Desk[M]> => {
      // JSON would turn a trailing `undefined` into null, which an optional parameter does not take.
      while (args.length && args.at(-1) === undefined) args.pop();
      const deskCall = next++;
      return new Promise((resolve, reject) => {
        pending.set(deskCall, { resolve, reject });
        try {
          manager.send({ deskCall, method, args } as ShardCall);
        } catch (error) {
          pending.delete(deskCall);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }) as ReturnType<Desk[M]>;
    };
  return {
    search: call('search'),
    report: call('report'),
    ask: call('ask'),
    stats: call('stats'),
    complete: call('complete'),
    timeline: call('timeline'),
    places: call('places'),
    related: call('related'),
    random: call('random'),
    marks: call('marks'),
    export: call('export'),
  };
}
