import { describe, expect, it } from 'vitest';
import { exactFirst, normalized } from './rank';
import type { PagefindResultData } from './results';

const page = (url: string, meta: Record<string, string>): PagefindResultData => ({ url, excerpt: '', meta });

const results = [
  page('/zh-Hans/docs/api/telemetry-info', {
    title: '遥测源详情',
    path: '/workspace/{workspaceId}/telemetry/{telemetryId}/info',
    operationId: 'telemetry-info',
  }),
  page('/zh-Hans/docs/api/telemetry-events', { title: '各遥测源的事件数' }),
  page('/zh-Hans/docs/guide', { title: '遥测' }),
  page('/zh-Hans/docs/api/telemetry-all', {
    title: '列出遥测源',
    path: '/workspace/{workspaceId}/telemetry/all',
    operationId: 'telemetry-all',
  }),
];
const urls = (list: PagefindResultData[]) => list.map((r) => r.url.split('/').pop());

describe('exactFirst', () => {
  it("puts the page whose title is the query first, the others in Pagefind's order", () => {
    expect(urls(exactFirst(results, '列出遥测源'))).toEqual([
      'telemetry-all',
      'telemetry-info',
      'telemetry-events',
      'guide',
    ]);
  });

  it('matches a path or an operationId too, whatever the case and spacing', () => {
    expect(urls(exactFirst(results, ' /workspace/{workspaceId}/telemetry/all '))[0]).toBe('telemetry-all');
    expect(urls(exactFirst(results, 'Telemetry-All'))[0]).toBe('telemetry-all');
  });

  it('leaves the order alone when nothing matches exactly, or the query is empty', () => {
    expect(exactFirst(results, '遥测源')).toEqual(results);
    expect(exactFirst(results, '  ')).toEqual(results);
  });
});

describe('normalized', () => {
  it("drops Pagefind's zero-width word breaks and folds full-width forms", () => {
    expect(normalized('列出\u200b遥测源')).toBe('列出遥测源');
    expect(normalized('ＡＰＩ  Key')).toBe('api key');
  });
});
