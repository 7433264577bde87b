import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Channel } from '../../preload/contract';
import type { Dispatcher } from '../services/dispatch';
import { requestSchemas } from '../services/request-schemas';
import { isTrustedSender } from './trusted-sender';

/** The only module that touches ipcMain: every channel goes through sender and payload checks. */
export function registerIpc(dispatcher: Dispatcher): void {
  for (const channel of Object.keys(requestSchemas) as Channel[]) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender(
        frame ? { url: frame.url, isTopLevel: frame.parent === null } : null,
      );
      if (!trusted) {
        return {
          ok: false,
          error: {
            code: 'invalid-request',
            message: 'Refused: the request did not come from Corroborate’s own window.',
          },
        };
      }
      return dispatcher.dispatch(channel, payload);
    });
  }
}
