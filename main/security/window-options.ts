import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options. Every security preference is spelled out, even where Electron 45's
 * default already agrees, so a future default change or a careless edit shows up in review and
 * fails window-options.test.ts.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'Corroborate',
    backgroundColor: '#f7f6f3',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // The UI has no use for auxclick; without it a middle click cannot script a navigation.
      disableBlinkFeatures: 'Auxclick',
      enableWebSQL: false,
      plugins: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}
