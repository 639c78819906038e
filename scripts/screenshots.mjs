#!/usr/bin/env node
/**
 * Full-page screenshots of built pages at phone and desktop widths, for looking at what we
 * built. Serves dist/ itself.
 *   node scripts/screenshots.mjs [--out /tmp/shots] [--dark] [--top] /path/ …   (--top: first screen only)
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'boolean', default: false }, out: { type: 'string', default: '/tmp/shots' }, dark: { type: 'boolean', default: false }, port: { type: 'string', default: '4488' } },
});
const paths = positionals.length ? positionals : ['/', '/guides/refused-on-ceac/'];
mkdirSync(values.out, { recursive: true });
const server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', values.port], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: values.dark ? 'dark' : 'light' });
    for (const path of paths) {
      await page.goto(`http://127.0.0.1:${values.port}${path}`, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${values.dark ? '-dark' : ''}.png`;
      await page.screenshot({ path: `${values.out}/${name}`, fullPage: !values.top });
      console.log(`${values.out}/${name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
