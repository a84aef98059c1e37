import { test, expect } from './fixtures';
import { readCatalog } from '../src/i18n/catalog';

const catalog = (locale: string) => readCatalog('openapi/i18n', locale);

test.describe('machine-readable outputs', () => {
  test('the API index links the OpenAPI document, and llms.txt lists the pages per locale', async ({
    page,
    request,
  }) => {
    await page.goto('/docs/api');
    const href = await page.getByTestId('spec-download').getAttribute('href');
    const spec = await request.get(href!);
    expect(spec.ok()).toBe(true);
    expect(await spec.text()).toContain('openapi: 3.1.0');

    const en = await (await request.get('/llms.txt')).text();
    expect(en).toMatch(/^# Tianji API/);
    expect(en).toContain('/docs/api/website-add)');
    expect(en).toContain('/openapi.yaml)');
    const fr = await (await request.get('/fr/llms.txt')).text();
    expect(fr).toContain(`[${catalog('fr').operations['website-add'].summary}](`);
    expect(fr).toContain('/fr/docs/api/website-add)');
  });
});
