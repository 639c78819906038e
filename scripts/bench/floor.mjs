/**
 * The bare-HTML floor of a page: the words a person sees on it, as the smallest HTML that shows them
 * (a title, the language, the viewport line; no CSS, no JavaScript, no images). Served the same way
 * and measured in the same run as its page, it is the best those words can do over that network.
 *
 * `readVisibleText` runs inside the page (Playwright's page.evaluate), so it must not use anything
 * outside its own body. `writeFloors` turns what it read into one index.html per page kind.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Runs in the browser. Walks the rendered body and returns its visible text as blocks: headings stay
 * headings (h1–h6), list items become list items, every other block of text becomes a paragraph.
 * Elements that are not rendered (display none, hidden, closed <details> content, aria-hidden) are
 * left out, as are scripts, styles and templates.
 */
export function readVisibleText() {
  const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'IMG', 'PICTURE', 'VIDEO', 'CANVAS', 'IFRAME']);
  const blockTags = /^(H[1-6]|P|LI|DT|DD|TD|TH|CAPTION|FIGCAPTION|BLOCKQUOTE|LEGEND|LABEL|SUMMARY|BUTTON|PRE|ADDRESS)$/;
  const blocks = [];
  const visible = (el) => {
    if (el.hidden || el.getAttribute('aria-hidden') === 'true') return false;
    const style = getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden' && el.getClientRects().length > 0;
  };
  const textOf = (el) => (el.innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const walk = (el) => {
    if (skip.has(el.tagName) || !visible(el)) return;
    if (blockTags.test(el.tagName)) {
      const text = textOf(el);
      if (text) blocks.push({ tag: /^H[1-6]$/.test(el.tagName) ? el.tagName.toLowerCase() : el.tagName === 'LI' ? 'li' : 'p', text });
      return;
    }
    const children = [...el.children];
    // A container whose text is not all inside child elements (text directly in a <div>) is one block.
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    if (own || children.length === 0) {
      const text = textOf(el);
      if (text) blocks.push({ tag: 'p', text });
      return;
    }
    for (const child of children) walk(child);
  };
  walk(document.body);
  return { title: document.title, lang: document.documentElement.lang || 'en', blocks };
}

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The floor document for what `readVisibleText` returned. Consecutive list items share one <ul>. */
export function floorHtml({ title, lang, blocks }) {
  const out = [];
  let inList = false;
  for (const b of blocks) {
    if (b.tag === 'li' && !inList) out.push('<ul>');
    if (b.tag !== 'li' && inList) out.push('</ul>');
    inList = b.tag === 'li';
    out.push(`<${b.tag}>${escape(b.text)}</${b.tag}>`);
  }
  if (inList) out.push('</ul>');
  return [
    '<!doctype html>',
    `<html lang="${escape(lang)}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title>`,
    ...out,
    '',
  ].join('\n');
}

/**
 * Writes one floor per measured page under `dir` (`<dir>/<kind>/index.html`) from each row's `text`
 * (what measurePage read) and returns the path each one is served at, by kind.
 */
export function writeFloors(dir, rows) {
  const paths = {};
  for (const row of rows) {
    if (!row.text?.blocks?.length) throw new Error(`${row.path}: no visible text was read, so it has no floor`);
    const folder = join(dir, row.kind);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), floorHtml(row.text));
    paths[row.kind] = `/${row.kind}/`;
  }
  // A 404 page, so the static server has one to serve (favicon requests and the like).
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '404.html'), floorHtml({ title: 'Not found', lang: 'en', blocks: [{ tag: 'p', text: 'Not found' }] }));
  return paths;
}
