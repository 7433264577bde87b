// Text that leaves Corroborate goes into files other programs parse strictly. Strings inside
// JavaScript may hold lone surrogates (half of an astral character), which no UTF-8 file can
// carry; they become U+FFFD, as the WHATWG encoder does.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with every lone surrogate replaced by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** C0 controls other than TAB, LF and CR, plus DEL: invisible, and refused by strict parsers. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** `text` well formed and without control characters (other than TAB, LF, CR). */
export function printable(text: string): string {
  return wellFormed(text).replace(CONTROL, '\ufffd');
}
