/** Per-user cooldown, shared by commands and mentions; autocomplete and buttons are not limited. */
export class Cooldown {
  private readonly until = new Map<string, number>();
  constructor(private readonly ms: number) {}

  /** Milliseconds the user must still wait, or 0 after starting a new cooldown. */
  take(user: string): number {
    const now = Date.now();
    const until = this.until.get(user) ?? 0;
    if (until > now) return until - now;
    if (this.until.size > 10_000) for (const [u, t] of this.until) if (t <= now) this.until.delete(u);
    if (this.ms > 0) this.until.set(user, now + this.ms);
    return 0;
  }
}
