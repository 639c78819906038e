// ESLint flat config: TypeScript, Astro and Svelte files. `npm run lint`; also a stage of `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-reports/', 'test-results/', 'bench/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter or binding that is required by position but not used.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.svelte'],
    rules: {
      // Our {#each} lists are static text shown in order, never reordered or animated; keys add nothing but bytes to island budgets.
      'svelte/require-each-key': 'off',
      // {' '} keeps a space between inline elements that the compressed HTML would otherwise drop.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    // The service worker template: __PRECACHE__ is replaced with the file list when the build writes sw.js.
    files: ['src/integrations/sw-template.js'],
    languageOptions: { globals: { ...globals.serviceworker, __PRECACHE__: 'readonly' } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
);
