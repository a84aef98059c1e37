import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ENGLISH_COMMENTS, ENGLISH_SDK_COMMENTS, fill, oneLine } from './comments';
import { generateSnippet } from './index';
import { sdkCall, sdkContext } from './fixtures/sdk-call';
import { snippetComments } from '../components/Playground/snippet-comments';
import type { RequestModel } from '../request/model';

type Catalog = Record<string, { message: string }>;
const LOCALES = ['en', 'fr', 'de', 'es', 'id', 'ja', 'zh-Hans'];
const catalogOf = (locale: string): Catalog => JSON.parse(fs.readFileSync(`i18n/${locale}/code.json`, 'utf8'));

// translate() as the built site runs it: the locale's code.json, the English message when the id is missing.
let catalog: Catalog = {};
vi.mock('@docusaurus/Translate', () => ({
  translate: ({ id, message }: { id: string; message: string }) => catalog[id]?.message ?? message,
}));

/** An SDK call that lacks the request's query parameter, for a path value the SDK's encodeURI leaves unencoded. */
const SDK = sdkContext(sdkCall({})).sdk;
const REQUEST: RequestModel = {
  method: 'GET',
  url: 'https://tianji.example.com/workspace/a%2Fb/website/all?search=x',
  headers: [],
};

describe('snippet comments', () => {
  it('keeps a comment on one line', () => {
    expect(oneLine('a\nb \r\n  c\u2028d')).toBe('a b c d');
  });

  it("are the playground's English UI strings (the pages translate them)", () => {
    const code = catalogOf('en');
    for (const [name, text] of Object.entries(ENGLISH_COMMENTS))
      expect(code[`playground.snippet.comment.${name}`]?.message, name).toBe(text);
    for (const [name, text] of Object.entries(ENGLISH_SDK_COMMENTS))
      expect(code[`playground.snippet.comment.sdk.${name}`]?.message, `sdk.${name}`).toBe(text);
  });

  it("writes the SDK snippet's comments in the reader's language", () => {
    catalog = catalogOf('ja');
    const snippet = generateSnippet('sdk', REQUEST, { sdk: SDK, comments: snippetComments() });
    expect(snippet).toContain('// initOpenapiSDKなら/openを付け加えます');
    expect(snippet).toContain(
      '// SDKはパスの値をencodeURIでエンコードするため、「/」「?」「#」「&」などがそのまま残ります。ここですべてエンコードします。',
    );
    expect(snippet).toContain(
      '// 送信されません：tianji-client-sdk 1.3.4のこの呼び出しにはクエリパラメーター"search"がありません。',
    );
    expect(snippet).not.toContain('Not sent');
  });

  it.each(LOCALES)('%s: every SDK comment is translated, with the English placeholders', (locale) => {
    catalog = catalogOf(locale);
    const sdk = snippetComments().sdk!;
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [name, english] of Object.entries(ENGLISH_SDK_COMMENTS)) {
      const text = sdk[name as keyof typeof sdk];
      expect(catalog[`playground.snippet.comment.sdk.${name}`]?.message, name).toBe(text);
      expect(placeholders(text), name).toEqual(placeholders(english));
    }
    const snippet = generateSnippet('sdk', REQUEST, { sdk: SDK, comments: snippetComments() });
    const names = { sdk: 'tianji-client-sdk 1.3.4', names: '"search"' };
    expect(snippet).toContain(`// ${oneLine(fill(sdk.queryNotSent, names))}`);
  });
});
