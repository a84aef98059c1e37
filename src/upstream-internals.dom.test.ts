// @vitest-environment jsdom
/** React's key on attached elements (src/upstream-internals.ts: react-props-key), read where no API says "hydrated". */
import { createElement } from 'react';
import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { REACT_PROPS_KEY_PREFIX, upgradeHint } from './upstream-internals';

it('React keeps the props of an element it rendered under the listed key prefix', () => {
  const { container, unmount } = render(createElement('form', { 'data-testid': 'playground' }));
  const form = container.querySelector('form')!;
  const keys = Object.keys(form);
  expect(
    keys.some((key) => key.startsWith(REACT_PROPS_KEY_PREFIX)),
    upgradeHint('react-props-key'),
  ).toBe(true);
  unmount();
});
