import { describe, expect, it } from 'vitest';
import browserChunks, { PLAIN_PRELOAD_HELPER, PRELOAD_HELPER_ID } from '../../src/integrations/browser-chunks.ts';

type Load = (id: string) => string | null;

describe('the plain dynamic-import plugin', () => {
  const plugin = browserChunks();
  const load = plugin.load as unknown as Load;

  it('replaces only the preload helper, in production builds, before Vite loads it', () => {
    expect(plugin.apply).toBe('build');
    expect(plugin.enforce).toBe('pre');
    expect(load(PRELOAD_HELPER_ID)).toBe(PLAIN_PRELOAD_HELPER);
    expect(load('/src/components/search/header-search.ts')).toBeNull();
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
