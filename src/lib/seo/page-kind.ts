/** Which content entry a path shows, for the head metadata. "/guides/x/" → guide x. */
export type PageEntry = { kind: 'guide'; id: string } | { kind: 'status'; id: string } | { kind: 'home' } | { kind: 'other' };

export function pageEntry(pathname: string): PageEntry {
  if (pathname === '/') return { kind: 'home' };
  const guide = /^\/guides\/([a-z0-9-]+)\/$/.exec(pathname);
  if (guide) return { kind: 'guide', id: guide[1]! };
  const status = /^\/status\/([a-z0-9-]+)\/$/.exec(pathname);
  if (status) return { kind: 'status', id: status[1]! };
  return { kind: 'other' };
}
