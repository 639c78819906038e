import { describe, expect, test } from 'vitest';
import { SAVED_KEY, SET_ASIDE_KEY, forgetPlan, hasSetAside, loadSavedPlan, parseSavedPlan, savePlan, type KeyValueStore, type SavedPlan } from '../../../src/lib/planner/saved';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => (k in data ? data[k]! : null),
    setItem: (k, v) => void (data[k] = String(v)),
    removeItem: (k) => void delete data[k],
  };
}

const blocked: KeyValueStore = {
  getItem: () => { throw new DOMException('denied', 'SecurityError'); },
  setItem: () => { throw new DOMException('full', 'QuotaExceededError'); },
  removeItem: () => { throw new DOMException('denied', 'SecurityError'); },
};

const plan: SavedPlan = { v: 1, savedOn: '2026-11-26', interview: '2026-03-10', documentsSent: '2026-04-01', rule: 'state-department-180', post: 'chennai' };

describe('saved dates', () => {
  test('round-trip through storage', () => {
    const store = memoryStore();
    expect(savePlan(store, plan)).toBe(true);
    expect(loadSavedPlan(store)).toEqual({ kind: 'loaded', plan });
  });

  test('a record saved before posts could be chosen, with the Colombia rule, is read as the post bogota', () => {
    const old = JSON.stringify({ v: 1, savedOn: '2026-11-26', interview: '2026-03-10', rule: 'colombia-120' });
    expect(parseSavedPlan(old)).toEqual({ ok: true, plan: { v: 1, savedOn: '2026-11-26', interview: '2026-03-10', rule: 'colombia-120', post: 'bogota' } });
  });

  test('a record without a post loads with none', () => {
    const raw = JSON.stringify({ v: 1, savedOn: '2026-11-26', interview: '2026-03-10', rule: 'state-department-180' });
    expect(parseSavedPlan(raw)).toEqual({ ok: true, plan: { v: 1, savedOn: '2026-11-26', interview: '2026-03-10', rule: 'state-department-180' } });
  });

  test('nothing saved is not an error', () => {
    expect(loadSavedPlan(memoryStore())).toEqual({ kind: 'none' });
  });

  test.each([
    ['not JSON', '{oops', 'it is not valid JSON'],
    ['an array', '[1,2]', 'it is not a record'],
    ['another version', JSON.stringify({ ...plan, v: 2 }), 'it is from another version of this page'],
    ['an impossible date', JSON.stringify({ ...plan, interview: '2026-02-30' }), 'its interview date is not a date'],
    ['an unknown rule', JSON.stringify({ ...plan, rule: 'older-60' }), 'its inquiry rule is unknown'],
    ['an extra field', JSON.stringify({ ...plan, caseNumber: 'AA0000' }), 'it has unknown fields (caseNumber)'],
    ['a bad optional date', JSON.stringify({ ...plan, issued: 42 }), 'its issued is not a date'],
    ['a post that is not an id', JSON.stringify({ ...plan, post: 'São Paulo' }), 'its embassy or consulate is not a post id'],
  ])('a record that is %s is set aside, kept and reported', (_name, raw, problem) => {
    expect(parseSavedPlan(raw)).toEqual({ ok: false, problem });
    const store = memoryStore({ [SAVED_KEY]: raw });
    expect(loadSavedPlan(store)).toEqual({ kind: 'set-aside', problem });
    expect(store.data[SAVED_KEY]).toBeUndefined();
    expect(store.data[SET_ASIDE_KEY]).toBe(raw);
    expect(hasSetAside(store)).toBe(true);
  });

  test('forget removes the record and anything set aside', () => {
    const store = memoryStore({ [SAVED_KEY]: JSON.stringify(plan), [SET_ASIDE_KEY]: 'x', other: 'kept' });
    expect(forgetPlan(store)).toBe(true);
    expect(store.data).toEqual({ other: 'kept' });
  });

  test('a browser that blocks storage is reported, not thrown', () => {
    expect(loadSavedPlan(blocked)).toEqual({ kind: 'unavailable' });
    expect(loadSavedPlan(undefined)).toEqual({ kind: 'unavailable' });
    expect(savePlan(blocked, plan)).toBe(false);
    expect(forgetPlan(blocked)).toBe(false);
    expect(hasSetAside(blocked)).toBe(false);
  });
});
