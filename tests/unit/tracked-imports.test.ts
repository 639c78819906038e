/**
 * Every file a tracked file imports is tracked too. A `.gitignore` rule once matched
 * `scripts/bench/` (it was meant for the bench's output folder at the top), so two of the bench's
 * modules never reached the repository and `npm run bench` failed on every fresh clone while it
 * worked on the machine that wrote them. This walks the relative imports of every tracked
 * script and source file and fails on any target git does not know. The same walk checks that
 * every package a file imports is declared in package.json: `yaml`, `chrome-launcher` and `vite`
 * were each imported while only present as another package's dependency, which works until that
 * package changes its own.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// This file's own examples are not imports.
const self = 'tests/unit/tracked-imports.test.ts';
const tracked = new Set(execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean));
const codeFile = /\.(mjs|js|ts|astro|svelte)$/;
// import … from './x', import('./x'), export … from './x'; only relative specifiers.
const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** The relative specifiers a source text imports. */
export function relativeImports(source: string): string[] {
  return [...source.matchAll(importPattern)].map((m) => m[2]!);
}

// The same forms, for bare specifiers (a package, or a file inside one). `import type` counts: a
// type-only import fails `astro check` just the same when the package goes away.
const packagePattern = /(?:^\s*(?:import|export)\b[^'"\n;]*?\bfrom\s*|^\s*import\s+|\bimport\s*\(\s*)(['"])([^'"./][^'"]*)\1/gm;
// Specifiers that name no npm package: Node's built-ins, Astro's virtual modules.
const notAPackage = /^(node:|astro:|virtual:)/;

/**
 * The npm packages a source text imports, by package name (`@scope/name` or `name`). With
 * `valuesOnly`, `import type` and `export type` lines are left out: they are gone after compiling.
 */
export function importedPackages(source: string, { valuesOnly = false } = {}): string[] {
  const names = [...source.matchAll(packagePattern)]
    .filter((m) => !(valuesOnly && /^\s*(?:import|export)\s+type\b/.test(m[0])))
    .map((m) => m[2]!)
    .filter((spec) => !notAPackage.test(spec))
    .map((spec) =>
      spec
        .split('/')
        .slice(0, spec.startsWith('@') ? 2 : 1)
        .join('/'),
    );
  return [...new Set(names)];
}

/** The file an import names, as TypeScript and Vite resolve it (exact, then with an extension, then index). */
function resolveImport(fromFile: string, specifier: string): string | undefined {
  const base = normalize(join(dirname(fromFile), specifier.split('?')[0]!));
  const candidates = [base, ...['.ts', '.mjs', '.js', '.svelte', '.astro'].map((e) => base + e), join(base, 'index.ts')];
  return candidates.find((c) => statSync(join(root, c), { throwIfNoEntry: false })?.isFile());
}

describe('tracked imports', () => {
  it('reads relative imports in every form the code uses', () => {
    const text = `import a from './a.ts';\nimport './side.css';\nexport { b } from "../b.mjs";\nconst c = await import('./c.ts');\nimport x from 'astro/zod';`;
    expect(relativeImports(text)).toEqual(['./a.ts', './side.css', '../b.mjs', './c.ts']);
  });

  it('reads package imports in every form the code uses, and nothing else', () => {
    const text = [
      `import { z } from 'astro/zod';`,
      `import type { Plugin } from 'vite';`,
      `import fc from "fast-check";`,
      `import '@fontsource/x/index.css';`,
      `export { a } from '@scope/pkg/sub';`,
      `const m = await import('chrome-launcher');`,
      `import { readFile } from 'node:fs/promises';`,
      `import { getCollection } from 'astro:content';`,
      `import local from './local.ts';`,
      `const words = 'they import from "the text"';`,
      `expect(x).toBe('from here');`,
    ].join('\n');
    expect(importedPackages(text)).toEqual(['astro', 'vite', 'fast-check', '@fontsource/x', '@scope/pkg', 'chrome-launcher']);
    expect(importedPackages(text, { valuesOnly: true })).toEqual(['astro', 'fast-check', '@fontsource/x', '@scope/pkg', 'chrome-launcher']);
  });

  it('finds every package the build runs (src/ and the Astro and Svelte configs) under dependencies, not devDependencies', () => {
    // A host that installs with --omit=dev (or NODE_ENV=production) must still be able to build.
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const dependencies = new Set(Object.keys(manifest['dependencies'] ?? {}));
    const files = [...tracked].filter(
      (f) => (f.startsWith('src/') && codeFile.test(f)) || f === 'astro.config.mjs' || f === 'svelte.config.js',
    );
    expect(files.length).toBeGreaterThan(100);
    const misplaced: string[] = [];
    for (const file of files) {
      for (const name of importedPackages(readFileSync(join(root, file), 'utf8'), { valuesOnly: true })) {
        if (!dependencies.has(name)) misplaced.push(`${file} imports ${name}, which is not under dependencies`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('finds every package a tracked script, source or config file imports declared in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const declared = new Set([...Object.keys(manifest['dependencies'] ?? {}), ...Object.keys(manifest['devDependencies'] ?? {})]);
    const files = [...tracked].filter(
      (f) => (/^(scripts|src|tests|\.ci)\//.test(f) || !f.includes('/')) && codeFile.test(f) && !f.includes('/fixtures/') && f !== self,
    );
    const undeclared: string[] = [];
    for (const file of files) {
      for (const name of importedPackages(readFileSync(join(root, file), 'utf8'))) {
        if (!declared.has(name)) undeclared.push(`${file} imports ${name}, which package.json does not declare`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('finds a tracked file for every relative import of a tracked script or source file', () => {
    const files = [...tracked].filter(
      (f) => /^(scripts|src|tests|\.ci)\//.test(f) && codeFile.test(f) && !f.includes('/fixtures/') && f !== self,
    );
    expect(files.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const file of files) {
      for (const spec of relativeImports(readFileSync(join(root, file), 'utf8'))) {
        const target = resolveImport(file, spec);
        if (target === undefined) missing.push(`${file} imports ${spec}, which does not exist`);
        else if (!tracked.has(relative('.', target))) missing.push(`${file} imports ${spec}, which git does not track (check .gitignore)`);
      }
    }
    expect(missing).toEqual([]);
  });
});
