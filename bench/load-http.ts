/**
 * bench:load in HTTP mode: two instances of the bot as `npm start` runs them
 * (INTERACTIONS_MODE=http, each its own process with the desk on its thread,
 * from the saved index) behind nginx from Debian's packages, round robin, and
 * the strict fake Discord (in bench/load-fake.ts's child process) POSTing
 * signed interactions to nginx at `--rate` a second. The answers that follow
 * an acknowledgement go to the fake's webhook routes. Each instance's RSS is
 * that of its whole process tree (the desk's thread is inside the process),
 * read from /proc: at rest once open and idle, at its peak under load, and at
 * rest again after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_DIR } from './data.ts';

const MB = 2 ** 20;
/** How long an instance is left idle before its RSS "at rest" is read: the desk's thread finishes opening. */
export const REST_MS = 10_000;

/** VmRSS of a process and every process below it, from /proc (bytes); 0 once it is gone. */
export async function treeRss(pid: number): Promise<number> {
  let total = 0;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
    for (const task of await readdir(`/proc/${pid}/task`)) {
      const children = (await readFile(`/proc/${pid}/task/${task}/children`, 'utf8')).trim();
      for (const child of children ? children.split(/\s+/) : []) total += await treeRss(Number(child));
    }
  } catch {
    // The process (or a child) ended while being read.
  }
  return total;
}

export interface Instance {
  name: string;
  child: ChildProcess;
  port: number;
  errors: number;
  warnings: number;
  rss: { restMB: number; peakMB: number; endMB: number; restAfterMB: number };
}

/** Where an instance reaches Discord, and what it serves: the corpus in memory, or the report database both share. */
export type InstanceSettings = { apiBase: string; publicKeyHex: string } & (
  { csv: string; cacheDir: string } | { database: string }
);

/** Builds the bot as `npm start` does before it runs it (dist/, plain JavaScript): once, before the instances start. */
export async function buildBot() {
  const build = spawn('npm', ['run', 'build', '--silent'], { cwd: REPO_DIR, stdio: 'inherit' });
  const [code] = (await once(build, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`npm run build exited with ${code}`);
}

/** Starts one built instance as `npm start` does, in HTTP mode on a free port; resolves once it serves interactions. */
export async function startInstance(name: string, settings: InstanceSettings, say: (line: string) => void) {
  const child = spawn(path.join(REPO_DIR, 'bin/start-bot.sh'), {
    cwd: REPO_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      INTERACTIONS_MODE: 'http',
      DISCORD_PUBLIC_KEY: settings.publicKeyHex,
      DISCORD_API_BASE: settings.apiBase,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...('database' in settings
        ? { REPORT_DATABASE_URL: settings.database }
        : { REPORT_CORPUS: settings.csv, INDEX_CACHE_DIR: settings.cacheDir, ALLOW_REJECTS: 'true' }),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const instance: Instance = {
    name,
    child,
    port: 0,
    errors: 0,
    warnings: 0,
    rss: { restMB: 0, peakMB: 0, endMB: 0, restAfterMB: 0 },
  };
  let buffered = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const entry = JSON.parse(line) as { level: number; msg: string; url?: string };
        if (entry.level >= 50) instance.errors++;
        else if (entry.level >= 40) instance.warnings++;
        if (entry.level >= 40 && instance.errors + instance.warnings <= 5) say(`  ${name} log: ${line}`);
        if (entry.url) instance.port = Number(new URL(entry.url).port);
        if (entry.msg.startsWith('ready for HTTP interactions')) resolve();
      }
    });
  });
  await ready;
  return instance;
}

export async function stopInstance(instance: Instance) {
  if (instance.child.exitCode !== null) return;
  const exited = once(instance.child, 'exit');
  instance.child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
  if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const NGINX = '/usr/sbin/nginx';

/** nginx in the foreground, round robin over the instances, its files in a temporary folder of its own. */
export async function startProxy(ports: number[]) {
  if (!existsSync(NGINX)) {
    throw new Error('bench:load --mode http needs nginx from Debian: apt-get install -y nginx-light (as root)');
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'report-desk-nginx-'));
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${path.join(dir, kind)};`)
    .join('\n');
  const conf = `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
${temp}
  upstream bots {
${ports.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://bots;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_read_timeout 10s;
    }
  }
}
`;
  await writeFile(path.join(dir, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // Ready once it answers: /healthz through it is one instance's health.
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}); see ${dir}/error.log`);
    const answered = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (answered) break;
    if (tries > 100) throw new Error('nginx did not answer within 10 s');
    await sleep(100);
  }
  return {
    url: `http://127.0.0.1:${port}/interactions`,
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGQUIT');
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The application's key pair: the public key (hex) for the instances, the private one (PEM) for the fake. */
export function applicationKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
  return { publicKeyHex, privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}

/** Samples each instance's RSS every 250 ms while the load runs; returns a stop function. */
export function sampleRss(instances: Instance[]) {
  const timer = setInterval(() => {
    for (const instance of instances) {
      void treeRss(instance.child.pid!).then((bytes) => {
        instance.rss.peakMB = Math.max(instance.rss.peakMB, Math.round(bytes / MB));
      });
    }
  }, 250);
  return () => clearInterval(timer);
}

export const rssMB = async (instance: Instance) => Math.round((await treeRss(instance.child.pid!)) / MB);
