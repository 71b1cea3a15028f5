/** "Open a full report…": the report picked, whole, shown to whoever picked it. */
import { openReportReply } from '../replies.ts';
import { UNKNOWN, type Component } from './component.ts';

export default {
  run(_action, click, desk, publicUrl) {
    const [id] = click.values;
    return id ? { reply: () => openReportReply(desk, id, 1, publicUrl) } : UNKNOWN;
  },
} satisfies Component<'open-report'>;
