#!/usr/bin/env node
/**
 * Full-page screenshots of built pages at phone and desktop widths, light and/or dark, for
 * looking at what we built. Serves dist/ itself unless --base names a running server.
 *   node scripts/screenshots.mjs [--out /tmp/shots] [--dark] [--both] [--top] [--base URL] [--name N] /path/[::action] …
 * --top: first screen only. --dark: dark only; --both: light and dark. --width 390 (repeatable): only those widths.
 * An action after "::" runs before the screenshot, e.g.
 *   /decode/::fill=#status-text=Refused A U.S. consular officer…   (types into a field)
 *   /::click=.site-menu summary                                     (opens the Menu)
 * "name=<n>" as another action ("::name=menu") names the file instead of the path.
 * --sheets: also cut each full-page shot into pieces small enough to read in an image viewer
 * (<name>-sheet<k>.png: four 1,500 px columns side by side at 390 px, one 1,000 px band at wider widths).
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'boolean', default: false },
    out: { type: 'string', default: '/tmp/shots' },
    dark: { type: 'boolean', default: false },
    both: { type: 'boolean', default: false },
    port: { type: 'string', default: '4488' },
    base: { type: 'string' },
    width: { type: 'string', multiple: true },
    sheets: { type: 'boolean', default: false },
  },
});
const targets = (positionals.length ? positionals : ['/', '/guides/refused-on-ceac/']).map((arg) => {
  const [path, ...actions] = arg.split('::');
  return { path, actions };
});
const schemes = values.both ? ['light', 'dark'] : [values.dark ? 'dark' : 'light'];
const widths = values.width ? values.width.map(Number) : [390, 1280];
mkdirSync(values.out, { recursive: true });
const server = values.base ? null : spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', values.port], { stdio: 'ignore' });
const base = values.base ?? `http://127.0.0.1:${values.port}`;
if (server) await new Promise((r) => setTimeout(r, 700));
/** Lays one tall screenshot out as columns (narrow) or bands (wide) on pages of about 1,600 px. */
async function cutSheets(png, width, stem) {
  const columns = width <= 400 ? 4 : 1;
  const band = width <= 400 ? 1500 : 1000;
  const sheet = await browser.newPage({ viewport: { width: columns * (width + 8), height: band } });
  const url = `data:image/png;base64,${png.toString('base64')}`;
  const height = png.readUInt32BE(20);
  const pieces = Math.ceil(height / band);
  for (let k = 0; k * columns < pieces; k++) {
    const cells = [];
    for (let c = 0; c < columns && k * columns + c < pieces; c++) {
      const y = (k * columns + c) * band;
      cells.push(`<div style="width:${width}px;height:${band}px;background:url(${url}) 0 -${y}px no-repeat"></div>`);
    }
    await sheet.setContent(`<body style="margin:0;display:flex;gap:8px;background:#888">${cells.join('')}</body>`);
    await sheet.screenshot({ path: `${stem}-sheet${k}.png` });
  }
  await sheet.close();
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const scheme of schemes) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const { path, actions } of targets) {
        await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
        let stem = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
        for (const action of actions) {
          const [verb, ...rest] = action.split('=');
          if (verb === 'name') stem = rest.join('=');
          else if (verb === 'click') await page.click(rest.join('='));
          else if (verb === 'fill') await page.fill(rest[0], rest.slice(1).join('='));
          else throw new Error(`unknown action ${action}`);
        }
        if (actions.length) await page.waitForTimeout(300);
        const name = `${stem}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
        const png = await page.screenshot({ path: `${values.out}/${name}`, fullPage: !values.top });
        console.log(`${values.out}/${name}`);
        if (values.sheets) await cutSheets(png, width, `${values.out}/${name.replace(/\.png$/, '')}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server?.kill();
}
