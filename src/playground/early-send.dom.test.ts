// @vitest-environment jsdom
/**
 * The early-send script in a real DOM, on the playground's server-rendered markup: it finds the playground's form and its Send by
 * the marks the components spread (EARLY_SEND_MARKS: index.tsx on the form, SendBar.tsx on Send), not by test ids.
 */
import { afterEach, expect, it } from 'vitest';
import { EARLY_SEND, EARLY_SEND_MARKS, earlySendInline } from './early-send';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The playground as the server renders it (test ids, Send disabled), with the marks given and nothing of React's. */
function form(id: string, marks: { form?: Record<string, string>; send?: Record<string, string> }): HTMLFormElement {
  const el = Object.assign(document.createElement('form'), { id });
  const send = Object.assign(document.createElement('button'), { type: 'submit', disabled: true, textContent: 'Send' });
  el.setAttribute('data-testid', 'playground');
  send.setAttribute('data-testid', 'send');
  for (const [name, value] of Object.entries(marks.form ?? {})) el.setAttribute(name, value);
  for (const [name, value] of Object.entries(marks.send ?? {})) send.setAttribute(name, value);
  el.append(send);
  return document.body.appendChild(el);
}

it('arms the marked playground and enables its Send; a form with only the test ids is left alone', () => {
  form('marked', EARLY_SEND_MARKS);
  form('lookalike', {});

  new Function(earlySendInline())();

  const [marked, lookalike] = ['marked', 'lookalike'].map((id) => document.getElementById(id)!);
  expect(marked.hasAttribute(EARLY_SEND.armed)).toBe(true);
  expect(marked.querySelector('button')!.disabled).toBe(false);
  expect(lookalike.hasAttribute(EARLY_SEND.armed)).toBe(false);
  expect(lookalike.querySelector('button')!.disabled).toBe(true);
});

it('keeps a submit of the marked form before hydration, and marks its Send busy', () => {
  form('marked', EARLY_SEND_MARKS);
  new Function(earlySendInline())();
  const marked = document.getElementById('marked') as HTMLFormElement;
  const submit = new Event('submit', { bubbles: true, cancelable: true });
  marked.dispatchEvent(submit);
  expect(submit.defaultPrevented).toBe(true);
  expect(marked.hasAttribute(EARLY_SEND.queued)).toBe(true);
  expect(marked.querySelector('button')!.getAttribute('aria-busy')).toBe('true');
});
