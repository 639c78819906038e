/** Every file under the build output, as site-relative paths with forward slashes ("guides/x/index.html"). */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export async function listDistFiles(root: string, dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? listDistFiles(root, join(dir, e.name)) : Promise.resolve([relative(root, join(dir, e.name)).split(sep).join('/')]),
    ),
  );
  return nested.flat();
}
