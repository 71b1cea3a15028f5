import type { FakeState, RecordedRequest } from './state.ts';

/** What every route handler receives; handlers answer with a Reply or throw an ApiError. */
export interface RouteContext {
  state: FakeState;
  request: RecordedRequest;
  params: Record<string, string>;
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
}

export const noContent = (): Reply => ({ status: 204 });
export const json = (body: unknown): Reply => ({ status: 200, body });
