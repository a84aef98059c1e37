/**
 * `npm run build`, after `npm run gen`: `docusaurus build` with the arguments given, in one process or, for a
 * large site, in steps (src/site-build/plan.ts). Each step's output goes straight to this terminal; the first
 * that fails ends the build with its exit code. Run as `node --import tsx` (one process, not tsx's two): it waits
 * beside the build the whole time, and its memory counts in the build's.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, activeLocales } from '../src/i18n/locales';
import { apiDocsDir } from '../src/site-layout';
import { buildPlan, splitModeOf } from '../src/site-build/plan';

const root = path.resolve(__dirname, '..');
const docusaurus = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

const steps = buildPlan({
  args: process.argv.slice(2),
  // The operation pages gen-api-docs wrote: counted, not parsed, so this process stays small beside the build.
  operations: fs.readdirSync(path.join(root, apiDocsDir(DEFAULT_LOCALE))).filter((f) => f.endsWith('.api.mdx')).length,
  locales: activeLocales(),
  defaultLocale: DEFAULT_LOCALE,
  mode: splitModeOf(process.env.BUILD_SPLIT),
});
if (steps.length > 1) console.log(`Building in ${steps.length} steps (bundling, then pages, per locale)`);
for (const step of steps) {
  const run = spawnSync(process.execPath, [docusaurus, ...step.args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
