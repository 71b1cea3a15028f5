/**
 * What a button or menu module is: for one kind of custom_id (see
 * render/custom-id.ts, where the renderers make them), what a click answers.
 * Like commands, no discord.js: the click comes as plain data.
 */
import type { Desk } from '../../desk.ts';
import type { ButtonAction } from '../../render/custom-id.ts';
import { renderError, type Reply } from '../../render/discord.ts';

export type Kind = ButtonAction['kind'];
export type Action<K extends Kind = Kind> = { [P in K]: Extract<ButtonAction, { kind: P }> }[K];

export interface Click {
  customId: string;
  /** What a select menu's user picked. */
  values: string[];
  userId: string;
  /** Footer of the message's first embed, where long searches keep their words. */
  footer?: string;
}

type Work = () => Reply | Promise<Reply>;
/** What a click answers: a new page of the message it is on, or a reply of its own, seen by the clicker alone. */
export type ClickAnswer = { update: Work } | { reply: Work };

export interface Component<K extends Kind> {
  /** `publicUrl` (PUBLIC_URL): where the report pages are, for the replies' link buttons. */
  run(action: Action<K>, click: Click, desk: Desk, publicUrl?: string): ClickAnswer;
}

export const NOT_YOURS: ClickAnswer = {
  reply: () => renderError('Only the person who ran this command can turn its pages. Run it yourself to get your own.'),
};
export const UNKNOWN: ClickAnswer = {
  reply: () => renderError('This button is not one of mine, or it has expired. Run the command again.'),
};
