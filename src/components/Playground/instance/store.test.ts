// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getInstanceState, subscribeInstance, syncInstance } from './store';
import { STORAGE_PREFIX } from '../../../storage';

// The generated site data is build output (the @site alias is Docusaurus's): the one fact the store reads.
vi.mock('../../../generated-data', () => ({ SITE_DATA: { apiPrefix: '/open' } }));

const comparison = {
  source: 'document',
  version: 'v1.22.0',
  missing: ['worker-all'],
  extra: [],
  differences: {},
  knownPublic: [],
};

describe('the instance store', () => {
  beforeEach(() => {
    sessionStorage.clear();
    syncInstance('mock', '');
  });

  it('takes a checked instance from the session without reading it again, and the mock clears it', () => {
    sessionStorage.setItem(`${STORAGE_PREFIX}instance:https://tianji.example.com/open`, JSON.stringify(comparison));
    let calls = 0;
    const stop = subscribeInstance(() => calls++);
    syncInstance('instance', 'https://tianji.example.com');
    expect(getInstanceState()).toEqual({ state: 'ready', baseUrl: 'https://tianji.example.com/open', comparison });
    syncInstance('mock', 'https://tianji.example.com');
    expect(getInstanceState()).toEqual({ state: 'off' });
    expect(calls).toBe(2);
    stop();
  });

  it('is off for an address that is not one', () => {
    syncInstance('instance', 'not a url');
    expect(getInstanceState()).toEqual({ state: 'off' });
  });
});
