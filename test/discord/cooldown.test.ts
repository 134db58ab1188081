import { describe, expect, it } from 'vitest';
import { BOT_LIMITS } from '../../src/constants.ts';
import { Cooldown } from '../../src/discord/cooldown.ts';

describe('Cooldown (sliding window)', () => {
  it('allows the burst, refuses the next with the time to wait, and frees up as the window slides', () => {
    const cooldown = new Cooldown(3, 10_000);
    expect(cooldown.take('u', 0).allowed).toBe(true);
    expect(cooldown.take('u', 1000).allowed).toBe(true);
    expect(cooldown.take('u', 2000).allowed).toBe(true);
    expect(cooldown.take('u', 3000)).toEqual({ allowed: false, retryAfterMs: 7000 });
    expect(cooldown.take('u', 9999).allowed).toBe(false);
    expect(cooldown.take('u', 10_000).allowed).toBe(true); // the first attempt left the window
    expect(cooldown.take('u', 10_500).allowed).toBe(false);
  });

  it('counts each user separately', () => {
    const cooldown = new Cooldown(1, 10_000);
    expect(cooldown.take('a', 0).allowed).toBe(true);
    expect(cooldown.take('b', 0).allowed).toBe(true);
    expect(cooldown.take('a', 1).allowed).toBe(false);
  });

  it('uses BOT_LIMITS by default and forgets idle users', () => {
    const cooldown = new Cooldown();
    for (let i = 0; i < BOT_LIMITS.cooldownBurst; i++) expect(cooldown.take('u', i).allowed).toBe(true);
    expect(cooldown.take('u', 100).allowed).toBe(false);
    for (let i = 0; i < 100; i++) cooldown.take(`user${i}`, 200);
    cooldown.take('late', 200 + BOT_LIMITS.cooldownWindowMs * 2);
    expect(cooldown.trackedUsers).toBe(1);
  });
});
