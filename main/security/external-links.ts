// Links the renderer tries to follow never load inside the app: a web address may open in the
// analyst's browser, and only after they confirm it in a native dialog showing the whole address.
// This module is pure; main/window.ts binds it to Electron's dialog and shell.

const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * The address to show and open when `candidate` is a plain web address, else null. Refused:
 * anything that does not parse, every scheme but http(s) (javascript:, file:, data:, app:,
 * mailto:, custom handlers), and addresses with a user name or password, which can disguise the
 * real host ("https://bank.example@evil.example"). The normalized form is returned so the dialog
 * shows exactly what is opened, with an internationalized host in its punycode form.
 */
export function externalWebAddress(candidate: unknown): string | null {
  if (typeof candidate !== 'string') return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!WEB_PROTOCOLS.has(url.protocol)) return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

export interface LinkOpenerDependencies {
  /** Asks the analyst; resolves true only when they chose to open `address`. */
  confirm(address: string): Promise<boolean>;
  /** Opens `address` in the default browser. */
  open(address: string): Promise<void>;
}

/** Why a link was or was not opened; for tests and logs. */
export type LinkOutcome = 'opened' | 'declined' | 'refused' | 'busy' | 'failed';

/**
 * Follows links with the analyst's consent. One question at a time: while a dialog is up, further
 * requests are dropped, so a page calling window.open in a loop cannot stack up prompts.
 */
export function createLinkOpener(
  dependencies: LinkOpenerDependencies,
): (candidate: unknown) => Promise<LinkOutcome> {
  let asking = false;
  return async (candidate) => {
    const address = externalWebAddress(candidate);
    if (address === null) return 'refused';
    if (asking) return 'busy';
    asking = true;
    try {
      if (!(await dependencies.confirm(address))) return 'declined';
      await dependencies.open(address);
      return 'opened';
    } catch {
      return 'failed';
    } finally {
      asking = false;
    }
  };
}

/** The native question: the full address, "Cancel" first in focus and on Escape. */
export function linkConfirmationOptions(address: string) {
  return {
    type: 'question' as const,
    title: 'Open link',
    message: 'Open this address in your web browser?',
    detail: address,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** Index of "Open in Browser" in linkConfirmationOptions' buttons. */
export const OPEN_IN_BROWSER_BUTTON = 0;
