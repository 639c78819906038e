/**
 * Puts a no-JavaScript verdict page together (src/pages/wizard/steps/[...answers].astro) the way
 * the island fills /wizard/ in the browser (src/islands/Wizard.svelte): the verdict's shell has an
 * empty #verdict-now and #verdict-body; the outcome's first part goes in the first, with the dated
 * lines before "When to worry", and the rest in the second, where a summary of reported cases for
 * these answers takes the place of the outcome's own reported pattern.
 *
 * The pieces are server-rendered HTML. They are changed through an HTML parser, never by matching
 * markup with a regular expression, so nesting inside a piece cannot cut it short.
 */
import { parse, type HTMLElement } from 'node-html-parser';

export interface StaticVerdictParts {
  /** WizardVerdict's markup, with an empty `#verdict-now` and `#verdict-body`. */
  readonly shell: string;
  /** WizardOutcome's first part; it has a `section.worry`. */
  readonly now: string;
  /** WizardOutcome's rest; it has a `section.read`, and a `.reported` when the outcome has a pattern. */
  readonly rest: string;
  /** Put first in #verdict-now (a deadline line). */
  readonly lead?: string;
  /** Put before "When to worry" ("By when" and the measured line). */
  readonly beforeWorry?: string;
  /** A summary of reported cases like these answers: replaces `.reported`, placed before `section.read`. */
  readonly reported?: string;
  /** Put last in #verdict-body (where to ask, the passport check). */
  readonly tail?: string;
}

function only(root: HTMLElement, selector: string, piece: string): HTMLElement {
  const found = root.querySelectorAll(selector);
  if (found.length !== 1) throw new Error(`${piece} must have exactly one ${selector}; it has ${found.length}`);
  return found[0]!;
}

/** The verdict's HTML with its two boxes filled. Throws when a piece no longer has the place it is put in. */
export function staticVerdictHtml(parts: StaticVerdictParts): string {
  const shell = parse(parts.shell);
  const nowBox = only(shell, '#verdict-now', 'The verdict shell');
  const bodyBox = only(shell, '#verdict-body', 'The verdict shell');
  if (nowBox.childNodes.length > 0 || bodyBox.childNodes.length > 0)
    throw new Error('The verdict shell must leave #verdict-now and #verdict-body empty');

  const now = parse(parts.now);
  const worry = only(now, 'section.worry', "The outcome's first part");
  if (parts.beforeWorry) worry.insertAdjacentHTML('beforebegin', parts.beforeWorry);

  const rest = parse(parts.rest);
  if (parts.reported !== undefined) {
    for (const own of rest.querySelectorAll('.reported')) own.remove();
    only(rest, 'section.read', "The outcome's rest").insertAdjacentHTML('beforebegin', parts.reported);
  }

  nowBox.set_content(`${parts.lead ?? ''}${now.toString()}`);
  bodyBox.set_content(`${rest.toString()}${parts.tail ?? ''}`);
  return shell.toString();
}
