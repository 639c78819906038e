/** Site-wide names and navigation. */
export const SITE_NAME = 'CEAC Status Guide';
export const SITE_TAGLINE = 'What your US visa status means, and what to do next';

/**
 * Primary navigation, in header order. Each label names what the reader wants to do there; the
 * three tools come first. Add a route here when it exists.
 */
export const NAV_LINKS: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/wizard/', label: 'Check my status' },
  { href: '/decode/', label: 'Paste CEAC text' },
  { href: '/next-steps/', label: 'Plan dates and letters' },
  { href: '/guides/', label: 'Read the guides' },
  { href: '/status/', label: 'Look up a status' },
  { href: '/timelines/', label: 'See wait times' },
  { href: '/posts/', label: 'Find your embassy' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/about/', label: 'About' },
];
