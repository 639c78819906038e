/**
 * The change log and honest freshness, checked on the built site: every guide shows a "facts
 * current to" date no later than its reviewed date or its newest source, every change-log entry
 * a page links to exists on /changes/, and every measure lists its countries.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtPages, pageAt } from './dist.ts';

const root = join(import.meta.dirname, '..', '..');
const ids = (dir: string) =>
  readdirSync(join(root, 'src/content', dir))
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .map((f) => f.replace(/\.yaml$/, ''));
const changeIds = ids('changes');
const policyIds = ids('policies');

const changesPage = pageAt('/changes/');
const policiesPage = pageAt('/changes/policies/');
const articleIds = new Set((changesPage?.root.querySelectorAll('article.change[id]') ?? []).map((a) => a.getAttribute('id')!));

test('/changes/ and /changes/policies/ were built', () => {
  assert.ok(changesPage, '/changes/ is missing from dist/');
  assert.ok(policiesPage, '/changes/policies/ is missing from dist/');
});

test('/changes/ has one article per change-log entry, newest first, each with a status and a source', () => {
  assert.deepEqual([...articleIds].sort(), [...changeIds].sort());
  const articles = changesPage!.root.querySelectorAll('article.change');
  const dates = articles.map((a) => a.querySelector('time[datetime]')!.getAttribute('datetime')!);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'entries are not newest first');
  for (const a of articles) {
    const id = a.getAttribute('id');
    const status = a.querySelector('.status');
    assert.ok(status, `${id}: no status line`);
    assert.ok(a.querySelectorAll('.change-sources a[href^="https://"]').length >= 1, `${id}: no source link`);
    if (status.classNames.includes('status-unknown-after')) {
      assert.match(status.text, /could not confirm/, `${id}: an unknown status must say so`);
      assert.ok(status.querySelector('a[href^="https://"]'), `${id}: an unknown status must link the official page to check`);
    }
  }
});

test('/changes/ is searchable and groups entries under year headings', () => {
  assert.ok(changesPage!.root.querySelector('[data-pagefind-body]'), 'no data-pagefind-body');
  const years = changesPage!.root.querySelectorAll('h2[id^="year-"]').map((h) => h.text.trim());
  assert.deepEqual(years, [...new Set(years)].sort().reverse());
  assert.ok(years.includes('2020') && years.includes('2026'), `years shown: ${years.join(', ')}`);
});

test('/changes/policies/ lists every measure with a table of its countries', () => {
  const sections = policiesPage!.root.querySelectorAll('section.measure[id]');
  assert.deepEqual(sections.map((s) => s.getAttribute('id')).sort(), [...policyIds].sort());
  for (const s of sections) {
    const id = s.getAttribute('id')!;
    const yaml = readFileSync(join(root, 'src/content/policies', `${id}.yaml`), 'utf8');
    // Parsed, not matched: the list may be written inline or one code per line.
    const codes = (parseYaml(yaml) as { nationalities: string[] }).nationalities;
    const rows = s.querySelectorAll('tbody tr');
    assert.equal(rows.length, codes.length, `${id}: ${rows.length} table rows for ${codes.length} nationalities`);
    for (const r of rows) assert.ok(r.querySelector('td')!.text.trim().length > 2, `${id}: a country without a name`);
    const back = s.querySelector('a[href^="/changes/#"]')!.getAttribute('href')!.slice('/changes/#'.length);
    assert.ok(articleIds.has(back), `${id}: links to /changes/#${back}, which does not exist`);
  }
});

const guidePages = builtPages().filter((p) => /^\/guides\/[^/]+\/$/.test(p.path));

for (const page of guidePages) {
  test(`${page.path} shows a "facts current to" date no later than its reviewed date or its newest source`, () => {
    const meta = page.root.querySelector('.meta');
    const facts = page.root.querySelector('.facts-current time[datetime]')?.getAttribute('datetime');
    assert.ok(facts, 'no "Facts current to" date');
    assert.match(page.root.querySelector('.facts-current')!.text, /Facts current to/);
    const reviewed = meta?.querySelector('time[data-pagefind-meta="reviewed"]')?.getAttribute('datetime');
    assert.ok(reviewed, 'no reviewed date');
    assert.ok(facts <= reviewed, `facts current to ${facts} is later than reviewed ${reviewed}`);
    const listRead = page.root.querySelector('.sources time.sources-read')?.getAttribute('datetime') ?? '';
    const sourceDates = page.root
      .querySelectorAll('.sources li')
      .map((li) => (li.querySelector('time.source-dated') ?? li.querySelector('time.source-read'))?.getAttribute('datetime') ?? listRead);
    const newest = sourceDates.sort().at(-1) ?? '';
    assert.ok(facts <= newest, `facts current to ${facts} is later than the newest source (${newest})`);
    assert.ok(page.root.querySelector('a[href="/about/#freshness"]'), 'no link explaining the freshness date');
  });
}

test('every link to a change-log entry, on any page, points at an entry that exists', () => {
  const broken: string[] = [];
  for (const page of builtPages()) {
    for (const a of page.root.querySelectorAll('a[href^="/changes/#"]')) {
      const id = a.getAttribute('href')!.slice('/changes/#'.length);
      if (id.startsWith('year-')) continue;
      if (!articleIds.has(id)) broken.push(`${page.path}: /changes/#${id}`);
    }
  }
  assert.deepEqual(broken, []);
});
