/**
 * The theme's CodeBlock (ejected, 3.10.2) without its re-mount after hydration (`key={String(isBrowser)}`), which
 * rendered every code block of a page a second time, with Prism, in the hydration's wake: blocking time on a slow
 * phone. The re-mount was there to apply the reader's colour mode; useColorMode() now lags behind hydration on
 * purpose (set in an effect), so a dark reader's colours arrive as an ordinary update of the same nodes.
 */
import React, { isValidElement, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';

/** A plain string when the children are strings (so the block can be copied), else the children as they are. */
function stringifiedChildren(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((el) => isValidElement(el))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({ children: rawChildren, ...props }: Props): ReactNode {
  const children = stringifiedChildren(rawChildren);
  const Content = typeof children === 'string' ? StringContent : ElementContent;
  return <Content {...props}>{children as string}</Content>;
}
