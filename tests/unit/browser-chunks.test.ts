import { describe, expect, it } from 'vitest';
import browserChunks, {
  fillHeaderSearchUrl,
  HEADER_SEARCH_PLACEHOLDER,
  NO_SVELTE_RENDERER,
  PLAIN_PRELOAD_HELPER,
  PRELOAD_HELPER_ID,
} from '../../src/integrations/browser-chunks.ts';

type Load = (id: string) => string | null;

describe('the plain dynamic-import plugin', () => {
  const plugin = browserChunks();
  const load = plugin.load as unknown as Load;

  it('replaces only the preload helper, in production builds, before Vite loads it', () => {
    expect(plugin.apply).toBe('build');
    expect(plugin.enforce).toBe('pre');
    expect(load(PRELOAD_HELPER_ID)).toBe(PLAIN_PRELOAD_HELPER);
    expect(load('/src/islands/search/header-search.ts')).toBeNull();
    expect(load('vite/preload-helper.js')).toBeNull();
  });

  it('gives a helper that returns what the import factory returns, whatever the other arguments', async () => {
    const url = `data:text/javascript,${encodeURIComponent(PLAIN_PRELOAD_HELPER)}`;
    const { __vitePreload } = (await import(/* @vite-ignore */ url)) as {
      __vitePreload: (factory: () => Promise<unknown>, deps?: unknown, importer?: string) => Promise<unknown>;
    };
    const module = { mountHeaderSearch: () => 'mounted' };
    await expect(__vitePreload(() => Promise.resolve(module), ['_astro/typing.js'], '/x.js')).resolves.toBe(module);
    const failure = new Error('chunk gone after a deploy');
    await expect(__vitePreload(() => Promise.reject(failure))).rejects.toBe(failure);
  });
});

describe("@astrojs/svelte's client renderer", () => {
  const load = browserChunks().load as unknown as Load;
  const renderer = new URL('../../node_modules/@astrojs/svelte/dist/client.svelte.js', import.meta.url).pathname;

  it('is replaced in the build, and nothing else of the package is', () => {
    expect(load(renderer)).toBe(NO_SVELTE_RENDERER);
    expect(load(renderer.replace('client.svelte.js', 'server.js'))).toBeNull();
    expect(load('/src/islands/Wizard.svelte')).toBeNull();
  });

  it('by one that throws when an island tries to hydrate, instead of rendering', async () => {
    const url = `data:text/javascript,${encodeURIComponent(NO_SVELTE_RENDERER)}`;
    const { default: renderer } = (await import(/* @vite-ignore */ url)) as { default: (el: unknown) => () => unknown };
    expect(() => renderer({})()).toThrow(/<astro-island> has no renderer/);
  });
});

describe('the header search address', () => {
  it('fills the placeholder in every quoting a minifier may leave, and nothing else', () => {
    const file = '_astro/header-search.Ab12-x.js';
    expect(fillHeaderSearchUrl(`import(\`${HEADER_SEARCH_PLACEHOLDER}\`)`, file)).toBe(`import(\`/${file}\`)`);
    expect(fillHeaderSearchUrl(`a="${HEADER_SEARCH_PLACEHOLDER}";b='${HEADER_SEARCH_PLACEHOLDER}'`, file)).toBe(
      `a="/${file}";b='/${file}'`,
    );
    // Not a quoted string of its own: left alone (a mismatched quote, a longer path).
    expect(fillHeaderSearchUrl(`"${HEADER_SEARCH_PLACEHOLDER}'`, file)).toBe(`"${HEADER_SEARCH_PLACEHOLDER}'`);
    expect(fillHeaderSearchUrl(`"${HEADER_SEARCH_PLACEHOLDER}x"`, file)).toBe(`"${HEADER_SEARCH_PLACEHOLDER}x"`);
  });

  it('is the address the loader imports before the build fills it in', async () => {
    const { HEADER_SEARCH_URL } = await import('../../src/islands/search/header-search-url.ts');
    expect(HEADER_SEARCH_URL).toBe(HEADER_SEARCH_PLACEHOLDER);
  });
});
