import { describe, expect, it } from 'vitest';
import { INPUT_NAME_WEIGHT, insertAll, isExcluded, prepareForIndex } from './pagefind-html';
import { rewriterOf } from '../search/normalize';

const page = `<html><body><nav>ウェブ</nav><main><article><header><h1 data-pagefind-weight=10>ウェブサイトを削除</h1><p>Operation ID: <code data-pagefind-weight=8>website-delete</code></header>
<section><h2 id=parameters>Parameters</h2><table><tr><td><code>websiteId</code><td>ID</table></section>
<section><h2 id=request-body>Request body</h2><ul><li><code class=name>notifyFrequency</code> string</ul><div class="theme-code-block"><pre>{"secretWord": 1}</pre></div></section>
<section><h2 id=responses>Responses</h2>
<details id=response.200 open><summary>200 OK</summary><div class=schema><code>deletedCount</code></div></details>
<details id=response.400><summary>400 Bad request</summary><div class=schema><code>BAD_REQUEST</code></div><pre>example</pre></details>
<details id=response.default><summary>Error</summary><div>INTERNAL_SERVER_ERROR</div></details>
</section></article></main><footer>ウェブ</footer></body></html>`;

describe('prepareForIndex', () => {
  const { html, text } = prepareForIndex(page, rewriterOf('ja'));

  it('leaves the schemas of error responses out, their status line in', () => {
    expect(html).toContain(
      '<details id=response.400><summary>400 Bad request</summary><div data-pagefind-ignore class=schema>',
    );
    expect(html).toContain('<pre data-pagefind-ignore>example</pre>');
    expect(html).toContain('<div data-pagefind-ignore>INTERNAL_SERVER_ERROR</div>');
    expect(html).toContain('<div class=schema><code>deletedCount</code>');
    expect(text).toContain('400 Bad request');
    expect(text).not.toContain('BAD_REQUEST');
  });

  it('weighs the names of parameters and body fields, not those of responses', () => {
    expect(html).toContain(`<code data-pagefind-weight="${INPUT_NAME_WEIGHT}">websiteId</code>`);
    expect(html).toContain(`<code data-pagefind-weight="${INPUT_NAME_WEIGHT}" class=name>notifyFrequency</code>`);
    expect(html).toContain('<code data-pagefind-weight=8>website-delete</code>');
    expect(html).toContain('<code>deletedCount</code>');
  });

  it("adds the pages' forms of the variants after the title", () => {
    expect(html).toContain('ウェブサイトを削除</h1><p>Webサイト</p><p>Operation ID');
  });

  it('returns the text of the main content only, without code blocks', () => {
    expect(text).toContain('notifyFrequency');
    expect(text).not.toContain('secretWord');
    expect(text.match(/ウェブ/g)).toHaveLength(1);
  });

  it('changes nothing else', () => {
    const plain = '<main><h1>Monitor</h1><p>Text</p></main>';
    expect(prepareForIndex(plain, rewriterOf('en')).html).toBe(plain);
  });
});

describe('isExcluded', () => {
  it("matches the index's class and attribute selectors", () => {
    const selectors = ['.theme-code-block', '[data-testid="playground"]', '[hidden]'];
    expect(isExcluded({ class: 'a theme-code-block' }, selectors)).toBe(true);
    expect(isExcluded({ 'data-testid': 'playground' }, selectors)).toBe(true);
    expect(isExcluded({ hidden: '' }, selectors)).toBe(true);
    expect(isExcluded({ 'data-testid': 'other', class: 'theme-code' }, selectors)).toBe(false);
  });
});

describe('insertAll', () => {
  it('inserts every text at its position in the original, in the order found when two share one', () => {
    expect(
      insertAll('<a><b>', [
        [5, ' y'],
        [2, ' x'],
        [5, ' z'],
      ]),
    ).toBe('<a x><b y z>');
    expect(insertAll('abc', [])).toBe('abc');
    expect(
      insertAll('abc', [
        [3, '!'],
        [0, '¡'],
      ]),
    ).toBe('¡abc!');
  });
});
