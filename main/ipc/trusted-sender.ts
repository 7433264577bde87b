/** The origin the renderer is served from inside Electron (see main/window.ts). */
export const APP_ORIGIN = 'app://corroborate';

/**
 * Whether an IPC message may be served: it must come from a top-level frame showing our own
 * renderer. An iframe, a navigated page or any other origin is refused.
 */
export function isTrustedSender(frame: { url: string; isTopLevel: boolean } | null): boolean {
  if (!frame || !frame.isTopLevel) return false;
  try {
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}
