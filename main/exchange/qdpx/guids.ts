import { createHash } from 'node:crypto';

// REFI-QDA identifies everything by GUID. Random GUIDs would make two exports of the same case
// differ byte for byte, so each GUID is instead a hash of what it stands for: the case (its
// creation time and name, so two cases' GUIDs do not collide when a tool merges them) and the
// object's kind and id within the case.

/** Lower-case, hyphenated, RFC 9562 version 8 ("custom") GUID; matches the schema's GUIDType. */
export function stableGuid(caseKey: string, objectKey: string): string {
  const hex = createHash('sha256').update(`${caseKey}\u0000${objectKey}`, 'utf8').digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** The GUID pattern of Project-mrt2019.xsd (with or without braces). */
export const GUID_PATTERN =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

/** The form GUIDs are compared in: no braces, lower case. */
export function guidKey(guid: string): string {
  return guid
    .trim()
    .replace(/^\{|\}$/g, '')
    .toLowerCase();
}
