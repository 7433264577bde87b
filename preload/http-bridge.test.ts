import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from './http-bridge';

describe('the browser host bridge', () => {
  afterEach(() => vi.unstubAllGlobals());

  const stubFetch = (response: () => Promise<Response>) => {
    const fetch = vi.fn((_url: string, _init: RequestInit) => response());
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal(
      'EventSource',
      class {
        addEventListener() {}
        close() {}
      },
    );
    return fetch;
  };
  const ok = () => Promise.resolve(new Response(JSON.stringify({ ok: true, value: null })));

  it('sends a note save with keepalive, so the last save outlives a closing page', async () => {
    const fetch = stubFetch(ok);
    await createHttpBridge().saveNote({ owner: { kind: 'case' }, text: 'Last words' });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/op/notes%3Asave');
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ method: 'POST', keepalive: true });
  });

  it('sends other operations, and notes too large for keepalive, without it', async () => {
    const fetch = stubFetch(ok);
    const bridge = createHttpBridge();
    await bridge.saveNote({ owner: { kind: 'case' }, text: 'x'.repeat(40_000) });
    await bridge.createTag({ name: 'Weapons' });
    expect(fetch.mock.calls.map((call) => call[1].keepalive)).toEqual([false, false]);
  });

  it('says the host is not answering when the request cannot be sent', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(createHttpBridge().createTag({ name: 'Weapons' })).rejects.toThrow(
      'Cannot reach Corroborate: the browser host is not answering. Check that it is still running.',
    );
  });
});
