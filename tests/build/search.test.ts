/**
 * Checks the Pagefind index the build wrote (src/integrations/pagefind.ts) and the page markup
 * it depends on. Search relevance itself is checked in the browser (tests/e2e/search-relevance.spec.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { builtPages, distDir, pageAt } from './dist.ts';

const pages = builtPages();
const bundle = join(distDir, 'pagefind');
const indexed = pages.filter((p) => p.root.querySelector('[data-pagefind-body]'));
const glossaryEntries = pageAt('/glossary/')?.root.querySelectorAll('[data-pagefind-body] section.glossary-entry') ?? [];

function bytesUnder(dir: string): number {
  return readdirSync(dir).reduce((n, name) => {
    const full = join(dir, name);
    return n + (statSync(full).isDirectory() ? bytesUnder(full) : statSync(full).size);
  }, 0);
}

test('astro build wrote the Pagefind bundle', () => {
  for (const file of ['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind']) {
    assert.ok(existsSync(join(bundle, file)), `dist/pagefind/${file} is missing`);
  }
});

test('the index holds every page with an indexed body plus one record per glossary term', () => {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  assert.deepEqual(Object.keys(entry.languages), ['en'], 'one language, English');
  assert.equal(entry.languages['en']!.page_count, indexed.length + glossaryEntries.length);
  const size = ['index', 'fragment', 'filter'].reduce((n, d) => n + bytesUnder(join(bundle, d)), 0);
  console.log(
    `# search index: ${entry.languages['en']!.page_count} records (${indexed.length} pages + ${glossaryEntries.length} glossary terms), ${size} bytes of index, fragment and filter files`,
  );
});

test('guides, status pages and the glossary are indexed; the home, search and 404 pages are not', () => {
  const paths = new Set(indexed.map((p) => p.path));
  for (const page of pages.filter((p) => /^\/(guides|status)\/[^/]+\/$/.test(p.path) || p.path === '/glossary/')) {
    assert.ok(paths.has(page.path), `${page.path} has no data-pagefind-body`);
  }
  for (const path of ['/', '/search/', '/404.html']) assert.ok(!paths.has(path), `${path} should not be indexed`);
});

test('every indexed page is tagged with its kind, and guides and status pages with a topic and reviewed date', () => {
  for (const page of indexed) {
    const filters = page.root.querySelectorAll('[data-pagefind-filter]').map((e) => e.getAttribute('data-pagefind-filter') ?? '');
    const kinds = filters.filter((f) => f.startsWith('kind:'));
    assert.equal(kinds.length, 1, `${page.path}: ${kinds.length} kind filters`);
    if (/^\/(guides|status)\//.test(page.path)) {
      assert.ok(
        filters.some((f) => f.startsWith('topic:')),
        `${page.path}: no topic filter`,
      );
      assert.ok(page.root.querySelector('[data-pagefind-meta="reviewed"]'), `${page.path}: no reviewed meta`);
    }
  }
});

test('each glossary term is a section with an id and a heading, as the indexer expects', () => {
  assert.ok(glossaryEntries.length > 0, 'no glossary entries found');
  for (const section of glossaryEntries) {
    assert.match(section.getAttribute('id') ?? '', /^[a-z0-9-]+$/);
    assert.ok(section.querySelector('h2')?.text.trim(), `#${section.getAttribute('id')} has no h2`);
  }
});

test('the word tables and the glossary aliases are served as [typed, page words] pairs and a vocabulary', () => {
  const tables = JSON.parse(readFileSync(join(distDir, 'search', 'aliases.json'), 'utf8')) as Record<string, unknown>;
  assert.deepEqual(Object.keys(tables).sort(), ['replacements', 'synonyms', 'vocabulary']);
  for (const kind of ['replacements', 'synonyms'] as const) {
    const pairs = tables[kind];
    assert.ok(Array.isArray(pairs) && pairs.length > 0, `${kind} are served`);
    for (const pair of pairs as unknown[]) {
      assert.ok(Array.isArray(pair) && pair.length === 2 && pair.every((x) => typeof x === 'string' && x.length > 0), JSON.stringify(pair));
    }
  }
  // The site's own words first (src/content/search/aliases.yaml), then the glossary's "also written".
  const synonyms = tables['synonyms'] as [string, string][];
  assert.deepEqual(synonyms[0], ['denied', 'refused']);
  assert.ok(synonyms.some(([typed, term]) => typed === 'admin processing' || term === 'administrative processing'));
  assert.deepEqual((tables['replacements'] as string[][])[0], ['ap', 'administrative processing']);
  const vocabulary = tables['vocabulary'] as unknown[];
  assert.ok(vocabulary.includes('administrative') && vocabulary.every((w) => typeof w === 'string' && /^[a-z]+$/.test(w)));
});

test('every best bet leads to a built page and, when it names one, a section of it', () => {
  const bets = JSON.parse(readFileSync(join(distDir, 'search', 'best-bets.json'), 'utf8')) as { id: string; url: string }[];
  assert.ok(bets.length >= 3, 'the best bets are served');
  for (const bet of bets) {
    const [path, anchor] = bet.url.split('#');
    const page = pageAt(path!);
    assert.ok(page, `${bet.id}: ${path} is not a built page`);
    if (anchor) assert.ok(page.root.querySelector(`[id="${anchor}"]`), `${bet.id}: ${path} has no #${anchor}`);
  }
});

test('lists of case numbers are left out of the index and its excerpts', () => {
  const leaks: string[] = [];
  for (const page of indexed) {
    for (const link of page.root.querySelectorAll('[data-pagefind-body] a[href^="/timelines/cases/"]')) {
      let ignored = false;
      for (let el = link.parentNode; el && !ignored; el = el.parentNode) ignored = el.getAttribute?.('data-pagefind-ignore') !== undefined;
      if (!ignored) leaks.push(`${page.path}: ${link.text}`);
    }
  }
  assert.deepEqual(leaks.slice(0, 10), [], `${leaks.length} case links are indexed`);
});

/** Each indexed page's text as Pagefind stored it for excerpts: dist/pagefind/fragment/*.pf_fragment (gzip, a signature, then JSON). */
function fragmentTexts(): Map<string, string> {
  const dir = join(bundle, 'fragment');
  const texts = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const { url, content } = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    texts.set(url, content);
  }
  return texts;
}

test('table cells reach the search excerpts apart, not run together', () => {
  const texts = fragmentTexts();
  const glued: string[] = [];
  let pairs = 0;
  for (const page of indexed) {
    const text = texts.get(page.path);
    if (!text) continue;
    for (const row of page.root.querySelectorAll('[data-pagefind-body] tr')) {
      if (row.closest('[data-pagefind-ignore]')) continue;
      const cells = row.querySelectorAll('th, td').map((cell) => cell.text.replace(/\s+/g, ' ').trim());
      for (let i = 0; i + 1 < cells.length; i++) {
        // The end of one cell and the start of the next, as the index would hold them if nothing separated them.
        const [end, start] = [cells[i]!.slice(-12), cells[i + 1]!.slice(0, 12)];
        if (!end || !start || !text.includes(end) || !text.includes(start)) continue;
        pairs++;
        if (text.includes(end + start)) glued.push(`${page.path}: "${end}${start}"`);
      }
    }
  }
  // The check has material: the timelines, policy and guide tables give hundreds of neighbouring cells.
  assert.ok(pairs > 200, `only ${pairs} neighbouring cells found in the index`);
  assert.deepEqual([...new Set(glued)].slice(0, 10), [], `${glued.length} pairs of cells run together`);
});

test('a citation marker left out of the index leaves no space before the punctuation after it', () => {
  // "…the section of law [9]. That…" reached the excerpts as "…the section of law . That…".
  const loose: string[] = [];
  for (const [url, text] of fragmentTexts()) {
    for (const m of text.matchAll(/\S{1,20}[\w”’)] [.,;:](?=\s|$)/g)) loose.push(`${url}: "${m[0]}"`);
  }
  assert.deepEqual(loose.slice(0, 10), [], `${loose.length} places with a space before punctuation`);
});
