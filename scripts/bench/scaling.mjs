/**
 * Build cost as content grows: builds a temporary copy of the project with 1×, 10× and 100×
 * the guides (copies of the real ones under new ids) and measures build time and the size of
 * the Pagefind index. Nothing is written inside the repository.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectFiles = ['src', 'public', 'astro.config.mjs', 'svelte.config.js', 'tsconfig.json', 'package.json'];

function dirStats(dir) {
  if (!existsSync(dir)) return { bytes: 0, files: 0, htmlPages: 0 };
  let bytes = 0;
  let files = 0;
  let htmlPages = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) {
      const inner = dirStats(full);
      bytes += inner.bytes;
      files += inner.files;
      htmlPages += inner.htmlPages;
    } else {
      bytes += st.size;
      files += 1;
      if (name.endsWith('.html')) htmlPages += 1;
    }
  }
  return { bytes, files, htmlPages };
}

/** Adds (factor − 1) copies of every guide, with unique ids and titles. */
function multiplyGuides(guidesDir, factor) {
  const originals = readdirSync(guidesDir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));
  for (const file of originals) {
    const text = readFileSync(join(guidesDir, file), 'utf8');
    for (let k = 1; k < factor; k += 1) {
      const copy = text.replace(/^title: (["']?)(.*?)\1$/m, (_m, q, title) => `title: ${q}${title.slice(0, 70)} ${k}${q}`);
      writeFileSync(join(guidesDir, file.replace(/\.mdx$/, `-copy-${k}.mdx`)), copy);
    }
  }
  return originals.length * factor;
}

export async function scalingRuns(factors = [1, 10, 100]) {
  const root = resolve('.');
  const runs = [];
  for (const factor of factors) {
    const dir = mkdtempSync(join(tmpdir(), `ceac-bench-${factor}x-`));
    try {
      for (const f of projectFiles) cpSync(join(root, f), join(dir, f), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const guides = multiplyGuides(join(dir, 'src/content/guides'), factor);
      const started = Date.now();
      const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
        cwd: dir,
        stdio: 'ignore',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
      });
      const buildSeconds = (Date.now() - started) / 1000;
      if (run.status !== 0) throw new Error(`synthetic ${factor}× build failed (exit ${run.status}) in ${dir}`);
      const site = dirStats(join(dir, 'dist'));
      const index = dirStats(join(dir, 'dist/pagefind'));
      runs.push({ label: `${factor}×`, guides, pages: site.htmlPages, buildSeconds, indexBytes: index.bytes, indexFiles: index.files });
      console.log(`scaling ${factor}×: ${guides} guides, ${site.htmlPages} pages, ${buildSeconds.toFixed(1)} s`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return runs;
}
