/**
 * Japanese and Chinese lines break between words: short labels (the required badge, table headings, method
 * badges, breadcrumbs) keep to one line, and a sidebar label that wraps does so at a word boundary, never inside a
 * word (「訪／問者数」), at a laptop's and a phone's width.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The lines an element's text is laid out on, as the index of the character each line starts with. */
function lineStarts(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const text = element.textContent ?? '';
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const starts: number[] = [];
      let offset = 0;
      let lastTop: number | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        for (let i = 0; i < value.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect && rect.width > 0) {
            if (lastTop !== undefined && rect.top > lastTop + rect.height / 2) starts.push(offset + i);
            lastTop = rect.top;
          }
        }
        offset += value.length;
      }
      return { text, starts };
    }),
  );
}

/** Whether `index` falls between two words of `text`, as the browser's own word segmentation sees them. */
function breaksInsideWords(page: Page, locale: string, lines: { text: string; starts: number[] }[]) {
  return page.evaluate(
    ({ locale, lines }) => {
      const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
      const bad: string[] = [];
      for (const { text, starts } of lines) {
        const boundaries = new Set([...segmenter.segment(text)].map((s) => s.index));
        for (const start of starts) {
          // A break just after an invisible break mark (U+200B) or a space is a boundary too.
          if (!boundaries.has(start) && !/[\s\u200b]/.test(text[start - 1] ?? '')) {
            bad.push(`${text.slice(0, start)}／${text.slice(start)}`);
          }
        }
      }
      return bad;
    },
    { locale, lines },
  );
}

for (const locale of ['ja', 'zh-Hans']) {
  for (const [device, viewport] of [
    ['laptop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(`${locale} on a ${device}: short labels keep to one line, the sidebar breaks between words`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/${locale}/docs/api/website-add`);
      const short = 'main [class*="required"], main th, main [class*="badge_"], .breadcrumbs__link';
      const labels = await lineStarts(page, short);
      expect(labels.length).toBeGreaterThan(3);
      expect(labels.filter((l) => l.starts.length > 0).map((l) => l.text)).toEqual([]);

      if (device === 'phone') await page.getByRole('button', { name: /navigation|ナビゲーション|导航/i }).click();
      const links = '.menu__list .menu__list .menu__link';
      const sidebar = await lineStarts(page, links);
      expect(sidebar.filter((l) => l.text.trim()).length).toBeGreaterThan(10);
      expect(await breaksInsideWords(page, locale, sidebar)).toEqual([]);

      // Japanese labels wrap at these widths (「Webサイトの現在の訪問者数を取得」): the check sees real line breaks.
      if (locale === 'ja') expect(sidebar.filter((l) => l.starts.length > 0).length).toBeGreaterThan(3);
    });
  }
}
