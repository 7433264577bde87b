// Every string that goes into project.qde passes through here. Two separate problems:
//
// 1. Characters XML 1.0 cannot carry at all (C0 controls other than TAB, LF and CR; lone UTF-16
//    surrogates; U+FFFE and U+FFFF). Not even a character reference may name them, so they are
//    replaced by U+FFFD. The replacement is one code point for one code point, so lengths in
//    code points are kept.
// 2. Characters a parser would change on the way back: CR (and CRLF) is turned into LF by every
//    XML parser's end-of-line handling, and TAB/LF/CR inside an attribute value become spaces by
//    attribute-value normalisation. Written as character references they survive both.
//
// `>` is always escaped, which also takes care of "]]>" in text content.

/** Characters XML 1.0's Char production excludes, as UTF-16 (lone surrogates included). */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `value` with every character XML 1.0 forbids replaced by U+FFFD; anything else unchanged. */
export function xmlSafe(value: string): string {
  return value.replace(FORBIDDEN, '\ufffd');
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Character data for element content: parses back to `xmlSafe(value)` exactly. */
export function escapeText(value: string): string {
  return xmlSafe(value).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** A double-quoted attribute value: parses back to `xmlSafe(value)` exactly. */
export function escapeAttribute(value: string): string {
  return xmlSafe(value).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

export type XmlAttributes = Record<string, string | number | boolean | null | undefined>;

/**
 * One element as a string. Attributes that are null or undefined are left out; children are
 * markup already built with `element` or `textElement`. No children gives an empty element.
 */
export function element(name: string, attributes: XmlAttributes, children: string[] = []): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    open += ` ${key}="${escapeAttribute(String(value))}"`;
  }
  return children.length === 0 ? `${open}/>` : `${open}>${children.join('')}</${name}>`;
}

/** An element holding only `text` as character data. */
export function textElement(name: string, text: string): string {
  return `<${name}>${escapeText(text)}</${name}>`;
}
