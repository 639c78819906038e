/** Lighthouse mobile scores for one URL, with the system Chromium. */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function runOnce(url) {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      formFactor: 'mobile',
    });
    const lhr = result?.lhr;
    if (!lhr) return undefined;
    if (lhr.runtimeError) return { runtimeError: lhr.runtimeError.message };
    if (Object.values(lhr.categories).some((c) => c.score === null)) return { runtimeError: 'a category has no score' };
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id]?.numericValue ?? 0;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      metrics: {
        fcp: Math.round(audit('first-contentful-paint')),
        lcp: Math.round(audit('largest-contentful-paint')),
        tbt: Math.round(audit('total-blocking-time')),
        cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      },
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

/** Lighthouse on a loaded 2-core machine sometimes fails a run (no paint recorded); try again. */
export async function lighthouseScores(url, attempts = 3) {
  let last;
  for (let i = 0; i < attempts; i += 1) {
    last = await runOnce(url);
    if (last && !last.runtimeError && Object.values(last).every((v) => v !== null)) return last;
  }
  return last;
}
