import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinkOpener, externalWebAddress, linkConfirmationOptions } from './external-links';

function recordingOpener(answer: boolean | (() => Promise<boolean>)) {
  const asked: string[] = [];
  const opened: string[] = [];
  const follow = createLinkOpener({
    confirm: async (address) => {
      asked.push(address);
      return typeof answer === 'boolean' ? answer : answer();
    },
    open: async (address) => void opened.push(address),
  });
  return { follow, asked, opened };
}

/** The property every opened address must have, checked independently of the module. */
function isPlainWebAddress(address: string): boolean {
  const url = new URL(address);
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.username === '' &&
    url.password === ''
  );
}

const REFUSED = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'file:///etc/passwd',
  'file://server/share/report.docx',
  'data:text/html,<script>alert(1)</script>',
  'app://corroborate/index.html',
  'mailto:editor@example.com',
  'tel:+15555555555',
  'ms-settings:privacy',
  'vscode://file/etc/passwd',
  'smb://attacker.example/share',
  'ftp://example.com/file',
  'blob:app://corroborate/5f1c',
  'about:blank',
  'chrome://settings',
  'http://user:secret@example.com/',
  'https://bank.example@evil.example/',
  'https://:pw@example.com/',
  '//example.com/path',
  '/relative/path',
  'example.com',
  'not a url',
  'http://',
  'https://[::1',
  '',
];

describe('externalWebAddress', () => {
  it.each(REFUSED)('refuses %j', (candidate) => {
    expect(externalWebAddress(candidate)).toBeNull();
  });

  it.each([
    ['https://example.com/report?id=7#p2', 'https://example.com/report?id=7#p2'],
    ['HTTP://EXAMPLE.com', 'http://example.com/'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080/x'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
  ])('accepts %j as %j', (candidate, shown) => {
    expect(externalWebAddress(candidate)).toBe(shown);
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 7, {}, new URL('https://example.com/')]) {
      expect(externalWebAddress(value)).toBeNull();
    }
  });
});

describe('createLinkOpener', () => {
  it('opens only confirmed plain http(s) addresses, exactly as shown (arbitrary input)', async () => {
    const scheme = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,8}$/);
    const candidate = fc.oneof(
      fc.string(),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webUrl().map((url) => url.replace('://', '://user:pw@')),
      fc.tuple(scheme, fc.string()).map(([name, rest]) => `${name}:${rest}`),
      fc.constantFrom(...REFUSED),
    );
    await fc.assert(
      fc.asyncProperty(candidate, fc.boolean(), async (url, answer) => {
        const { follow, asked, opened } = recordingOpener(answer);
        const outcome = await follow(url);
        for (const address of asked) expect(isPlainWebAddress(address)).toBe(true);
        expect(opened).toEqual(answer ? asked : []);
        expect(outcome).toBe(opened.length > 0 ? 'opened' : asked.length ? 'declined' : 'refused');
      }),
      { numRuns: 500 },
    );
  });

  it('asks once at a time: a burst of window.open calls gets one question', async () => {
    let answer: (value: boolean) => void = () => {};
    const { follow, asked, opened } = recordingOpener(
      () => new Promise<boolean>((resolve) => (answer = resolve)),
    );
    const first = follow('https://example.com/1');
    const burst = await Promise.all([1, 2, 3].map((n) => follow(`https://example.com/x${n}`)));
    expect(burst).toEqual(['busy', 'busy', 'busy']);
    answer(true);
    expect(await first).toBe('opened');
    expect(asked).toEqual(['https://example.com/1']);
    expect(opened).toEqual(['https://example.com/1']);
    const next = follow('https://example.com/2');
    answer(false);
    expect(await next).toBe('declined');
  });

  it('survives a failing dialog or browser and asks again next time', async () => {
    const failing = createLinkOpener({
      confirm: async () => {
        throw new Error('dialog gone');
      },
      open: async () => {},
    });
    expect(await failing('https://example.com/')).toBe('failed');
    expect(await failing('https://example.com/')).toBe('failed');
  });
});

describe('linkConfirmationOptions', () => {
  it('shows the full address with "Cancel" as default and on Escape', () => {
    const options = linkConfirmationOptions('https://example.com/a?b=c');
    expect(options.detail).toBe('https://example.com/a?b=c');
    expect(options.buttons).toEqual(['Open in Browser', 'Cancel']);
    expect(options.buttons[options.defaultId]).toBe('Cancel');
    expect(options.buttons[options.cancelId]).toBe('Cancel');
  });
});
