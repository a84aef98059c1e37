import { describe, expect, it } from 'vitest';
import { dotSegmentParams, initialValues, missingRequired } from './initial-values';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from './settings';
import { memorySlot } from '../storage';
import type { OperationData } from '../openapi/types';

const op: Pick<OperationData, 'parameters' | 'requestBody'> = {
  parameters: [
    { name: 'workspaceId', in: 'path', required: true, schema: { type: 'string' } },
    { name: 'limit', in: 'query', required: false, schema: { type: 'integer', default: 20 } },
    { name: 'unit', in: 'query', required: false, schema: { type: 'string', enum: ['day', 'hour'], example: 'day' } },
  ],
  requestBody: { required: true, mediaType: 'application/json', schema: {}, example: { name: 'Blog' } },
};

describe('initialValues', () => {
  it('prefills defaults, examples and the body example', () => {
    expect(initialValues(op)).toEqual({
      path: { workspaceId: '' },
      query: { limit: '20', unit: 'day' },
      header: {},
      body: '{\n  "name": "Blog"\n}',
    });
  });
  it('lists required parameters left empty', () => {
    const values = initialValues(op);
    expect(missingRequired(op, values)).toEqual(['workspaceId']);
    values.path.workspaceId = 'w1';
    expect(missingRequired(op, values)).toEqual([]);
  });
});

describe('dotSegmentParams', () => {
  it('names path values that URL parsers would resolve away', () => {
    const values = initialValues(op);
    expect(dotSegmentParams(op, values)).toEqual([]);
    values.path.workspaceId = '..';
    expect(dotSegmentParams(op, values)).toEqual(['workspaceId']);
    values.path.workspaceId = '...';
    expect(dotSegmentParams(op, values)).toEqual([]);
  });
});

describe('settings', () => {
  it('round-trips and falls back on bad data', () => {
    const slot = memorySlot();
    expect(readSettings(slot)).toEqual(DEFAULT_SETTINGS);
    writeSettings(slot, { target: 'instance', instanceUrl: 'https://t.example.com', timeoutSeconds: 5 });
    expect(readSettings(slot)).toEqual({
      target: 'instance',
      instanceUrl: 'https://t.example.com',
      timeoutSeconds: 5,
    });
    slot.set('{not json');
    expect(readSettings(slot)).toEqual(DEFAULT_SETTINGS);
    slot.set(JSON.stringify({ target: 'evil', timeoutSeconds: 1e9 }));
    expect(readSettings(slot)).toEqual({ target: 'mock', instanceUrl: '', timeoutSeconds: 300 });
  });
});
