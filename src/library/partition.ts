/**
 * Which servers a process answers for when shards are spread over machines (SHARD_IDS of
 * SHARD_COUNT): Discord sends a server's events to shard (server id >> 22) % shard count, so a
 * process keeps the library-wide index of exactly those servers (and the bundled articles).
 */
export interface ShardSet {
  ids: readonly number[];
  count: number;
}

/** The shard Discord routes a server to. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  if (!/^\d+$/.test(guildId)) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export class Partition {
  private readonly owned: ReadonlySet<number> | null;

  /** `shards` undefined: every server. */
  constructor(readonly shards?: ShardSet) {
    this.owned = shards ? new Set(shards.ids) : null;
  }

  /** Bundled articles (null) are everyone's; a server's belong to the process owning its shard. */
  owns(guildId: string | null): boolean {
    if (guildId === null || this.owned === null) return true;
    return this.owned.has(shardOfGuild(guildId, this.shards!.count));
  }

  get isEverything(): boolean {
    return this.owned === null;
  }

  /** The key its library-wide index is stored under. */
  get scope(): string {
    return this.shards ? `shards:${[...this.shards.ids].sort((a, b) => a - b).join(',')}/${this.shards.count}` : 'all';
  }
}
