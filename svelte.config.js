import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // The version beacon costs ~100 bytes on every island page; our budgets are tight (DESIGN.md §9).
  compilerOptions: { discloseVersion: false },
};
