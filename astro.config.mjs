// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import securityHeaders, { headersFile } from './src/integrations/security-headers.ts';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import browserChunks, { headerSearchInDev } from './src/integrations/browser-chunks.ts';
import { timelinesInSitemap } from './src/lib/timelines/sitemap.ts';

// The public origin used for canonical links, Open Graph and the sitemap.
// Set SITE_URL when deploying under a real domain (docs/adr/001-static-astro-site.md).
const site = process.env.SITE_URL ?? 'https://ceac-status-guide.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Every stylesheet goes into the page as a <style> (hashed into the CSP like any inline style):
  // the first paint needs no second request. The whole site's CSS is under 3 KB gzip, so a guide's
  // HTML and CSS still fit one round trip (14 KB; docs/adr/013-inline-css.md, docs/design.md §9).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Keep whitespace between inline elements (Astro 7 defaults to 'jsx', which strips it).
  compressHTML: true,
  // Markdown code highlighting is off: Shiki's inline styles would need 'unsafe-inline' (CSP).
  markdown: { syntaxHighlight: false },
  // Timelines filter combinations are noindex and left out of the sitemap (src/lib/timelines/sitemap.ts).
  // pagefind() indexes the finished dist/ in astro:build:done (src/integrations/pagefind.ts).
  integrations: [
    mdx(),
    svelte(),
    // The wizard's no-JavaScript step and policy pages are noindex, so they stay out of the sitemap too.
    sitemap({ filter: (page) => timelinesInSitemap(page) && !/^\/wizard\/(steps|policies)\//.test(new URL(page).pathname) }),
    securityHeaders(),
    pagefind(),
    serviceWorker(),
    // Last: _headers gives each section of the site its policy, so it needs every file written.
    headersFile(),
  ],
  devToolbar: { enabled: false },
  // Lazy chunks load without Vite's preload helper (src/integrations/browser-chunks.ts).
  vite: { plugins: [browserChunks(), headerSearchInDev()] },
  // Astro hashes every script and style it emits into a CSP <meta> tag on each page, so no
  // 'unsafe-inline' is needed. A site-wide policy is also sent as a header by dist/_headers
  // (docs/adr/002-security-headers.md); directives here are those a <meta> tag can carry.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        // default-src 'none' also covers what the site never loads: fonts (system fonts only),
        // frames, media, a web app manifest (there is none), and workers from blob: addresses (the
        // only workers are /sw.js and Pagefind's).
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Trusted Types (docs/adr/018-trusted-types.md): no HTML, script or script-address string
        // reaches a DOM sink; the one policy allowed, "ceac", turns exactly '/sw.js' into a script
        // address for the service worker. Nothing may create another or a second one of that name.
        "require-trusted-types-for 'script'",
        'trusted-types ceac',
      ],
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it does not allow
      // eval() or new Function() (docs/adr/002-security-headers.md).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
