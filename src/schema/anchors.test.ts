import { describe, expect, it } from 'vitest';
import { createSlugger } from '@docusaurus/utils';
import {
  createIdRegistry,
  idSegment,
  isSchemaAnchor,
  paramAnchor,
  propertyAnchor,
  responseAnchor,
  variantAnchor,
} from './anchors';

describe('anchor ids', () => {
  it('name parameters by location and name, properties by path, variants with `:`', () => {
    expect(paramAnchor('path', 'workspaceId')).toBe('param.path.workspaceId');
    expect(propertyAnchor(propertyAnchor('body', 'payload'), 'url')).toBe('body.payload.url');
    expect(propertyAnchor(variantAnchor(responseAnchor('200'), 'static'), 'payload')).toBe(
      'response.200:static.payload',
    );
  });

  it.each([
    ['x.y', 'x_2e_y'],
    ['a b', 'a_20_b'],
    ['$ref', '_24_ref'],
    ['名前', '_540d__524d_'],
    ['', '_'],
    ['snake_case-name', 'snake_case-name'],
  ])('writes %j as the id-safe %j', (name, segment) => {
    expect(idSegment(name)).toBe(segment);
    expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('never equals a Docusaurus heading id (its slugger drops `.` and `:`, even keeping case)', () => {
    const slugger = createSlugger();
    for (const text of ['param.path.workspaceId', 'body.payload.url', 'Response 200', 'response.200:static.type']) {
      expect(slugger.slug(text)).not.toMatch(/[.:]/);
      expect(slugger.slug(text, { maintainCase: true })).not.toMatch(/[.:]/);
    }
    expect(isSchemaAnchor('param.path.id')).toBe(true);
    expect(isSchemaAnchor('parameters-path')).toBe(false);
    expect(isSchemaAnchor('playground')).toBe(false);
  });
});

describe('createIdRegistry', () => {
  it('keeps ids unique on a page, in claim order', () => {
    const registry = createIdRegistry();
    expect(registry.claim('body.a')).toBe('body.a');
    expect(registry.claim('body.a')).toBe('body.a-2');
    expect(registry.claim('body.a-2')).toBe('body.a-2-2');
    expect(registry.claim('body.a')).toBe('body.a-3');
  });
});
