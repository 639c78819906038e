/**
 * Build checks for the decoder (/decode/) and the planner (/next-steps/). Their JavaScript budgets
 * are checked with every other page's in budgets.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, pageAt } from './dist.ts';

test('/decode/ has exactly one data-variant element and a text area named for status text', () => {
  const page = pageAt('/decode/')!;
  assert.equal(page.root.querySelectorAll('[data-variant]').length, 1);
  const area = page.root.querySelector('textarea');
  assert.ok(area, 'no textarea');
  const label = page.root.querySelector(`label[for="${area.getAttribute('id')}"]`);
  assert.match(label?.textContent ?? '', /status text/i);
});

test('/decode/ shows every official text for comparison without JavaScript', () => {
  const page = pageAt('/decode/')!;
  const quotes = page.root.querySelectorAll('.ceac-text blockquote').map((b) => b.textContent);
  for (const phrase of [
    'will receive another adjudication',
    'Please see the letter you received at the interview',
    'Your application was refused',
    'Your visa is in final processing',
  ]) {
    assert.ok(
      quotes.some((q) => q.includes(phrase)),
      `missing: ${phrase}`,
    );
  }
});

test('the wizard link appears only when the wizard page is built', () => {
  const page = pageAt('/decode/')!;
  const wizardBuilt = existsSync(join(distDir, 'wizard', 'index.html'));
  const props = JSON.parse(page.root.querySelector('#decoder-root')?.getAttribute('data-props') ?? '{}') as { wizard?: unknown };
  assert.equal(props.wizard, wizardBuilt);
});
