/** ◀ ▶ on a full report: its next page. It was shown privately to whoever opened it, so whoever sees it may page it. */
import { openReportReply } from '../replies.ts';
import type { Component } from './component.ts';

export default {
  run: ({ id, page }, _click, desk, publicUrl) => ({ update: () => openReportReply(desk, id, page, publicUrl) }),
} satisfies Component<'full-report'>;
