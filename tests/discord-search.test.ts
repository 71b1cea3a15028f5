/**
 * Searches, answers and dates as Discord shows them (pure rendering over the
 * real desk and the shipped corpus): a typo read as a near word says so, filters that
 * hide every match say how many match without them, an unknown filter value
 * is an error naming the nearest values, nearest dates carry their side.
 */
import type { APIButtonComponentWithCustomId } from 'discord-api-types/v10';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchReply } from '../src/bot/replies.ts';
import type { Desk, SearchRequest } from '../src/desk.ts';
import { openDesk } from '../src/open.ts';
import { deskErrorText } from '../src/render/errors.ts';
import { renderAnswer, renderReportResults, renderSearchPage } from '../src/render/discord.ts';

let desk: Desk;
beforeAll(async () => {
  ({ desk } = await openDesk({ cache: false }));
});

async function page(request: SearchRequest) {
  const outcome = await desk.search({ ...request, limit: 5 });
  if (!outcome.ok) throw new Error(deskErrorText(outcome.error));
  return renderSearchPage(outcome, { ...request, sort: undefined, page: 1, owner: '1' });
}

describe('search in Discord', () => {
  it('a corrected typo: the embed says which results it shows and which word no report has', async () => {
    const reply = await page({ query: 'Kandahr' });
    expect(reply.embeds![0]!.description).toBe('Showing results for **kandahar** (no report has “Kandahr”).');
  });

  it('no typo, no line', async () => {
    expect((await page({ query: 'Kandahar' })).embeds![0]!.description).toBeUndefined();
  });

  it('filters that hide every match: how many match without them, and no "did you mean" word', async () => {
    const reply = await page({ query: 'C4', from: '2008' });
    expect(reply.content).toBe(
      'No reports match “C4” (from 2008).\n1 report matches without the filters: widen or drop them.',
    );
  });

  it('an unknown filter value: a private error naming the nearest values', async () => {
    const reply = await searchReply(desk, { query: 'C4', type: 'thret', page: 1, owner: '1' });
    expect(reply).toEqual({
      content: expect.stringMatching(
        /^No report has the type "thret"\. The nearest type values: "threat report" \(2\)/,
      ),
      ephemeral: true,
    });
  });

  it('filters alone: the title names them', async () => {
    expect((await page({ query: '', type: 'threat' })).embeds![0]!.title).toBe('Search: type "threat"');
  });
});

describe('answers in Discord', () => {
  it('a misspelt word of a question: the reply says how it read it, above the answer', async () => {
    const outcome = await desk.ask('Where did Hekmatyer go?');
    if (!outcome.ok) throw new Error(deskErrorText(outcome.error));
    const reply = renderAnswer(outcome);
    expect(reply.content).toBe('Answering **Where did hekmatyar go?** (no report has “Hekmatyer”).');
    // Where he went, marked: not "Helmand", where Dr Amin stayed (another verb's place).
    expect(reply.embeds![0]!.description).toContain('Hekmatyar went to **Konar**');
  });

  it('no typo, no line', async () => {
    const outcome = await desk.ask('Where did Hekmatyar go?');
    if (!outcome.ok) throw new Error(deskErrorText(outcome.error));
    expect(renderAnswer(outcome).content).toBeUndefined();
  });
});

describe('nearest dates in Discord', () => {
  it('label the report before ◀ and the one after ▶', async () => {
    const outcome = await desk.report('2007-06');
    if (!outcome.ok) throw new Error(deskErrorText(outcome.error));
    const labels = renderReportResults(outcome, '1')
      .components!.flatMap((row) => row.components)
      .map((c) => (c as APIButtonComponentWithCustomId).label);
    expect(labels).toEqual(['◀ 2007-04-22', '2007-12-30 ▶']);
  });
});
