/**
 * Sends the request the reader asked for before the page hydrated (src/playground/early-send.ts): the early
 * script left it on the form. Taken in an effect, so it goes out with the saved settings and a shared link's
 * values, which the earlier hooks' effects load in the same commit.
 */
import { useEffect, useState, type RefObject } from 'react';
import { EARLY_SEND, EARLY_SEND_TARGETS } from '../../../playground/early-send';

export function useQueuedSend(form: RefObject<HTMLFormElement | null>, send: () => void): void {
  const [queued, setQueued] = useState(false);
  useEffect(() => {
    const el = form.current;
    if (!el) return;
    // React handles the form from now on; a submit left by the early script is taken once.
    el.removeAttribute(EARLY_SEND.armed);
    if (!el.hasAttribute(EARLY_SEND.queued)) return;
    el.removeAttribute(EARLY_SEND.queued);
    el.querySelector(EARLY_SEND_TARGETS.send)?.removeAttribute('aria-busy');
    setQueued(true);
  }, [form]);
  useEffect(() => {
    if (!queued) return;
    setQueued(false);
    send();
  }, [queued, send]);
}
