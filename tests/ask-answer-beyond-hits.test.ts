/**
 * An answer from a report ranked below every hit (issue 11). `/ask` reads, beside the best-ranked reports, those found
 * by the question's rarest words and those of the day it names (candidateReports); in a corpus the size of the War
 * Diary such a report may rank below the hundred hits searched, and the desk once looked its answer's report up among
 * them and threw. Here 150 reports saying the question's words more often than the answering one push it below them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Desk } from '../src/desk.ts';
import { openDesk } from '../src/open.ts';
import { generateRows } from '../scripts/wardiary/generate.ts';
import { COL } from '../src/corpus/wardiary-columns.ts';
import { writeMashupCsv } from './fixtures/mashup.ts';

let dir: string;
let desk: Desk;

/** Reports of another day telling transfers to Bagram in the question's own words, and no count. */
function fillerRows(): string[][] {
  return [...generateRows(150, 7)].map((row, i) => {
    row[COL.ReportKey] = `FILLER-${i}`;
    row[COL.DateOccurred] = '2008-01-01 10:00:00';
    row[COL.Title] = 'DETAINEE TRANSFER TO BAGRAM';
    row[COL.Summary] = 'Detainees got to Bagram. The detainees were transferred to Bagram by TF 373.';
    return row;
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'beyond-hits-'));
  const mashup = path.join(dir, 'mashup.csv');
  const fillers = path.join(dir, 'fillers.csv');
  await Promise.all([writeMashupCsv(mashup), writeFile(fillers, stringify(fillerRows()))]);
  ({ desk } = await openDesk({ corpus: [mashup, fillers], cache: false, allowRejects: true }));
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an answer from a report of the day named, ranked below every hit', () => {
  it('is quoted with its report first among the results', async () => {
    const asked = await desk.ask('how many detainees got to bagram on 12 july 2007');
    if (!asked.ok) throw new Error('refused');
    expect(asked.answer?.text).toContain('3x Detainees were transfered to Bagram');
    expect(asked.results[0]!.report.id).toBe(asked.answer!.report.id);
    expect(asked.results.slice(1).map((h) => h.report.id)).not.toContain(asked.answer!.report.id);
  });
});
