/**
 * Paged answers with Previous/Next buttons. The pages live in memory for as long as Discord lets
 * the original interaction be followed up (15 minutes); the button's customId carries the command,
 * the page set's key, the page to show and the id of the only user allowed to turn it.
 */
import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { DISCORD_LIMITS } from '../constants.ts';
import type { RenderedPage } from './render.ts';

export const PAGE_PREFIX = 'page';

export interface PageTurn {
  command: string;
  key: string;
  page: number;
  ownerId: string;
}

interface PageSet {
  ownerId: string;
  pages: RenderedPage[];
  createdAt: number;
}

export function encodePageTurn(turn: PageTurn): string {
  return `${PAGE_PREFIX}:${turn.command}:${turn.key}:${turn.page}:${turn.ownerId}`;
}

/** Parse a button customId; undefined when it is not one of ours or is malformed. */
export function decodePageTurn(customId: string): PageTurn | undefined {
  const match = /^page:([\w-]{1,32}):([a-z0-9]{1,32}):(\d{1,4}):(\d{1,20})$/.exec(customId);
  if (!match) return undefined;
  return { command: match[1]!, key: match[2]!, page: Number(match[3]), ownerId: match[4]! };
}

export type PageLookup =
  | { status: 'ok'; page: RenderedPage; index: number; total: number }
  | { status: 'expired' }
  | { status: 'not-owner'; ownerId: string };

/** Bytes of page sets kept (UTF-16 estimate); a 1,000-page /quotes of a huge article is ~4 MB. */
export const PAGE_STORE_BYTES = 64 * 1024 * 1024;

const sizes = new WeakMap<readonly RenderedPage[], number>();

/**
 * Approximate memory of rendered pages: their JSON as UTF-16, at least one byte. Remembered per
 * array, since the same pages are kept both as a cached answer and as a page set.
 */
export function renderedBytes(pages: readonly RenderedPage[]): number {
  let bytes = sizes.get(pages);
  if (bytes === undefined) {
    bytes = Math.max(1, JSON.stringify(pages).length * 2);
    sizes.set(pages, bytes);
  }
  return bytes;
}

/**
 * Page sets by key, bounded by count and by bytes (least recently used dropped first), and each
 * valid for `ttlMs` after it was made (the life of the interaction it belongs to).
 */
export class PageStore {
  private readonly sets: LRUCache<string, PageSet>;

  constructor(
    private readonly ttlMs: number = DISCORD_LIMITS.interactionTokenMs,
    maxSets = 10_000,
    maxBytes = PAGE_STORE_BYTES,
  ) {
    this.sets = new LRUCache<string, PageSet>({ max: maxSets, maxSize: maxBytes, sizeCalculation: (set) => renderedBytes(set.pages) });
  }

  /** Keep a page set; returns its key. Expired sets are swept; past a bound, the least recently used go. */
  add(ownerId: string, pages: RenderedPage[], now: number): string {
    this.sweep(now);
    const key = randomBytes(6).toString('hex');
    this.sets.set(key, { ownerId, pages, createdAt: now });
    return key;
  }

  lookup(turn: PageTurn, userId: string, now: number): PageLookup {
    // The owner check needs nothing but the customId, so a stranger is told whose list it is even after expiry.
    if (turn.ownerId !== userId) return { status: 'not-owner', ownerId: turn.ownerId };
    const set = this.sets.get(turn.key);
    if (!set || now - set.createdAt >= this.ttlMs || set.ownerId !== userId) return { status: 'expired' };
    const index = Math.min(Math.max(turn.page, 0), set.pages.length - 1);
    return { status: 'ok', page: set.pages[index]!, index, total: set.pages.length };
  }

  get size(): number {
    return this.sets.size;
  }

  /** Estimated bytes of the sets kept (never more than the bound). */
  get bytes(): number {
    return this.sets.calculatedSize;
  }

  private sweep(now: number): void {
    // Least recently used first: stop at the first set still alive (a later one may be older, and
    // is then swept on a later call or dropped by the bounds).
    const expired: string[] = [];
    for (const key of this.sets.rkeys()) {
      const set = this.sets.peek(key);
      if (set && now - set.createdAt < this.ttlMs) break;
      expired.push(key);
    }
    for (const key of expired) this.sets.delete(key);
  }
}

/** The Previous / "n/N" / Next row for page `index` of `total`. */
export function pageButtons(
  { command, key, ownerId }: Omit<PageTurn, 'page'>,
  index: number,
  total: number,
): APIActionRowComponent<APIButtonComponent> {
  const button = (customId: string, label: string, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: customId,
    label,
    disabled,
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button(encodePageTurn({ command, key, page: Math.max(index - 1, 0), ownerId }), '◀ Previous', index === 0),
      button(`${PAGE_PREFIX}-indicator:${key}`, `${index + 1}/${total}`, true),
      button(encodePageTurn({ command, key, page: Math.min(index + 1, total - 1), ownerId }), 'Next ▶', index >= total - 1),
    ],
  };
}
