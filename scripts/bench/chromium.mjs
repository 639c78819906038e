/**
 * Which Chromium `npm run bench` drives: CHROMIUM_PATH when set, otherwise Debian's /usr/bin/chromium
 * (the browser the Playwright tests use; `.ci/run` installs it). Playwright's own browser download
 * does not work on these machines, so the bench never falls back to it.
 */
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** The path and version string of the Chromium to use; throws with what to do when there is none. */
export function findChromium(env = process.env) {
  const path = env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `no Chromium at ${path}. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
  }
  const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const version = run.status === 0 ? run.stdout.trim() : 'version unknown';
  return { path, version };
}
