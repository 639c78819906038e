/**
 * Characters that change the direction of the text around them: the embeddings and overrides
 * (U+202A–U+202E), the isolates (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). The site
 * quotes a value from an address or a search box inside its own sentence; with a right-to-left
 * override in it, the rest of that sentence would be drawn backwards. Such values lose these
 * characters before they are shown (they are always shown as text, never as HTML).
 */
const directionControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text without direction controls. */
export function withoutDirectionControls(text: string): string {
  return text.replace(directionControls, '');
}
