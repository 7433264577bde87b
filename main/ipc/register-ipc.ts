import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Channel, Envelope } from '../../preload/contract';
import type { Dispatcher } from '../services/dispatch';
import { requestSchemas } from '../services/request-schemas';
import { isTrustedSender } from './trusted-sender';

/** What a sender that is not Corroborate's own window gets back; the dispatcher is not called. */
export function refusal(): Envelope<never> {
  return {
    ok: false,
    error: {
      code: 'invalid-request',
      message: 'Refused: the request did not come from Corroborate’s own window.',
    },
  };
}

/**
 * The sending frame as isTrustedSender sees it. Reading a frame that has navigated away or been
 * destroyed throws in Electron; such a sender is no one's, so null.
 */
function senderOf(event: IpcMainInvokeEvent): { url: string; isTopLevel: boolean } | null {
  try {
    const frame = event.senderFrame;
    return frame ? { url: frame.url, isTopLevel: frame.parent === null } : null;
  } catch {
    return null;
  }
}

/** The only module that touches ipcMain: every channel goes through sender and payload checks. */
export function registerIpc(dispatcher: Dispatcher): void {
  for (const channel of Object.keys(requestSchemas) as Channel[]) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) =>
      isTrustedSender(senderOf(event)) ? dispatcher.dispatch(channel, payload) : refusal(),
    );
  }
}
