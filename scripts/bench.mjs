#!/usr/bin/env node
/**
 * `npm run bench`: what each kind of page costs, and how the build scales with content.
 *
 *   npm run bench                    use dist/ if it exists, otherwise build
 *   npm run bench -- --build         build first
 *   npm run bench -- --no-scaling    skip the 10× / 100× synthetic builds
 *   npm run bench -- --no-lighthouse skip Lighthouse
 *
 * Also runs the timing checks in tests/bench/ (CEAC_BENCH=1 vitest run).
 * Prints a table and writes bench/results.json (not committed).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measurePage } from './bench/page-weight.mjs';
import { lighthouseScores } from './bench/lighthouse.mjs';
import { scalingRuns } from './bench/scaling.mjs';

const { values: opts } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    'no-scaling': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    port: { type: 'string', default: '4471' },
  },
});

export const PAGES = [
  { kind: 'guide', path: '/guides/refused-on-ceac/' },
  { kind: 'status', path: '/status/refused-221g/' },
  { kind: 'wizard', path: '/wizard/' },
  { kind: 'decoder', path: '/decode/' },
  { kind: 'planner', path: '/next-steps/' },
  { kind: 'timelines', path: '/timelines/' },
  { kind: 'search', path: '/search/' },
];

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
let buildSeconds;
if (opts.build || !existsSync('dist/index.html')) {
  const started = Date.now();
  const run = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
  buildSeconds = (Date.now() - started) / 1000;
}

const origin = `http://127.0.0.1:${opts.port}`;
const server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', opts.port], { stdio: 'ignore', env });
await new Promise((r) => setTimeout(r, 800));

const rows = [];
try {
  for (const page of PAGES) {
    const weight = await measurePage(origin, page.path);
    const lighthouse = opts['no-lighthouse'] || weight.status !== 200 ? undefined : await lighthouseScores(`${origin}${page.path}`);
    rows.push({ ...page, ...weight, lighthouse });
  }
} finally {
  server.kill();
}

const scaling = opts['no-scaling'] ? [] : await scalingRuns();

// Timing claims (the decoder's 5 ms for a 5 KB paste) live here, not in the unit tests: run them on a
// quiet machine. A failure is reported in the results, not hidden.
console.log('\nTiming checks (tests/bench/)');
const timing = spawnSync('npx', ['vitest', 'run'], { stdio: 'inherit', env: { ...env, CEAC_BENCH: '1' } });
const timingPassed = timing.status === 0;

const kb = (n) => (n === undefined ? '–' : (n / 1024).toFixed(1));
console.log('\nPage weight before any interaction (KB; raw / gzip)');
console.log('page        status req  HTML raw/gz    CSS raw/gz    JS raw/gz     other-origin  LH perf/a11y/bp/seo  FCP   LCP   TBT  CLS');
for (const r of rows) {
  const lh = r.lighthouse;
  const scores = !lh ? '–' : lh.runtimeError ? `error: ${lh.runtimeError}` : `${lh.performance}/${lh.accessibility}/${lh['best-practices']}/${lh.seo}`;
  const m = lh?.metrics;
  console.log(
    [
      r.kind.padEnd(11),
      String(r.status).padEnd(6),
      String(r.requests ?? '–').padEnd(4),
      `${kb(r.html?.raw)}/${kb(r.html?.gzip)}`.padEnd(14),
      `${kb(r.css?.raw)}/${kb(r.css?.gzip)}`.padEnd(13),
      `${kb(r.js?.raw)}/${kb(r.js?.gzip)}`.padEnd(13),
      String(r.otherOriginBytes ?? '–').padEnd(13),
      scores.padEnd(20),
      m ? `${m.fcp}ms`.padEnd(7) + `${m.lcp}ms`.padEnd(7) + `${m.tbt}ms`.padEnd(5) + `${m.cls}` : '',
    ].join(' '),
  );
}
if (scaling.length) {
  console.log('\nBuild scaling (synthetic copies of the guides)');
  console.log('size   guides  pages  build s  index KB  index files');
  for (const s of scaling) {
    console.log(`${s.label.padEnd(6)} ${String(s.guides).padEnd(7)} ${String(s.pages).padEnd(6)} ${s.buildSeconds.toFixed(1).padEnd(8)} ${kb(s.indexBytes).padEnd(9)} ${s.indexFiles}`);
  }
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), buildSeconds, timingPassed, pages: rows, scaling }, null, 2));
if (!timingPassed) console.log('\nA timing check failed (see above); run the bench again on a quiet machine before trusting it.');
console.log('\nWrote bench/results.json');
