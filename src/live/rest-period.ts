/**
 * The rest between an exercise's sets or a hold's rounds: when it ends, and the "ten seconds" warning near its end,
 * said once. Workout and HoldBlock each keep one.
 */

/** "Ten seconds" is said once near the end of a rest. */
const REST_WARNING_MS = 10_000;

export type RestTick = { type: 'over' } | { type: 'rest-ending'; secondsLeft: number } | null;

export class RestPeriod {
  /** When the rest ends, on the frames' clock; null outside a rest. */
  endsAt: number | null = null;
  private warned = false;

  begin(now: number, durationMs: number): void {
    this.endsAt = now + durationMs;
    this.warned = false;
  }

  end(): void {
    this.endsAt = null;
  }

  /** Where the rest is at `now`: over, at its warning (once), or neither. */
  tick(now: number): RestTick {
    if (this.endsAt === null) return null;
    const left = this.endsAt - now;
    if (left <= 0) return { type: 'over' };
    if (left > REST_WARNING_MS || this.warned) return null;
    this.warned = true;
    return { type: 'rest-ending', secondsLeft: Math.ceil(left / 1000) };
  }
}
