/** Site-wide names and navigation. */
export const SITE_NAME = 'CEAC Status Guide';
export const SITE_TAGLINE = 'What your US visa status means, and what to do next';

/** Primary navigation, in header order. Add a route here when it exists. */
export const NAV_LINKS: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/wizard/', label: 'Wizard' },
  { href: '/guides/', label: 'Guides' },
  { href: '/status/', label: 'Statuses' },
  { href: '/decode/', label: 'Decode' },
  { href: '/next-steps/', label: 'Next steps' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/timelines/', label: 'Timelines' },
  { href: '/about/', label: 'About' },
];
