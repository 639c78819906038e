/**
 * HTML validation rules for the built site (tests/build/html-valid.test.ts).
 * html-validate's recommended set, minus rules that fight Astro's output or HTML5 itself:
 */
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's compressed output leaves spaces at line ends; invisible to users.
    'no-trailing-whitespace': 'off',
    // Astro writes boolean attributes as `hidden` and void elements as `<meta>`; both are valid HTML5.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    // HTML5 allows ids that start with a digit (glossary anchors such as #221g, #214b).
    'valid-id': ['error', { relaxed: true }],
    // Guide titles are questions as people search them; the length is checked by the content schema.
    'long-title': 'off',
  },
};
