/**
 * `npm run spec:debt`: writes openapi/description-debt.json, the properties, responses and parameters of
 * openapi/tianji.yaml that still have no description (sorted). Run it after describing some (the list only
 * shrinks: test/description-coverage.test.ts fails on an entry that has been described, and on a new gap).
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { coverage, coverageSummary } from '../src/overlay/coverage';
import { debtOf, debtText } from '../src/overlay/debt';
import { DESCRIPTION_DEBT } from '../src/overlay/layout';
import { DEFAULT_SPEC } from '../src/site-layout';

const root = path.resolve(__dirname, '..');
const c = coverage(YAML.parse(fs.readFileSync(path.join(root, DEFAULT_SPEC), 'utf8')));
fs.writeFileSync(path.join(root, DESCRIPTION_DEBT), debtText(debtOf(c)));
console.log(`Wrote ${DESCRIPTION_DEBT}: described ${coverageSummary(c)}.`);
