/**
 * Documents as real APIs write them (test/fixtures/specs/): valid OpenAPI that a strict linter complains about, or
 * that needs preparing (Swagger 2.0, split files, no operation ids). Each builds English-only, with its warnings
 * printed, one page per operation, and no stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import kebabCase from 'lodash/kebabCase';
import { afterAll, describe, expect, it } from 'vitest';
import type { OperationData } from '../src/openapi/types';
import { OPERATIONS_FILE } from '../src/site-layout';
import { copySite, removeSite, runScript } from './support/site-copy';

const specs = path.resolve(__dirname, 'fixtures/specs');
const dir = copySite();
afterAll(() => removeSite(dir));

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** The page text of an operation, as built. */
const pageText = (id: string) =>
  fs
    .readFileSync(path.join(dir, 'build/docs/api', `${kebabCase(id)}.html`), 'utf8')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');

const cases: Array<{ file: string; warning?: RegExp; ids: string[]; shows: Record<string, string[]> }> = [
  {
    file: 'errors-only-responses.yaml',
    warning: /operation-2xx-response ×1: .*\n\s+\S*errors-only-responses\.yaml#\/paths\/~1pets\/get\/responses/,
    ids: ['deletePet', 'listPets'],
    shows: { listPets: ['404', 'No pets yet.'], deletePet: ['Unexpected error.'] },
  },
  {
    file: 'discriminator-mapping-names.yaml',
    ids: ['chooseOption'],
    shows: { chooseOption: ['Choose an option', 'The option chosen.'] },
  },
  {
    file: 'nullable-in-31.yaml',
    warning:
      /struct ×1: Property `nullable` is not expected here\.\n\s+\S*nullable-in-31\.yaml#\/paths\/~1pets\/get\S*\/tag\/nullable/,
    ids: ['listPets'],
    shows: { listPets: ['tag'] },
  },
  {
    file: 'no-operation-ids.yaml',
    warning: /derived-operation-id ×3: no operationId: the page is named `get-pets`/,
    ids: ['get-pets', 'post-pets', 'get-pets-petId'],
    shows: { 'get-pets': ['GET /pets'], 'post-pets': ['Add a pet'], 'get-pets-petId': ['GET /pets/{petId}', 'petId'] },
  },
  { file: 'swagger-2.json', ids: ['listPets'], shows: { listPets: ['List all pets', 'limit', 'A page of pets.'] } },
  { file: 'split/openapi.yaml', ids: ['listPets'], shows: { listPets: ['The name the pet answers to.', 'age'] } },
];

describe('real-world documents build', () => {
  it.each(cases)(
    '$file',
    async ({ file, warning, ids, shows }) => {
      const result = await runScript(dir, 'build', ['--locale', 'en'], path.join(specs, file), { DOCS_LOCALES: 'en' });
      expect(result.code, result.stderr.slice(-2000)).toBe(0);
      expect(result.stderr).not.toMatch(STACK_LINE);
      if (warning) expect(result.stderr).toMatch(warning);
      else expect(result.stderr).not.toMatch(/warning\(s\)/);
      const operations = JSON.parse(fs.readFileSync(path.join(dir, OPERATIONS_FILE), 'utf8')) as OperationData[];
      expect(operations.map((o) => o.id)).toEqual(ids);
      for (const [id, texts] of Object.entries(shows)) {
        const text = pageText(id);
        for (const shown of texts) expect(text, `${id} shows ${shown}`).toContain(shown);
      }
    },
    300_000,
  );
});
