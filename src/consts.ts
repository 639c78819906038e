/** Site-wide names and navigation. */
export const SITE_NAME = 'CEAC Status Guide';
export const SITE_TAGLINE = 'What your US visa status means, and what to do next';

/**
 * Primary navigation, in header order. The three tools come first, each named by what the reader
 * does there; the reference sections after them are named by what they hold. On a wide screen the
 * list is one line (tests/e2e/layout.spec.ts checks it at 1024 and 1280 pixels), so keep labels
 * short. Add a route here when it exists.
 */
export const NAV_LINKS: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/wizard/', label: 'Check my status' },
  { href: '/decode/', label: 'Paste CEAC text' },
  { href: '/next-steps/', label: 'Dates and letters' },
  { href: '/guides/', label: 'Guides' },
  { href: '/status/', label: 'Statuses' },
  { href: '/timelines/', label: 'Wait times' },
  { href: '/posts/', label: 'Embassies' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/about/', label: 'About' },
];
