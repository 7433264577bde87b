import type { WorkbenchBridge } from '../preload/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host, where the HTTP bridge stands in. */
    workbench?: WorkbenchBridge;
  }
}

export {};
