/**
 * A Pagefind excerpt as text pieces, some marked. Pagefind builds an excerpt from the page's text
 * with `<` and `>` written as `&lt;` and `&gt;`, and puts `<mark>` … `</mark>` around the words that
 * matched. Only those two exact tags mean anything here: every other character, a `<script>`, a
 * `<mark class="x">` or an `<img onerror>` included, stays text. The caller makes text nodes and
 * <mark> elements from the pieces, so nothing in the index can become markup and the page needs no
 * HTML parser (Trusted Types forbid handing it strings; docs/adr/018-trusted-types.md).
 */
import type { Segment } from '../decoder/highlight';

export type { Segment };

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the character references an excerpt can carry: the named ones above and numeric ones
 * (`&#39;`, `&#x27;`). Anything else that looks like a reference is left as it is written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    // A browser shows U+FFFD for a null or out-of-range reference; so do we.
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * The excerpt's pieces, in order. An opening `<mark>` marks the text up to the next `</mark>` (or
 * to the end, when none follows); a second `<mark>` before it and a `</mark>` with none open change
 * nothing. Neighbouring pieces of the same kind are joined and empty ones dropped.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const out: Segment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    const text = decodeEntities(part);
    if (!text) continue;
    const last = out.at(-1);
    if (last && last.marked === marked) last.text += text;
    else out.push({ text, marked });
  }
  return out;
}
