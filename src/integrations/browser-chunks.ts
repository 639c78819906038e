import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * Vite wraps every dynamic `import()` of a browser build in its preload helper, a shared file of
 * about 0.9 KB gzip that fetches the imported chunk's own imports and stylesheets in parallel.
 * Every page loads that file because the header search control imports its suggestions lazily,
 * so it counted against every page's JavaScript budget (a guide's 1.5 KB, the wizard's 24 KB).
 *
 * Our lazy chunks (header suggestions, letters) have no stylesheets and are fetched on a person's
 * first focus or click, so we give up the parallel preload: the helper becomes "call the import".
 * The browser still fetches the chunk's imports itself, one round trip later.
 * Measured in docs/adr/005-wizard-javascript-budget.md.
 */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/** The helper's replacement: same name and call shape, `__vitePreload(factory, deps, importer)`. */
export const PLAIN_PRELOAD_HELPER = 'export const __vitePreload = (factory) => factory();\n';

/**
 * Modules that share one browser chunk (each file a page loads is gzipped on its own and pays its own
 * overhead). fill.ts is used by the wizard's script and by the lazy date chunks of both the wizard and
 * the planner: on its own it would be one more file on both pages.
 */
const DATE_CHUNK = /\/src\/lib\/dates\/(calendar|limits)\.ts$|\/src\/lib\/wizard\/facts\.ts$|\/src\/lib\/text\/fill\.ts$/;

/**
 * @astrojs/svelte's client renderer, the module an <astro-island> loads to hydrate a Svelte
 * component. Astro builds it whether or not a page has an island, and it is in the shared Svelte
 * chunk's graph: it brings createRawSnippet, and with it Svelte's HTML-string template code, which
 * creates a Trusted Types policy that accepts any string ("svelte-trusted-html"). No page of this
 * site uses <astro-island> (each island is mounted by its page's script: docs/adr/005), so the
 * build replaces the renderer by one that fails loudly, and tests/build/trusted-types.test.ts fails
 * the build checks if a page ever has an island (docs/adr/018-trusted-types.md).
 */
export const SVELTE_RENDERER = /\/@astrojs\/svelte\/dist\/client\.svelte\.js$/;

/** What the renderer becomes: an island that tried to use it shows why in the console. */
export const NO_SVELTE_RENDERER =
  'export default () => () => {\n  throw new Error("This site mounts Svelte islands from page scripts; <astro-island> has no renderer (src/integrations/browser-chunks.ts).");\n};\n';

/** The placeholder the search loader imports (src/islands/search/header-search-url.ts). */
export const HEADER_SEARCH_PLACEHOLDER = '/@ceac/header-search.js';
const HEADER_SEARCH_SOURCE = fileURLToPath(new URL('../islands/search/header-search.ts', import.meta.url));

/**
 * Replaces every occurrence of the placeholder (quoted, as the minifier leaves a string) by the
 * panel chunk's address. Returns the code unchanged when it holds no placeholder.
 */
export function fillHeaderSearchUrl(code: string, fileName: string): string {
  return code.replace(/(["'`])\/@ceac\/header-search\.js\1/g, (_m, q: string) => `${q}/${fileName}${q}`);
}

/**
 * `astro dev`: there is no build to fill the placeholder in, so the dev server answers the
 * placeholder address with the panel's module itself.
 */
export function headerSearchInDev(): Plugin {
  return {
    name: 'ceac:header-search-dev',
    apply: 'serve',
    resolveId: (id) => (id === HEADER_SEARCH_PLACEHOLDER ? HEADER_SEARCH_SOURCE : null),
  };
}

export default function browserChunks(): Plugin {
  let headerSearchRef: string | undefined;
  return {
    name: 'ceac:browser-chunks',
    enforce: 'pre',
    apply: 'build',
    // With the plain helper the list of files to preload is never read: leave it out of the chunks.
    config: () => ({ build: { modulePreload: { polyfill: false, resolveDependencies: () => [] } } }),
    // Browser build only: the small date modules and fill() travel with the calendar module.
    // So does the plain helper: used by one chunk it is folded into it, but the wizard and the
    // planner both lazy-load a chunk, and it would become a 48-byte file of its own on both pages,
    // which also load the calendar chunk.
    configEnvironment(name) {
      if (name !== 'client') return;
      return {
        build: {
          rollupOptions: {
            output: { manualChunks: (id: string) => (DATE_CHUNK.test(id) || id === PRELOAD_HELPER_ID ? 'calendar' : undefined) },
          },
        },
      };
    },
    load(id) {
      if (SVELTE_RENDERER.test(id)) return NO_SVELTE_RENDERER;
      return id === PRELOAD_HELPER_ID ? PLAIN_PRELOAD_HELPER : null;
    },
    // The header search panel is its own chunk (nothing imports it by name: the loader imports the
    // placeholder address, filled in below), so the loader has no import and Astro inlines it.
    buildStart() {
      headerSearchRef =
        this.environment?.name === 'client' ? this.emitFile({ type: 'chunk', id: HEADER_SEARCH_SOURCE, name: 'header-search' }) : undefined;
    },
    generateBundle(_options, bundle) {
      if (!headerSearchRef) return;
      const fileName = this.getFileName(headerSearchRef);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes(HEADER_SEARCH_PLACEHOLDER))
          chunk.code = fillHeaderSearchUrl(chunk.code, fileName);
      }
    },
  };
}
