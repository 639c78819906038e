/**
 * Loads a page in Chromium (Playwright, a phone-sized window), counts what it fetched before any
 * interaction, and reads what a person then sees, for the bare-HTML floor (floor.mjs).
 */
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readVisibleText } from './floor.mjs';

function kindOf(contentType, url) {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  return 'other';
}

export async function openBrowser(executablePath) {
  return chromium.launch({ executablePath });
}

/**
 * What one page fetches, and its visible text. `ready` is a selector to wait for when the page
 * renders its main content with JavaScript (the wizard's verdict); `verdict` is a selector whose text
 * the bench compares with the element Lighthouse names as the largest paint.
 */
export async function measurePage(browser, origin, { path, ready, verdict }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const bodies = [];
    page.on('response', async (res) => {
      try {
        const body = await res.body();
        bodies.push({ url: res.url(), type: res.headers()['content-type'] ?? '', body });
      } catch {
        /* redirects and aborted requests have no body */
      }
    });
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    if (ready) await page.locator(ready).first().waitFor({ state: 'visible' });
    const status = response?.status() ?? 0;
    const totals = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
    let otherOriginBytes = 0;
    for (const b of bodies) {
      if (!b.url.startsWith(origin)) otherOriginBytes += b.body.length;
      const t = totals[kindOf(b.type, b.url)];
      t.raw += b.body.length;
      t.gzip += gzipSync(b.body).length;
    }
    const text = await page.evaluate(readVisibleText);
    const verdictText = verdict ? ((await page.locator(verdict).first().textContent()) ?? '').replace(/\s+/g, ' ').trim() : undefined;
    return { status, requests: bodies.length, ...totals, otherOriginBytes, text, verdictText };
  } finally {
    await context.close();
  }
}
