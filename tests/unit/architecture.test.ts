/**
 * Where code lives (docs/design.md §3): src/lib/ is pure TypeScript that runs the same in the build,
 * in tests and in the browser, and what touches the page lives in src/islands/. These tests read
 * the source with the TypeScript checker, so a local variable that happens to be called `window`
 * (src/lib/wizard/when.ts has one) is not mistaken for the browser's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Globals that lib.dom.d.ts declares but that are not the page's: Node has them too, with the same
 * behaviour, so code using them runs in the build and in tests unchanged.
 */
const IN_NODE_TOO = new Set([
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'setTimeout',
  'clearTimeout',
  'structuredClone',
  'console',
]);

/** Each use, in the given files, of a name the browser's DOM library declares (document, window, localStorage …). */
function browserGlobalsUsed(files: readonly string[]): string[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
  });
  const checker = program.getTypeChecker();
  const fromDom = (symbol: ts.Symbol | undefined) =>
    symbol?.declarations?.some((d) => /[\\/]lib\.dom(\.[a-z]+)?\.d\.ts$/.test(d.getSourceFile().fileName)) ?? false;
  const found: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      // A name that reaches a global: not the `.document` of `x.document`, not a type, and not one
      // of the web platform's names that Node has as well.
      if (ts.isIdentifier(node) && !IN_NODE_TOO.has(node.text)) {
        const isMember = ts.isPropertyAccessExpression(node.parent) && node.parent.name === node;
        if (!isMember && !ts.isTypeReferenceNode(node.parent) && fromDom(checker.getSymbolAtLocation(node))) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          found.push(`${relative(root, file)}:${line + 1} ${node.text}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('where code lives', () => {
  test('nothing in src/lib/ uses a browser global', () => {
    const lib = filesUnder('src/lib', (name) => name.endsWith('.ts'));
    expect(lib.length).toBeGreaterThan(50);
    expect(browserGlobalsUsed(lib)).toEqual([]);
  });

  test('the check sees a browser global when there is one', () => {
    // The islands touch the page; a check that finds nothing there finds nothing anywhere.
    const used = browserGlobalsUsed([join(root, 'src/islands/timelines-query.ts')]);
    expect(used).toEqual(
      expect.arrayContaining([expect.stringMatching(/timelines-query\.ts:\d+ document$/), expect.stringMatching(/ location$/)]),
    );
  });

  test('nothing in src/lib/ imports Astro, a component or a content collection', () => {
    const imports = filesUnder('src/lib', (name) => name.endsWith('.ts')).flatMap((file) => {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2023);
      return source.statements
        .filter((s) => ts.isImportDeclaration(s) || (ts.isExportDeclaration(s) && s.moduleSpecifier))
        .map((s) => ((s as ts.ImportDeclaration).moduleSpecifier as ts.StringLiteral).text)
        .filter((from) => /^astro(:|\/|$)|\.(astro|svelte)$|(^|\/)(components|islands|pages|layouts|data)\//.test(from))
        .map((from) => `${relative(root, file)} imports ${from}`);
    });
    expect(imports).toEqual([]);
  });

  test('browser modules live in src/islands/: components and layouts hold only templates, styles and MDX', () => {
    const scripts = ['src/components', 'src/layouts'].flatMap((dir) => filesUnder(dir, (name) => /\.(ts|js|mjs|svelte)$/.test(name)));
    expect(scripts.map((file) => relative(root, file))).toEqual([]);
  });
});
