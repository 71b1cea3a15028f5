/** The nearest dated reports' buttons, when a date has none: the reports of that date, shown to whoever clicked. */
import { reportReply } from '../replies.ts';
import type { Component } from './component.ts';

export default {
  run: ({ date }, click, desk, publicUrl) => ({
    reply: async () => ({ ...(await reportReply(desk, date, click.userId, 1, publicUrl)), ephemeral: true }),
  }),
} satisfies Component<'date'>;
