import { BrowserWindow, dialog, net, protocol, shell } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_ORIGIN } from './ipc/trusted-sender';
import { CONTENT_SECURITY_POLICY } from './security/content-security-policy';
import {
  createLinkOpener,
  linkConfirmationOptions,
  OPEN_IN_BROWSER_BUTTON,
} from './security/external-links';
import { lockDownContents, type FollowLink } from './security/lock-down';
import { mainWindowOptions } from './security/window-options';

/** Must run before app 'ready': the renderer is served from app://corroborate, not file://. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer with the same CSP the browser host sends. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const relative = normalize(
      decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname),
    );
    const filePath = join(rendererDir, relative);
    if (url.host !== 'corroborate' || !filePath.startsWith(rendererDir + sep)) {
      return new Response('Not found', { status: 404 });
    }
    const file = await net.fetch(pathToFileURL(filePath).toString());
    const headers = new Headers(file.headers);
    headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(file.body, { status: file.status, headers });
  });
}

/**
 * Follows links the way lockDownContents asks: web addresses only, each after the analyst agrees
 * in a native dialog (over the main window when there is one), then in the default browser.
 */
export function createElectronLinkOpener(parent: () => BrowserWindow | null): FollowLink {
  return createLinkOpener({
    async confirm(address) {
      const options = linkConfirmationOptions(address);
      const owner = parent();
      const { response } =
        owner && !owner.isDestroyed()
          ? await dialog.showMessageBox(owner, options)
          : await dialog.showMessageBox(options);
      return response === OPEN_IN_BROWSER_BUTTON;
    },
    open: (address) => shell.openExternal(address),
  });
}

/** The window, locked down before it loads anything (see main/security/). */
export function createMainWindow(preloadPath: string, followLink: FollowLink): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  lockDownContents(window.webContents, followLink);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
