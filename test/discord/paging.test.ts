import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/constants.ts';
import { decodePageTurn, encodePageTurn, pageButtons, PageStore, PAGE_STORE_BYTES, renderedBytes } from '../../src/discord/paging.ts';
import type { RenderedPage } from '../../src/discord/render.ts';

const pages: RenderedPage[] = [1, 2, 3].map((n) => ({ embeds: [{ description: `page ${n}` }] }));
const owner = '123456789012345678';
const stranger = '876543210987654321';

describe('page turn customId', () => {
  it('round-trips and stays within the 100-character customId limit', () => {
    const id = encodePageTurn({ command: 'who-said', key: 'abcdef012345', page: 12, ownerId: owner });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodePageTurn(id)).toEqual({ command: 'who-said', key: 'abcdef012345', page: 12, ownerId: owner });
  });
  it('rejects foreign or malformed ids', () => {
    expect(decodePageTurn('page:quotes:abc:x:1')).toBeUndefined();
    expect(decodePageTurn('page:abc:1:123')).toBeUndefined();
    expect(decodePageTurn('other:quotes:abc:1:123')).toBeUndefined();
    expect(decodePageTurn('page:quotes:ABC:1:123')).toBeUndefined();
  });
});

describe('PageStore', () => {
  it('gives the owner any page, clamped to the range', () => {
    const store = new PageStore();
    const key = store.add(owner, pages, 0);
    const second = store.lookup({ command: 'quotes', key, page: 1, ownerId: owner }, owner, 1000);
    expect(second).toMatchObject({ status: 'ok', index: 1, total: 3 });
    expect(second.status === 'ok' && second.page.embeds[0]!.description).toBe('page 2');
    expect(store.lookup({ command: 'quotes', key, page: 99, ownerId: owner }, owner, 1000)).toMatchObject({ status: 'ok', index: 2 });
  });

  it('tells anyone else whose pages they are', () => {
    const store = new PageStore();
    const key = store.add(owner, pages, 0);
    expect(store.lookup({ command: 'quotes', key, page: 1, ownerId: owner }, stranger, 1000)).toEqual({ status: 'not-owner', ownerId: owner });
  });

  it('keeps pages until the interaction token expires, then reports them expired', () => {
    const store = new PageStore();
    const key = store.add(owner, pages, 0);
    const justBefore = DISCORD_LIMITS.interactionTokenMs - 1;
    expect(store.lookup({ command: 'quotes', key, page: 1, ownerId: owner }, owner, justBefore).status).toBe('ok');
    expect(store.lookup({ command: 'quotes', key, page: 1, ownerId: owner }, owner, DISCORD_LIMITS.interactionTokenMs).status).toBe('expired');
  });

  it('a forged owner in the customId does not unlock someone else’s pages', () => {
    const store = new PageStore();
    const key = store.add(owner, pages, 0);
    expect(store.lookup({ command: 'quotes', key, page: 1, ownerId: stranger }, stranger, 10).status).toBe('expired');
  });

  it('sweeps expired sets and caps memory', () => {
    const store = new PageStore(1000, 5);
    for (let i = 0; i < 4; i++) store.add(owner, pages, 0);
    store.add(owner, pages, 2000); // the four old ones are past their TTL
    expect(store.size).toBe(1);
    for (let i = 0; i < 20; i++) store.add(owner, pages, 2000);
    expect(store.size).toBe(5);
  });
});

describe('pageButtons', () => {
  it('disables Previous on the first page and Next on the last, with distinct customIds', () => {
    const first = pageButtons({ command: 'quotes', key: 'abc', ownerId: owner }, 0, 3).components;
    expect(first.map((b) => b.disabled)).toEqual([true, true, false]);
    const last = pageButtons({ command: 'quotes', key: 'abc', ownerId: owner }, 2, 3).components;
    expect(last.map((b) => b.disabled)).toEqual([false, true, true]);
    const ids = first.map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(new Set(ids).size).toBe(3);
    expect(decodePageTurn(ids[2]!)).toEqual({ command: 'quotes', key: 'abc', page: 1, ownerId: owner });
    expect(first[1]).toMatchObject({ label: '1/3' });
  });
});

describe('PageStore byte bound', () => {
  it('keeps page sets within its byte bound, dropping the least recently used', () => {
    const big = Array.from({ length: 200 }, (_, i) => ({ embeds: [{ description: `${i} ${'z'.repeat(1500)}` }] }));
    const one = renderedBytes(big);
    const store = new PageStore(60_000, 10_000, one * 3);
    const keys = Array.from({ length: 10 }, () => store.add(owner, big.map((p) => ({ ...p })), 0));
    expect(store.size).toBe(3);
    expect(store.bytes).toBeLessThanOrEqual(one * 3);
    expect(store.lookup({ command: 'quotes', key: keys[0]!, page: 0, ownerId: owner }, owner, 1).status).toBe('expired');
    expect(store.lookup({ command: 'quotes', key: keys[9]!, page: 5, ownerId: owner }, owner, 1).status).toBe('ok');
  });

  it('a /quotes of 5,000 quotes (1,000 pages) is kept, and 100 of them stay under the default bound', () => {
    const pages = Array.from({ length: 1000 }, (_, i) => ({ embeds: [{ description: `Quote ${i} `.repeat(60) }] }));
    const store = new PageStore();
    for (let i = 0; i < 100; i++) store.add(owner, pages.map((p) => ({ ...p })), 0);
    expect(store.size).toBeGreaterThan(0);
    expect(store.bytes).toBeLessThanOrEqual(PAGE_STORE_BYTES);
  });
});
