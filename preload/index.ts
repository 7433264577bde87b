import { contextBridge, ipcRenderer } from 'electron';
import { createWorkbenchBridge, type Transport } from './api-factory';
import type { EventName, Events } from './contract';

// The Electron preload: exposes `window.workbench`, one verb per operation, each resolving to an
// envelope. ipcRenderer itself never crosses the bridge; only plain data does.

const transport: Transport = {
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  subscribe<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
    const forward = (_event: Electron.IpcRendererEvent, payload: Events[E]) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => void ipcRenderer.removeListener(event, forward);
  },
};

contextBridge.exposeInMainWorld('workbench', createWorkbenchBridge(transport));
