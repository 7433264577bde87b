import { createWorkbenchApi, createWorkbenchBridge, type Transport } from './api-factory';
import type { Envelope, EventName, Events, WorkbenchApi } from './contract';

/** Browsers allow 64 KB of keepalive bodies in flight; a note save stays well under it. */
const KEEPALIVE_LIMIT = 32 * 1024;

/**
 * The browser host's `window.workbench`: the same contract over fetch to the server that
 * served this page. The token travels in an HttpOnly same-site cookie set when the printed URL
 * was opened, so page scripts never see it.
 */
export function createHttpBridge(): WorkbenchApi {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let stream: EventSource | null = null;

  const ensureStream = () => {
    if (stream) return;
    stream = new EventSource('/api/events');
    stream.onmessage = (message: MessageEvent<string>) => {
      const { event, payload } = JSON.parse(message.data) as { event: EventName; payload: never };
      for (const listener of listeners.get(event) ?? []) listener(payload);
    };
  };

  const transport: Transport = {
    async invoke(channel, request) {
      let response: Response;
      try {
        const body = JSON.stringify({ request });
        response = await fetch(`/api/op/${encodeURIComponent(channel)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body,
          // A note's last save, sent as the page closes, must outlive the page.
          keepalive: channel === 'notes:save' && body.length < KEEPALIVE_LIMIT,
        });
      } catch {
        return failure(
          'io',
          'Cannot reach Corroborate: the browser host is not answering. Check that it is still running.',
        );
      }
      if (!response.ok)
        return failure(
          'io',
          `Corroborate refused the request (${response.status}): ${await response.text()}`,
        );
      return (await response.json()) as Envelope<never>;
    },
    subscribe<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      ensureStream();
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  return createWorkbenchApi(createWorkbenchBridge(transport));
}

function failure(code: 'io', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
