// Electron accelerator strings ("CmdOrCtrl+Shift+P") turned into key chords the renderer can
// match against keyboard events and format for display. Pure: the platform is passed in.

export type Platform = 'mac' | 'other';

export interface KeyChord {
  /** Normalised key: a lower-case letter, a digit, a punctuation character or a DOM key name. */
  key: string;
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** The parts of a KeyboardEvent that matching needs, so tests can pass plain objects. */
export interface KeyInput {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const keyNames: Record<string, string> = {
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  enter: 'Enter',
  return: 'Enter',
  esc: 'Escape',
  escape: 'Escape',
  tab: 'Tab',
  space: ' ',
  backspace: 'Backspace',
  delete: 'Delete',
  insert: 'Insert',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  plus: '+',
};

function normaliseAcceleratorKey(token: string): string {
  const lower = token.toLowerCase();
  const named = keyNames[lower];
  if (named) return named;
  if (/^f([1-9]|1[0-9]|2[0-4])$/.test(lower)) return lower.toUpperCase();
  if (token.length === 1) return lower;
  throw new Error(`Unsupported key "${token}" in accelerator`);
}

/** Parses an Electron accelerator. CmdOrCtrl is Command on the Mac and Control elsewhere. */
export function parseAccelerator(accelerator: string, platform: Platform): KeyChord {
  // "CmdOrCtrl++" names the plus key: split on "+" that is not itself the key.
  const tokens = accelerator.split(/\+(?!$)/).map((token) => token.trim());
  const chord: KeyChord = { key: '', ctrl: false, meta: false, alt: false, shift: false };
  tokens.forEach((token, index) => {
    const lower = token.toLowerCase();
    const isLast = index === tokens.length - 1;
    if (!isLast) {
      switch (lower) {
        case 'cmdorctrl':
        case 'commandorcontrol':
          if (platform === 'mac') chord.meta = true;
          else chord.ctrl = true;
          return;
        case 'cmd':
        case 'command':
        case 'super':
        case 'meta':
          chord.meta = true;
          return;
        case 'ctrl':
        case 'control':
          chord.ctrl = true;
          return;
        case 'alt':
        case 'option':
          chord.alt = true;
          return;
        case 'shift':
          chord.shift = true;
          return;
        default:
          throw new Error(`Unsupported modifier "${token}" in accelerator "${accelerator}"`);
      }
    }
    chord.key = normaliseAcceleratorKey(token);
  });
  if (!chord.key) throw new Error(`Accelerator "${accelerator}" has no key`);
  return chord;
}

const codeKeys: Record<string, string> = {
  BracketLeft: '[',
  BracketRight: ']',
  Minus: '-',
  Equal: '=',
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Backquote: '`',
  Enter: 'Enter',
  NumpadEnter: 'Enter',
};

/** The key a physical key code stands for on a US layout. */
function keyFromCode(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter?.[1]) return letter[1].toLowerCase();
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  if (digit?.[1]) return digit[1];
  return codeKeys[code] ?? null;
}

/**
 * The key an event stands for. A printable ASCII character is taken at face value, so other
 * layouts work; otherwise (Option+P gives "π" on a Mac, dead keys give "Dead") the physical key
 * decides.
 */
export function eventKey(input: KeyInput): string {
  if (input.key.length === 1 && input.key >= ' ' && input.key <= '~')
    return input.key.toLowerCase();
  if (input.key.length > 1 && input.key !== 'Dead' && input.key !== 'Unidentified') {
    return input.key;
  }
  return keyFromCode(input.code) ?? input.key;
}

export function matchesChord(chord: KeyChord, input: KeyInput): boolean {
  return (
    chord.ctrl === input.ctrlKey &&
    chord.meta === input.metaKey &&
    chord.alt === input.altKey &&
    chord.shift === input.shiftKey &&
    chord.key === eventKey(input)
  );
}

const macKeySymbols: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Enter: '↩',
  Escape: '⎋',
  Tab: '⇥',
  Backspace: '⌫',
  Delete: '⌦',
  ' ': 'Space',
};

const otherKeyNames: Record<string, string> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Esc',
  ' ': 'Space',
};

/** Display parts, e.g. ["⌘", "⇧", "P"] on a Mac and ["Ctrl", "Shift", "P"] elsewhere. */
export function chordParts(chord: KeyChord, platform: Platform): string[] {
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
  if (platform === 'mac') {
    return [
      ...(chord.ctrl ? ['⌃'] : []),
      ...(chord.alt ? ['⌥'] : []),
      ...(chord.shift ? ['⇧'] : []),
      ...(chord.meta ? ['⌘'] : []),
      macKeySymbols[chord.key] ?? key,
    ];
  }
  return [
    ...(chord.ctrl ? ['Ctrl'] : []),
    ...(chord.alt ? ['Alt'] : []),
    ...(chord.shift ? ['Shift'] : []),
    ...(chord.meta ? ['Win'] : []),
    otherKeyNames[chord.key] ?? key,
  ];
}

/** "⌘⇧P" on a Mac, "Ctrl+Shift+P" elsewhere. */
export function formatChord(chord: KeyChord, platform: Platform): string {
  return chordParts(chord, platform).join(platform === 'mac' ? '' : '+');
}

export function formatAccelerator(accelerator: string, platform: Platform): string {
  return formatChord(parseAccelerator(accelerator, platform), platform);
}

/** Decides the shortcut platform from what the browser reports about itself. */
export function platformFromNavigator(platform: string, userAgent: string): Platform {
  return /mac|iphone|ipad/i.test(platform) || /Mac OS X/.test(userAgent) ? 'mac' : 'other';
}
