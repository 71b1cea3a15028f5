/** ◀ ▶ on the reports of a date: another page of them, for the person who ran /report. */
import { reportReply } from '../replies.ts';
import { NOT_YOURS, type Component } from './component.ts';

export default {
  run: ({ input, page, owner }, click, desk, publicUrl) =>
    owner === click.userId ? { update: () => reportReply(desk, input, owner, page, publicUrl) } : NOT_YOURS,
} satisfies Component<'report-page'>;
