import { createWorkbenchApi } from '../preload/api-factory';
import type { WorkbenchApi } from '../preload/contract';
import { createHttpBridge } from '../preload/http-bridge';

// The only reader of window.workbench. Everything else imports `api` from here, so the UI cannot
// tell whether it runs in Electron (preload) or in a plain browser against the browser host.
export const api: WorkbenchApi = window.workbench
  ? createWorkbenchApi(window.workbench)
  : createHttpBridge();
