/**
 * Where the header search panel's code is served. This placeholder is replaced in the built
 * browser code by the panel chunk's real, hashed address (src/integrations/browser-chunks.ts),
 * so the loader needs no import statement and the build can inline it in every page.
 */
export const HEADER_SEARCH_URL: string = '/@ceac/header-search.js';
