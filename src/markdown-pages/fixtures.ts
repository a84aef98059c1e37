/** Test fixtures: English labels from the site's own code.json, and the Tianji operations from our spec. */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadApiModel } from '../openapi/model';
import { DEFAULT_SPEC, codeTranslationsFile } from '../site-layout';
import { markdownLabels, type MarkdownLabels } from './labels';

const root = fileURLToPath(new URL('../../', import.meta.url));
const codeJson = (locale: string) => JSON.parse(fs.readFileSync(`${root}${codeTranslationsFile(locale)}`, 'utf8'));

export const labelsOf = (locale: string): MarkdownLabels => markdownLabels(codeJson(locale), codeJson('en'));

export const tianjiModel = () => loadApiModel(`${root}${DEFAULT_SPEC}`);
