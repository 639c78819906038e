/**
 * The built /wizard/props.json parses with the schema of the island's props
 * (src/schemas/wizard-props.ts). The browser checks only its top level (src/lib/wizard/props-shape.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerHooks } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './dist.ts';

// The schema imports src/ modules the way the app does, without ".ts"; plain Node needs it added.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || specifier.endsWith('.ts')) throw error;
      return next(`${specifier}.ts`, context);
    }
  },
});
const { wizardPropsSchema } = await import('../../src/schemas/wizard-props.ts');

const props: unknown = JSON.parse(readFileSync(join(distDir, 'wizard', 'props.json'), 'utf8'));

test('/wizard/props.json matches the schema of the wizard island’s props', () => {
  const result = wizardPropsSchema.safeParse(props);
  const problems = result.success ? [] : result.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
  assert.deepEqual(problems, []);
});

test('the schema rejects the shapes the browser check rejects, and a wrong field deep inside', () => {
  for (const bad of [{}, null, [], 'table']) assert.equal(wizardPropsSchema.safeParse(bad).success, false, JSON.stringify(bad));
  const good = props as { words: { share: Record<string, string> } };
  const broken = { ...good, words: { ...good.words, share: { ...good.words.share, copy: 1 } } };
  assert.equal(wizardPropsSchema.safeParse(broken).success, false);
});
