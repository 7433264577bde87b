import type { BrowserWindowConstructorOptions } from 'electron';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron is faked: a BrowserWindow records its options and its web contents records every
// handler, so the tests can play the page's navigation attempts against what main registered.

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  class FakeWebContents {
    readonly listeners = new Map<string, Listener[]>();
    windowOpenHandler: Listener | null = null;
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
  }
  const log: string[] = [];
  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow {
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async (url: string) => void log.push(`loadURL ${url}`));
    constructor(readonly options: unknown) {
      windows.push(this);
      const on = this.webContents.on.bind(this.webContents);
      this.webContents.on = (event, listener) => (log.push(`on ${event}`), on(event, listener));
    }
    once() {
      return this;
    }
    isDestroyed() {
      return false;
    }
  }
  return {
    FakeWebContents,
    FakeBrowserWindow,
    windows,
    log,
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1 })),
    openExternal: vi.fn(async (_url: string) => {}),
  };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeBrowserWindow,
  dialog: { showMessageBox: electron.showMessageBox },
  shell: { openExternal: electron.openExternal },
  net: {},
  protocol: {},
}));

const { createElectronLinkOpener, createMainWindow } = await import('./window');
const { mainWindowOptions } = await import('./security/window-options');
type FakeWindow = InstanceType<typeof electron.FakeBrowserWindow>;

/** Emits `name` on the fake contents; returns whether some listener prevented it. */
function emit(window: FakeWindow, name: string, details: Record<string, unknown> = {}): boolean {
  let prevented = false;
  const event = { ...details, preventDefault: () => void (prevented = true) };
  for (const listener of window.webContents.listeners.get(name) ?? []) listener(event);
  return prevented;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  electron.windows.length = 0;
  electron.log.length = 0;
  electron.showMessageBox.mockClear();
  electron.openExternal.mockClear();
});

describe('mainWindowOptions', () => {
  it('sets every security preference exactly', () => {
    const options: BrowserWindowConstructorOptions = mainWindowOptions(
      '/app/out/preload/index.cjs',
    );
    // toStrictEqual: a preference set to undefined (or an extra one) fails too.
    expect(options.webPreferences).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      enableWebSQL: false,
      plugins: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
    expect(Object.hasOwn(options.webPreferences ?? {}, 'enableBlinkFeatures')).toBe(false);
    expect(Object.hasOwn(options, 'session')).toBe(false);
    expect(Object.hasOwn(options.webPreferences ?? {}, 'partition')).toBe(false);
  });
});

describe('createMainWindow', () => {
  it('builds the window from mainWindowOptions and locks it down before loading the app', () => {
    createMainWindow('/preload.cjs', () => {});
    const [window] = electron.windows;
    expect(electron.windows).toHaveLength(1);
    expect(window?.options).toStrictEqual(mainWindowOptions('/preload.cjs'));
    expect(window?.webContents.windowOpenHandler).not.toBeNull();
    const load = electron.log.indexOf('loadURL app://corroborate/index.html');
    expect(load).toBeGreaterThan(electron.log.indexOf('on will-navigate'));
    expect(electron.log.indexOf('on will-navigate')).toBeGreaterThanOrEqual(0);
  });

  it('denies navigation, redirects, webviews and frame navigation; links go to followLink', () => {
    const followed: string[] = [];
    createMainWindow('/preload.cjs', (url) => followed.push(url));
    const window = electron.windows[0] as FakeWindow;
    expect(emit(window, 'will-navigate', { url: 'https://example.com/' })).toBe(true);
    expect(emit(window, 'will-navigate', { url: 'app://corroborate/elsewhere.html' })).toBe(true);
    expect(emit(window, 'will-redirect', { url: 'https://example.com/' })).toBe(true);
    expect(emit(window, 'will-attach-webview', {})).toBe(true);
    expect(
      emit(window, 'will-frame-navigate', { url: 'https://x.test/', isMainFrame: false }),
    ).toBe(true);
    // The main frame's attempt must reach will-navigate (Electron skips it if this is prevented).
    expect(emit(window, 'will-frame-navigate', { url: 'https://x.test/', isMainFrame: true })).toBe(
      false,
    );
    expect(followed).toEqual(['https://example.com/', 'app://corroborate/elsewhere.html']);
  });

  it('denies window.open for any URL and hands the URL to followLink', () => {
    const followed: string[] = [];
    createMainWindow('/preload.cjs', (url) => followed.push(url));
    const handler = electron.windows[0]?.webContents.windowOpenHandler as Listener;
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (url) => {
        expect(handler({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({
          action: 'deny',
        });
        expect(followed.at(-1)).toBe(url);
      }),
      { numRuns: 100 },
    );
  });
});

describe('createElectronLinkOpener', () => {
  function openerOver(answer: number) {
    electron.showMessageBox.mockResolvedValue({ response: answer });
    const parent = new electron.FakeBrowserWindow({});
    return { parent, follow: createElectronLinkOpener(() => parent as never) };
  }

  it('asks over the main window with the full address, Cancel as default and on Escape', async () => {
    const { parent, follow } = openerOver(0);
    await follow('https://example.com/report?id=7#p2');
    expect(electron.showMessageBox).toHaveBeenCalledTimes(1);
    const [owner, options] = electron.showMessageBox.mock.calls[0] ?? [];
    expect(owner).toBe(parent);
    expect(options).toMatchObject({
      buttons: ['Open in Browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      detail: 'https://example.com/report?id=7#p2',
    });
    expect(electron.openExternal.mock.calls).toEqual([['https://example.com/report?id=7#p2']]);
  });

  it('opens nothing when the analyst cancels', async () => {
    const { follow } = openerOver(1);
    await follow('https://example.com/');
    expect(electron.showMessageBox).toHaveBeenCalledTimes(1);
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('never asks about, nor opens, an address that is not plain http(s)', async () => {
    const { follow } = openerOver(0);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'app://corroborate/']) {
      await follow(url);
    }
    expect(electron.showMessageBox).not.toHaveBeenCalled();
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('routes a window.open of a web address through the question, and still denies it', async () => {
    electron.showMessageBox.mockResolvedValue({ response: 0 });
    createMainWindow(
      '/preload.cjs',
      createElectronLinkOpener(() => null),
    );
    const handler = electron.windows[0]?.webContents.windowOpenHandler as Listener;
    expect(handler({ url: 'https://example.com/a' })).toEqual({ action: 'deny' });
    await settle();
    expect(electron.showMessageBox.mock.calls[0]?.[0]).toMatchObject({
      detail: 'https://example.com/a',
    });
    expect(electron.openExternal.mock.calls).toEqual([['https://example.com/a']]);
  });
});
