import { EventEmitter } from 'node:events';

/** One emitter per fake: every state change pings it, and waiters re-check their condition. */
export class Changes extends EventEmitter {
  constructor() {
    super();
    this.setMaxListeners(0);
  }

  notify(): void {
    this.emit('change');
  }
}

/**
 * Resolves with the first non-undefined value of `probe`, re-evaluated on every change.
 * `probe` may throw to reject (e.g. the awaited outcome became impossible).
 */
export function waitFor<T>(
  changes: Changes,
  probe: () => T | undefined,
  timeoutMs: number,
  describeTimeout: () => string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (): void => {
      clearTimeout(timer);
      changes.off('change', check);
    };
    const check = (): void => {
      try {
        const value = probe();
        if (value === undefined) return;
        finish();
        resolve(value);
      } catch (error) {
        finish();
        reject(error);
      }
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(describeTimeout()));
    }, timeoutMs);
    changes.on('change', check);
    check();
  });
}
