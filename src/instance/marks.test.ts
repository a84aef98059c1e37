import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageOutline } from '../history/anchors';
import { extractFacts } from '../history/facts';
import { decodeHistory } from '../history/record';
import { readHistoryFile } from '../history/sources';
import { loadApiModel } from '../openapi/model';
import { compareFacts } from './compare';
import { parseInstanceDocument } from './document';
import { instanceFactMarks } from './marks';

const { operations } = await loadApiModel(path.resolve('openapi/tianji.yaml'));
const site = decodeHistory(readHistoryFile('openapi/history.json')).at(-1)!.operations;
const read = parseInstanceDocument(fs.readFileSync('../shared/reference/tianji-history/v1.22.0.json', 'utf8'));
if (!read.ok) throw new Error('v1.22.0 does not parse');
const comparison = compareFacts(site, extractFacts(read.document), { source: 'document', knownPublic: [] });
const marksOf = (id: string) =>
  instanceFactMarks(pageOutline(operations.find((o) => o.id === id)!), comparison.differences[id]);

describe('the marks of an instance on v1.22.0 on today’s pages', () => {
  it('marks the parameters it does not have on their rows (website-metrics: the UTM filters came later)', () => {
    expect(marksOf('website-metrics')).toMatchObject({ 'param.query.utm_source': { kind: 'missing' } });
  });

  it('marks a body field it does not have, and one it requires although the docs do not', () => {
    expect(marksOf('survey-create')).toMatchObject({ 'body.desc': { kind: 'missing' } });
    expect(marksOf('feed-sendEvent')).toEqual({ 'body.tags': { kind: 'required', required: true } });
  });

  it('marks a missing field once, on the outermost missing one (global-config: ai, not ai.enable)', () => {
    const marks = marksOf('global-config');
    expect(marks['response.200.ai']).toEqual({ kind: 'missing' });
    expect(marks['response.200.ai.enable']).toBeUndefined();
  });

  it('says the instance’s type, and leaves out what only the instance has', () => {
    const op = operations.find((o) => o.id === 'website-metrics')!;
    const marks = instanceFactMarks(pageOutline(op), {
      facts: [
        {
          section: 'parameters',
          key: 'query:type',
          kind: 'type',
          site: { type: 'string', required: true },
          instance: { type: 'number', required: true },
        },
        { section: 'parameters', key: 'query:extra', kind: 'extra', instance: { type: 'string', required: false } },
      ],
    });
    expect(marks).toEqual({ 'param.query.type': { kind: 'type', type: 'number' } });
  });

  it('marks nothing on an operation the instance has as documented', () => {
    expect(marksOf('website-all')).toEqual({});
  });
});
