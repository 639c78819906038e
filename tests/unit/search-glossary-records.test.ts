import { describe, it, expect } from 'vitest';
import { glossaryRecords } from '../../src/lib/search/glossary-records';

const page = (body: string) =>
  `<html lang="en"><body><nav>menu</nav><div data-pagefind-body><h1>Glossary</h1><div class="glossary">${body}</div></div></body></html>`;

const entry = (id: string, term: string, extra = '') =>
  `<section class="glossary-entry" id="${id}" aria-labelledby="term-${id}"><h2 id="term-${id}">${term}</h2><p>Definition of ${term}.</p>${extra}</section>`;

describe('glossaryRecords', () => {
  it('makes one record per entry, titled by the term and linked to its anchor', () => {
    const records = glossaryRecords(
      page(entry('221g', '221(g)', '<p class="meta">Also written: 221 g, 221g</p>') + entry('pims', 'PIMS')),
      '/glossary/',
    );
    expect(records.map((r) => [r.url, r.term])).toEqual([
      ['/glossary/#221g', '221(g)'],
      ['/glossary/#pims', 'PIMS'],
    ]);
    expect(records[0]!.html).toContain('<h1>221(g)</h1>');
    expect(records[0]!.html).toContain('Also written: 221 g, 221g');
    expect(records[0]!.html).toContain('data-pagefind-filter="kind:Glossary"');
    expect(records[0]!.html).not.toContain('<h2');
  });

  it('keeps link text out of the entry index', () => {
    const [record] = glossaryRecords(page(entry('ap', 'AP', '<p>Read more: <a href="/guides/x/">Long guide title</a></p>')), '/glossary/');
    expect(record!.html).toMatch(/<a [^>]*data-pagefind-ignore/);
  });

  it('keeps HTML entities escaped', () => {
    const [record] = glossaryRecords(page(entry('vac', 'VAC &amp; OFC')), '/glossary/');
    expect(record!.html).toContain('<h1>VAC &amp; OFC</h1>');
  });

  it('fails when the page has terms but not in the agreed markup', () => {
    expect(() => glossaryRecords(page('<div><h2>PIMS</h2><p>x</p></div>'), '/glossary/')).toThrow(/glossary-entry/);
    expect(() => glossaryRecords(page('<section class="glossary-entry"><h2>PIMS</h2></section>'), '/glossary/')).toThrow(/id/);
  });

  it('returns nothing for a page without an indexed body', () => {
    expect(glossaryRecords('<html><body><h2>x</h2></body></html>', '/glossary/')).toEqual([]);
  });
});
