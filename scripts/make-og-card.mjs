#!/usr/bin/env node
/**
 * Renders public/og-card.png, the 1200×630 image shown when a page is shared or appears in a
 * link preview (Open Graph). Run again after changing the site name, tagline or colours:
 *   npx node scripts/make-og-card.mjs
 * Uses the system Chromium through Playwright (CHROMIUM_PATH to override).
 */
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../public/og-card.png', import.meta.url));
// Same words and tokens as src/consts.ts and src/styles/global.css (light theme).
const html = `<!doctype html><html><body style="margin:0">
<div style="box-sizing:border-box;width:1200px;height:630px;padding:80px 90px;background:#fbfaf7;color:#1c1d21;
  font-family:system-ui,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;display:flex;flex-direction:column;justify-content:space-between;border-top:18px solid #0b5c6b">
  <div style="font-size:40px;font-weight:700;color:#0b5c6b">CEAC Status Guide</div>
  <div style="font-size:64px;font-weight:700;line-height:1.15;max-width:1020px">What your US visa status means, and what to do next</div>
  <div style="font-size:32px;color:#4a4d55">Refused · 221(g) · Administrative processing · with sources</div>
</div></body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: out, type: 'png' });
await browser.close();
console.log(`wrote ${out}`);
