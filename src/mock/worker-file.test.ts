/**
 * The mock's service worker (static/mockServiceWorker.js) is committed, and msw's install script that would copy
 * it is denied (package.json `allowScripts`, README "Install scripts"): after an msw upgrade the file is refreshed
 * by hand with `npx msw init`. A worker of another version makes msw warn in every reader's console, and
 * its messages may not match the library's: this check fails first.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const WORKER = 'static/mockServiceWorker.js';
const installed = JSON.parse(fs.readFileSync('node_modules/msw/package.json', 'utf8')) as { version: string };
const committed = fs.readFileSync(WORKER, 'utf8');

describe(WORKER, () => {
  it('is the worker of the installed msw version', () => {
    const version = /^const PACKAGE_VERSION = '([^']+)'/m.exec(committed)?.[1];
    expect(version, `${WORKER} has no PACKAGE_VERSION`).toBeDefined();
    expect(
      version,
      `${WORKER} is msw ${version}'s worker, msw ${installed.version} is installed: run \`npx msw init\``,
    ).toBe(installed.version);
  });
  it('is the file msw ships, byte for byte (its integrity checksum included)', () => {
    const shipped = fs.readFileSync('node_modules/msw/lib/mockServiceWorker.js', 'utf8');
    expect(committed === shipped, `${WORKER} differs from msw's own: run \`npx msw init\``).toBe(true);
  });
});
