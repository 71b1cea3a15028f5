/**
 * The research replies over the real desk (the shipped corpus): an export cut
 * at the attachment limit keeps whole rows and says how to get the rest, with
 * the search's words and filters quoted safely for a shell.
 */
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReply } from '../src/bot/research-replies.ts';
import type { Desk } from '../src/desk.ts';
import { openDesk } from '../src/open.ts';
import { exportCommand } from '../src/render/export-rows.ts';

let desk: Desk;
beforeAll(async () => {
  ({ desk } = await openDesk({ cache: false }));
});

describe('Export CSV in Discord', () => {
  it('attaches every match when they fit', async () => {
    const reply = await exportReply(desk, { query: 'Iran' });
    const rows = parse(reply.files![0]!.data, { columns: true });
    const total = await desk.search({ query: 'Iran', limit: 1 });
    expect(rows).toHaveLength(total.ok ? total.total : -1);
    expect(reply.content).toMatch(/^Every matching report/);
  });

  it('cuts at the limit between rows, and names the command that exports them all', async () => {
    const reply = await exportReply(desk, { query: 'Iran', type: 'threat' }, 1500);
    const data = reply.files![0]!.data;
    expect(data.length).toBeLessThanOrEqual(1500);
    const rows = parse(data, { columns: true });
    expect(rows.length).toBeGreaterThan(0);
    expect(reply.content).toMatch(/^The first \d+ of \d+ matching reports: Discord takes files up to 10 MiB/);
    expect(reply.content).toContain('`npx report-bot export Iran --type threat --format csv > export.csv`');
  });

  it('says so, with no file, when nothing matches or the search is refused', async () => {
    expect(await exportReply(desk, { query: 'zzzzqqq' })).toMatchObject({
      ephemeral: true,
      content: /nothing to export/,
    });
    expect(await exportReply(desk, { query: 'Iran', sort: 'size' })).toMatchObject({ ephemeral: true });
  });
});

describe('exportCommand', () => {
  it('quotes hostile words and filters so a shell reads them back as given', () => {
    const query = `it's "$(rm -rf ~)" \`x\` ; & | 🇮🇷`;
    const command = exportCommand(query, { region: "RC 'SOUTH'" });
    const words = execFileSync('sh', [
      '-c',
      `printf '%s\\n' ${command.replace(/^npx report-bot export /, '').replace(/ --format csv > export\.csv$/, '')}`,
    ]);
    expect(words.toString().split('\n').slice(0, 3)).toEqual([query, '--region', "RC 'SOUTH'"]);
  });
});
