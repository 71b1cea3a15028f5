/** "Related" on a report: the reports sharing its rare phrases or its place within hours, shown to whoever clicked. */
import { relatedReply } from '../research-replies.ts';
import type { Component } from './component.ts';

export default {
  run: ({ id }, _click, desk, publicUrl) => ({ reply: () => relatedReply(desk, id, publicUrl) }),
} satisfies Component<'related'>;
