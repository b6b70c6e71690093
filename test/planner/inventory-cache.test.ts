import { describe, expect, it } from 'vitest';
import { InventoryCache } from '../../src/planner/inventory-cache.ts';
import type { Inventory } from '../../src/planner/plan.ts';
import { sandboxInventory } from '../../src/planner/sandbox-inventory.ts';

/** A source that counts fetches and can be told to fail or to hold its answer until released. */
function source() {
  let calls = 0;
  let fail = false;
  let gate: Promise<void> | undefined;
  let open: () => void = () => {};
  const fetch = async (): Promise<Inventory> => {
    calls++;
    if (gate) await gate;
    if (fail) throw new Error('connection refused');
    return { ...sandboxInventory(), namespaces: [`ns-${calls}`] };
  };
  return {
    fetch,
    calls: () => calls,
    failing: (f: boolean) => {
      fail = f;
    },
    hold: () => {
      gate = new Promise((r) => {
        open = r;
      });
    },
    release: () => {
      gate = undefined;
      open();
    },
  };
}

describe('InventoryCache', () => {
  it('serves from cache within the TTL and refreshes after it', async () => {
    let now = 1000;
    const s = source();
    const cache = new InventoryCache(s.fetch, { ttlMs: 100, now: () => now });
    expect((await cache.get()).namespaces).toEqual(['ns-1']);
    now += 99;
    expect((await cache.get()).namespaces).toEqual(['ns-1']);
    now += 1;
    expect((await cache.get()).namespaces).toEqual(['ns-2']);
    expect(s.calls()).toBe(2);
  });

  it('shares one fetch between concurrent callers', async () => {
    const s = source();
    s.hold();
    const cache = new InventoryCache(s.fetch);
    const all = Promise.all([cache.get(), cache.get(), cache.get()]);
    s.release();
    const results = await all;
    expect(s.calls()).toBe(1);
    expect(new Set(results).size).toBe(1);
  });

  it('keeps serving the last good inventory when a refresh fails, and recovers', async () => {
    let now = 0;
    const s = source();
    const cache = new InventoryCache(s.fetch, { ttlMs: 10, now: () => now });
    await cache.get();
    s.failing(true);
    now = 50;
    expect((await cache.get()).namespaces).toEqual(['ns-1']);
    s.failing(false);
    expect((await cache.get()).namespaces).toEqual(['ns-3']);
  });

  it('fails the first fetch with an error a person can act on', async () => {
    const s = source();
    s.failing(true);
    const cache = new InventoryCache(s.fetch);
    await expect(cache.get()).rejects.toMatchObject({ code: 'unavailable', transient: true });
  });

  it('fetches again after invalidate()', async () => {
    const s = source();
    const cache = new InventoryCache(s.fetch, { ttlMs: 60_000 });
    await cache.get();
    cache.invalidate();
    expect((await cache.get()).namespaces).toEqual(['ns-2']);
  });
});
