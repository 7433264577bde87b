import type { App, Session, WebContents } from 'electron';

/** Handed every address the page tries to leave for; it decides whether to open it outside. */
export type FollowLink = (url: string) => unknown;

const lockedDown = new WeakSet<WebContents>();

/**
 * Keeps a web contents on the app: no popups, no navigation of the page or its frames, no
 * redirects, no <webview>. A link the page tries to open or follow is passed to `followLink`
 * (which may offer it to the browser); the app itself never loads it. Idempotent, so the window
 * and the app-wide 'web-contents-created' hook can both call it without doubling the prompts.
 */
export function lockDownContents(contents: WebContents, followLink: FollowLink): void {
  if (lockedDown.has(contents)) return;
  lockedDown.add(contents);
  contents.setWindowOpenHandler(({ url }) => {
    void followLink(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    void followLink(event.url);
  });
  // The main frame's navigations arrive at 'will-navigate' above (which Electron emits only when
  // this event is not prevented); here only frames inside the page are stopped.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission request and check, and every device (HID, serial, USB) request. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * The app-wide lock: the session's permissions, and every web contents as it is created (the
 * main window's, a popup's, a print window's), before it can load anything.
 */
export function lockDownApp(app: Pick<App, 'on'>, session: Session, followLink: FollowLink): void {
  hardenSession(session);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, followLink));
}
