/**
 * The verdict's dated lines ("By when") as DOM. Wizard.svelte imports this module with import()
 * only once a date is known, so the date arithmetic and its federal-holiday table are a chunk of
 * their own that costs nothing on page load (docs/adr/005-wizard-javascript-budget.md). Every word
 * goes in as text: no HTML string is built or parsed (docs/adr/018-trusted-types.md).
 */
import { dateLines } from '../lib/wizard/dated';
import type { TimingKind } from '../lib/wizard/timing';
import type { WizardWords } from '../lib/wizard/wording';

function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills `target` with a note when the date is in the future, then the list of dated lines. */
export function renderDates(target: HTMLElement, kinds: readonly TimingKind[], since: string, today: string, words: WizardWords): void {
  const w = words.dateLabels;
  const list = el('ul');
  for (const line of dateLines(kinds, since, today, words)) {
    const time = el('time', line.title);
    time.setAttribute('datetime', line.date);
    const strong = el('strong');
    strong.append(time);
    const detail = el('span', undefined, 'detail');
    detail.append(el('span', w[line.basis], `basis basis-${line.basis}`), ` ${line.detail}`);
    const li = el('li', undefined, line.past ? 'past' : undefined);
    li.append(strong);
    if (line.past) li.append(el('span', ` ${w.past}`, 'meta'));
    li.append(detail);
    list.append(li);
  }
  target.replaceChildren(...(since > today ? [el('p', w.future, 'meta')] : []), list);
}
