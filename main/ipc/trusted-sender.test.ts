import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trusted-sender';

describe('isTrustedSender', () => {
  it.each([
    [{ url: 'app://corroborate/index.html', isTopLevel: true }, true],
    [{ url: 'app://corroborate/', isTopLevel: true }, true],
    [{ url: 'app://corroborate/index.html', isTopLevel: false }, false],
    [{ url: 'app://evil/index.html', isTopLevel: true }, false],
    [{ url: 'https://corroborate/index.html', isTopLevel: true }, false],
    [{ url: 'file:///etc/passwd', isTopLevel: true }, false],
    [{ url: 'http://127.0.0.1:3000/', isTopLevel: true }, false],
    [{ url: 'not a url', isTopLevel: true }, false],
    [null, false],
  ])('%j -> %s', (frame, expected) => {
    expect(isTrustedSender(frame)).toBe(expected);
  });
});
