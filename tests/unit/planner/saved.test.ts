import { describe, expect, test } from 'vitest';
import {
  MAX_SET_ASIDE,
  SAVED_KEY,
  SET_ASIDE_KEY,
  forgetPlan,
  hasSetAside,
  loadSavedPlan,
  parseSavedPlan,
  savePlan,
  setAsideKeys,
  type KeyValueStore,
  type SavedPlan,
} from '../../../src/lib/planner/saved';
import { loadNotice, saveMessage } from '../../../src/lib/planner/saved-words';

/** A fake localStorage; with `quota`, setItem throws QuotaExceededError like a browser once keys + values exceed it. */
function memoryStore(initial: Record<string, string> = {}, quota = Infinity): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  const used = () => Object.entries(data).reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    getItem: (k) => (k in data ? data[k]! : null),
    setItem: (k, v) => {
      const before = data[k];
      data[k] = String(v);
      if (used() > quota) {
        if (before === undefined) delete data[k];
        else data[k] = before;
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
    removeItem: (k) => void delete data[k],
  };
}

const blocked: KeyValueStore = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

const plan: SavedPlan = {
  v: 1,
  savedOn: '2026-11-26',
  interview: '2026-03-10',
  documentsSent: '2026-04-01',
  rule: 'state-department-180',
  post: 'chennai',
};

describe('saved dates', () => {
  test('round-trip through storage', () => {
    const store = memoryStore();
    expect(savePlan(store, plan)).toEqual({ ok: true });
    expect(loadSavedPlan(store)).toEqual({ kind: 'loaded', plan, setAside: 0 });
  });

  test('a record saved before posts could be chosen, with the Colombia rule, is read as the post bogota', () => {
    const old = JSON.stringify({ v: 1, savedOn: '2026-11-26', interview: '2026-03-10', rule: 'colombia-120' });
    expect(parseSavedPlan(old)).toEqual({
      ok: true,
      plan: { v: 1, savedOn: '2026-11-26', interview: '2026-03-10', rule: 'colombia-120', post: 'bogota' },
    });
  });

  test('a record without a post loads with none', () => {
    const raw = JSON.stringify({ v: 1, savedOn: '2026-11-26', interview: '2026-03-10', rule: 'state-department-180' });
    expect(parseSavedPlan(raw)).toEqual({
      ok: true,
      plan: { v: 1, savedOn: '2026-11-26', interview: '2026-03-10', rule: 'state-department-180' },
    });
  });

  test('nothing saved is not an error', () => {
    expect(loadSavedPlan(memoryStore())).toEqual({ kind: 'none', setAside: 0 });
  });

  test.each([
    ['not JSON', '{oops', 'it is not valid JSON'],
    ['an array', '[1,2]', 'it is not a record'],
    ['another version', JSON.stringify({ ...plan, v: 0 }), 'it is from another version of this page'],
    ['an impossible date', JSON.stringify({ ...plan, interview: '2026-02-30' }), 'its interview date is not a date'],
    ['an unknown rule', JSON.stringify({ ...plan, rule: 'older-60' }), 'its inquiry rule is unknown'],
    ['an extra field', JSON.stringify({ ...plan, caseNumber: 'AA0000' }), 'it has unknown fields (caseNumber)'],
    ['a bad optional date', JSON.stringify({ ...plan, issued: 42 }), 'its issued is not a date'],
    ['a post that is not an id', JSON.stringify({ ...plan, post: 'São Paulo' }), 'its embassy or consulate is not a post id'],
  ])('a record that is %s is set aside, kept and reported', (_name, raw, problem) => {
    expect(parseSavedPlan(raw)).toEqual({ ok: false, problem });
    const store = memoryStore({ [SAVED_KEY]: raw });
    expect(loadSavedPlan(store)).toEqual({ kind: 'set-aside', problem, setAside: 1 });
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
    expect(savePlan(blocked, plan)).toEqual({ ok: false, reason: 'unavailable' });
    expect(savePlan(undefined, plan)).toEqual({ ok: false, reason: 'unavailable' });
    expect(forgetPlan(blocked)).toBe(false);
    expect(hasSetAside(blocked)).toBe(false);
  });

  test('a second unreadable record is set aside beside the first, which is kept', () => {
    const store = memoryStore({ [SAVED_KEY]: 'first bad' });
    expect(loadSavedPlan(store)).toMatchObject({ kind: 'set-aside', setAside: 1 });
    store.data[SAVED_KEY] = 'second bad';
    expect(loadSavedPlan(store)).toMatchObject({ kind: 'set-aside', setAside: 2 });
    expect(store.data[SET_ASIDE_KEY]).toBe('first bad');
    expect(store.data[setAsideKeys[1]!]).toBe('second bad');
  });

  test('set-aside records are bounded: when every slot is taken the bad record stays in place and Save will not replace it', () => {
    const store = memoryStore();
    for (let i = 0; i < MAX_SET_ASIDE; i++) {
      store.data[SAVED_KEY] = `bad ${i}`;
      expect(loadSavedPlan(store).kind).toBe('set-aside');
    }
    store.data[SAVED_KEY] = 'one too many';
    const outcome = loadSavedPlan(store);
    expect(outcome).toEqual({ kind: 'kept-in-place', problem: 'it is not valid JSON', setAside: MAX_SET_ASIDE });
    expect(store.data[SAVED_KEY]).toBe('one too many');
    expect(Object.keys(store.data)).toHaveLength(MAX_SET_ASIDE + 1);
    expect(savePlan(store, plan)).toEqual({ ok: false, reason: 'unreadable' });
    expect(store.data[SAVED_KEY]).toBe('one too many');
    expect(loadNotice(outcome)).toMatch(/No more can be set aside/);
  });

  test('an unreadable record near a full quota is still set aside (moved, not copied)', () => {
    const raw = '{"broken":' + 'x'.repeat(200);
    const store = memoryStore({ [SAVED_KEY]: raw }, SAVED_KEY.length + raw.length + 50);
    expect(loadSavedPlan(store)).toMatchObject({ kind: 'set-aside', setAside: 1 });
    expect(store.data).toEqual({ [SET_ASIDE_KEY]: raw });
  });

  test('when even a move does not fit, the unreadable record is kept where it was', () => {
    const raw = 'not json at all';
    // Room for the record under its own key, not under the longer set-aside key.
    const store = memoryStore({ [SAVED_KEY]: raw }, SAVED_KEY.length + raw.length);
    expect(loadSavedPlan(store)).toEqual({ kind: 'kept-in-place', problem: 'it is not valid JSON', setAside: 0 });
    expect(store.data).toEqual({ [SAVED_KEY]: raw });
  });

  test('the notice after a reload still says that records are set aside', () => {
    const store = memoryStore({ [SAVED_KEY]: 'bad' });
    loadSavedPlan(store);
    const afterReload = loadSavedPlan(store);
    expect(afterReload).toEqual({ kind: 'none', setAside: 1 });
    expect(loadNotice(afterReload)).toBe('One unreadable record from an earlier visit is still set aside on this device.');
    store.data[SAVED_KEY] = JSON.stringify(plan);
    store.data[setAsideKeys[1]!] = 'bad too';
    expect(loadNotice(loadSavedPlan(store))).toBe('2 unreadable records from earlier visits are still set aside on this device.');
    expect(loadNotice(loadSavedPlan(memoryStore()))).toBe('');
  });

  test('a record saved by a newer version (another tab) is left alone and Save refuses to overwrite it', () => {
    const newer = JSON.stringify({ v: 2, savedOn: '2026-12-01', interview: '2026-03-10', rule: 'state-department-180', post: 'mumbai' });
    const store = memoryStore({ [SAVED_KEY]: newer });
    const outcome = loadSavedPlan(store);
    expect(outcome).toEqual({ kind: 'newer', setAside: 0 });
    expect(loadNotice(outcome)).toMatch(/newer version of this page/);
    expect(savePlan(store, plan)).toEqual({ ok: false, reason: 'newer' });
    expect(store.data).toEqual({ [SAVED_KEY]: newer });
    expect(saveMessage({ ok: false, reason: 'newer' })).toMatch(/nothing was saved over them/);
  });

  test('Save sets aside an unreadable record written since the page loaded instead of replacing it', () => {
    const store = memoryStore({ [SAVED_KEY]: 'written by another tab' });
    expect(savePlan(store, plan)).toEqual({ ok: true });
    expect(store.data[SET_ASIDE_KEY]).toBe('written by another tab');
    expect(JSON.parse(store.data[SAVED_KEY]!)).toEqual(plan);
  });

  test('a full quota on Save is reported as full, with its own message', () => {
    const store = memoryStore({}, 20);
    const outcome = savePlan(store, plan);
    expect(outcome).toEqual({ ok: false, reason: 'full' });
    expect(store.data).toEqual({});
    expect(saveMessage(outcome)).toMatch(/storage for this site is full/);
    expect(saveMessage({ ok: false, reason: 'unavailable' })).toBe('This browser does not allow saving. Nothing was saved.');
  });

  test('a write refused for another reason than a full quota is reported as not allowed, not as full', () => {
    // Storage that can be read but not written (a policy or a private mode that forbids writes).
    const readOnly: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(savePlan(readOnly, plan)).toEqual({ ok: false, reason: 'unavailable' });
  });

  test('forget removes every set-aside record', () => {
    const store = memoryStore(Object.fromEntries(setAsideKeys.map((k) => [k, 'x'])));
    expect(forgetPlan(store)).toBe(true);
    expect(store.data).toEqual({});
  });
});
