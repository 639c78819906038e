/** Loads a page in Chromium and counts what it fetched before any interaction. */
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function kindOf(contentType, url) {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  return 'other';
}

export async function measurePage(origin, path) {
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
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
    const status = response?.status() ?? 0;
    const totals = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
    let otherOriginBytes = 0;
    for (const b of bodies) {
      if (!b.url.startsWith(origin)) otherOriginBytes += b.body.length;
      const t = totals[kindOf(b.type, b.url)];
      t.raw += b.body.length;
      t.gzip += gzipSync(b.body).length;
    }
    return { status, requests: bodies.length, ...totals, otherOriginBytes };
  } finally {
    await browser.close();
  }
}
