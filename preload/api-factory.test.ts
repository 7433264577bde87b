import { describe, expect, it } from 'vitest';
import {
  createWorkbenchApi,
  createWorkbenchBridge,
  WorkbenchError,
  type Transport,
} from './api-factory';
import type { Envelope } from './contract';

function recordingTransport(reply: Envelope<unknown>) {
  const calls: Array<{ channel: string; request: unknown }> = [];
  const transport: Transport = {
    invoke: async (channel, request) => {
      calls.push({ channel, request });
      return reply as never;
    },
    subscribe: () => () => {},
  };
  return { transport, calls };
}

describe('createWorkbenchBridge and createWorkbenchApi', () => {
  it('sends each verb to its channel with the request as given', async () => {
    const { transport, calls } = recordingTransport({ ok: true, value: [] });
    const api = createWorkbenchApi(createWorkbenchBridge(transport));
    await api.listSources();
    await api.getSource({ id: 3 });
    await api.updateSourceMetadata({ id: 3, changes: { outlet: 'AP' } });
    expect(calls).toEqual([
      { channel: 'sources:list', request: undefined },
      { channel: 'sources:get', request: { id: 3 } },
      { channel: 'sources:update-metadata', request: { id: 3, changes: { outlet: 'AP' } } },
    ]);
  });

  it('keeps failures as envelopes in the bridge (they cross contextBridge intact)', async () => {
    const failure: Envelope<never> = {
      ok: false,
      error: { code: 'no-case-open', message: 'No case is open.' },
    };
    const bridge = createWorkbenchBridge(recordingTransport(failure).transport);
    await expect(bridge.listSources()).resolves.toEqual(failure);
  });

  it('throws a WorkbenchError with the code in the API', async () => {
    const api = createWorkbenchApi(
      createWorkbenchBridge(
        recordingTransport({
          ok: false,
          error: { code: 'case-locked', message: 'Open elsewhere.' },
        }).transport,
      ),
    );
    const error = await api.getCaseInfo().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbenchError);
    expect(error).toMatchObject({ code: 'case-locked', message: 'Open elsewhere.' });
  });
});
