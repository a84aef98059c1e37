import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBodyValidator } from '../request/schema-validation';
import { loadLocalize } from '../request/validation-locale';
import { validationMessages } from './validation-messages';

// translate() as the built site runs it: the locale's code.json, the English message when the id is missing.
let catalog: Record<string, { message: string }> = {};
vi.mock('@docusaurus/Translate', () => ({
  translate: ({ id, message }: { id: string; message: string }) => catalog[id]?.message ?? message,
}));

async function validatorFor(locale: string) {
  catalog = JSON.parse(readFileSync(new URL(`../../i18n/${locale}/code.json`, import.meta.url), 'utf8'));
  return createBodyValidator({ localize: await loadLocalize(locale, validationMessages()) });
}

// The four failures a reader meets most: a missing field, a too-long text, an id that breaks its pattern, a wrong type.
const schema = {
  type: 'object',
  required: ['name', 'workspaceId'],
  properties: {
    name: { type: 'string', maxLength: 100 },
    workspaceId: { type: 'string', pattern: '^[0-9a-z]+$' },
    limit: { type: 'integer', minimum: 1 },
    kind: { enum: ['http', 'ping'] },
  },
};
const failing = { name: 'x'.repeat(101), limit: 'ten', kind: 'dns' };
const fixed = { name: 'ok', workspaceId: 'ABC-123' };

function messages(validate: Awaited<ReturnType<typeof validatorFor>>) {
  return Object.fromEntries([...validate(schema, failing), ...validate(schema, fixed)].map((i) => [i.path, i.message]));
}

describe('validation messages from the site catalog', () => {
  beforeEach(() => {
    catalog = {};
  });

  it('words each failure in English, limits the right way round', async () => {
    expect(messages(await validatorFor('en'))).toEqual({
      '/workspaceId': 'Must be lowercase letters (a–z) and digits only.',
      '/name': 'At most 100 characters.',
      '/limit': 'Must be a whole number.',
      '/kind': 'Must be one of: http, ping.',
    });
  });

  it('says the same in Japanese, French, German and Chinese, in their words (no regex, no type names)', async () => {
    const ja = messages(await validatorFor('ja'));
    expect(ja['/name']).toBe('100文字以内で入力してください。');
    expect(ja['/workspaceId']).toBe('半角英小文字（a～z）と数字のみで入力してください。');
    expect(ja['/limit']).toBe('整数で指定してください。');
    expect(messages(await validatorFor('fr'))['/name']).toBe('Au plus 100\u00a0caractères.');
    expect(messages(await validatorFor('de'))['/limit']).toBe('Muss eine ganze Zahl sein.');
    expect(messages(await validatorFor('zh-Hans'))['/workspaceId']).toBe('只能使用小写字母（a–z）和数字。');
    for (const locale of ['fr', 'de', 'ja', 'zh-Hans']) {
      for (const message of Object.values(messages(await validatorFor(locale)))) {
        expect(message, locale).not.toMatch(/\^\[|integer|string|must /);
      }
    }
  });

  it('says "required" once, at the missing field, and leaves uncovered keywords to ajv-i18n', async () => {
    const validate = await validatorFor('fr');
    expect(validate(schema, { workspaceId: 'abc' })).toEqual([{ path: '/name', message: 'Obligatoire.' }]);
    const dependent = { type: 'object', dependentRequired: { a: ['b'] } };
    expect(validate(dependent, { a: 1 })[0].message).toMatch(/doit avoir la propriété b/);
  });
});
