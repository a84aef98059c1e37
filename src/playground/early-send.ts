/**
 * Send before the page has hydrated. On a slow phone, React takes seconds to attach the playground (after
 * the page's scripts download and run); until then a click on Send would do nothing. A few lines of plain
 * script, inlined at the end of every page's body (src/plugins/early-send.ts), make Send take the click at
 * once: it enables the server-rendered Send, and a submit that React cannot handle yet is kept on the form
 * (EARLY_SEND.queued) instead of submitting natively; the playground sends it as soon as it is hydrated
 * (useQueuedSend). The button stays server-rendered as disabled, so without scripts nothing changes.
 * Only attributes are touched, never text or nodes: hydration must find the markup React rendered.
 */
import { REACT_PROPS_KEY_PREFIX } from '../upstream-internals';

export const EARLY_SEND = {
  /** On a playground form: the early script is in charge of its Send until React is. */
  armed: 'data-early-send',
  /** On a playground form: the reader pressed Send before hydration; the playground sends it once hydrated. */
  queued: 'data-send-queued',
} as const;

/** The attributes the playground puts on its form and on its Send button for this script, and for nothing else. */
const MARKS = { form: 'data-playground-form', send: 'data-playground-send' } as const;

/**
 * The props that mark the playground's markup for the script: spread by the playground (src/components/Playground:
 * index.tsx on its form, SendBar.tsx on Send). Removing one breaks Send before hydration (e2e/early-send.spec.ts).
 */
export const EARLY_SEND_MARKS = {
  form: { [MARKS.form]: '' },
  send: { [MARKS.send]: '' },
} as const;

/** The selectors of the marked markup: what the script, and the playground once hydrated, find it by. */
export const EARLY_SEND_TARGETS = {
  form: `form[${MARKS.form}]`,
  send: `[${MARKS.send}]`,
} as const;

/**
 * The inline script (runs in the page, as written: plain ES2017, no imports, so every name it needs is an argument).
 * `reactProps` is the key prefix React sets on an element it has attached to (src/upstream-internals.ts).
 */
export function earlySendScript(
  armed: string,
  queued: string,
  targets: typeof EARLY_SEND_TARGETS,
  reactProps: string,
): void {
  const forms = document.querySelectorAll<HTMLFormElement>(targets.form);
  if (forms.length === 0) return;
  // React keeps its props on the element: once they are there, React handles the form.
  const hydrated = (el: Element) => Object.keys(el).some((k) => k.startsWith(reactProps));
  forms.forEach((form) => {
    const send = form.querySelector<HTMLButtonElement>(targets.send);
    if (!send || hydrated(form)) return;
    form.setAttribute(armed, '');
    send.disabled = false;
  });
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.hasAttribute(armed) || hydrated(form)) return;
      event.preventDefault();
      event.stopPropagation();
      form.setAttribute(queued, '');
      form.querySelector(targets.send)?.setAttribute('aria-busy', 'true');
    },
    true,
  );
}

/** The `<script>` body: the function above, called with the attribute names, the selectors and React's key prefix. */
export function earlySendInline(): string {
  const args = [EARLY_SEND.armed, EARLY_SEND.queued, EARLY_SEND_TARGETS, REACT_PROPS_KEY_PREFIX];
  return `(${earlySendScript.toString()})(${args.map((arg) => JSON.stringify(arg)).join(', ')});`;
}
