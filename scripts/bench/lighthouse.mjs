/**
 * Lighthouse runs for `npm run bench`: the mobile preset (Lighthouse's default configuration:
 * a phone-sized screen and simulated slow 4G with a 4× slower CPU), simulated throttling, in one
 * headless Chromium that stays open for all runs. Lighthouse clears the origin's storage, caches
 * and service workers before each run, so every run is a first visit.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { loadavg } from 'node:os';

/** The settings every run uses; the bench prints what Lighthouse reports it used. */
const flags = {
  output: 'json',
  logLevel: 'error',
  formFactor: 'mobile',
  throttlingMethod: 'simulate',
  // Not needed for any number here, and the slowest gatherer on a loaded 2-core machine.
  disableFullPageScreenshot: true,
};

const allCategories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One headless Chromium for all Lighthouse runs. */
export async function startChromium(chromePath) {
  return launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The settings of a report, in the words the bench prints. */
export function describeSettings(lhr) {
  const s = lhr.configSettings;
  const t = s.throttling;
  const screen = s.screenEmulation;
  return {
    lighthouse: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent,
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    formFactor: s.formFactor,
    screen: screen?.disabled ? 'not emulated' : `${screen.width}×${screen.height} at ${screen.deviceScaleFactor}×`,
    throttlingMethod: s.throttlingMethod,
    throttling: t,
    line:
      `Lighthouse ${lhr.lighthouseVersion}, ${s.formFactor} preset (screen ${screen?.disabled ? 'not emulated' : `${screen.width}×${screen.height} at ${screen.deviceScaleFactor}×`}), ` +
      `throttling "${s.throttlingMethod}": RTT ${t.rttMs} ms, ${t.throughputKbps} kbit/s, CPU ${t.cpuSlowdownMultiplier}× slower` +
      ` (Lighthouse's slow 4G); benchmarkIndex ${Math.round(lhr.environment?.benchmarkIndex ?? 0)}`,
  };
}

/** The LCP element Lighthouse names (selector and the start of its text), when it names one. */
function lcpElement(lhr) {
  const items = lhr.audits['lcp-breakdown-insight']?.details?.items ?? [];
  const node = items.find((i) => i.type === 'node');
  return node ? { selector: node.selector, text: node.nodeLabel } : undefined;
}

/** Bytes of the main document on the wire (headers and gzip body), from Lighthouse's request list. */
function documentTransfer(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  return items.find((i) => i.resourceType === 'Document')?.transferSize ?? 0;
}

/**
 * One Lighthouse run. `scores` adds the accessibility, best-practices and SEO categories (slower, so
 * the bench asks for them on one run per page). A run Lighthouse could not finish (no paint recorded,
 * which happens on a loaded machine) is tried again, up to `attempts` times.
 */
export async function lighthouseRun(url, port, { scores = false, attempts = 3 } = {}) {
  let error;
  for (let i = 0; i < attempts; i += 1) {
    const load = loadavg()[0];
    const started = Date.now();
    const result = await lighthouse(url, { ...flags, port, onlyCategories: scores ? allCategories : ['performance'] });
    const lhr = result?.lhr;
    if (!lhr) {
      error = 'Lighthouse returned no report';
      continue;
    }
    const categoryScores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, c.score === null ? null : Math.round(c.score * 100)]));
    if (lhr.runtimeError || Object.values(categoryScores).includes(null)) {
      error = lhr.runtimeError?.message ?? 'a category has no score';
      continue;
    }
    const audit = (id) => lhr.audits[id]?.numericValue;
    return {
      attempts: i + 1,
      seconds: (Date.now() - started) / 1000,
      load,
      settings: describeSettings(lhr),
      scores: scores ? categoryScores : { performance: categoryScores.performance },
      failing: scores
        ? Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
            .map((a) => a.id)
        : [],
      metrics: {
        fcp: Math.round(audit('first-contentful-paint')),
        lcp: Math.round(audit('largest-contentful-paint')),
        tbt: Math.round(audit('total-blocking-time')),
        cls: Number(audit('cumulative-layout-shift').toFixed(3)),
        transfer: Math.round(audit('total-byte-weight')),
        // The HTML document as it travelled, response headers included: above about 14.6 KB (ten TCP
        // segments, the first window) it needs one more round trip.
        document: documentTransfer(lhr),
      },
      lcpElement: lcpElement(lhr),
    };
  }
  return { error: `${url}: ${error} (${attempts} attempts)` };
}

/** Median, minimum and maximum of each metric over several runs (runs that failed are left out). */
export function summarize(runs) {
  const good = runs.filter((r) => !r.error);
  if (good.length === 0) return { runs: 0, errors: runs.map((r) => r.error) };
  const stat = (key) => {
    const values = good.map((r) => r.metrics[key]).sort((a, b) => a - b);
    const mid = Math.floor(values.length / 2);
    const median = values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    return { median, min: values[0], max: values[values.length - 1], values: good.map((r) => r.metrics[key]) };
  };
  const loads = good.map((r) => r.load);
  return {
    runs: good.length,
    errors: runs.filter((r) => r.error).map((r) => r.error),
    fcp: stat('fcp'),
    lcp: stat('lcp'),
    tbt: stat('tbt'),
    cls: stat('cls'),
    transfer: stat('transfer'),
    document: stat('document'),
    load: { min: Math.min(...loads), max: Math.max(...loads) },
    lcpElements: [...new Map(good.filter((r) => r.lcpElement).map((r) => [r.lcpElement.selector, r.lcpElement])).values()],
    scores: good.find((r) => Object.keys(r.scores).length > 1)?.scores ?? good[0].scores,
    failing: good.find((r) => r.failing.length > 0)?.failing ?? [],
    settings: good[0].settings,
  };
}
