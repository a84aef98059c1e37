/**
 * Brings the element the URL's hash names into view when it is one of ours (see anchors.ts): opens the collapsed
 * `<details>` and selects the union tab it sits in, scrolls to it and highlights it. Runs after hydration (when
 * Docusaurus has remounted its tabs) and on every hash change.
 */
import { useEffect } from 'react';
import { useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { isSchemaAnchor } from '../../schema/anchors';
import styles from './styles.module.css';

/** A union variant's tab (Docusaurus's `<li role=tab>`) and the element inside its tab panel carry its key. */
export const VARIANT_TAB = 'data-variant';
export const VARIANT_PANEL = 'data-variant-panel';

/** Opens every collapsed `<details>` around `target` and selects every union tab it is in, outermost first. */
function reveal(target: HTMLElement): void {
  const chain: HTMLElement[] = [];
  for (let el: HTMLElement | null = target; el; el = el.parentElement) chain.unshift(el);
  for (const el of chain) {
    if (el instanceof HTMLDetailsElement && !el.open) el.open = true;
    const key = el.getAttribute(VARIANT_PANEL);
    if (key !== null && el.parentElement?.hidden) {
      el.closest('.tabs-container')
        ?.querySelector<HTMLElement>(`:scope > [role=tablist] > [${VARIANT_TAB}="${CSS.escape(key)}"]`)
        ?.click();
    }
  }
}

export function useAnchorTarget(): void {
  const { hash } = useLocation();
  const isBrowser = useIsBrowser();
  useEffect(() => {
    if (!isBrowser) return undefined;
    const id = hash.slice(1);
    if (!isSchemaAnchor(id)) return undefined;
    const target = document.getElementById(id);
    if (!target) return undefined;
    reveal(target);
    document.querySelectorAll(`.${styles.target}`).forEach((el) => el.classList.remove(styles.target));
    target.classList.add(styles.target);
    // Two frames: the selected tab's panel is shown by React's next render.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => target.scrollIntoView({ block: 'start' }));
    });
    return () => cancelAnimationFrame(frame);
  }, [hash, isBrowser]);
}
