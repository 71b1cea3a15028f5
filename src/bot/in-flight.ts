/**
 * The interactions being answered, so that a shutdown can stop taking new
 * ones and still answer those it took: a signal ends the process only once
 * they are answered, or after a bound.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();
  private closing = false;
  private idle: (() => void) | undefined;

  /** False once closing: new interactions are turned away. */
  get open(): boolean {
    return !this.closing;
  }

  get size(): number {
    return this.running.size;
  }

  /** Counts `work` as in flight until it settles (whichever way: its own handler reports a failure). */
  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => {
      this.running.delete(settled);
      if (!this.running.size) this.idle?.();
    });
  }

  /** Stops taking new work; resolves with how many were still running once all settled or `ms` passed. */
  close(ms: number): Promise<number> {
    this.closing = true;
    return new Promise<number>((resolve) => {
      if (!this.running.size) return resolve(0);
      const timer = setTimeout(() => resolve(this.running.size), ms);
      this.idle = () => {
        clearTimeout(timer);
        resolve(0);
      };
    });
  }
}
