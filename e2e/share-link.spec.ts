import { test, expect } from './fixtures';

test.describe('share a prepared request', () => {
  test('a copied link restores operation, target, parameters and body — never the key', async ({ page, context }) => {
    await page.goto('/docs/api/website-add');
    const playground = page.getByTestId('playground');
    await expect(page.getByTestId('send')).toBeEnabled();
    await page.getByTestId('api-key').fill('sk_never_in_links');
    await playground.getByLabel('workspaceId').fill('shared-ws');
    await page.getByTestId('body-editor').fill('{"name":"Shared","domain":"shared.example.com"}');
    await page.getByTestId('copy-link').click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toContain('/docs/api/website-add?request=');
    expect(link).not.toContain('sk_never_in_links');
    const encoded = new URL(link).searchParams.get('request')!;
    expect(Buffer.from(encoded, 'base64url').toString('utf8')).not.toContain('sk_never_in_links');

    const other = await context.newPage();
    await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(other.getByTestId('body-editor')).toHaveValue('{"name":"Shared","domain":"shared.example.com"}');
    await expect(other.getByTestId('playground').getByLabel('workspaceId')).toHaveValue('shared-ws');
    await expect(other.getByTestId('snippet-curl')).toContainText('/workspace/shared-ws/website/add');
    await expect(other.getByTestId('snippet-curl')).not.toContainText('sk_never_in_links');
  });
});
