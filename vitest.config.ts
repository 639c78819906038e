/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets unit tests import schemas that use `astro/zod` exactly as the build does.
// CEAC_BENCH=1 runs the timing checks in tests/bench/ instead (`npm run bench` does this).
export default getViteConfig({
  test: {
    include: process.env['CEAC_BENCH'] ? ['tests/bench/**/*.test.ts'] : ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
