import type { WorkbenchBridge } from '../preload/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host, where the HTTP bridge stands in. */
    workbench?: WorkbenchBridge;
  }
}

declare module 'react' {
  interface CSSProperties {
    /** Custom properties set from data (a claim's tag colour); CSSOM, so the CSP allows them. */
    [property: `--${string}`]: string | number | undefined;
  }
}

export {};
