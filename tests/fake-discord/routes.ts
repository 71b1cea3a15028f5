import type { FakeState, RecordedRequest } from './state.ts';
import type { Upload } from './uploads.ts';

/** What every route handler receives; handlers answer with a Reply or throw an ApiError. */
export interface RouteContext {
  state: FakeState;
  request: RecordedRequest;
  params: Record<string, string>;
  body: unknown;
  /** The files of a multipart request (see uploads.ts); none for JSON. */
  files: Upload[];
}

export interface Reply {
  status: number;
  body?: unknown;
}

export const noContent = (): Reply => ({ status: 204 });
export const json = (body: unknown): Reply => ({ status: 200, body });
