/**
 * The wizard's address with the personal facts in the fragment (docs/design.md §5.1): links the
 * site writes keep `since` and `nationality` out of the query string, both the new and the old
 * (all-in-the-query) form are read, and bad input in the fragment is handled like bad input in the
 * query. The planner's address (§7.1) follows the same rule.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { runs } from './property';
import { parseAddress, parseQuery, plannerHref, toAddress, toQuery, wizardHref } from '../../src/lib/wizard/codec';
import { plannerFragment, plannerParams } from '../../src/lib/planner/address';
import { reachableStates } from '../../src/lib/wizard/graph';
import type { Facts } from '../../src/lib/wizard/facts';

const opts = { today: '2026-12-01', countries: ['in', 'ng', 'ir', 'fr'] };
const situation: Facts = {
  route: 'interview',
  officer: '221g',
  paper: '221g',
  asks: 'documents',
  status: 'refused-long',
  since: '2026-01-15',
  nationality: 'ng',
};

describe('writing the address', () => {
  test('the date and the nationality are written in the fragment, never in the query string', () => {
    expect(wizardHref(situation)).toBe(
      '/wizard/?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long#since=2026-01-15&nationality=ng',
    );
  });
  test('an address without personal facts has no fragment, and no facts give an empty address', () => {
    expect(toAddress({ route: 'dropbox', status: 'issued' })).toBe('?route=dropbox&status=issued');
    expect(toAddress({ since: '2026-01-15' })).toBe('#since=2026-01-15');
    expect(wizardHref({})).toBe('/wizard/');
  });
  test('the planner link keeps meaning and asked in the query string and the date in the fragment', () => {
    expect(plannerHref(situation, 'documents-requested')).toBe(
      '/next-steps/?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long&meaning=documents-requested&asked=yes#since=2026-01-15&nationality=ng',
    );
    expect(plannerHref({ since: '2026-01-15' }, 'administrative-processing')).toBe(
      '/next-steps/?meaning=administrative-processing&asked=no#since=2026-01-15',
    );
  });
});

describe('reading the address', () => {
  test('every reachable state with a date and a nationality survives toAddress → parseAddress unchanged', () => {
    for (const state of reachableStates()) {
      const facts = { ...state.facts, since: '2026-01-15', nationality: 'ir' } as Facts;
      const address = toAddress(facts);
      const at = address.indexOf('#');
      expect(parseAddress(address.slice(0, at), address.slice(at), opts)).toEqual(parseQuery(toQuery(facts), opts));
    }
  });
  test('an old link with every fact in the query string opens the same answers as the new form', () => {
    const old = parseAddress(toQuery(situation), '', opts);
    expect(old).toEqual({ facts: situation, notices: [] });
    expect(
      parseAddress('?route=interview&officer=221g&paper=221g&asks=documents&status=refused-long', '#since=2026-01-15&nationality=ng', opts),
    ).toEqual(old);
  });
  test('a fact in the fragment counts before the same fact in the query string', () => {
    expect(parseAddress('?status=issued&since=2025-05-05', '#since=2026-01-15', opts).facts).toEqual({
      status: 'issued',
      since: '2026-01-15',
    });
  });
  test('a bad or future date and an unknown nationality in the fragment are dropped with a notice', () => {
    expect(parseAddress('?status=issued', '#since=2026-02-30&nationality=zz', opts)).toEqual({
      facts: { status: 'issued' },
      notices: [
        { kind: 'bad-value', key: 'since', value: '2026-02-30' },
        { kind: 'bad-value', key: 'nationality', value: 'zz' },
      ],
    });
    expect(parseAddress('', '#since=2027-01-01', opts).notices).toEqual([{ kind: 'future-date', key: 'since', value: '2027-01-01' }]);
  });
  test('a fragment that is not ours (an anchor such as #main) is ignored', () => {
    expect(parseAddress('?status=issued', '#main', opts)).toEqual({ facts: { status: 'issued' }, notices: [] });
  });
  test('anything at all as search and hash never throws and gives only valid facts', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (search, hash) => {
        const { facts } = parseAddress(search, hash, opts);
        expect(parseAddress(toAddress(facts).split('#')[0], `#${toAddress(facts).split('#')[1] ?? ''}`, opts)).toEqual({
          facts,
          notices: [],
        });
      }),
      runs(300),
    );
  });
});

describe('the planner address', () => {
  test('the planner reads since from the fragment and meaning from the query string', () => {
    const params = plannerParams('?meaning=refused&asked=no', '#since=2026-01-15');
    expect([params.get('meaning'), params.get('asked'), params.get('since')]).toEqual(['refused', 'no', '2026-01-15']);
  });
  test('an old planner link with since in the query string still gives the date', () => {
    expect(plannerParams('?since=2026-01-15&post=lagos', '').get('since')).toBe('2026-01-15');
  });
  test('the date in the fragment counts before a date in the query string, and junk never throws', () => {
    expect(plannerParams('?since=2025-01-01', '#since=2026-01-15').get('since')).toBe('2026-01-15');
    for (const junk of [undefined, null, 42, {}, '%', '#%E0%A4%A', '?&&==']) expect(() => plannerParams(junk, junk)).not.toThrow();
  });
});

describe('the planner fragment kept across a reload', () => {
  const entries = { since: '2026-03-10', sent: '', refusal: '2026-03-11', issued: '', asked: 'yes', post: 'bogota' };
  test('carries what was entered, leaves out what was not, and keeps the wizard keys', () => {
    const hash = plannerFragment('?meaning=refused', '#since=2025-01-01&nationality=ng', entries);
    expect(hash).toBe('#since=2026-03-10&nationality=ng&refusal=2026-03-11&asked=yes&post=bogota');
    const read = plannerParams('?meaning=refused', hash);
    expect(Object.keys(entries).map((k) => read.get(k) ?? '')).toEqual(Object.values(entries));
  });
  test('an entry emptied on the page counts as not given before the query string', () => {
    const hash = plannerFragment('?post=lagos&asked=no', '', { since: '2026-03-10', asked: '', post: '' });
    expect(hash).toBe('#since=2026-03-10&asked=&post=');
    const read = plannerParams('?post=lagos&asked=no', hash);
    expect([read.get('asked'), read.get('post')]).toEqual(['', '']);
  });
  test('nothing entered and nothing in the link gives no fragment', () => {
    expect(plannerFragment('', '#since=2026-03-10', { since: '', post: '' })).toBe('');
  });
});
