// Text a note editor could not save before it closed (its panel switched away while the host
// was unreachable), by note: reopening the note brings the text back, still unsaved, rather
// than the older stored note. Lives as long as the page does.
const drafts = new Map<string, string>();

export function noteDraft(key: string): string | undefined {
  return drafts.get(key);
}

export function keepNoteDraft(key: string, text: string): void {
  drafts.set(key, text);
}

/** After a save of the note succeeded: the store holds newer text than any draft. */
export function dropNoteDraft(key: string): void {
  drafts.delete(key);
}
