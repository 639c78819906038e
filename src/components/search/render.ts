/** Builds result list DOM. Text goes in as text; only Pagefind's <mark> elements are kept. */
import type { ResultItem } from './pagefind-client';

const kindLabels: Record<string, string> = { Guide: 'Guide', Status: 'Status page', Glossary: 'Glossary' };

/**
 * Pagefind escapes page text and adds <mark> around matches. Rebuilding the excerpt from text
 * nodes and marks means nothing else from the index can ever become markup.
 */
export function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of doc.body.firstElementChild?.childNodes ?? []) {
    if (child.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(child.textContent ?? ''));
    }
  }
  return nodes;
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
