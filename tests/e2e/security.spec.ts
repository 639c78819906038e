import { test, expect } from './fixtures';

test('pages are served with a strict CSP and the security headers', async ({ page }) => {
  const response = await page.goto('/guides/');
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  // The one inline script is the search loader (docs/adr/017-inline-search-loader.md): exactly one
  // script hash is allowed, and it is the hash of the script the page carries.
  const scriptHashes = (/script-src([^;]*)/.exec(csp)?.[1] ?? '').match(/'sha256-[^']+'/g) ?? [];
  expect(scriptHashes).toHaveLength(1);
  const loader = (await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents()).join('');
  const digest = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(loader))).toString('base64');
  expect(scriptHashes[0]).toBe(`'sha256-${digest}'`);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  // 'wasm-unsafe-eval' (for Pagefind's WebAssembly) is allowed; JavaScript eval is not.
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  // The same policy is in the page as a meta tag, for hosts that cannot set headers.
  const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
});

test.describe('an injected inline script', () => {
  // The browser reports the blocked script as a console error and a CSP violation; that is the point.
  test.use({ expectedConsoleErrors: [/Content Security Policy|CSP violation|requires 'TrustedScript' assignment/] });

  test('in the page as served is blocked by the hash policy', async ({ page }) => {
    // As if a stored text reached the HTML unescaped: a parser-made inline script, not in the policy.
    await page.route('/about/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('</main>', '<script>window.__injected = true</script></main>');
      await route.fulfill({ response, body });
    });
    await page.goto('/about/');
    await expect(page.locator('main script')).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });

  test('made by a script is refused by Trusted Types, whichever way its text is given', async ({ page }) => {
    await page.goto('/about/');
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as { __injected?: boolean };
      const results: string[] = [];
      const s = document.createElement('script');
      try {
        s.textContent = 'window.__injected = true';
        results.push('textContent accepted');
      } catch (e) {
        results.push((e as Error).name);
      }
      // Text given as a child node passes no property sink; the browser checks it when it runs.
      const t = document.createElement('script');
      t.append(document.createTextNode('window.__injected = true'));
      document.body.append(t);
      await new Promise((r) => setTimeout(r, 50));
      results.push(w.__injected === true ? 'ran' : 'did not run');
      return results;
    });
    expect(outcome).toEqual(['TypeError', 'did not run']);
  });
});

test('hashed build files are cached for a year; pages are not', async ({ page, request }) => {
  const response = await page.goto('/guides/');
  expect(response!.headers()['cache-control'] ?? '').not.toContain('immutable');
  // Guides carry no script file (the loader is inline); the search panel's chunk is a hashed build file.
  const loader = (await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents()).join('');
  const chunk = /\/_astro\/header-search\.[\w-]+\.js/.exec(loader)?.[0];
  expect(chunk).toBeTruthy();
  expect((await request.get(chunk!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the site refuses to be framed by another page', async ({ page }) => {
  const response = await page.goto('/');
  expect(response!.headers()['x-frame-options']).toBe('DENY');
});
