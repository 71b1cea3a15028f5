/** A desk outcome with its error in the words users read (see src/render/errors.ts), to assert on the wording. */
import type { Outcome } from '../src/desk.ts';
import { deskErrorText } from '../src/render/errors.ts';

export const worded = <T>(outcome: Outcome<T>) =>
  outcome.ok
    ? outcome
    : { ok: false as const, error: { code: outcome.error.code, message: deskErrorText(outcome.error) } };
