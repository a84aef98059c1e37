// The early-send script against a minimal fake DOM: it arms only server-rendered playgrounds, keeps a submit
// React cannot handle yet, and leaves a hydrated form to React.
import { afterEach, describe, expect, it } from 'vitest';
import { EARLY_SEND, earlySendInline } from './early-send';

class FakeElement {
  attributes = new Map<string, string>();
  disabled = true;
  children: FakeElement[] = [];
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  querySelector(selector: string) {
    return selector.includes('send') ? (this.children[0] ?? null) : null;
  }
}
class FakeForm extends FakeElement {}

type Listener = (event: unknown) => void;

function install(forms: FakeForm[]) {
  const listeners: Listener[] = [];
  Object.assign(globalThis, {
    HTMLFormElement: FakeForm,
    document: {
      querySelectorAll: () => forms,
      addEventListener: (type: string, fn: Listener, capture: boolean) => {
        expect(type).toBe('submit');
        expect(capture).toBe(true);
        listeners.push(fn);
      },
    },
  });
  // The inline text, as the page runs it: proves it needs nothing from the module (no helpers, no imports).
  new Function(earlySendInline())();
  return (target: unknown) => {
    const event = { target, prevented: false, stopped: false } as Record<string, unknown>;
    Object.assign(event, {
      preventDefault: () => (event.prevented = true),
      stopPropagation: () => (event.stopped = true),
    });
    for (const fn of listeners) fn(event);
    return event;
  };
}

function playground(hydrated = false): FakeForm {
  const form = new FakeForm();
  form.children.push(new FakeElement());
  if (hydrated) Object.assign(form, { __reactProps$abc: {} });
  return form;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).document;
  delete (globalThis as Record<string, unknown>).HTMLFormElement;
});

describe('earlySendScript', () => {
  it('enables Send of a server-rendered playground and keeps its submit for the playground', () => {
    const form = playground();
    const submit = install([form]);
    expect(form.children[0].disabled).toBe(false);
    expect(form.hasAttribute(EARLY_SEND.armed)).toBe(true);
    const event = submit(form);
    expect(event.prevented).toBe(true);
    expect(event.stopped).toBe(true);
    expect(form.hasAttribute(EARLY_SEND.queued)).toBe(true);
    expect(form.children[0].attributes.get('aria-busy')).toBe('true');
  });

  it('leaves a form to React once hydrated', () => {
    const form = playground();
    const submit = install([form]);
    Object.assign(form, { __reactProps$abc: {} });
    const event = submit(form);
    expect(event.prevented).toBe(false);
    expect(form.hasAttribute(EARLY_SEND.queued)).toBe(false);
  });

  it('does not arm an already hydrated form, nor act on other forms', () => {
    const hydrated = playground(true);
    const submit = install([hydrated]);
    expect(hydrated.children[0].disabled).toBe(true);
    expect(hydrated.hasAttribute(EARLY_SEND.armed)).toBe(false);
    expect(submit(new FakeForm()).prevented).toBe(false);
    expect(submit({}).prevented).toBe(false);
  });

  it('does nothing on a page without a playground', () => {
    const submit = install([]);
    expect(submit(new FakeForm()).prevented).toBe(false);
  });
});
