/**
 * A per-user sliding window: at most `burst` commands in any `windowMs`. Someone who floods is told
 * when to try again; everyone else is unaffected.
 */
import { BOT_LIMITS } from '../constants.ts';

export type CooldownDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export class Cooldown {
  private readonly history = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly burst: number = BOT_LIMITS.cooldownBurst,
    private readonly windowMs: number = BOT_LIMITS.cooldownWindowMs,
  ) {}

  /** Record an attempt by `userId` at `now`, if the window has room. */
  take(userId: string, now: number): CooldownDecision {
    this.sweep(now);
    const recent = (this.history.get(userId) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.burst) {
      this.history.set(userId, recent);
      return { allowed: false, retryAfterMs: this.windowMs - (now - recent[0]!) };
    }
    recent.push(now);
    this.history.set(userId, recent);
    return { allowed: true };
  }

  /** Users currently tracked (for tests: memory does not grow without bound). */
  get trackedUsers(): number {
    return this.history.size;
  }

  /** Forget users whose whole window has passed, at most once per window. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [userId, times] of this.history) {
      if (times.every((at) => now - at >= this.windowMs)) this.history.delete(userId);
    }
  }
}
