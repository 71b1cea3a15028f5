/**
 * The other side of bench/load.ts, in a child process of its own: the strict
 * fake Discord (tests/fake-discord) and the driver that sends it interactions
 * at a steady rate, so neither competes with the bot's event loop. Talks to
 * the parent over IPC:
 *
 *   child → parent  { type: 'started', apiBase, applicationId }
 *   parent → child  { type: 'go', plan }          once the bot is logged in (gateway) or listening (plan.http)
 *   child → parent  { type: 'progress', … }      every 10 s
 *   child → parent  { type: 'result', result }   when every interaction is answered or past hope
 */
import { createPrivateKey } from 'node:crypto';
import { ComponentType, InteractionResponseType, type APIMessage } from 'discord.js';
import {
  autocomplete,
  buttonClick,
  makeUser,
  slashCommand,
  startFakeDiscord,
  type FakeDiscord,
  type InteractionFactory,
  type InteractionHandle,
} from '../tests/fake-discord/index.ts';
import { TOKEN, type FakeResult, type KindStats, type LoadKind, type LoadPlan } from './load-shared.ts';
import { latencyOf } from './results.ts';

const DEADLINE_MS = 3000;
const DRAIN_MAX_MS = 20_000;

const COMMON = [
  'IED',
  'Kandahar',
  'TB',
  'TIC',
  'ANP',
  'IED Kandahar',
  'Helmand',
  'troops in contact',
  'Taliban',
  'medevac',
  'ambush',
  'rocket',
];
const RARE = [
  'Zangabad',
  'COP Keating',
  'MOSHTARAK',
  'NAZGUL',
  'FENNEK',
  'hashish',
  'night letters',
  'spider device',
  'Mirwais',
  'Korengal',
  'Chelgazi',
  'Jelawur',
  'kandahr',
  'improvized',
];
const DATED: [string, string, string][] = [
  ['IED', '2008-01', '2008-03'],
  ['Kandahar', '2009-06', '2009-08'],
  ['ambush', '2007', '2007'],
  ['cache', '2005', '2006'],
];
const TYPED_QUERY = ['kandah', 'ie', 'tal', 'pan', 'IED kand', 'suic', 'medev', 'troops in c'];
const TYPED_DATE = ['2008-0', '', '2009', '2009-1', '2007-06-1', '20'];
const TYPED_CATEGORY = ['ied', '', 'fire', 'escal'];
const QUESTIONS = [
  'who attacked the convoy in Kandahar?',
  'where did the suicide bomber attack?',
  'what weapons were in the cache?',
  'who was killed by the IED?',
];

/** The share of each kind in the traffic. */
const WEIGHTS: [LoadKind, number][] = [
  ['search-common', 20],
  ['search-rare', 12],
  ['search-dated', 5],
  ['page', 15],
  ['autocomplete', 28],
  ['report-date', 8],
  ['report-key', 5],
  ['ask', 7],
];

/** mulberry32: a small seeded generator, so every run sends the same traffic. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sent {
  kind: LoadKind;
  handle: InteractionHandle;
  scheduledAt: number;
}

interface Pageable {
  handle: InteractionHandle;
  user: ReturnType<typeof makeUser>;
  clicks: number;
}

const send = (message: unknown) => process.send?.(message);

async function main() {
  const fake = await startFakeDiscord({
    token: TOKEN,
    guilds: [{ id: '100000000000000001', name: 'Load' }],
    ackDeadlineMs: DEADLINE_MS,
  });
  send({ type: 'started', apiBase: fake.apiBase, applicationId: fake.applicationId });
  const plan = await new Promise<LoadPlan>((resolve) =>
    process.on('message', (m: { type: string; plan: LoadPlan }) => m.type === 'go' && resolve(m.plan)),
  );
  if (!plan.http) await fake.waitForReady(30_000);
  const result = await drive(fake, plan);
  send({ type: 'result', result });
  // The parent stops the bot, then ends this process.
}

async function drive(fake: FakeDiscord, plan: LoadPlan): Promise<FakeResult> {
  const random = rng(plan.seed);
  // HTTP mode: signed POSTs to the endpoint (a proxy in front of the instances), as Discord sends them.
  const endpoint = plan.http && { url: plan.http.url, privateKey: createPrivateKey(plan.http.privateKeyPem) };
  const sendOne = (factory: InteractionFactory) =>
    endpoint ? fake.deliver(factory, endpoint) : fake.dispatch(factory);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const total = WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const kindOf = () => {
    let x = random() * total;
    for (const [k, w] of WEIGHTS) if ((x -= w) < 0) return k;
    return WEIGHTS[0]![0];
  };
  const users = Array.from({ length: plan.users }, (_, i) => makeUser(`load-user-${i}`));
  let nextUser = 0;
  const user = () => users[nextUser++ % users.length]!;

  const sent: Sent[] = [];
  /** Searches whose reply has a Next button, with who may click it. */
  const pageable: Pageable[] = [];
  const pending: { handle: InteractionHandle; user: Pageable['user'] }[] = [];
  let pageFallbacks = 0;

  const nextButton = (message: APIMessage) => {
    const walk = (list: unknown[]): { type: number; label?: string; custom_id?: string; disabled?: boolean }[] =>
      (list as { type: number; components?: unknown[] }[]).flatMap((c) => [c, ...walk(c.components ?? [])]);
    return walk(message.components ?? []).find(
      (c) => c.type === ComponentType.Button && c.label?.includes('Next') && !c.disabled && c.custom_id,
    );
  };

  /** Moves searches that have been answered onto the list of pageable replies. */
  const promote = () => {
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i]!;
      // Not answered yet: skip it cheaply (finalMessage would throw, and an Error's stack costs, thousands a second).
      if (!accepted(p.handle)) {
        if (Date.now() - p.handle.dispatchedAt > DRAIN_MAX_MS) pending.splice(i, 1);
        continue;
      }
      let message: APIMessage;
      try {
        message = p.handle.finalMessage();
      } catch {
        if (Date.now() - p.handle.dispatchedAt > DRAIN_MAX_MS) pending.splice(i, 1);
        continue;
      }
      pending.splice(i, 1);
      if (nextButton(message)) pageable.push({ handle: p.handle, user: p.user, clicks: 0 });
    }
    while (pageable.length > 200) pageable.shift();
  };

  const factoryFor = (kind: LoadKind): { kind: LoadKind; factory: InteractionFactory; owner?: Pageable['user'] } => {
    switch (kind) {
      case 'search-common':
      case 'search-rare': {
        const u = user();
        return {
          kind,
          factory: slashCommand('search', { query: pick(kind === 'search-common' ? COMMON : RARE) }, { user: u }),
          owner: u,
        };
      }
      case 'search-dated': {
        const u = user();
        const [query, from, to] = pick(DATED);
        return { kind, factory: slashCommand('search', { query, from, to }, { user: u }), owner: u };
      }
      case 'page': {
        promote();
        while (pageable.length) {
          const p = pageable[Math.floor(random() * pageable.length)]!;
          const button = nextButton(p.handle.finalMessage());
          if (!button || p.clicks >= 4) {
            pageable.splice(pageable.indexOf(p), 1);
            continue;
          }
          p.clicks++;
          return { kind, factory: buttonClick(button.custom_id!, { user: p.user, message: p.handle.finalMessage() }) };
        }
        pageFallbacks++;
        return factoryFor('search-common');
      }
      case 'autocomplete': {
        const which = random();
        if (which < 0.5)
          return { kind, factory: autocomplete('search', { query: pick(TYPED_QUERY) }, 'query', { user: user() }) };
        if (which < 0.8)
          return { kind, factory: autocomplete('report', { date: pick(TYPED_DATE) }, 'date', { user: user() }) };
        return {
          kind,
          factory: autocomplete('search', { query: 'IED', category: pick(TYPED_CATEGORY) }, 'category', {
            user: user(),
          }),
        };
      }
      case 'report-date':
        return { kind, factory: slashCommand('report', { date: pick(plan.days) }, { user: user() }) };
      case 'report-key':
        return { kind, factory: slashCommand('report', { date: pick(plan.keys) }, { user: user() }) };
      case 'ask':
        return { kind, factory: slashCommand('ask', { question: pick(QUESTIONS) }, { user: user() }) };
    }
  };

  const count = Math.round(plan.rate * plan.seconds);
  const interval = 1000 / plan.rate;
  const started = Date.now();
  let lastProgress = started;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = Date.now();
      // Catch up when a timer fires late: the schedule, not the timer, sets the rate.
      while (sent.length < count && started + sent.length * interval <= now) {
        const scheduledAt = started + sent.length * interval;
        const { kind, factory, owner } = factoryFor(kindOf());
        const handle = sendOne(factory);
        sent.push({ kind, handle, scheduledAt });
        if (owner && kind.startsWith('search')) pending.push({ handle, user: owner });
      }
      if (now - lastProgress >= 10_000) {
        lastProgress = now;
        send({ type: 'progress', dispatched: sent.length, answered: sent.filter((s) => accepted(s.handle)).length });
      }
      if (sent.length >= count) resolve();
      else setTimeout(tick, Math.max(1, Math.min(interval, started + sent.length * interval - Date.now())));
    };
    tick();
  });
  const durationMs = Date.now() - started;

  // Drain: wait until every interaction is acknowledged and every deferred reply is completed, or the drain time is up.
  const drainStart = Date.now();
  while (Date.now() - drainStart < DRAIN_MAX_MS) {
    const open = sent.some((s) => {
      const ack = accepted(s.handle);
      if (!ack) return Date.now() - s.handle.dispatchedAt <= DEADLINE_MS + 500;
      return isDeferred(ack) && completedAt(s.handle) === undefined;
    });
    if (!open) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const drainMs = Date.now() - drainStart;

  const statsOf = (list: Sent[]): KindStats => {
    const acks: number[] = [];
    const completes: number[] = [];
    let answered = 0;
    let missed = 0;
    let deferred = 0;
    for (const s of list) {
      const ack = accepted(s.handle);
      const late = s.handle.callbacks.some((c) => c.errorCode === 10062);
      if (ack) {
        answered++;
        const ms = ack.receivedAt - s.handle.dispatchedAt;
        acks.push(ms);
        if (ms > DEADLINE_MS) missed++;
        else if (late) missed++;
        if (isDeferred(ack)) deferred++;
        const done = isDeferred(ack) ? completedAt(s.handle) : ack.receivedAt;
        if (done !== undefined) completes.push(done - s.handle.dispatchedAt);
      } else missed++;
    }
    return {
      dispatched: list.length,
      answered,
      missedDeadline: missed,
      deferred,
      ack: latencyOf(acks),
      complete: latencyOf(completes),
    };
  };

  const byKind = Object.fromEntries(WEIGHTS.map(([k]) => [k, statsOf(sent.filter((s) => s.kind === k))])) as Record<
    LoadKind,
    KindStats
  >;
  const errorCodes: Record<string, number> = {};
  let rejectedRequests = 0;
  for (const s of sent) {
    for (const r of s.handle.requests) {
      if ((r.status ?? 0) < 400) continue;
      rejectedRequests++;
      const code = String(r.errorCode ?? r.status);
      errorCodes[code] = (errorCodes[code] ?? 0) + 1;
    }
  }
  return {
    ...statsOf(sent),
    rejectedRequests,
    errorCodes,
    dispatchLagMs: latencyOf(sent.map((s) => s.handle.dispatchedAt - s.scheduledAt)),
    byKind,
    pageFallbacks,
    durationMs,
    drainMs,
  };
}

const ok = (r: { status?: number }) => (r.status ?? 0) > 0 && (r.status ?? 0) < 400;

function accepted(handle: InteractionHandle) {
  return handle.callbacks.find(ok);
}

function isDeferred(ack: { body: unknown }) {
  const type = (ack.body as { type?: number } | undefined)?.type;
  return (
    type === InteractionResponseType.DeferredChannelMessageWithSource ||
    type === InteractionResponseType.DeferredMessageUpdate
  );
}

/** When a deferred reply was filled in: the first accepted edit of @original or follow-up. */
function completedAt(handle: InteractionHandle): number | undefined {
  return handle.messages.find((r) => ok(r) && (r.method === 'PATCH' || r.method === 'POST'))?.receivedAt;
}

process.on('disconnect', () => process.exit(0));
main().catch((error: unknown) => {
  send({ type: 'error', error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
  process.exit(1);
});
