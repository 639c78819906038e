// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

// The public origin used for canonical links, Open Graph and the sitemap.
// Set SITE_URL when deploying under a real domain (docs/adr/001-static-astro-site.md).
const site = process.env.SITE_URL ?? 'https://ceac-status-guide.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Keep whitespace between inline elements (Astro 7 defaults to 'jsx', which strips it).
  compressHTML: true,
  // pagefind() last: it indexes the finished dist/ in astro:build:done (src/integrations/pagefind.ts).
  integrations: [mdx(), svelte(), sitemap(), pagefind()],
  devToolbar: { enabled: false },
});
