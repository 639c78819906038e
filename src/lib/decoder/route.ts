/**
 * Whether a paste says how the person applied. Only dropbox words count: the short Refused text
 * itself says "at the interview", so the word "interview" tells us nothing.
 */
import type { Route } from './readings';

const DROPBOX = /\bdrop\s*-?\s*box\b|\binterview\s+waiver\b|\bwaiver\s+of\s+(the\s+)?interview\b|\bdrop[\s-]*off\b/i;

/** "dropbox" when the paste mentions a dropbox or an interview waiver; otherwise undefined. */
export function routeFromPaste(text: string): Route | undefined {
  return DROPBOX.test(text) ? 'dropbox' : undefined;
}
