import { describe, expect, it } from 'vitest';
import type { OperationData } from '../openapi/types';
import { factAnchor, pageOutline, pathNames } from './anchors';
import { buildChangelog } from './changelog';
import { changelogHref, changelogPage, fieldName, versionAnchor, type OperationPage } from './changelog-page';
import { O, R, op, versionRecord as v } from './fixtures';
import { fieldMarks } from './page-facts';
import { buildTimeline } from './timeline';

/** Today's page of `site-add`: a query parameter, a body with a nested list, a response with a union. */
const siteAdd: Pick<OperationData, 'parameters' | 'requestBody' | 'responses'> = {
  parameters: [
    { name: 'workspaceId', in: 'path', required: true, schema: { type: 'string' } },
    { name: 'tag', in: 'query', required: true, schema: { type: 'string' } },
  ],
  requestBody: {
    required: true,
    mediaType: 'application/json',
    schema: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        urls: { type: 'array', items: { type: 'object', properties: { href: { type: 'string' } } } },
        counts: { type: 'object', additionalProperties: { type: 'number' } },
      },
    },
  },
  responses: [
    {
      status: '200',
      description: 'ok',
      schema: {
        oneOf: [
          { type: 'object', properties: { kind: { const: 'a' }, a: { type: 'string' } } },
          { type: 'object', properties: { kind: { const: 'b' }, b: { type: 'number' } } },
        ],
      },
    },
  ],
} as Pick<OperationData, 'parameters' | 'requestBody' | 'responses'>;

const outline = pageOutline(siteAdd);

describe('anchors of history facts on today’s page', () => {
  it('reads JSON paths as the names the page lists', () => {
    expect(pathNames('$')).toEqual([]);
    expect(pathNames('$.urls[].href')).toEqual(['urls', 'href']);
    expect(pathNames('$.counts{}')).toEqual(['counts']);
    expect(pathNames('$["a b"].c')).toEqual(['a b', 'c']);
  });

  it('lands on the parameter row, the field, the field inside an array, and the variant that lists a field', () => {
    expect(factAnchor(outline, 'parameters', 'query:tag')).toEqual({ id: 'param.query.tag', exact: true });
    expect(factAnchor(outline, 'request', '$.name')).toEqual({ id: 'body.name', exact: true });
    expect(factAnchor(outline, 'request', '$.urls[].href')).toEqual({ id: 'body.urls.href', exact: true });
    expect(factAnchor(outline, 'response', '$.b')).toEqual({ id: 'response.200:b.b', exact: true });
  });

  it('falls back to the nearest listed place for what the page does not list, and to nothing for a gone parameter', () => {
    expect(factAnchor(outline, 'request', '$.counts{}')).toEqual({ id: 'body.counts', exact: false });
    expect(factAnchor(outline, 'request', '$.name.gone')).toEqual({ id: 'body.name', exact: false });
    expect(factAnchor(outline, 'request', '$.gone')).toEqual({ id: 'request-body', exact: false });
    expect(factAnchor(outline, 'request', '$')).toEqual({ id: 'request-body', exact: true });
    expect(factAnchor(outline, 'parameters', 'query:gone')).toBeUndefined();
  });
});

describe('changelogPage', () => {
  const records = [
    v('v1.0.0', { 'site-add': op({ parameters: { 'query:tag': O('string') } }), 'site-old': op() }, '2024-01-01'),
    v(
      'v1.1.0',
      {
        'site-add': op({
          method: 'post',
          parameters: { 'query:tag': R('string') },
          request: { $: R('object'), '$.urls': R('object[]'), '$.urls[].href': R('string') },
        }),
        'site-new': op({ path: '/new' }),
      },
      '2024-02-01',
    ),
  ];
  const pages: Record<string, OperationPage> = {
    'site-add': { permalink: '/ja/docs/api/site-add', summary: 'サイトを追加', outline },
    'site-new': { permalink: '/ja/docs/api/site-new', outline: pageOutline({ parameters: [], responses: [] }) },
  };
  const page = changelogPage(buildChangelog(records), (id) => pages[id]);

  it('lists versions newest first with their dates and anchors; the oldest is the baseline', () => {
    expect(page.map((p) => [p.version, p.date, p.anchor, p.previous])).toEqual([
      ['v1.1.0', '2024-02-01', 'v1.1.0', 'v1.0.0'],
      ['v1.0.0', '2024-01-01', 'v1.0.0', undefined],
    ]);
    expect(page[1]).toMatchObject({ operationCount: 2, added: [], removed: [], changed: [] });
  });

  it('links added and changed operations to their page, and leaves an operation without a page today unlinked', () => {
    const [newest] = page;
    expect(newest.added).toEqual([
      { id: 'site-new', method: 'get', path: '/new', href: '/ja/docs/api/site-new', breaking: false, changes: [] },
    ]);
    expect(newest.removed).toEqual([{ id: 'site-old', method: 'get', path: '/x', breaking: true, changes: [] }]);
  });

  it('marks breaking changes by the changelog rule and links each fact to its anchor', () => {
    const changed = page[0].changed[0];
    expect(changed).toMatchObject({ id: 'site-add', summary: 'サイトを追加', movedFrom: 'get /x', breaking: true });
    expect(changed.changes).toEqual([
      {
        section: 'parameters',
        kind: 'required',
        location: 'query',
        name: 'tag',
        from: 'string',
        to: 'string',
        breaking: true,
        href: '/ja/docs/api/site-add#param.query.tag',
      },
      {
        section: 'request',
        kind: 'added',
        name: '',
        to: 'object',
        breaking: true,
        href: '/ja/docs/api/site-add#request-body',
      },
    ]);
    expect(page[0].breakingCount).toBe(4);
  });

  it('writes version anchors and field names a reader can read', () => {
    expect(versionAnchor('v1.30.25')).toBe('v1.30.25');
    expect(versionAnchor('2.0 beta')).toBe('2.0-beta');
    expect(fieldName('$.urls[].href')).toBe('urls[].href');
    expect(fieldName('$')).toBe('');
    expect(changelogHref('/fr/changelog', 'v1.1.0')).toBe('/fr/changelog#v1.1.0');
  });
});

describe('fieldMarks', () => {
  const timeline = buildTimeline([
    v('v1', { 'site-add': op({ parameters: { 'path:workspaceId': R('string') }, request: { $: R('object') } }) }),
    v('v2', {
      'site-add': op({
        parameters: { 'path:workspaceId': R('string'), 'query:tag': O('string') },
        request: { $: R('object'), '$.urls': R('object[]'), '$.urls[]': R('object'), '$.urls[].href': R('string') },
      }),
    }),
    v('v3', {
      'site-add': op({
        parameters: { 'path:workspaceId': R('string'), 'query:tag': R('string') },
        request: {
          $: R('object'),
          '$.urls': R('object[]'),
          '$.urls[]': R('object'),
          '$.urls[].href': R('string|null'),
        },
      }),
    }),
  ]);

  it('marks facts newer than their operation, and their last change, on their own anchor', () => {
    expect(fieldMarks(timeline.operations['site-add']!, outline, timeline.versions)).toEqual({
      'param.query.tag': { added: 'v2', changed: { version: 'v3', kind: 'required' } },
      'body.urls': { added: 'v2' },
      'body.urls.href': { changed: { version: 'v3', kind: 'retyped', from: 'string' } },
    });
  });

  it('marks nothing on an operation that came with all its facts', () => {
    const fresh = buildTimeline([
      v('v1', {}),
      v('v2', { 'site-add': op({ parameters: { 'query:tag': O('string') } }) }),
    ]);
    expect(fieldMarks(fresh.operations['site-add']!, outline, fresh.versions)).toEqual({});
  });
});
