/**
 * Small DOM builders for lists inside islands. They create text nodes and elements (never HTML
 * strings), and cost less script than Svelte's {#each} runtime, which keeps pages in budget.
 * Used as attachments: <ul {@attach renderLinks(items)}></ul> re-renders when `items` changes.
 */
import type { Segment } from '../lib/decoder/highlight';

/** Text with <mark> around the marked pieces. */
export function renderMarked(segments: readonly Segment[]) {
  return (el: HTMLElement) => {
    el.replaceChildren(
      ...segments.map((s) => {
        if (!s.marked) return document.createTextNode(s.text);
        const mark = document.createElement('mark');
        mark.textContent = s.text;
        return mark;
      }),
    );
  };
}

/** <li><a href>text</a></li> for each link. */
export function renderLinks(links: readonly { href: string; text: string }[]) {
  return (el: HTMLElement) => {
    el.replaceChildren(
      ...links.map((l) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = l.href;
        a.textContent = l.text;
        li.append(a);
        return li;
      }),
    );
  };
}

/** <li>text</li> for each item. */
export function renderList(items: readonly string[]) {
  return (el: HTMLElement) => {
    el.replaceChildren(
      ...items.map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  };
}
