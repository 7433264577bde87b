import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, lockDownApp, lockDownContents } from './lock-down';

type Listener = (...args: unknown[]) => unknown;

/** A web contents as 'web-contents-created' hands it over: any window's, popup's or frame's. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: Listener | null = null;
  const contents = {
    setWindowOpenHandler: (handler: Listener) => void (windowOpenHandler = handler),
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
  };
  return {
    contents: contents as unknown as WebContents,
    openWindow: (url: string) => windowOpenHandler?.({ url }),
    emit(name: string, details: Record<string, unknown> = {}) {
      let prevented = false;
      const event = { ...details, preventDefault: () => void (prevented = true) };
      for (const listener of listeners.get(name) ?? []) listener(event);
      return prevented;
    },
    count: (name: string) => listeners.get(name)?.length ?? 0,
  };
}

type Permission = Parameters<NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>>[1];

// Every permission name Electron 45 declares; the type below fails if a new one is left out.
const PERMISSIONS = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
] as const satisfies ReadonlyArray<Permission>;
const everyPermissionListed: [Exclude<Permission, (typeof PERMISSIONS)[number]>] extends [never]
  ? true
  : false = true;

describe('lockDownContents', () => {
  it('denies popups, navigation, redirects, webviews and sub-frame navigation', () => {
    const followLink = vi.fn();
    const page = fakeContents();
    lockDownContents(page.contents, followLink);
    expect(page.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(page.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(page.emit('will-navigate', { url: 'file:///etc/passwd' })).toBe(true);
    expect(page.emit('will-redirect', { url: 'https://example.com/' })).toBe(true);
    expect(page.emit('will-attach-webview')).toBe(true);
    expect(page.emit('will-frame-navigate', { url: 'about:blank', isMainFrame: false })).toBe(true);
    expect(followLink.mock.calls).toEqual([
      ['https://example.com/'],
      ['file:///etc/passwd'],
      ['file:///etc/passwd'],
    ]);
  });

  it('registers once per web contents, so one click never asks twice', () => {
    const followLink = vi.fn();
    const page = fakeContents();
    lockDownContents(page.contents, followLink);
    lockDownContents(page.contents, followLink);
    expect(page.count('will-navigate')).toBe(1);
    page.emit('will-navigate', { url: 'https://example.com/' });
    expect(followLink).toHaveBeenCalledTimes(1);
  });
});

describe('hardenSession', () => {
  it('is tested against every permission Electron names', () => {
    expect(everyPermissionListed).toBe(true);
  });

  function hardenedFake() {
    const handlers: Record<string, Listener> = {};
    const session = {
      setPermissionRequestHandler: (handler: Listener) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: Listener) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: Listener) => (handlers.device = handler),
    };
    hardenSession(session as unknown as Session);
    return handlers;
  }

  it.each(PERMISSIONS)('refuses a request for %s and answers no when asked about it', (name) => {
    const handlers = hardenedFake();
    const callback = vi.fn();
    handlers.request?.({}, name, callback, { requestingUrl: 'app://corroborate/' });
    expect(callback.mock.calls).toEqual([[false]]);
    expect(handlers.check?.({}, name, 'app://corroborate', {})).toBe(false);
  });

  it('refuses every device (HID, serial, USB)', () => {
    expect(hardenedFake().device?.({ deviceType: 'usb', origin: 'app://corroborate' })).toBe(false);
  });
});

describe('lockDownApp', () => {
  it('hardens the session and locks down every web contents created afterwards', () => {
    const appListeners: Array<[string, Listener]> = [];
    const app = { on: (event: string, listener: Listener) => appListeners.push([event, listener]) };
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    const followLink = vi.fn();
    lockDownApp(app as unknown as App, session as unknown as Session, followLink);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(appListeners.map(([event]) => event)).toEqual(['web-contents-created']);

    // A popup, a print window or the main window: each is locked down as it appears.
    for (const url of ['https://example.com/', 'javascript:alert(1)']) {
      const page = fakeContents();
      appListeners[0]?.[1]({}, page.contents);
      expect(page.openWindow(url)).toEqual({ action: 'deny' });
      expect(page.emit('will-navigate', { url })).toBe(true);
      expect(page.emit('will-redirect', { url })).toBe(true);
      expect(page.emit('will-attach-webview')).toBe(true);
    }
    expect(followLink).toHaveBeenCalledTimes(4);
  });
});
