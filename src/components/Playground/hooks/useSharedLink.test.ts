// @vitest-environment jsdom
/**
 * Share links: a link for this operation fills the values in and only offers where it wants requests to go;
 * "copy" puts a link without the key on the clipboard, or shows it when the clipboard refuses.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlaygroundValues } from '../../../playground/initial-values';
import type { PlaygroundSettings } from '../../../playground/settings';

const location = { search: '' };
vi.mock('@docusaurus/router', () => ({ useLocation: () => location }));
vi.mock('../../../generated-data', () => ({ SITE_DATA: { apiPrefix: '/open' } }));
vi.mock('@docusaurus/useDocusaurusContext', () => ({ default: () => ({ siteConfig: { baseUrl: '/' } }) }));

const { useSharedLink } = await import('./useSharedLink');
const { SHARE_PARAM, decodeShare, encodeShare } = await import('../../../playground/share');

const MOCK: PlaygroundSettings = { target: 'mock', instanceUrl: '', timeoutSeconds: 30 };
const linked: PlaygroundValues = { path: { websiteId: 'from-link' }, query: {}, header: {}, body: '' };
const writeText = vi.fn<(text: string) => Promise<void>>();
Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

function open(operation: string, target: 'mock' | 'instance', instanceUrl?: string) {
  location.search = `?${SHARE_PARAM}=${encodeShare({ operation, target, instanceUrl, values: linked })}`;
}

function render(values: PlaygroundValues = linked) {
  const fillIn = vi.fn();
  const updateSettings = vi.fn();
  const hook = renderHook(() =>
    useSharedLink({ operationId: 'website-info', settings: MOCK, values, fillIn, updateSettings }),
  );
  return { ...hook, fillIn, updateSettings };
}

afterEach(() => {
  location.search = '';
  writeText.mockReset();
});

describe('useSharedLink', () => {
  it('fills in the values of a link for this operation, and only offers its instance until the reader accepts', () => {
    open('website-info', 'instance', 'https://tianji.example.com');
    const { result, fillIn, updateSettings } = render();
    expect(fillIn).toHaveBeenCalledWith(linked);
    expect(result.current.linkTarget).toMatchObject({ kind: 'instance', instanceUrl: 'https://tianji.example.com' });
    expect(updateSettings).not.toHaveBeenCalled();
    act(() => result.current.acceptLinkTarget());
    expect(updateSettings).toHaveBeenCalledWith({ target: 'instance', instanceUrl: 'https://tianji.example.com' });
    expect(result.current.linkTarget).toBeUndefined();
  });

  it('drops the offer when the reader dismisses it, changing nothing', () => {
    open('website-info', 'instance', 'https://tianji.example.com');
    const { result, updateSettings } = render();
    act(() => result.current.dismissLinkTarget());
    expect(result.current.linkTarget).toBeUndefined();
    expect(updateSettings).not.toHaveBeenCalled();
  });

  it('ignores a link made for another operation', () => {
    open('website-delete', 'instance', 'https://tianji.example.com');
    const { result, fillIn } = render();
    expect(fillIn).not.toHaveBeenCalled();
    expect(result.current.linkTarget).toBeUndefined();
  });

  it('copies a link to this page that carries the values but never a key', async () => {
    writeText.mockResolvedValue();
    const values = { ...linked, header: { Authorization: 'Bearer secret', 'X-Trace': '1' } };
    const { result } = render(values);
    await act(() => result.current.copyLink());
    const url = new URL(result.current.sharedLink?.url ?? '');
    expect(result.current.sharedLink?.copied).toBe(true);
    expect(writeText).toHaveBeenCalledWith(url.toString());
    expect(url.hash).toBe('#playground');
    const shared = decodeShare(url.searchParams.get(SHARE_PARAM) ?? '');
    expect(shared?.operation).toBe('website-info');
    expect(shared?.values.header).toEqual({ 'X-Trace': '1' });
    expect(url.toString()).not.toContain('secret');
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    const { result } = render();
    await act(() => result.current.copyLink());
    expect(result.current.sharedLink).toMatchObject({ copied: false });
    expect(result.current.sharedLink?.url).toContain(SHARE_PARAM);
  });
});
