import { CREDIT_LINE, parseContactLine } from './byline';

// Page furniture that copy-paste drags along: comment prompts, newsletter pitches, credits,
// copyright notices. The importer only looks for it at the edges of the story (see edges.ts),
// so a pattern here can be fairly broad without eating the reporting.

/** Lines that name where a text was copied or republished from. */
const ATTRIBUTION_PATTERNS = [
  /^(?:content\s+|original\s+)?source\s*:\s*\S/i,
  /^originally\s+(?:published|posted|appeared)\s+(?:at|by|on|in)\b/i,
  /^this\s+(?:article|story|post|piece|report)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published|posted)\b/i,
  /^(?:republished|reprinted|reproduced)\s+(?:with\s+(?:kind\s+)?permission\s+)?from\b/i,
  /^(?:republished|reprinted)\s+with\s+permission\b/i,
];

/** Notes the newsroom adds about the story itself. */
const EDITOR_NOTE = /^(?:editor[’']?s['’]?\s+note|note\s+to\s+editors|correction)\s*[:—–-]/i;

/** Trailing furniture besides attribution lines, editor notes, credits and contact lines. */
const BOILERPLATE_PATTERNS = [
  /^[•·▪◦‣]\s*\S/, // bulleted notes under the story ("• This article was based in part on …")
  /^(?:please\s+)?(?:read|review|see)\s+our\s+comment\s+polic(?:y|ies)\b/i,
  /^this\s+(?:article|story|report)\s+(?:was|is|has\s+been)\s+(?:based|compiled|written|updated|corrected|produced|edited)\b/i,
  /\bcontributed\s+to\s+this\s+(?:report|story|article)\b/i,
  /^(?:copyright\b|©|\(c\)\s)/i,
  /\ball\s+rights\s+reserved\b/i,
  /^sign\s+up\b/i,
  /^subscribe\b/i,
  /^follow\s+(?:us|me)\b/i,
  /^follow\s+.{1,60}\s+on\s+(?:twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin|tiktok|youtube)\b/i,
  /^click\s+here\b/i,
  /^(?:read|see)\s+(?:more|also|next)\s*[:.…-]/i,
  /^(?:read|see)\s+more\b/i,
  /^related\s*(?:stories|articles|coverage|content)?\s*:/i,
  /^advertisement$/i,
  /^our\s+standards\s*:/i, // Reuters' trust-principles footer
  /^share\s+(?:this|on)\b/i,
];

export function isAttributionLine(line: string): boolean {
  return line.length <= 300 && ATTRIBUTION_PATTERNS.some((pattern) => pattern.test(line));
}

export function isEditorNote(line: string): boolean {
  return EDITOR_NOTE.test(line);
}

/** Whether a line at the foot of a story is furniture rather than reporting. */
export function isTrailingFurniture(line: string): boolean {
  return (
    isAttributionLine(line) ||
    isEditorNote(line) ||
    CREDIT_LINE.test(line) ||
    parseContactLine(line) !== null ||
    BOILERPLATE_PATTERNS.some((pattern) => pattern.test(line))
  );
}
