/**
 * What the planner says about its saved record (src/lib/planner/saved.ts). A separate module so the
 * page loads these words only when there is something to say (the planner's 20 KB script budget).
 */
import { MAX_SET_ASIDE, type LoadOutcome, type SaveOutcome } from './saved';

/** What to tell the user after Save. */
export function saveMessage(outcome: SaveOutcome): string {
  if (outcome.ok) return 'Saved on this device only. Use "Forget saved dates" to remove it.';
  switch (outcome.reason) {
    case 'full':
      return "This browser's storage for this site is full, so nothing was saved. Your dates are still on this page.";
    case 'newer':
      return 'Dates saved by a newer version of this page (perhaps in another tab) are on this device, so nothing was saved over them. Reload the page to use the newer version.';
    case 'unreadable':
      return 'An unreadable saved record could not be set aside, so nothing was saved over it. Use "Forget saved dates" to remove it first.';
    default:
      return 'This browser does not allow saving. Nothing was saved.';
  }
}

/** The warning to show after a load, or '' when there is nothing to say. */
export function loadNotice(outcome: LoadOutcome): string {
  if (outcome.kind === 'unavailable') return '';
  const parts: string[] = [];
  if (outcome.kind === 'set-aside') {
    parts.push(
      `Dates saved on this device earlier could not be read (${outcome.problem}), so they were not used. They are set aside, not deleted.`,
    );
  } else if (outcome.kind === 'kept-in-place') {
    parts.push(
      `Dates saved on this device earlier could not be read (${outcome.problem}), so they were not used. They are kept as they are, not deleted; Save will not write over them.`,
    );
  } else if (outcome.kind === 'newer') {
    parts.push(
      'Dates on this device were saved by a newer version of this page (perhaps in another tab), so they were not used and Save will not replace them. Reload the page to use the newer version.',
    );
  }
  const earlier = outcome.kind === 'set-aside' ? outcome.setAside - 1 : outcome.setAside;
  if (earlier > 0) {
    parts.push(
      earlier === 1
        ? 'One unreadable record from an earlier visit is still set aside on this device.'
        : `${earlier} unreadable records from earlier visits are still set aside on this device.`,
    );
  }
  if (outcome.setAside >= MAX_SET_ASIDE) parts.push('No more can be set aside until you delete them.');
  return parts.join(' ');
}
