/** Builds result list DOM. Text goes in as text; only Pagefind's <mark> elements are kept. */
import type { ResultItem } from './pagefind-client';
import { excerptSegments } from '../../lib/search/excerpt';

const kindLabels: Record<string, string> = { Guide: 'Guide', Status: 'Status page', Glossary: 'Glossary' };

/**
 * The excerpt as text nodes and <mark> elements (excerptSegments says what is kept). Built node by
 * node, never parsed: nothing from the index can become markup, and no Trusted Types policy is
 * needed (docs/adr/018-trusted-types.md).
 */
export function excerptNodes(excerpt: string): Node[] {
  return excerptSegments(excerpt).map((s) => {
    if (!s.marked) return document.createTextNode(s.text);
    const mark = document.createElement('mark');
    mark.textContent = s.text;
    return mark;
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function resultItem(item: ResultItem): HTMLLIElement {
  const li = el('li', 'search-result');
  const link = el('a', 'search-result-title', item.title);
  link.href = item.url;
  li.append(link);
  const tags = [kindLabels[item.kind] ?? item.kind, item.topic].filter(Boolean).join(' · ');
  if (tags) li.append(el('p', 'search-result-kind', tags));
  const excerpt = el('p', 'search-result-excerpt');
  excerpt.append(...excerptNodes(item.excerpt));
  li.append(excerpt);
  if (item.section) {
    const section = el('p', 'search-result-section', 'Section: ');
    const sectionLink = el('a', '', item.section.title);
    sectionLink.href = item.section.url;
    section.append(sectionLink);
    li.append(section);
  }
  return li;
}
