import { describe, expect, it } from 'vitest';
import { commandDescriptors } from '../../../preload/commands';
import {
  eventKey,
  formatAccelerator,
  matchesChord,
  parseAccelerator,
  platformFromNavigator,
} from './accelerator';
import type { KeyInput } from './accelerator';

function keyInput(key: string, code: string, modifiers: Partial<KeyInput> = {}): KeyInput {
  return {
    key,
    code,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  };
}

describe('parseAccelerator', () => {
  it.each([
    ['CmdOrCtrl+O', 'mac', { key: 'o', meta: true, ctrl: false, alt: false, shift: false }],
    ['CmdOrCtrl+O', 'other', { key: 'o', meta: false, ctrl: true, alt: false, shift: false }],
    ['CmdOrCtrl+Shift+P', 'other', { key: 'p', meta: false, ctrl: true, alt: false, shift: true }],
    ['CmdOrCtrl+Enter', 'mac', { key: 'Enter', meta: true, ctrl: false, alt: false, shift: false }],
    ['CmdOrCtrl+]', 'other', { key: ']', meta: false, ctrl: true, alt: false, shift: false }],
    ['CmdOrCtrl+[', 'other', { key: '[', meta: false, ctrl: true, alt: false, shift: false }],
    ['CmdOrCtrl+0', 'other', { key: '0', meta: false, ctrl: true, alt: false, shift: false }],
    ['Alt+Down', 'mac', { key: 'ArrowDown', meta: false, ctrl: false, alt: true, shift: false }],
    ['Option+Up', 'mac', { key: 'ArrowUp', meta: false, ctrl: false, alt: true, shift: false }],
    ['Control+F5', 'mac', { key: 'F5', meta: false, ctrl: true, alt: false, shift: false }],
    ['CmdOrCtrl++', 'other', { key: '+', meta: false, ctrl: true, alt: false, shift: false }],
    ['CmdOrCtrl+Plus', 'other', { key: '+', meta: false, ctrl: true, alt: false, shift: false }],
    ['Esc', 'other', { key: 'Escape', meta: false, ctrl: false, alt: false, shift: false }],
  ] as const)('%s on %s', (accelerator, platform, expected) => {
    expect(parseAccelerator(accelerator, platform)).toEqual(expected);
  });

  it.each(['Hyper+K', 'CmdOrCtrl+', 'CmdOrCtrl+Banana'])('rejects %s', (accelerator) => {
    expect(() => parseAccelerator(accelerator, 'other')).toThrow();
  });

  it('parses every command descriptor on both platforms', () => {
    for (const descriptor of commandDescriptors) {
      expect(() => parseAccelerator(descriptor.keys, 'mac')).not.toThrow();
      expect(() => parseAccelerator(descriptor.keys, 'other')).not.toThrow();
    }
  });

  it('gives every command a distinct shortcut', () => {
    const formatted = commandDescriptors.map((descriptor) =>
      formatAccelerator(descriptor.keys, 'other'),
    );
    expect(new Set(formatted).size).toBe(formatted.length);
  });
});

describe('eventKey', () => {
  it.each([
    [keyInput('P', 'KeyP', { shiftKey: true }), 'p'],
    [keyInput('π', 'KeyP', { altKey: true }), 'p'],
    [keyInput('Dead', 'BracketRight'), ']'],
    [keyInput(']', 'BracketRight'), ']'],
    [keyInput('a', 'KeyQ'), 'a'],
    [keyInput('ArrowDown', 'ArrowDown'), 'ArrowDown'],
    [keyInput('Enter', 'NumpadEnter'), 'Enter'],
    [keyInput('0', 'Digit0'), '0'],
  ])('%o is %s', (input, expected) => {
    expect(eventKey(input)).toBe(expected);
  });
});

describe('matchesChord', () => {
  const paletteOther = parseAccelerator('CmdOrCtrl+Shift+P', 'other');
  const paletteMac = parseAccelerator('CmdOrCtrl+Shift+P', 'mac');
  const nextSource = parseAccelerator('Alt+Down', 'other');

  it('matches with exactly the same modifiers', () => {
    expect(
      matchesChord(paletteOther, keyInput('P', 'KeyP', { ctrlKey: true, shiftKey: true })),
    ).toBe(true);
    expect(matchesChord(paletteMac, keyInput('p', 'KeyP', { metaKey: true, shiftKey: true }))).toBe(
      true,
    );
  });

  it('does not match with a missing or extra modifier', () => {
    expect(matchesChord(paletteOther, keyInput('p', 'KeyP', { ctrlKey: true }))).toBe(false);
    expect(matchesChord(paletteMac, keyInput('P', 'KeyP', { ctrlKey: true, shiftKey: true }))).toBe(
      false,
    );
    expect(
      matchesChord(
        nextSource,
        keyInput('ArrowDown', 'ArrowDown', { altKey: true, shiftKey: true }),
      ),
    ).toBe(false);
  });

  it('matches arrows and brackets', () => {
    expect(matchesChord(nextSource, keyInput('ArrowDown', 'ArrowDown', { altKey: true }))).toBe(
      true,
    );
    const nextColumn = parseAccelerator('CmdOrCtrl+]', 'other');
    expect(matchesChord(nextColumn, keyInput(']', 'BracketRight', { ctrlKey: true }))).toBe(true);
    expect(matchesChord(nextColumn, keyInput('[', 'BracketLeft', { ctrlKey: true }))).toBe(false);
  });
});

describe('formatAccelerator', () => {
  it.each([
    ['CmdOrCtrl+Shift+P', 'mac', '⇧⌘P'],
    ['CmdOrCtrl+Shift+P', 'other', 'Ctrl+Shift+P'],
    ['CmdOrCtrl+Enter', 'mac', '⌘↩'],
    ['CmdOrCtrl+Enter', 'other', 'Ctrl+Enter'],
    ['Alt+Down', 'mac', '⌥↓'],
    ['Alt+Down', 'other', 'Alt+Down'],
    ['CmdOrCtrl+]', 'other', 'Ctrl+]'],
    ['CmdOrCtrl+0', 'mac', '⌘0'],
  ] as const)('%s on %s is %s', (accelerator, platform, expected) => {
    expect(formatAccelerator(accelerator, platform)).toBe(expected);
  });
});

describe('platformFromNavigator', () => {
  it.each([
    ['MacIntel', '', 'mac'],
    ['', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)', 'mac'],
    ['Win32', 'Mozilla/5.0 (Windows NT 10.0)', 'other'],
    ['Linux x86_64', 'Mozilla/5.0 (X11; Linux x86_64)', 'other'],
  ] as const)('%s / %s is %s', (platform, userAgent, expected) => {
    expect(platformFromNavigator(platform, userAgent)).toBe(expected);
  });
});
