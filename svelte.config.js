import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // The version beacon costs ~100 bytes on every island page; our budgets are tight (DESIGN.md §9).
    discloseVersion: false,
    // Components build their DOM with createElement instead of parsing HTML-string templates through
    // innerHTML, so Svelte needs no Trusted Types policy of its own (docs/adr/018-trusted-types.md).
    fragments: 'tree',
  },
};
