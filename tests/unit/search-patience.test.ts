import { describe, expect, test } from 'vitest';
import { runPatiently } from '../../src/lib/search/patience';

/** A hand-run clock: timers fire only when the test advances it. */
function clock() {
  let now = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  return {
    setTimer: (fn: () => void, ms: number) => {
      timers.push({ at: now + ms, fn, id: next });
      return next++;
    },
    clearTimer: (id: unknown) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    async advance(ms: number) {
      now += ms;
      for (let t = timers.find((x) => x.at <= now); t; t = timers.find((x) => x.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
        await Promise.resolve();
      }
      await new Promise((r) => setImmediate(r));
    },
  };
}

const never = () => new Promise<string>(() => undefined);

describe('runPatiently', () => {
  test('a search that never answers reports a failure after the timeout', async () => {
    const c = clock();
    const events: string[] = [];
    runPatiently(never, {
      timeoutMs: 5000,
      retryMs: [],
      isStale: () => false,
      onValue: (v) => events.push(v),
      onFailure: () => events.push('failed'),
      ...c,
    });
    await c.advance(4999);
    expect(events).toEqual([]);
    await c.advance(1);
    expect(events).toEqual(['failed']);
  });

  test('a slow answer after the timeout still replaces the failure message', async () => {
    const c = clock();
    const events: string[] = [];
    let answer!: (v: string) => void;
    runPatiently(() => new Promise<string>((r) => (answer = r)), {
      timeoutMs: 5000,
      retryMs: [],
      isStale: () => false,
      onValue: (v) => events.push(v),
      onFailure: () => events.push('failed'),
      ...c,
    });
    await c.advance(5000);
    answer('results');
    await c.advance(0);
    expect(events).toEqual(['failed', 'results']);
  });

  test('a failed load is retried quietly until it works, and reported once', async () => {
    const c = clock();
    const events: string[] = [];
    let calls = 0;
    const attempt = () => (++calls < 3 ? Promise.reject(new Error('offline')) : Promise.resolve('results'));
    runPatiently(attempt, {
      timeoutMs: 5000,
      retryMs: [2000, 5000],
      isStale: () => false,
      onValue: (v) => events.push(v),
      onFailure: () => events.push('failed'),
      ...c,
    });
    await c.advance(0);
    expect(events).toEqual(['failed']);
    await c.advance(2000);
    await c.advance(5000);
    expect(calls).toBe(3);
    expect(events.at(-1)).toBe('results');
  });

  test('a search replaced by a newer one shows nothing and stops retrying', async () => {
    const c = clock();
    const events: string[] = [];
    let stale = false;
    let calls = 0;
    runPatiently(() => (calls++, Promise.reject(new Error('x'))), {
      timeoutMs: 5000,
      retryMs: [2000],
      isStale: () => stale,
      onValue: () => events.push('v'),
      onFailure: () => events.push('failed'),
      ...c,
    });
    await c.advance(0);
    stale = true;
    await c.advance(10000);
    expect(calls).toBe(1);
    expect(events).toEqual(['failed']);
  });

  test('an answer that arrives after a newer search started is not shown', async () => {
    const c = clock();
    const events: string[] = [];
    let stale = false;
    let answer!: (v: string) => void;
    runPatiently(() => new Promise<string>((r) => (answer = r)), {
      timeoutMs: 5000,
      retryMs: [],
      isStale: () => stale,
      onValue: (v) => events.push(v),
      onFailure: () => events.push('failed'),
      ...c,
    });
    stale = true;
    answer('old results');
    await c.advance(0);
    expect(events).toEqual([]);
  });
});
