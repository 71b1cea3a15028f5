/** The one list of buttons and menus, by the kind of their custom_id. A new kind is a file and a line here. */
import type { Desk } from '../../desk.ts';
import { parseCustomId } from '../../render/custom-id.ts';
import { UNKNOWN, type Action, type Click, type ClickAnswer, type Component, type Kind } from './component.ts';
import date from './date.ts';
import exportCsv from './export.ts';
import fullReport from './full-report.ts';
import openReport from './open-report.ts';
import related from './related.ts';
import reportPage from './report-page.ts';
import searchPageHashed from './search-page-hashed.ts';
import searchPage from './search-page.ts';

const COMPONENTS: { [K in Kind]: Component<K> } = {
  'search-page': searchPage,
  'search-page-hashed': searchPageHashed,
  'report-page': reportPage,
  'open-report': openReport,
  'full-report': fullReport,
  date,
  related,
  export: exportCsv,
};

const answerTo = <K extends Kind>(action: Action<K>, click: Click, desk: Desk, publicUrl?: string): ClickAnswer =>
  COMPONENTS[action.kind].run(action, click, desk, publicUrl);

/** What a click answers; a custom_id this bot did not make (or no longer reads) is told so. */
export function clickAnswer(click: Click, desk: Desk, publicUrl?: string): ClickAnswer {
  const action = parseCustomId(click.customId);
  return action ? answerTo(action, click, desk, publicUrl) : UNKNOWN;
}
